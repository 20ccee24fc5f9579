# oauth-cli's tests hand $BROWSER small shell scripts around curl (follow the fake's redirects, press
# Cancel on its sign-in page). Sourced by .ci/run; idempotent.
if ! command -v curl >/dev/null 2>&1; then
  apt-get update -o DPkg::Lock::Timeout=600 >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=600 --no-install-recommends \
      curl ca-certificates >&2
fi
