#!/usr/bin/env bash
# Ingest time of this checkout against a baseline commit: builds both jars (the baseline in a temporary git
# worktree), then posts the same generated payload of N offers to each, on a fresh H2 directory with the
# application's default database settings, twice (first post into an empty store, then the re-post), ROUNDS
# times in turns; prints each run, the best and the median of each jar and the ratios this / baseline.
# Each jar posts once its start-up has settled: the JIT goes on compiling what start-up made hot for a few
# seconds after the service reports ready (about 2 s of compilation for this service, next to none for the
# baseline), and a post sent into that measures the start-up's leftovers, not the ingest. The re-post likewise
# waits for what the first post left to compile. SETTLE=0 posts at once instead.
# Usage: bench/ingest.sh                (N=10000 ROUNDS=5 SETTLE=1 BASELINE_REF=<commit> MVN_FLAGS=-o to change)
# The default baseline is the last commit that wrote offers with JDBC batches.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
ROUNDS=${ROUNDS:-5}
SETTLE=${SETTLE:-1}
BASELINE_REF=${BASELINE_REF:-ef534e4f43a03f95d3f0d2c6284f954efebeaa0f}
# a free port unless given: another service answering on the port would be measured instead
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
MVN_FLAGS=${MVN_FLAGS:-}
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  git worktree remove --force "$work/baseline" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

./mvnw -B -q $MVN_FLAGS -DskipTests package
current_jar=$(ls "$PWD"/target/flipkart-offers-*.jar | grep -v plain | head -n 1)
cp "$current_jar" "$work/current.jar"
# the baseline's jar is kept in target/ for the next run (./mvnw clean drops it)
baseline_jar="target/bench-baseline-$(git rev-parse "$BASELINE_REF").jar"
if [ ! -f "$baseline_jar" ]; then
  git worktree add -q --detach "$work/baseline" "$BASELINE_REF"
  (cd "$work/baseline" && ./mvnw -B -q $MVN_FLAGS -DskipTests package)
  cp "$(ls "$work"/baseline/target/flipkart-offers-*.jar | grep -v plain | head -n 1)" "$baseline_jar"
fi
cp "$baseline_jar" "$work/baseline.jar"
python3 bench/generate.py "$N" "$work/payload.json" "$work/queries.txt"

# jit_ms: milliseconds the server's JIT has spent compiling so far
jit_ms() { jcmd "$pid" PerfCounter.print | awk -F= '/^java.ci.totalTime=/ {print int($2 / 1000000)}'; }

# settle: waits, at most 30 s, until the JIT compiles under 20 ms in a second; prints the seconds waited
settle() {
  local waited=0 c0 c1
  if [ "$SETTLE" = 1 ]; then
    c0=$(jit_ms)
    while [ "$waited" -lt 30 ]; do
      sleep 1; waited=$((waited + 1)); c1=$(jit_ms)
      [ $((c1 - c0)) -lt 20 ] && break
      c0=$c1
    done
  fi
  echo "$waited"
}

# cpu_seconds: CPU time the server has used so far (user + system), which other load on the machine inflates far
# less than elapsed time
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat"; }

post_seconds() {
  curl -s -o "$work/post.out" -w '%{time_total}' -H 'Content-Type: application/json' \
    --data-binary @"$work/payload.json" "http://127.0.0.1:$PORT/offer"
}

# run JAR: starts it on a fresh data directory, prints "first re-post" seconds
run() {
  local dir; dir=$(mktemp -d "$work/db-XXXX")
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken" >&2; exit 1; fi
  java -jar "$work/$1.jar" --server.port="$PORT" --offers.data-dir="$dir" --offers.max-body-size=512MB \
    --offers.max-offers-per-payload=1000000 --logging.level.root=WARN > "$dir.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir.log" >&2; exit 1; }
    sleep 0.05
  done
  local first again c0 c1 c2 c3 waited
  waited=$(settle)
  c0=$(cpu_seconds)
  first=$(post_seconds)
  c1=$(cpu_seconds)
  grep -q "\"noOfNewOffersCreated\":$N" "$work/post.out" || { echo "$1: post answered $(cat "$work/post.out")" >&2; exit 1; }
  # the first post leaves the JIT a backlog of its own (the write path it made hot); a re-post sent into that
  # measures the first post's leftovers, not the re-post
  waited="$waited/$(settle)"
  c2=$(cpu_seconds)
  again=$(post_seconds)
  c3=$(cpu_seconds)
  grep -q "\"noOfNewOffersCreated\":0" "$work/post.out" || { echo "$1: re-post answered $(cat "$work/post.out")" >&2; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  rm -rf "$dir"
  echo "$first $again $(awk -v a="$c0" -v b="$c1" 'BEGIN {printf "%.2f", b - a}') \
$(awk -v a="$c2" -v b="$c3" 'BEGIN {printf "%.2f", b - a}') $waited"
}

