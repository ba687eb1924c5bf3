#!/usr/bin/env bash
# Shared by ./factdesk bench and ./factdesk bench public: the packaged app on a bench
# database, nginx serving static copies, wrk runs summarised as median (min–max).
# Sourced after scripts/lib.sh.

APP_PORT=${FACTDESK_BENCH_APP_PORT:-8090}
NGINX_PORT=${FACTDESK_BENCH_NGINX_PORT:-8091}
HELLO_PORT=${FACTDESK_BENCH_HELLO_PORT:-8092}
ROWS_PORT=${FACTDESK_BENCH_ROWS_PORT:-8093}
CONNECTIONS=${FACTDESK_BENCH_CONNECTIONS:-64}
DURATION=${FACTDESK_BENCH_DURATION:-10s}
RUNS=${FACTDESK_BENCH_RUNS:-3}
WARMUP=${FACTDESK_BENCH_WARMUP:-90s}
BENCH="$FD_WORK/bench"
APP="http://127.0.0.1:$APP_PORT"
APP_LOGIN="http://localhost:$APP_PORT"   # the address Keycloak redirects back to
KEYCLOAK_REALM="http://localhost:$FACTDESK_KEYCLOAK_PORT/realms/factdesk"
RESULTS="$BENCH/results.tsv"     # key <TAB> metric <TAB> median <TAB> min <TAB> max
# The workspace searches ./factdesk bench times: state and text together, and text that matches nothing.
SEARCHES=("state=IN_RESEARCH&q=lowest+since" "q=no+such+claim+anywhere")
mkdir -p "$BENCH/www" "$BENCH/tmp"

APP_PID=""
NGINX_PID=""
ROWS_PID=""
BENCH_STARTED=()   # the services this benchmark started (and stops again)
bench_cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$ROWS_PID" ] && kill "$ROWS_PID" 2>/dev/null || true
  for s in "${BENCH_STARTED[@]:+${BENCH_STARTED[@]}}"; do scripts/$s.sh stop || true; done
}

bench_prerequisites() {
  fd_apt_install wrk wrk
  fd_apt_install nginx nginx
  fd_apt_install psql postgresql-client
  fd_require_java17
  scripts/postgres.sh status | grep -q running || BENCH_STARTED+=(postgres)
  fd_pid_alive "$FD_PIDS/keycloak.pid" || BENCH_STARTED+=(keycloak)
  scripts/postgres.sh start
  scripts/keycloak.sh start
  if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "$(find src pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
    fd_say "building Factdesk"
    ./mvnw -B -q -DskipTests package || fd_die "the build failed"
  fi
}

# bench_psql <db> [psql args]: psql as the application's user.
bench_psql() {
  local db=$1; shift
  PGPASSWORD=factdesk psql -X -q -h localhost -p "$FACTDESK_DB_PORT" -U factdesk -d "$db" -v ON_ERROR_STOP=1 "$@"
}

# bench_fresh_db <db>: an empty database owned by the application's user.
bench_fresh_db() {
  scripts/postgres.sh superuser dropdb --if-exists --force "$1"
  scripts/postgres.sh superuser createdb -O factdesk_owner "$1"
}

