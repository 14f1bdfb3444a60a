#!/usr/bin/env bash
# Start-up and memory of the service against the bare Spring Boot floor (bench/floor), side by side in one run.
# Each round starts, in turns (the order rotates from round to round):
#   fast   the service through bench/start.sh (extracted jar, Spring AOT, CDS or AOT cache, the image's JVM settings)
#   image  the Dockerfile's own command lines: its layers copied into one folder, its training RUN, its ENV
#          JAVA_TOOL_OPTIONS and its ENTRYPOINT, run in that folder (no Docker engine needed)
#   plain  java -jar on the packaged jar, no options
#   floor  java -jar on the floor's jar, no options
# each timed from launch to the first 200 of /actuator/health/readiness (service) or of GET /highest-discount
# (floor); then the service takes a post of 2,000 generated offers (a fresh H2 store each start) and its resident
# memory is read from /proc/PID/status (VmRSS) a second later; the floor's after its first answer. Prints every
# round, the medians and the ratios to the floor (the median of the rounds' ratios).
# Usage: bench/startup.sh        (ROUNDS=5, OFFERS=2000, PORT=18090 change it; VARIANTS="fast image plain floor")
# JAVA_HOME chooses the JDK for all of them. Builds the jars when they are missing or older than their sources.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

ROUNDS=${ROUNDS:-5}
OFFERS=${OFFERS:-2000}
PORT=${PORT:-18090}
VARIANTS=${VARIANTS:-"fast image plain floor"}
java=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

stale() { [ -z "$1" ] || [ -n "$(find "${@:2}" -newer "$1" -print -quit)" ]; }
jar=$(ls target/flipkart-offers-*.jar 2>/dev/null | grep -v -e '\.original$' | head -n 1 || true)
if stale "$jar" src/main pom.xml; then ./mvnw -B -q -DskipTests package; fi
jar="$root/$(ls target/flipkart-offers-*.jar | grep -v -e '\.original$' | head -n 1)"
floor_jar=$(ls bench/floor/target/floor-*.jar 2>/dev/null | grep -v -e '\.original$' | head -n 1 || true)
if stale "$floor_jar" bench/floor/src bench/floor/pom.xml; then ./mvnw -B -q -f bench/floor/pom.xml package; fi
floor_jar="$root/$(ls bench/floor/target/floor-*.jar | grep -v -e '\.original$' | head -n 1)"
python3 bench/generate.py "$OFFERS" "$work/payload.json" "$work/queries.txt"

# The image, without a Docker engine: what the Dockerfile's run stage does, in one folder standing for /app
image="$root/target/image-run"
dockerfile_value() { python3 - "$1" <<'EOF'
import json, re, sys
text = open("Dockerfile").read().replace("\\\n", " ")
what = sys.argv[1]
if what == "entrypoint":
    print("\n".join(json.loads(re.search(r"^ENTRYPOINT (\[.*\])$", text, re.M).group(1))))
elif what == "env":
    print(re.search(r'^ENV JAVA_TOOL_OPTIONS="([^"]*)"', text, re.M).group(1))
elif what == "training":
    # the run stage's training RUN: the one naming spring.context.exit
    print(re.search(r"^RUN (.*spring\.context\.exit.*)$", text, re.M).group(1))
EOF
}
image_options=$(dockerfile_value env)
image_training=$(dockerfile_value training)
mapfile -t entrypoint < <(dockerfile_value entrypoint)
build_image() {
  rm -rf "$image" && mkdir -p "$image/layers" "$image/app"
  "$java" -Djarmode=tools -jar "$jar" extract --layers --destination "$image/layers" \
    --application-filename application.jar > /dev/null
  for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    if [ -d "$image/layers/$layer" ]; then cp -a "$image/layers/$layer/." "$image/app/"; fi
  done
  rm -rf "$image/layers"
  # the training RUN as the Dockerfile writes it, "java" being this JDK's
  (cd "$image/app" && JAVA_TOOL_OPTIONS="$image_options" PATH="$(dirname "$java"):$PATH" \
    bash -c "$image_training" > "$image/training.log" 2>&1) || { cat "$image/training.log"; exit 1; }
}

