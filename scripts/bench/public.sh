#!/usr/bin/env bash
# ./factdesk bench public: the public /claims page and one permalink, measured with wrk
# against nginx serving saved copies of the same pages, in one run, on this machine.
# Seeds 10,000 published claims over 500 articles into its own database (factdesk_bench).
# Then two references for the page cache off: PostgreSQL alone answering the list's statement
# (pgbench), and Quarkus with Qute alone rendering the same 20 rows from memory
# (scripts/bench/rows); together they bound what "query + render every time" can reach here.
# Needs wrk, nginx, psql and pgbench (apt-get installs them). ./factdesk bench measures more.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$FD_ROOT"
source scripts/bench/lib.sh
DB=factdesk_bench
trap bench_cleanup EXIT
: >"$RESULTS"

bench_prerequisites
fd_require_cmd pgbench postgresql-client
fd_say "building the reference app (scripts/bench/rows)"
./mvnw -B -q -f scripts/bench/rows/pom.xml -DskipTests package || fd_die "the reference app did not build"
fd_say "starting Factdesk on a new database and seeding 10,000 published claims"
bench_fresh_db "$DB"
start_app "$DB" true
bench_psql "$DB" -f scripts/bench/public.sql >"$FD_LOGS/bench-seed.log" 2>&1 || fd_fail_with_log "seeding failed" "$FD_LOGS/bench-seed.log"
PERMALINK=$(first_permalink)

fd_say "saving static copies for nginx"
NGINX_LIST=$(save_copy /claims)
NGINX_PERMALINK=$(save_copy "$PERMALINK")
start_nginx

echo "wrk -t2 -c$CONNECTIONS -d$DURATION, median of $RUNS runs (min–max), 10,000 published claims over 500 articles"
warm 5s "$NGINX_LIST"
measure "nginx /claims (static copy)" "$NGINX_LIST"
measure "nginx permalink (static copy)" "$NGINX_PERMALINK"
warm "$WARMUP" "$APP/claims"
warm 10s "$APP$PERMALINK"
measure "app /claims (cache on)" "$APP/claims"
measure "app permalink (cache on)" "$APP$PERMALINK"
stop_app
start_app "$DB" false
warm "$WARMUP" "$APP/claims"
warm 20s "$APP$PERMALINK"
measure "app /claims (cache off)" "$APP/claims"
measure "app permalink (cache off)" "$APP$PERMALINK"
stop_app

# The references, one at a time on the quiet machine. The statement is the one
# PublicSearch.summaries sends for /claims without filters.
cat >"$BENCH/list.sql" <<'SQL'
select claim_id, slug, status, quote, conclusion, claimant, article_title, article_outlet, rating_label, first_published_at
from public_claim where true order by first_published_at desc, claim_id desc limit 21;
SQL
tps=()
for i in $(seq "$RUNS"); do
  tps+=("$(PGPASSWORD=factdesk pgbench -n -f "$BENCH/list.sql" -c 16 -j 2 -M prepared -T "${DURATION%s}" -h localhost \
           -p "$FACTDESK_DB_PORT" -U factdesk "$DB" 2>/dev/null | awk '/^tps/ { print $3; exit }')")
done
record "pgbench list statement" rps "${tps[@]}"
printf '  %-40s %s statements/s\n' "pgbench list statement (16 clients)" "$(value "pgbench list statement" rps)"
ROWS_PORT="$ROWS_PORT" "$(fd_java)" ${FACTDESK_JAVA_OPTS:-} -jar scripts/bench/rows/target/quarkus-app/quarkus-run.jar \
    >"$FD_LOGS/bench-rows.log" 2>&1 &
ROWS_PID=$!
echo "$ROWS_PID" >"$FD_PIDS/bench-rows.pid"
fd_wait_http "http://127.0.0.1:$ROWS_PORT/claims" 60 "$FD_PIDS/bench-rows.pid" "$FD_LOGS/bench-rows.log" "the reference app"
warm "$WARMUP" "http://127.0.0.1:$ROWS_PORT/claims"
measure "Qute rows from memory" "http://127.0.0.1:$ROWS_PORT/claims"
kill "$ROWS_PID"; wait "$ROWS_PID" 2>/dev/null || true; ROWS_PID=""

ratio() { awk -v a="$(value "$1" rps)" -v b="$(value "$2" rps)" 'BEGIN { printf "%5.1f %%", 100 * a / b }'; }
# The most "query + render every time" can serve when the two share the cores: each request
# costs the machine at least what one query costs PostgreSQL plus what one render costs Quarkus.
ceiling() { awk -v r="$(value "Qute rows from memory" rps)" -v q="$(value "pgbench list statement" rps)" \
                -v n="$(value "nginx /claims (static copy)" rps)" 'BEGIN { c = 1 / (1 / r + 1 / q); printf "%.0f req/s, %5.1f %%", c, 100 * c / n }'; }
echo
echo "ratio to nginx (medians):"
echo "  /claims cache on    $(ratio "app /claims (cache on)" "nginx /claims (static copy)")   (goal >= 80 %, p99 <= 20 ms)"
echo "  /claims cache off   $(ratio "app /claims (cache off)" "nginx /claims (static copy)")   (goal >= 25 %, p99 <= 100 ms)"
echo "  permalink cache on  $(ratio "app permalink (cache on)" "nginx permalink (static copy)")"
echo "  permalink cache off $(ratio "app permalink (cache off)" "nginx permalink (static copy)")"
echo "references for the cache off:"
echo "  Quarkus + Qute, the same 20 rows from memory, no database   $(ratio "Qute rows from memory" "nginx /claims (static copy)")"
echo "  at best with one query each (render and query on the same cores)   $(ceiling)"
echo "(all figures in $RESULTS)"