# app_command <db> <cache on?>: APP_CMD, the packaged app's command line on that database.
app_command() {
  APP_CMD=(env FACTDESK_HTTP_PORT="$APP_PORT" FACTDESK_DB_URL="jdbc:postgresql://localhost:$FACTDESK_DB_PORT/$1"
      FACTDESK_PUBLIC_CACHE="$2" FACTDESK_PUBLIC_URL="http://localhost:$APP_PORT"
      FACTDESK_SESSION_SECRET=bench-only-secret-0123456789-abcdefghij
      "$(fd_java)" ${FACTDESK_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar)
}

# start_app <db> <cache on?>: the packaged app on that database; the app's own start-up
# migrates it (and imports the demo article).
start_app() {
  app_command "$1" "$2"
  "${APP_CMD[@]}" >"$FD_LOGS/bench-app.log" 2>&1 &
  APP_PID=$!
  echo "$APP_PID" >"$FD_PIDS/bench-app.pid"
  fd_wait_http "$APP/q/health/ready" 120 "$FD_PIDS/bench-app.pid" "$FD_LOGS/bench-app.log" "Factdesk (bench)"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# first_permalink: the address of the newest claim on the app's /claims page.
first_permalink() {
  local link
  link=$(curl -s "$APP/claims" | grep -o 'href="/claims/[0-9]*-[a-z0-9-]*"' | head -n 1 | cut -d'"' -f2)
  [ -n "$link" ] || fd_die "no permalink found on /claims"
  echo "$link"
}

# start_nginx: serves $BENCH/www (saved copies of app pages) on NGINX_PORT.
start_nginx() {
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
  nginx -c "$BENCH/nginx.conf" &
  NGINX_PID=$!
  sleep 1
}
stop_nginx() { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; }

# save_copy <app path>: the page as nginx will serve it; prints nginx's URL for it.
save_copy() {
  local dir="$BENCH/www${1%%\?*}"
  mkdir -p "$dir"
  curl -s "$APP$1" >"$dir/index.html"
  echo "http://127.0.0.1:$NGINX_PORT${1%%\?*}/"
}

# warm <seconds> <url> [wrk args]: load that is not measured, so that what is measured is the
# JIT-compiled application, not the JIT compiler at work. The first quarter runs at 2
# connections: on 2 cores, 64 busy request threads leave the compiler threads so little CPU
# that the hot paths can stay interpreted for minutes (measured: a Qute page at 64 connections
# stayed at 700-2,000 req/s for over a minute; after 20 s at 2 connections it served 30,000).
warm() {
  local d=$1 url=$2; shift 2
  local gentle=$((${d%s} / 4))
  [ "$gentle" -gt 0 ] && wrk -t2 -c2 -d"${gentle}s" "$@" "$url" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$((${d%s} - gentle))s" "$@" "$url" >/dev/null
}

# to_ms <wrk latency>: "812.00us" / "3.20ms" / "1.02s" in milliseconds.
to_ms() { sed -e 's/^\([0-9.]*\)us$/\1 0.001/' -e 's/^\([0-9.]*\)ms$/\1 1/' -e 's/^\([0-9.]*\)s$/\1 1000/' <<<"$1" | awk '{printf "%.3f", $1 * $2}'; }

# record <key> <metric> <values…>: median, min and max of the values into RESULTS.
record() {
  local key=$1 metric=$2; shift 2
  printf '%s\n' "$@" | sort -g | awk -v k="$key" -v m="$metric" '
    { v[NR] = $1 } END { printf "%s\t%s\t%s\t%s\t%s\n", k, m, v[int((NR + 1) / 2)], v[1], v[NR] }' >>"$RESULTS"
}

# measure <key> <url> [wrk args]: RUNS wrk runs; records req/s, p50 and p99 (ms).
measure() {
  local key=$1 url=$2; shift 2
  local rps=() p50=() p99=() out i
  for i in $(seq "$RUNS"); do
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
    grep -q 'Non-2xx' <<<"$out" && fd_die "$key: wrk saw error responses from $url"
    rps+=("$(awk '/Requests\/sec/ {print $2}' <<<"$out")")
    p50+=("$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")")
    p99+=("$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")")
  done
  record "$key" rps "${rps[@]}"
  record "$key" p50 "${p50[@]}"
  record "$key" p99 "${p99[@]}"
  printf '  %-40s %s req/s, p50 %s ms, p99 %s ms\n' "$key" "$(value "$key" rps)" "$(value "$key" p50)" "$(value "$key" p99)"
}

# value <key> <metric> [field 3|4|5]: a recorded median (or min, max).
value() { awk -F'\t' -v k="$1" -v m="$2" -v f="${3:-3}" '$1 == k && $2 == m { v = $f } END { print v }' "$RESULTS"; }
