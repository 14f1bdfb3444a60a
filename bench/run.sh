#!/usr/bin/env bash
# Benchmark of GET /highest-discount against a bare Spring Boot floor (bench/floor), ingestion, start-up and heap,
# on loopback with wrk; then JMH of the index. The service runs as deployed (bench/start.sh: as the Docker image
# starts it), with its latency histogram, ETags and access log on.
# Usage: bench/run.sh            (SIZES="1000 2000 10000 100000" DURATION=10s ROUNDS=5 WARMUP_MAX=120 CONNECTIONS=32
#                               to change; SKIP_JMH=1, SKIP_BASELINE=1 to leave out JMH or the ingest comparison;
#                               ACCESS_LOG=valve to log requests with Tomcat's access log valve instead of the service's)
# Needs wrk (Debian package wrk) and a JDK with jcmd. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 2000 10000 100000"}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-5}
WARMUP_MAX=${WARMUP_MAX:-120}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18080}
FLOOR_PORT=${FLOOR_PORT:-18081}
SKIP_JMH=${SKIP_JMH:-}
SKIP_BASELINE=${SKIP_BASELINE:-}
ACCESS_LOG=${ACCESS_LOG:-own}
case "$ACCESS_LOG" in
  own) access_log=(--offers.access-log.enabled=true) ;;
  # the same fields through Tomcat's valve, to standard output: time, request id, method, route, status, time taken
  valve) access_log=(--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory=/dev
           --server.tomcat.accesslog.prefix=stdout --server.tomcat.accesslog.suffix=
           --server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.buffered=true
           "--server.tomcat.accesslog.pattern=%{yyyy-MM-dd'T'HH:mm:ss.SSSZ}t ACCESS [%{X-Request-Id}o] %m %{org.springframework.web.servlet.HandlerMapping.bestMatchingPattern}r %s %D ms") ;;
  *) echo "ACCESS_LOG is own or valve" >&2; exit 1 ;;
esac
work=$(mktemp -d)
pid=""
floor_pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$floor_pid" ] && kill "$floor_pid" 2>/dev/null; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
# each jar built when it is missing or older than its sources
stale() { [ -z "$1" ] || [ -n "$(find "${@:2}" -newer "$1" -print -quit)" ]; }
floor_jar=$(ls bench/floor/target/floor-*.jar 2>/dev/null | grep -v -e '\.original$' | head -n 1 || true)
if stale "$floor_jar" bench/floor/src bench/floor/pom.xml; then ./mvnw -B -q -f bench/floor/pom.xml package; fi
floor_jar=$(ls bench/floor/target/floor-*.jar | grep -v -e '\.original$' | head -n 1)

now_ms() { date +%s%3N; }

# start_server DIR: starts the packaged service as the Docker image does (bench/start.sh, which builds the jar and
# what the fast start needs when they are out of date) on a database in DIR; sets pid and startup_ms
start_server() {
  local t0; t0=$(now_ms)
  bench/start.sh "$PORT" \
    --spring.datasource.url="jdbc:h2:file:$1/offers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000" \
    --offers.max-body-size=512MB --offers.max-offers-per-payload=1000000 --logging.level.root=WARN \
    "${access_log[@]}" > "$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$1.log"; exit 1; }
    sleep 0.05
  done
  startup_ms=$(( $(now_ms) - t0 ))
}

stop_server() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

# start_floor: the bare Spring Boot app beside the service, on its own port, for the whole run
start_floor() {
  java -jar "$floor_jar" --server.port="$FLOOR_PORT" > "$work/floor.log" 2>&1 &
  floor_pid=$!
  until curl -sf "http://127.0.0.1:$FLOOR_PORT/highest-discount" >/dev/null 2>&1; do
    kill -0 "$floor_pid" 2>/dev/null || { cat "$work/floor.log"; exit 1; }
    sleep 0.05
  done
}

post_seconds() {
  curl -s -o "$work/post.out" -w '%{time_total}' -H 'Content-Type: application/json' \
    --data-binary @"$1" "http://127.0.0.1:$PORT/offer"
}

heap_used_mb() {
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  # the heap's line (G1) or its generations' (serial), not metaspace's
  jcmd "$pid" GC.heap_info | grep -E '(heap|generation) +total' | grep -oE 'used [0-9]+K' |
    awk '{sum += $2} END {print int(sum / 1024)}'
}

# load PORT QUERIES SECONDS: wrk load without measuring
load() {
  ENDPOINT=/highest-discount QUERIES=$2 wrk -t2 -c"$CONNECTIONS" -d"$3s" -s bench/queries.lua "http://127.0.0.1:$1" >/dev/null
}

# jit_ms PID: milliseconds the JIT has spent compiling in that process so far
jit_ms() { jcmd "$1" PerfCounter.print | awk -F= '/^java.ci.totalTime=/ {print int($2 / 1000000)}'; }

