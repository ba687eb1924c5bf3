#!/usr/bin/env bash
# ./factdesk bench [--claims 1000,10000,100000]: Factdesk measured against the machine's own
# limits, each figure next to a baseline measured in the same run, and docs/BENCHMARKS.md
# (plus docs/bench-latency.svg) regenerated from the results. See docs/BENCHMARKS.md.
#
# For every data size: a new database, seeded (scripts/bench/seed.sql), the app with its page
# cache off, then the public list and permalink, the workspace search and the article view.
# At 10,000 claims also: nginx and the cached page, workflow transitions against pgbench,
# the live-update fan-out, and memory. At the largest size: the query plans.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$FD_ROOT"
source scripts/bench/lib.sh

SIZES=(1000 10000 100000)
while [ $# -gt 0 ]; do
  case $1 in
    --claims) IFS=, read -r -a SIZES <<<"${2:?--claims needs a size, e.g. 10000 or 1000,100000}"; shift 2 ;;
    --claims=*) IFS=, read -r -a SIZES <<<"${1#--claims=}"; shift ;;
    *) fd_die "unknown option $1 (usage: ./factdesk bench [--claims 1000,10000,100000] | public)" ;;
  esac
done
for s in "${SIZES[@]}"; do [[ $s =~ ^[1-9][0-9]{2,6}$ ]] || fd_die "--claims takes sizes from 100 to 9,999,999 (got '$s')"; done
IFS=$'\n' SIZES=($(printf '%s\n' "${SIZES[@]}" | sort -n -u)); unset IFS
LARGEST=${SIZES[-1]}
DB=factdesk_bench
DRIVER=(java scripts/bench/BenchDriver.java)
trap 'bench_cleanup; if [ -n "${LAST_PID:-}" ]; then kill "$LAST_PID" 2>/dev/null || true; fi' EXIT
: >"$RESULTS"
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')

bench_prerequisites
fd_require_cmd pgbench postgresql-client
fd_say "building the baseline hello app (scripts/bench/hello)"
./mvnw -B -q -f scripts/bench/hello/pom.xml -DskipTests package || fd_die "the hello app did not build"

# startup <url> <command…>: STARTUP_MS = milliseconds from launch to the first 200 from url;
# the process keeps running (its pid in LAST_PID).
startup() {
  local url=$1; shift
  local t0 t1; t0=$(date +%s%N)
  "$@" >"$FD_LOGS/bench-startup.log" 2>&1 &
  LAST_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    kill -0 "$LAST_PID" 2>/dev/null || fd_fail_with_log "$* stopped while starting" "$FD_LOGS/bench-startup.log"
    sleep 0.01
  done
  t1=$(date +%s%N)
  STARTUP_MS=$(((t1 - t0) / 1000000))
}
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# ---- baselines that do not depend on the data ----------------------------------------------
fd_say "baseline: pgbench simple-update, 16 clients"
if ! scripts/postgres.sh superuser psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'factdesk_pgbench'" | grep -q 1; then
  scripts/postgres.sh superuser createdb -O factdesk factdesk_pgbench
  PGPASSWORD=factdesk pgbench -q -i -s 16 -h localhost -p "$FACTDESK_DB_PORT" -U factdesk factdesk_pgbench >"$FD_LOGS/bench-pgbench.log" 2>&1
fi
tps=()
for i in $(seq "$RUNS"); do
  tps+=("$(PGPASSWORD=factdesk pgbench -b simple-update -c 16 -j 2 -M prepared -T "${DURATION%s}" -h localhost -p "$FACTDESK_DB_PORT" \
           -U factdesk factdesk_pgbench 2>/dev/null | awk '/^tps/ { print $3; exit }')")
done
record "pgbench simple-update" tps "${tps[@]}"
echo "  pgbench: $(value "pgbench simple-update" tps) tps"

