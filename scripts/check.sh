#!/usr/bin/env bash
# ./factdesk check: everything. The whole test suite (./factdesk test), then the checks too
# slow for every CI run: 50 people working at once for 2 minutes (MixedLoadCheck), and sqlmap
# against every query parameter of the JSON API and the public search. Results go to
# .work/check/ and are summarized at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$FD_ROOT"

CHECK="$FD_WORK/check"
APP_PORT=${FACTDESK_CHECK_APP_PORT:-8096}
mkdir -p "$CHECK"

# FACTDESK_CHECK_TESTS=false runs the slow checks alone (on an already built jar).
if [ "${FACTDESK_CHECK_TESTS:-true}" != false ]; then ./factdesk test "$@"; fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests package

fd_apt_install sqlmap sqlmap

# Stop, at the end, only the services this check started (as ./factdesk test does).
STARTED=()
scripts/postgres.sh status | grep -q running || STARTED+=(postgres)
fd_pid_alive "$FD_PIDS/keycloak.pid" || STARTED+=(keycloak)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  for s in "${STARTED[@]:+${STARTED[@]}}"; do scripts/$s.sh stop; done
}
trap cleanup EXIT
scripts/postgres.sh start
scripts/keycloak.sh start

fd_say "load: ${FACTDESK_LOAD_USERS:-50} people for ${FACTDESK_LOAD_SECONDS:-120} s against the packaged app"
./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MixedLoadCheck \
  -Dload.users="${FACTDESK_LOAD_USERS:-50}" -Dload.seconds="${FACTDESK_LOAD_SECONDS:-120}" >"$CHECK/load.log" 2>&1 \
  || { grep -E "load:|problems" "$CHECK/load.log" | tail -5; fd_die "the load check failed; see $CHECK/load.log"; }
grep -E "^load:" "$CHECK/load.log" | tee "$CHECK/load-summary.txt"

FACTDESK_HTTP_PORT="$APP_PORT" FACTDESK_DB_URL="jdbc:postgresql://localhost:$FACTDESK_DB_PORT/factdesk_test" \
  FACTDESK_SESSION_SECRET=check-only-secret-0123456789-abcdefghij \
  "$(fd_java)" -jar target/quarkus-app/quarkus-run.jar >"$FD_LOGS/check-app.log" 2>&1 &
APP_PID=$!
echo "$APP_PID" >"$FD_PIDS/check-app.pid"
fd_wait_http "http://localhost:$APP_PORT/q/health/ready" 120 "$FD_PIDS/check-app.pid" "$FD_LOGS/check-app.log" "Factdesk (check)"

TOKEN=$(curl -sf -d grant_type=password -d client_id=factdesk -d client_secret="$FACTDESK_OIDC_CLIENT_SECRET" \
  -d username=admin -d password=admin "http://localhost:$FACTDESK_KEYCLOAK_PORT/realms/factdesk/protocol/openid-connect/token" \
  | sed -e 's/.*"access_token":"\([^"]*\)".*/\1/')
ARTICLE=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$APP_PORT/api/articles" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)

# sqlmap_target <name> <url> [extra sqlmap args]: one run; "clean" when nothing is injectable.
: >"$CHECK/sqlmap-summary.txt"
sqlmap_target() {
  local name=$1 url=$2; shift 2
  fd_say "sqlmap: $name"
  sqlmap -u "$url" --batch --level=2 --risk=1 --dbms=PostgreSQL --flush-session --disable-coloring \
    --output-dir="$CHECK/sqlmap" "$@" >"$CHECK/sqlmap-$name.log" 2>&1 || true
  local requests; requests=$(grep -c "" "$CHECK/sqlmap/127.0.0.1/log" 2>/dev/null || echo 0)
  if grep -qiE "is vulnerable|appears to be .*injectable|sqlmap identified the following injection" "$CHECK/sqlmap-$name.log"; then
    echo "$name: INJECTABLE - see $CHECK/sqlmap-$name.log" | tee -a "$CHECK/sqlmap-summary.txt"
    return 1
  fi
  grep -qiE "all tested parameters do not appear to be injectable|do not appear to be injectable" "$CHECK/sqlmap-$name.log" \
    || { echo "$name: sqlmap did not finish - see $CHECK/sqlmap-$name.log" | tee -a "$CHECK/sqlmap-summary.txt"; return 1; }
  echo "$name: clean ($(grep -c "testing '" "$CHECK/sqlmap-$name.log") techniques tried)" | tee -a "$CHECK/sqlmap-summary.txt"
}

failed=0
sqlmap_target public-search "http://127.0.0.1:$APP_PORT/claims?q=call&rating=True&outlet=Reuters&article=1&after=1_1&limit=5" || failed=1
sqlmap_target public-json "http://127.0.0.1:$APP_PORT/api/public/claims?q=call&rating=True&outlet=Reuters&from=2026-01-01&to=2026-12-31" || failed=1
sqlmap_target api-claims "http://127.0.0.1:$APP_PORT/api/claims?q=call&state=open&rating=1&assignee=alice&limit=5" \
  -H "Authorization: Bearer $TOKEN" || failed=1
sqlmap_target api-article "http://127.0.0.1:$APP_PORT/api/articles/${ARTICLE:-1}*" -H "Authorization: Bearer $TOKEN" || failed=1

echo
cat "$CHECK/load-summary.txt" "$CHECK/sqlmap-summary.txt"
[ "$failed" = 0 ] || fd_die "sqlmap found something (or could not finish); see $CHECK/"
fd_say "check passed: tests, load without loss, and sqlmap found no injectable parameter"
