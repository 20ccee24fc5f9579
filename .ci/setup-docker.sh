# shellcheck shell=bash
# Sourced by .ci/run: makes a Docker daemon available to the container tests of fake-linkedin.
# Idempotent: installs docker.io if missing, starts dockerd unless one answers already, builds the
# local JRE base image if absent, exports what Testcontainers needs, and stops the daemon it started
# when the sourcing shell exits.
#
# This machine has no image registry and no bridge networking: dockerd runs with
# --bridge=none --iptables=false --ip-forward=false, so containers use host networking.

_ci_docker_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_ci_docker_base_image="linkedin-oauth/jre-base:17"
_ci_docker_log="${DOCKERD_LOG:-/var/log/dockerd-ci.log}"

if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
  echo "installing docker.io" >&2
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq docker.io >/dev/null
fi
if ! command -v jlink >/dev/null 2>&1; then  # the base image is a jlink runtime of the local JDK
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq openjdk-17-jdk-headless >/dev/null
fi

_ci_docker_stop() {
  if [ -n "${_ci_dockerd_pid:-}" ] && kill -0 "$_ci_dockerd_pid" 2>/dev/null; then
    echo "stopping dockerd (pid $_ci_dockerd_pid)" >&2
    kill "$_ci_dockerd_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$_ci_dockerd_pid" 2>/dev/null || break; sleep 1; done
  fi
}

# Chains onto an EXIT trap another setup script may have set, instead of replacing it.
_ci_docker_trap_exit() {
  local previous=""
  if [ -n "$(trap -p EXIT)" ]; then
    eval "set -- $(trap -p EXIT)"
    previous="$3"
  fi
  # shellcheck disable=SC2064  # expand now: the previous handler is text, captured here
  trap "_ci_docker_stop${previous:+; $previous}" EXIT
}

if docker info >/dev/null 2>&1; then
  echo "dockerd already running; leaving it as it is" >&2
else
  echo "starting dockerd (log: $_ci_docker_log)" >&2
  dockerd --bridge=none --iptables=false --ip-forward=false >>"$_ci_docker_log" 2>&1 &
  _ci_dockerd_pid=$!
  _ci_docker_trap_exit
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    kill -0 "$_ci_dockerd_pid" 2>/dev/null || break
    sleep 1
  done
  if ! docker info >/dev/null 2>&1; then
    echo "dockerd did not start; last lines of $_ci_docker_log:" >&2
    tail -n 20 "$_ci_docker_log" >&2
    false
  fi
fi

if ! docker image inspect "$_ci_docker_base_image" >/dev/null 2>&1; then
  echo "building $_ci_docker_base_image" >&2
  "$_ci_docker_dir/build-jre-base.sh" "$_ci_docker_base_image"
fi

# Testcontainers: no Ryuk (its image cannot be pulled here), containers reached on localhost.
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=localhost
# The fake's container tests build their image on this base and run with host networking.
export FAKE_LINKEDIN_BASE_IMAGE="${FAKE_LINKEDIN_BASE_IMAGE:-$_ci_docker_base_image}"
export FAKE_LINKEDIN_CONTAINER_NETWORK=host
# In CI the container tests must run: with this set they fail instead of skipping without Docker.
export FAKE_LINKEDIN_REQUIRE_DOCKER=true
