#!/usr/bin/env bash
# Starts the packaged service the way the Docker image does, in the current directory (./data holds the H2 store),
# on PORT, in the foreground (exec: the java process takes this script's pid):
#   - from the jar extracted by Spring Boot's tools (java -Djarmode=tools -jar ... extract --layers), the layers
#     laid side by side as the image's COPY steps lay them;
#   - with the bean definitions Spring AOT worked out at build time (-Dspring.aot.enabled=true);
#   - with the classes of a training run archived: CDS (-XX:SharedArchiveFile) on Java 17 to 24, the AOT cache
#     (-XX:AOTCache) on Java 25 and later;
#   - with the image's JVM settings (JAVA_TOOL_OPTIONS, unless the caller sets its own).
# What it needs is built once, under target/fast-start/, and again when the jar or the JDK changes; the jar itself
# is built first (./mvnw package) when it is missing or older than the sources. docs/decisions/0009-fast-start.md
# Usage: bench/start.sh PORT [application arguments]        JAVA_HOME chooses the JDK.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: bench/start.sh PORT [application arguments]" >&2; exit 2; }
port=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
java=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java") || { echo "no java: set JAVA_HOME or PATH" >&2; exit 1; }
java_home=$(dirname "$(dirname "$(readlink -f "$java")")")

# the image's JVM settings (Dockerfile, ENV JAVA_TOOL_OPTIONS); DeploymentManifestsTests holds them equal
IMAGE_JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -Xms32m -XX:+ExitOnOutOfMemoryError"
options=${JAVA_TOOL_OPTIONS-$IMAGE_JAVA_TOOL_OPTIONS}

jar() { ls "$root"/target/flipkart-offers-*.jar 2>/dev/null | grep -v -e '\.original$' | head -n 1 || true; }
built=$(jar)
if [ -z "$built" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$built" -print -quit)" ]; then
  echo "bench/start.sh: building the jar (./mvnw package -DskipTests)" >&2
  (cd "$root" && ./mvnw -B -q -DskipTests package >&2)
  built=$(jar)
fi

# Java 25 and later: the AOT cache (JEP 483, 514, 515); before: a dynamic CDS archive
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release" 2>/dev/null || true)
[ -n "$feature" ] || feature=$("$java" -XshowSettings:properties -version 2>&1 |
  sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
if [ "$feature" -ge 25 ]; then archive=app.aot record=-XX:AOTCacheOutput use=-XX:AOTCache
else archive=app.jsa record=-XX:ArchiveClassesAtExit use=-XX:SharedArchiveFile; fi

# one folder per jar and JDK: a change of either makes a new one (and the old ones are removed)
key=$(printf '%s\n' "$(stat -c '%s %Y' "$built")" "$java_home" "$(stat -c '%Y' "$java_home/release" 2>/dev/null)" \
  "$options" | cksum | cut -d' ' -f1)
cache="$root/target/fast-start/$key"
app="$cache/app"
mkdir -p "$root/target"
exec 9> "$root/target/fast-start.lock"
flock 9
if [ ! -f "$app/$archive" ]; then
  echo "bench/start.sh: extracting the jar and recording a training run in $cache (once)" >&2
  rm -rf "$root/target/fast-start"
  mkdir -p "$cache"
  layers="$cache/layers"
  "$java" -Djarmode=tools -jar "$built" extract --layers --destination "$layers" \
    --application-filename application.jar >&2
  # the image copies the layers into one folder, least often changed first
  mkdir -p "$app"
  for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    if [ -d "$layers/$layer" ]; then cp -a "$layers/$layer/." "$app/"; fi
  done
  rm -rf "$layers"
  # The training run: the application context started on an empty H2 store of its own, then the JVM exits
  # (spring.context.exit=onRefresh) and writes down the classes it loaded. The jar is named by the same path as
  # when it runs (the archive records the class path). Profiles and the caller's settings stay out of it.
  training=$(mktemp -d)
  (cd "$training" && env -u SPRING_PROFILES_ACTIVE -u SPRING_APPLICATION_JSON JAVA_TOOL_OPTIONS="$options" \
    "$java" "$record=$app/$archive" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar "$app/application.jar" --offers.data-dir="$training" --server.port=0 --logging.level.root=WARN \
    > "$cache/training.log" 2>&1) || {
    cat "$cache/training.log" >&2
    rm -rf "$training" "${app:?}/$archive"
    exit 1
  }
  rm -rf "$training"
  [ -f "$app/$archive" ] || { cat "$cache/training.log" >&2; echo "no $archive written" >&2; exit 1; }
fi
flock -u 9
exec 9>&-

export JAVA_TOOL_OPTIONS="$options"
exec "$java" "$use=$app/$archive" -Dspring.aot.enabled=true -jar "$app/application.jar" --server.port="$port" "$@"