now_ms() { date +%s%3N; }

# launch VARIANT DIR: starts one, in DIR (its ./data is the store); sets pid
launch() {
  # the case runs in a background subshell of its own, which each branch replaces by the java process
  case "$1" in
    fast) cd "$2" && exec "$root/bench/start.sh" "$PORT" ;;
    image) cd "$image/app" && JAVA_TOOL_OPTIONS="$image_options" PATH="$(dirname "$java"):$PATH" \
      exec "${entrypoint[@]}" --server.port="$PORT" --offers.data-dir="$2/data" ;;
    plain) cd "$2" && exec "$java" -jar "$jar" --server.port="$PORT" ;;
    floor) cd "$2" && exec "$java" -jar "$floor_jar" --server.port="$PORT" ;;
  esac > "$2/out.log" 2>&1 &
  pid=$!
}

# run VARIANT: sets ms (launch to first 200) and mb (VmRSS)
run() {
  local dir="$work/$1-$RANDOM" url=/actuator/health/readiness t0
  mkdir -p "$dir"
  [ "$1" = floor ] && url=/highest-discount
  ! curl -s -o /dev/null "http://127.0.0.1:$PORT/" || { echo "port $PORT is taken" >&2; exit 1; }
  t0=$(now_ms)
  launch "$1" "$dir"
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "$1 did not start:" >&2; tail -n 30 "$dir/out.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(($(now_ms) - t0))
  if [ "$1" != floor ]; then
    curl -sf -o "$dir/post.out" -H 'Content-Type: application/json' --data-binary @"$work/payload.json" \
      "http://127.0.0.1:$PORT/offer"
    grep -q "\"noOfNewOffersCreated\":$OFFERS" "$dir/post.out" ||
      { echo "$1: the post answered $(cat "$dir/post.out")" >&2; exit 1; }
  fi
  sleep 1
  mb=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
  rm -rf "$dir"
}

read -r -a variants <<< "$VARIANTS"
case " $VARIANTS " in *" image "*) build_image ;; esac
echo "flipkart-offers start-up: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$("$java" -version 2>&1 | head -n 1)"
echo "launch to first 200 (service: readiness; floor: GET /highest-discount); RSS after a post of $OFFERS offers"
# one unmeasured start of each: bench/start.sh builds its archive, and every jar is in the page cache
for v in "${variants[@]}"; do run "$v"; done

declare -A starts rss
for r in $(seq "$ROUNDS"); do
  line="round $r:"
  for i in "${!variants[@]}"; do
    v=${variants[$(((i + r) % ${#variants[@]}))]}
    run "$v"
    starts[$v]+="$ms "
    rss[$v]+="$mb "
    line+=" $v ${ms} ms ${mb} MB;"
  done
  echo "$line"
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# ratios A B: the rounds' ratios A[i] / B[i]
ratios() { paste -d' ' <(tr ' ' '\n' <<< "$1" | grep .) <(tr ' ' '\n' <<< "$2" | grep .) |
  awk '{printf "%.2f ", $1 / $2}'; }
echo
printf '%-6s %12s %10s %14s %14s  %s\n' "" "start (ms)" "RSS (MB)" "start / floor" "RSS / floor" "start ratios of the rounds"
for v in "${variants[@]}"; do
  s=$(median <<< "${starts[$v]}")
  m=$(median <<< "${rss[$v]}")
  if [ -n "${starts[floor]:-}" ]; then
    sr=$(ratios "${starts[$v]}" "${starts[floor]}")
    printf '%-6s %12s %10s %14s %14s  %s\n' "$v" "$s" "$m" "$(median <<< "$sr")" \
      "$(median <<< "$(ratios "${rss[$v]}" "${rss[floor]}")")" "$sr"
  else
    printf '%-6s %12s %10s\n' "$v" "$s" "$m"
  fi
done
