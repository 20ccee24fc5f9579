#!/usr/bin/env bash
# The side-by-side benchmark, one command: builds the fake's standalone jar, the CLI jar and bench/
# (profile "bench", which also fetches WireMock and mock-oauth2-server), then runs bench/harness.py:
# cold start and peak RSS, in-process cycles (fresh JVM and later), the in-process flow (JMH), wrk
# throughput and 1-connection p99 next to nginx, the CLI against `java -version`, RSS after a soak.
#
#   bench/run.sh                      # everything, medians of 11 (about 15 minutes on 2 cores)
#   bench/run.sh --runs 3 --seconds 3 --soak 100000   # every figure, under 2 minutes after the build
#   bench/run.sh --runs 3 --seconds 3 --soak 0 --only cold,wrk   # a quick look
#   bench/run.sh --fake-flags 'cds+c1=-XX:SharedArchiveFile=/tmp/f.jsa -XX:TieredStopAtLevel=1'
#
# Needs: python3, wrk and nginx (apt-get install -y wrk nginx). Prints a table of figures and ratios;
# it asserts nothing about time. BENCH_SKIP_BUILD=1 reuses the jars already built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
for tool in python3 wrk nginx; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed (apt-get install -y wrk nginx python3)" >&2; exit 1; }
done
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  echo "bench: building the jars and bench/ ..." >&2
  ./mvnw -B -q -Pbench -DskipTests package -pl fake-linkedin,oauth-cli,bench -am >&2
fi
exec python3 "$root/bench/harness.py" "$@"
