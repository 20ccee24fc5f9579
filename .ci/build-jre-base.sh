#!/usr/bin/env bash
# Builds the local JRE base image for the fake's container image, without any image registry:
# a jlink runtime of this machine's JDK, the shared libraries it links, and a minimal /etc for a
# non-root user, packed into a root filesystem and loaded with `docker import`. The runtime carries the
# JDK's base class-data archive (--generate-cds-archive), which the image's training run builds on.
#
#   .ci/build-jre-base.sh [IMAGE]     # default IMAGE: linkedin-oauth/jre-base:17
#
# The layout mimics eclipse-temurin:17-jre (JAVA_HOME=/opt/java/openjdk, `java` on PATH), so the
# fake's Dockerfile works unchanged on either base. There is no shell in it: the Dockerfile's RUN
# must use the exec form.
set -euo pipefail

image="${1:-linkedin-oauth/jre-base:17}"

# The modules the standalone fake needs: `jdeps --print-module-deps` on the shaded jar says
# java.base,java.desktop,java.management,java.naming,java.sql; java.desktop only for Jackson's optional
# java.beans annotations and Jetty leak preventers the fake never uses, so it is left out (12 MB).
# Added: what libraries load reflectively or a JRE user expects (logging, net.http, xml, EC crypto,
# jdk.unsupported, zipfs).
modules="java.base,java.logging,java.naming,java.management,java.net.http,java.sql,java.xml"
modules="$modules,jdk.crypto.ec,jdk.unsupported,jdk.zipfs"

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$java_home/bin/jlink"
[ -x "$jlink" ] || jlink="$(command -v jlink)"
[ -d "$java_home/jmods" ] || { echo "no jmods under $java_home: install a full JDK (openjdk-17-jdk-headless)" >&2; exit 1; }

work="$(mktemp -d)"
candidate="linkedin-oauth/jre-base-candidate:$$"
trap 'rm -rf "$work"; docker rmi -f "$candidate" >/dev/null 2>&1 || true' EXIT
rootfs="$work/rootfs"
runtime="$rootfs/opt/java/openjdk"
mkdir -p "$rootfs"/{etc,tmp,opt/java}
chmod 1777 "$rootfs/tmp"

"$jlink" --module-path "$java_home/jmods" --add-modules "$modules" \
  --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive --output "$runtime"

# Every shared library the runtime links, found by the dynamic loader of this machine.
{
  ldd "$runtime/bin/java"
  find "$runtime" -name '*.so' -print0 | xargs -0 -n1 ldd 2>/dev/null
} | awk '/=> \//{print $3} /^[ \t]*\/[^ ]+ \(/{print $1}' | sort -u | while read -r lib; do
  case "$lib" in "$runtime"/*) continue ;; esac
  cp -L --parents "$lib" "$rootfs"
done
# Loaded with dlopen by the JVM on older glibc; harmless stubs on newer ones.
for stub in libdl.so.2 libpthread.so.0 librt.so.1; do
  found="$(ldconfig -p | awk -v n="$stub" '$1 == n && /x86-64|64bit/ {print $NF; exit}')"
  [ -n "$found" ] && cp -L --parents "$found" "$rootfs" || true
done

cat > "$rootfs/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
app:x:10001:10001:app:/tmp:/sbin/nologin
PASSWD
cat > "$rootfs/etc/group" <<'GROUP'
root:x:0:
nogroup:x:65534:
app:x:10001:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

tar --numeric-owner --owner=0 --group=0 -C "$rootfs" -c . | docker import \
  --change 'ENV JAVA_HOME=/opt/java/openjdk' \
  --change 'ENV PATH=/opt/java/openjdk/bin:/usr/bin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'LABEL org.opencontainers.image.description="jlink JRE 17 for linkedin-oauth CI (local, no registry)"' \
  --message "jlink runtime: $modules" \
  - "$candidate" >/dev/null

# Prove it runs before anything depends on it: only a working image gets the real tag.
version="$(docker run --rm --network none "$candidate" java -version 2>&1)"
echo "${version%%$'\n'*}" >&2
docker tag "$candidate" "$image"
docker rmi "$candidate" >/dev/null
echo "built $image ($(docker image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}'))" >&2
