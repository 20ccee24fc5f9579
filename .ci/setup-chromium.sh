# shellcheck shell=bash
# Sourced by .ci/run: installs what fake-linkedin's browser tests (BrowserTest) need, Debian's headless
# Chromium and its matching driver at /usr/bin/chromium and /usr/bin/chromedriver. Idempotent: installs
# nothing when both are there. The tests never let Selenium Manager download a browser or a driver.

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "installing chromium chromium-driver" >&2
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-liberation >/dev/null
fi
# Selenium Manager, should anything reach it, must not go online.
export SE_OFFLINE=true
# In CI the browser tests fail instead of skipping when Chromium is missing.
export FAKE_LINKEDIN_REQUIRE_BROWSER=true
echo "chromium: $(chromium --version 2>/dev/null || echo missing); chromedriver: $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2 || echo missing)" >&2