echo "ingest of $N offers: this checkout ($(git rev-parse --short HEAD)) against $(git rev-parse --short "$BASELINE_REF"), $ROUNDS rounds in turns"
printf '%-6s %-9s %12s %10s %14s %12s %9s\n' round jar "first post" "re-post" "first cpu" "re-post cpu" "settled s"
declare -A bf ba cf ca allf alla
for round in $(seq 1 "$ROUNDS"); do
  for jar in baseline current; do
    read -r first again cpu1 cpu2 waited <<< "$(run "$jar")"
    printf '%-6s %-9s %11ss %9ss %13ss %11ss %9s\n' "$round" "$jar" "$first" "$again" "$cpu1" "$cpu2" "$waited"
    allf[$jar]="${allf[$jar]:-} $first"; alla[$jar]="${alla[$jar]:-} $again"
    if [ -z "${cf[$jar]:-}" ] || awk -v a="$cpu1" -v b="${cf[$jar]}" 'BEGIN {exit !(a < b)}'; then cf[$jar]=$cpu1; fi
    if [ -z "${ca[$jar]:-}" ] || awk -v a="$cpu2" -v b="${ca[$jar]}" 'BEGIN {exit !(a < b)}'; then ca[$jar]=$cpu2; fi
    if [ -z "${bf[$jar]:-}" ] || awk -v a="$first" -v b="${bf[$jar]}" 'BEGIN {exit !(a < b)}'; then bf[$jar]=$first; fi
    if [ -z "${ba[$jar]:-}" ] || awk -v a="$again" -v b="${ba[$jar]}" 'BEGIN {exit !(a < b)}'; then ba[$jar]=$again; fi
  done
done
echo
printf 'best of %s: baseline first %ss re-post %ss; current first %ss re-post %ss\n' "$ROUNDS" \
  "${bf[baseline]}" "${ba[baseline]}" "${bf[current]}" "${ba[current]}"
printf 'ratio current / baseline: first post %s, re-post %s\n' \
  "$(awk -v a="${bf[current]}" -v b="${bf[baseline]}" 'BEGIN {printf "%.2f", a / b}')" \
  "$(awk -v a="${ba[current]}" -v b="${ba[baseline]}" 'BEGIN {printf "%.2f", a / b}')"
printf 'ratio of CPU seconds (server process, best of %s): first post %s, re-post %s\n' "$ROUNDS" \
  "$(awk -v a="${cf[current]}" -v b="${cf[baseline]}" 'BEGIN {printf "%.2f", a / b}')" \
  "$(awk -v a="${ca[current]}" -v b="${ca[baseline]}" 'BEGIN {printf "%.2f", a / b}')"
# the median of the rounds: one lucky run does not make the best-of figure
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# shellcheck disable=SC2086
mbf=$(median ${allf[baseline]}); mba=$(median ${alla[baseline]}); mcf=$(median ${allf[current]}); mca=$(median ${alla[current]})
printf 'median of %s: baseline first %ss re-post %ss; current first %ss re-post %ss; ratios first post %s, re-post %s\n' \
  "$ROUNDS" "$mbf" "$mba" "$mcf" "$mca" "$(awk -v a="$mcf" -v b="$mbf" 'BEGIN {printf "%.2f", a / b}')" \
  "$(awk -v a="$mca" -v b="$mba" 'BEGIN {printf "%.2f", a / b}')"