fd_say "baseline: start-up and memory of a bare Quarkus app"
HELLO=(env HELLO_PORT="$HELLO_PORT" "$(fd_java)" ${FACTDESK_JAVA_OPTS:-} -jar scripts/bench/hello/target/quarkus-app/quarkus-run.jar)
times=()
for i in $(seq "$RUNS"); do
  startup "http://127.0.0.1:$HELLO_PORT/hello" "${HELLO[@]}"
  times+=("$STARTUP_MS")
  [ "$i" = "$RUNS" ] || { kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true; }
done
HELLO_PID=$LAST_PID
record "hello" startup_ms "${times[@]}"
warm "$DURATION" "http://127.0.0.1:$HELLO_PORT/hello"
record "hello" rss_mb "$(rss_mb "$HELLO_PID")"
kill "$HELLO_PID"; wait "$HELLO_PID" 2>/dev/null || true; HELLO_PID=""
echo "  hello: start-up $(value hello startup_ms) ms, RSS after load $(value hello rss_mb) MB"

# ---- per data size -------------------------------------------------------------------------
for SIZE in "${SIZES[@]}"; do
  fd_say "$SIZE claims: new database, app with its page cache off, seeding"
  bench_fresh_db "$DB"
  start_app "$DB" false
  t0=$(date +%s%N)
  bench_psql "$DB" -v claims="$SIZE" -f scripts/bench/seed.sql | sed 's/^/  /'
  record "$SIZE" seed_s "$(awk -v n=$(( $(date +%s%N) - t0 )) 'BEGIN { printf "%.1f", n / 1e9 }')"
  echo "  seeded in $(value "$SIZE" seed_s) s"

  if [ "$SIZE" = "${SIZES[0]}" ]; then
    fd_say "start-up of the packaged app (database already migrated)"
    stop_app
    times=()
    app_command "$DB" false
    for i in $(seq "$RUNS"); do
      startup "$APP/q/health/live" "${APP_CMD[@]}"
      times+=("$STARTUP_MS")
      kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
    done
    record "app" startup_ms "${times[@]}"
    echo "  app: start-up $(value app startup_ms) ms"
    start_app "$DB" false
  fi

  PERMALINK=$(first_permalink)
  A5=$(bench_psql "$DB" -Atc "SELECT id FROM article WHERE created_by = 'bench-5'")
  A500=$(bench_psql "$DB" -Atc "SELECT id FROM article WHERE created_by = 'bench-500'")

  fd_say "$SIZE claims: warming up ($WARMUP), then measuring"
  warm "$WARMUP" "$APP/claims"
  warm 10s "$APP$PERMALINK"
  measure "$SIZE /claims, cache off" "$APP/claims"
  measure "$SIZE permalink, cache off" "$APP$PERMALINK"
  # A fresh session for the workspace pages: the demo realm's access tokens live 5 minutes,
  # and wrk cannot keep the refreshed cookie, so an older one would time token refreshes.
  COOKIE=$("${DRIVER[@]}" cookie "$APP_LOGIN" alice alice)
  for q in "${SEARCHES[@]}"; do warm 5s "$APP/workspace/claims?$q" -H "Cookie: $COOKIE"; done
  warm 10s "$APP/workspace/articles/$A500" -H "Cookie: $COOKIE"
  warm 5s "$APP/workspace/articles/$A5" -H "Cookie: $COOKIE"
  # The workspace pages one reviewer at a time: the latency is the server's time.
  for q in "${SEARCHES[@]}"; do
    CONNECTIONS=1 measure "$SIZE workspace search $q" "$APP/workspace/claims?$q" -t1 -H "Cookie: $COOKIE"
  done
  CONNECTIONS=1 measure "$SIZE article view, 5 claims" "$APP/workspace/articles/$A5" -t1 -H "Cookie: $COOKIE"
  CONNECTIONS=1 measure "$SIZE article view, 500 claims" "$APP/workspace/articles/$A500" -t1 -H "Cookie: $COOKIE"

  if [ "$SIZE" = 10000 ]; then
    fd_say "10000 claims: nginx serving the same /claims page"
    NGINX_LIST=$(save_copy /claims)
    start_nginx
    warm 5s "$NGINX_LIST"
    measure "nginx /claims (static copy)" "$NGINX_LIST"
    stop_nginx

    fd_say "10000 claims: the page cache on"
    stop_app
    start_app "$DB" true
    warm "$WARMUP" "$APP/claims"
    measure "10000 /claims, cache on" "$APP/claims"

    fd_say "10000 claims: workflow transitions, 16 clients (submit, approve, publish)"
    bench_psql "$DB" -v pool=$(((RUNS + 1) * 15000)) -f scripts/bench/transition-pool.sql >/dev/null
    rm -f "$BENCH"/pool-*
    bench_psql "$DB" -Atc "SELECT id || ' ' || version FROM claim WHERE created_by = 'bench-pool' ORDER BY id" >"$BENCH/pool"
    split -n "l/$((RUNS + 1))" "$BENCH/pool" "$BENCH/pool-"
    # The first part warms the transition path up (like the pages, it needs its minute of JIT).
    "${DRIVER[@]}" transitions "$APP" "$KEYCLOAK_REALM" "$(ls "$BENCH"/pool-* | head -n 1)" 16 "${WARMUP%s}" >/dev/null 2>&1
    tps=() p99=()
    for pool in $(ls "$BENCH"/pool-* | tail -n +2) ; do
      out=$("${DRIVER[@]}" transitions "$APP" "$KEYCLOAK_REALM" "$pool" 16 "${DURATION%s}")
      echo "  $out"
      [ "$(awk '{print $NF}' <<<"$out")" = 0 ] || fd_die "transitions were refused: $out"
      tps+=("$(awk '{print $4}' <<<"$out")"); p99+=("$(awk '{print $8}' <<<"$out")")
    done
    record "transitions" tps "${tps[@]}"
    record "transitions" p99 "${p99[@]}"

    fd_say "10000 claims: one change, 200 open event streams"
    p99=()
    for i in $(seq "$RUNS"); do
      out=$("${DRIVER[@]}" fanout "$APP_LOGIN" "$KEYCLOAK_REALM" 200) || fd_die "not every stream got the change: $out"
      echo "  $out"
      p99+=("$(awk '{print $6}' <<<"$out")")
    done
    record "fanout 200" p99 "${p99[@]}"
    record "app" rss_mb "$(rss_mb "$APP_PID")"
    echo "  app RSS after these runs: $(value app rss_mb) MB"
  fi

  if [ "$SIZE" = "$LARGEST" ]; then
    fd_say "$SIZE claims: the query plans of every page (auto_explain)"
    stop_app
    scripts/postgres.sh superuser psql -d "$DB" -qc "ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'" \
      -c "ALTER DATABASE $DB SET auto_explain.log_min_duration = 0" -c "ALTER DATABASE $DB SET auto_explain.log_analyze = on" \
      -c "ALTER DATABASE $DB SET auto_explain.log_buffers = on"
    PG_LOG="$FD_WORK/postgres/postgres.log"
    start_app "$DB" false
    COOKIE=$("${DRIVER[@]}" cookie "$APP_LOGIN" alice alice)
    offset=$(stat -c %s "$PG_LOG")
    for page in /claims "/claims?q=unemployment" "$PERMALINK" /claims.atom /api/public/claims "/articles/$A500"; do
      curl -s -o /dev/null "$APP$page"
    done
    for page in "${SEARCHES[@]/#//workspace/claims?}" "/workspace/articles/$A500" /workspace/queue; do
      curl -s -o /dev/null -H "Cookie: $COOKIE" "$APP$page"
    done
    sleep 1
    tail -c +"$((offset + 1))" "$PG_LOG" >"$BENCH/plans.log"
    stop_app
    scripts/postgres.sh superuser psql -d "$DB" -qc "ALTER DATABASE $DB RESET ALL"
  fi
  [ -n "$APP_PID" ] && stop_app
done

scripts/bench/report.sh "$STARTED" "${SIZES[*]}"
