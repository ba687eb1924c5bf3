#!/usr/bin/env bash
# ./factdesk bench public: the public /claims page and one permalink, measured with wrk
# against nginx serving saved copies of the same pages, in one run, on this machine.
# Seeds 10,000 published claims over 500 articles into the test database (which the next
# ./factdesk test cleans anyway). Needs wrk, nginx and psql (apt-get installs wrk and nginx).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$FD_ROOT"

APP_PORT=${FACTDESK_BENCH_APP_PORT:-8090}
NGINX_PORT=${FACTDESK_BENCH_NGINX_PORT:-8091}
CONNECTIONS=${FACTDESK_BENCH_CONNECTIONS:-64}
DURATION=${FACTDESK_BENCH_DURATION:-10s}
RUNS=${FACTDESK_BENCH_RUNS:-3}
WARMUP=${FACTDESK_BENCH_WARMUP:-90s}
BENCH="$FD_WORK/bench"
DB_URL="jdbc:postgresql://localhost:$FACTDESK_DB_PORT/factdesk_test"
mkdir -p "$BENCH/www"

fd_apt_install wrk wrk
fd_apt_install nginx nginx
fd_apt_install psql postgresql-client
fd_require_java17

scripts/postgres.sh start
scripts/keycloak.sh start
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests package

APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

# start_app <cache on?> [clean]: the packaged app on the test database.
start_app() {
  local extra=()
  [ "${2:-}" = clean ] && extra=(QUARKUS_FLYWAY_CLEAN_AT_START=true QUARKUS_FLYWAY_CLEAN_DISABLED=false)
  env "${extra[@]}" FACTDESK_HTTP_PORT="$APP_PORT" FACTDESK_DB_URL="$DB_URL" FACTDESK_PUBLIC_CACHE="$1" \
      FACTDESK_PUBLIC_URL="http://localhost:$APP_PORT" FACTDESK_SESSION_SECRET=bench-only-secret-0123456789-abcdefghij \
      "$(fd_java)" -jar target/quarkus-app/quarkus-run.jar >"$FD_LOGS/bench-app.log" 2>&1 &
  APP_PID=$!
  echo "$APP_PID" >"$FD_PIDS/bench-app.pid"
  fd_wait_http "http://localhost:$APP_PORT/q/health/ready" 120 "$FD_PIDS/bench-app.pid" "$FD_LOGS/bench-app.log" "Factdesk (bench)"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

fd_say "starting Factdesk on a clean test database and seeding 10,000 published claims"
start_app true clean
PGPASSWORD=factdesk psql -q -h localhost -p "$FACTDESK_DB_PORT" -U factdesk -d factdesk_test -v ON_ERROR_STOP=1 \
  -f scripts/bench-public.sql >"$FD_LOGS/bench-seed.log" 2>&1 || fd_fail_with_log "seeding failed" "$FD_LOGS/bench-seed.log"
PERMALINK=$(curl -s "http://localhost:$APP_PORT/claims" | grep -o 'href="/claims/[0-9]*-[a-z0-9-]*"' | head -n 1 | cut -d'"' -f2)
[ -n "$PERMALINK" ] || fd_die "no permalink found on /claims"

fd_say "saving static copies for nginx"
mkdir -p "$BENCH/www/claims" "$BENCH/www$PERMALINK"
curl -s "http://localhost:$APP_PORT/claims" >"$BENCH/www/claims/index.html"
curl -s "http://localhost:$APP_PORT$PERMALINK" >"$BENCH/www$PERMALINK/index.html"
cat >"$BENCH/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $BENCH/nginx.pid;
error_log $BENCH/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $BENCH/tmp; proxy_temp_path $BENCH/tmp; fastcgi_temp_path $BENCH/tmp;
  uwsgi_temp_path $BENCH/tmp; scgi_temp_path $BENCH/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $BENCH/www; index index.html; }
}
CONF
mkdir -p "$BENCH/tmp"
nginx -c "$BENCH/nginx.conf" &
NGINX_PID=$!
sleep 1

