#!/usr/bin/env bash
# Start-up figures for the CLI: the median wall-clock time of whole-process runs of each variant.
# Variants run round-robin (one of each, then again), so that load from other processes on a shared
# machine hits all of them alike. `java -version` in the same run is the floor.
#
#   oauth-cli/bench/startup.sh [runs]      # default 21 runs per variant; needs the built jar
#
# Not a test: timings never go into assertions.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
jar="$root/oauth-cli/target/linkedin-oauth.jar"
runs="${1:-21}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -f "$jar" ] || { echo "build first: ./mvnw -B -q -DskipTests package -pl oauth-cli -am" >&2; exit 1; }

# A dynamic AppCDS archive trained by one demo run (-XX:ArchiveClassesAtExit).
jsa="$work/cli.jsa"
"$java" -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off \
    -Xlog:cds+dynamic=off -jar "$jar" demo >/dev/null 2>&1
# A static archive from the class list of one demo run, as the launcher makes it now: Java 17's
# dynamic archive above skips picocli's Java 5 class files, a static one keeps them.
"$java" -XX:TieredStopAtLevel=1 -XX:DumpLoadedClassList="$work/cli.classes" -jar "$jar" demo >/dev/null 2>&1
"$java" -Xshare:dump -XX:SharedClassListFile="$work/cli.classes" -XX:SharedArchiveFile="$work/static.jsa" \
    -Xlog:cds=off -cp "$jar" >/dev/null 2>&1
static="-XX:SharedArchiveFile=$work/static.jsa -Xshare:auto -Xlog:cds=off"
# The launcher's own archive, prepared once before timing it.
XDG_CONFIG_HOME="$work" "$root/linkedin-oauth" --version >/dev/null 2>&1
cds="-XX:SharedArchiveFile=$jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
c1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

names=(); commands=()
add() { names+=("$1"); commands+=("$2"); }
add "java -version (floor)"                 "$java -version"
for cmd in --version demo; do
  add "$cmd: plain java -jar"                 "$java -jar $jar $cmd"
  add "$cmd: -Xshare:off (no CDS at all)"     "$java -Xshare:off -jar $jar $cmd"
  add "$cmd: C1 only (TieredStopAtLevel=1)"   "$java -XX:TieredStopAtLevel=1 -jar $jar $cmd"
  add "$cmd: C1 + SerialGC"                   "$java $c1 -jar $jar $cmd"
  add "$cmd: AppCDS"                          "$java $cds -jar $jar $cmd"
  add "$cmd: AppCDS + C1"                     "$java $cds -XX:TieredStopAtLevel=1 -jar $jar $cmd"
  add "$cmd: AppCDS + C1 + SerialGC"          "$java $cds $c1 -jar $jar $cmd"
  add "$cmd: static AppCDS + C1 (launcher's)"  "$java $static -XX:TieredStopAtLevel=1 -jar $jar $cmd"
  add "$cmd: ./linkedin-oauth (launcher)"      "$root/linkedin-oauth $cmd"
done
add "--help: ./linkedin-oauth (launcher)"       "$root/linkedin-oauth --help"
add "login --help: ./linkedin-oauth (launcher)" "$root/linkedin-oauth login --help"

declare -A times
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} >/dev/null 2>&1 || { echo "failed: ${commands[$i]}" >&2; exit 1; }
    end=$(date +%s%N)
    times[$i]+="$(( (end - start) / 1000000 )) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-42s %8s  (%s runs each, %s cores, load %s)\n' "variant" "median" "$runs" "$(nproc)" \
    "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
for i in "${!commands[@]}"; do
  printf '%-42s %6s ms\n' "${names[$i]}" "$(echo "${times[$i]}" | median)"
done