# warm PORT PID QUERIES: 20 s of load, then 5 s more at a time until the JIT spends under 100 ms of a 5 s slice
# compiling (at most WARMUP_MAX seconds): the service has far more code to compile than the floor, and on a busy
# 2-core machine 20 s did not suffice; measured before that, it is the JIT that is measured. Prints the seconds.
warm() {
  load "$1" "$3" 20
  local t=20 c0 c1
  while [ "$t" -lt "$WARMUP_MAX" ]; do
    c0=$(jit_ms "$2"); load "$1" "$3" 5; t=$((t + 5)); c1=$(jit_ms "$2")
    [ $((c1 - c0)) -lt 100 ] && break
  done
  echo "$t"
}

# measure PORT QUERIES: prints "req/s p50 p99"
measure() {
  ENDPOINT=/highest-discount QUERIES=$2 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/queries.lua \
    "http://127.0.0.1:$1" > "$work/wrk.out"
  grep -q "Non-2xx" "$work/wrk.out" && { echo "non-2xx answers:" >&2; cat "$work/wrk.out" >&2; exit 1; }
  echo "$(awk '/Requests\/sec/ {print int($2)}' "$work/wrk.out") $(awk '$1 == "50%" {print $2}' "$work/wrk.out") \
$(awk '$1 == "99%" {print $2}' "$work/wrk.out")"
}

echo "flipkart-offers benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "wrk -t2 -c$CONNECTIONS on loopback, sharing the cores with the server; each warmed until its JIT is quiet, then"
echo "$ROUNDS rounds of $DURATION on the service then the floor; the row is the round with the median ratio"
echo "service: histogram, ETag and access log on; floor: bare Spring Boot answering a constant (bench/floor)"
start_floor
floor_warm=""
printf '\n%-8s %10s %9s %9s %10s %9s %9s %7s  %s\n' offers "req/s" p50 p99 "floor r/s" "floor p50" "floor p99" ratio \
  "warm-up, ratios of the rounds"
summary=()
for n in $SIZES; do
  python3 bench/generate.py "$n" "$work/payload-$n.json" "$work/queries-$n.txt"
  mkdir -p "$work/db-$n"
  start_server "$work/db-$n"
  first=$(post_seconds "$work/payload-$n.json")
  grep -q "\"noOfNewOffersCreated\":$n" "$work/post.out" || { echo "post of $n offers answered $(cat "$work/post.out")" >&2; exit 1; }
  again=$(post_seconds "$work/payload-$n.json")
  jcmd "$pid" GC.run >/dev/null
  # both warmed (the floor once: it stays up), then measured in turns, so that neither gets the quieter machine;
  # the median round stands for the run
  warmed=$(warm "$PORT" "$pid" "$work/queries-$n.txt")
  [ -n "$floor_warm" ] || floor_warm=$(warm "$FLOOR_PORT" "$floor_pid" "$work/queries-$n.txt")
  rounds=()
  for _ in $(seq "$ROUNDS"); do
    read -r rps p50 p99 <<< "$(measure "$PORT" "$work/queries-$n.txt")"
    read -r frps fp50 fp99 <<< "$(measure "$FLOOR_PORT" "$work/queries-$n.txt")"
    rounds+=("$(awk -v a="$rps" -v b="$frps" 'BEGIN {printf "%.2f", a / b}') $rps $p50 $p99 $frps $fp50 $fp99")
  done
  grep -q "GET /highest-discount 200 " "$work/db-$n.log" || { echo "the service wrote no access log" >&2; exit 1; }
  all=$(printf '%s\n' "${rounds[@]}" | awk '{print $1}' | paste -sd' ')
  read -r ratio rps p50 p99 frps fp50 fp99 <<< "$(printf '%s\n' "${rounds[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p")"
  printf '%-8s %10s %9s %9s %10s %9s %9s %7s  %s\n' "$n" "$rps" "$p50" "$p99" "$frps" "$fp50" "$fp99" "$ratio" \
    "${warmed}s/${floor_warm}s, $all"
  summary+=("$n offers: first post ${first}s, re-post ${again}s")
  if [ "$n" = "$(echo "$SIZES" | tr ' ' '\n' | tail -n 1)" ]; then
    stop_server
    start_server "$work/db-$n"
    summary+=("$n offers stored: start-up ${startup_ms} ms, heap used after GC $(heap_used_mb) MB")
  fi
  stop_server
done
echo
printf '%s\n' "${summary[@]}"

if [ -z "$SKIP_JMH" ]; then
  echo
  echo "JMH: OfferIndex.highestDiscountPaise, ns per query"
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
  java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.openjdk.jmh.Main OfferIndexBenchmark \
    -f 1 -wi 3 -w 1s -i 5 -r 1s -tu ns -bm avgt 2>&1 | sed -n '/^Benchmark/,$p'
fi

if [ -z "$SKIP_BASELINE" ]; then
  # ingest of 10,000 offers and its re-post against the baseline commit (BASELINE_REF, ROUNDS; bench/ingest.sh)
  echo
  N=10000 bench/ingest.sh
fi