# warm <url> <seconds>: load that is not measured. The JVM compiles its hot paths during the
# first tens of seconds under load (on 2 cores shared with wrk); measuring before that would
# time the JIT compiler, not the application.
warm() { wrk -t2 -c"$CONNECTIONS" -d"$2" "$1" >/dev/null; }

# run <label> <url>: RUNS wrk runs; prints "label  median req/s (min–max)  median p99"
run() {
  local rps=() p99=() out i
  for i in $(seq "$RUNS"); do
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
    rps+=("$(awk '/Requests\/sec/ {print $2}' <<<"$out")")
    p99+=("$(awk '$1 == "99%" {print $2}' <<<"$out" | sed -e 's/ms$//' -e 's/^\([0-9.]*\)us$/0.00\1/' -e 's/^\([0-9.]*\)s$/\1000/')")
  done
  local sorted_rps sorted_p99
  sorted_rps=$(printf '%s\n' "${rps[@]}" | sort -g | tr '\n' ' ')
  sorted_p99=$(printf '%s\n' "${p99[@]}" | sort -g | tr '\n' ' ')
  awk -v label="$1" -v r="$sorted_rps" -v p="$sorted_p99" 'BEGIN {
    n = split(r, rr, " "); split(p, pp, " "); m = int((n + 1) / 2)
    printf "%-34s %10.0f req/s (%.0f–%.0f)   p99 %6.1f ms (%.1f–%.1f)\n", label, rr[m], rr[1], rr[n], pp[m], pp[1], pp[n]
  }' | tee -a "$BENCH/results.txt"
}

: >"$BENCH/results.txt"
echo "wrk -t2 -c$CONNECTIONS -d$DURATION, median of $RUNS runs (min–max), 10,000 published claims over 500 articles" | tee -a "$BENCH/results.txt"
warm "http://127.0.0.1:$NGINX_PORT/claims/" 5s
run "nginx /claims (static copy)" "http://127.0.0.1:$NGINX_PORT/claims/"
run "nginx permalink (static copy)" "http://127.0.0.1:$NGINX_PORT$PERMALINK/"
curl -s "http://localhost:$APP_PORT/claims" >/dev/null   # fill the cache
warm "http://127.0.0.1:$APP_PORT/claims" "$WARMUP"
warm "http://127.0.0.1:$APP_PORT$PERMALINK" 10s
run "app /claims (cache on)" "http://127.0.0.1:$APP_PORT/claims"
run "app permalink (cache on)" "http://127.0.0.1:$APP_PORT$PERMALINK"
stop_app
start_app false
warm "http://127.0.0.1:$APP_PORT/claims" "$WARMUP"
warm "http://127.0.0.1:$APP_PORT$PERMALINK" 20s
run "app /claims (cache off)" "http://127.0.0.1:$APP_PORT/claims"
run "app permalink (cache off)" "http://127.0.0.1:$APP_PORT$PERMALINK"

awk '
  /req\/s/ { name = $0; sub(/ +[0-9.]+ req\/s.*/, "", name); for (i = 1; i <= NF; i++) if ($i == "req/s") rps[name] = $(i-1) }
  END {
    printf "\nratio to nginx (medians):\n"
    printf "  /claims cache on    %5.1f %%   (goal >= 80 %%, p99 <= 20 ms)\n", 100 * rps["app /claims (cache on)"] / rps["nginx /claims (static copy)"]
    printf "  /claims cache off   %5.1f %%   (goal >= 25 %%, p99 <= 100 ms)\n", 100 * rps["app /claims (cache off)"] / rps["nginx /claims (static copy)"]
    printf "  permalink cache on  %5.1f %%\n", 100 * rps["app permalink (cache on)"] / rps["nginx permalink (static copy)"]
    printf "  permalink cache off %5.1f %%\n", 100 * rps["app permalink (cache off)"] / rps["nginx permalink (static copy)"]
  }' "$BENCH/results.txt" | tee -a "$BENCH/results.txt"
echo "(results also in $BENCH/results.txt)"
