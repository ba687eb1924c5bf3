#!/usr/bin/env bash
# ./factdesk bench public: the public /claims page and one permalink, measured with wrk
# against nginx serving saved copies of the same pages, in one run, on this machine.
# Seeds 10,000 published claims over 500 articles into its own database (factdesk_bench).
# Needs wrk, nginx and psql (apt-get installs them). ./factdesk bench measures more.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$FD_ROOT"
source scripts/bench/lib.sh
DB=factdesk_bench
trap bench_cleanup EXIT
: >"$RESULTS"

bench_prerequisites
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

ratio() { awk -v a="$(value "$1" rps)" -v b="$(value "$2" rps)" 'BEGIN { printf "%5.1f %%", 100 * a / b }'; }
echo
echo "ratio to nginx (medians):"
echo "  /claims cache on    $(ratio "app /claims (cache on)" "nginx /claims (static copy)")   (goal >= 80 %, p99 <= 20 ms)"
echo "  /claims cache off   $(ratio "app /claims (cache off)" "nginx /claims (static copy)")   (goal >= 25 %, p99 <= 100 ms)"
echo "  permalink cache on  $(ratio "app permalink (cache on)" "nginx permalink (static copy)")"
echo "  permalink cache off $(ratio "app permalink (cache off)" "nginx permalink (static copy)")"
echo "(all figures in $RESULTS)"
