#!/usr/bin/env bash
# The whole review journey through the JSON API alone, with curl:
# alice selects "50-minute phone call" in the demo article, adds a source, proposes
# a verdict and submits it; bob (a reviewer) cannot approve it; erin (an editor)
# approves and publishes it; then the history lists every step with its actor.
#
#   ./scripts/demo-api.sh [app URL]        (default http://localhost:8080; start it with ./factdesk run)
set -euo pipefail

APP=${1:-http://localhost:${FACTDESK_HTTP_PORT:-8080}}
REALM=${FACTDESK_OIDC_URL:-http://localhost:${FACTDESK_KEYCLOAK_PORT:-8180}/realms/factdesk}
SECRET=${FACTDESK_OIDC_CLIENT_SECRET:-factdesk-dev-secret}

say() { printf '%s\n' "$*"; }
die() { printf 'demo-api: %s\n' "$*" >&2; exit 1; }

# field <json> <name>: the first value of "name" (a number or a string) in the JSON.
field() { grep -o "\"$2\":\(\"[^\"]*\"\|[0-9-]*\)" <<<"$1" | head -n 1 | cut -d: -f2- | tr -d '"'; }

token() {
  local response
  response=$(curl -s -d grant_type=password -d client_id=factdesk -d "client_secret=$SECRET" \
    -d "username=$1" -d "password=$1" "$REALM/protocol/openid-connect/token") || die "Keycloak is not reachable at $REALM"
  field "$response" access_token
}

# call <user> <method> <path> [json]: sets STATUS and BODY.
call() {
  local out
  out=$(curl -s -w '\n%{http_code}' -X "$2" -H "Authorization: Bearer ${TOKENS[$1]}" \
    -H 'Content-Type: application/json' ${4:+--data "$4"} "$APP$3") || die "the app is not reachable at $APP"
  STATUS=${out##*$'\n'}
  BODY=${out%$'\n'*}
}

# expect <status> <what>: stops the demo when the API answered otherwise.
expect() { [ "$STATUS" = "$1" ] || die "$2: expected HTTP $1, got $STATUS: $BODY"; }

declare -A TOKENS
for user in alice bob erin; do TOKENS[$user]=$(token "$user"); [ -n "${TOKENS[$user]}" ] || die "no token for $user"; done

call alice GET /api/articles; expect 200 "list articles"
ARTICLE=$(grep -o '"id":[0-9]*,"title":"In a telephone call' <<<"$BODY" | head -n 1 | grep -o '[0-9]*' | head -n 1)
[ -n "$ARTICLE" ] || die "the demo article is not there"
say "article $ARTICLE: the demo article"

call alice POST "/api/articles/$ARTICLE/claims" \
  '{"selectors":[{"type":"TextQuoteSelector","exact":"50-minute phone call"}],"claimant":"Jen Psaki","claimType":"statistic","whySelected":"A precise duration can be checked."}'
expect 201 "alice selects the claim"
CLAIM=$(field "$BODY" id); VERSION=$(field "$BODY" version)
say "alice: selected claim $CLAIM “50-minute phone call” (state $(field "$BODY" state))"

call alice POST "/api/claims/$CLAIM/transitions" "{\"action\":\"start\",\"version\":$VERSION}"; expect 200 "alice starts"
VERSION=$(field "$BODY" version); say "alice: start → $(field "$BODY" state)"

call alice POST "/api/claims/$CLAIM/sources" "{\"version\":$VERSION,\"url\":\"https://www.whitehouse.gov/briefing-room/statements-releases/2021/12/30/statement-by-press-secretary-jen-psaki-on-president-bidens-phone-call-with-president-vladimir-putin-of-russia/\",\"title\":\"Statement by Press Secretary Jen Psaki on President Biden's phone call with President Putin\",\"publisher\":\"The White House\",\"stance\":\"supports\",\"kind\":\"primary\"}"
expect 201 "alice adds a source"; VERSION=$(field "$BODY" claimVersion); say "alice: added a source (The White House)"

call alice GET /api/ratings; expect 200 "read the rating scale"
TRUE=$(grep -o '"id":[0-9]*,"label":"True"' <<<"$BODY" | head -n 1 | grep -o '[0-9]*' | head -n 1)
call alice PUT "/api/claims/$CLAIM/verdict" "{\"version\":$VERSION,\"ratingId\":$TRUE,\"conclusion\":\"The White House says the call lasted 50 minutes.\",\"rationale\":\"The press secretary's statement gives the duration.\"}"
expect 200 "alice proposes a verdict"; VERSION=$(field "$BODY" version); say "alice: proposed the verdict “True”"

call alice POST "/api/claims/$CLAIM/transitions" "{\"action\":\"submit\",\"version\":$VERSION}"; expect 200 "alice submits"
VERSION=$(field "$BODY" version); say "alice: submit → $(field "$BODY" state)"

call bob POST "/api/claims/$CLAIM/transitions" "{\"action\":\"approve\",\"version\":$VERSION}"; expect 403 "bob tries to approve"
say "bob: cannot approve (HTTP 403: $(field "$BODY" detail))"

call erin POST "/api/claims/$CLAIM/transitions" "{\"action\":\"approve\",\"version\":$VERSION}"; expect 200 "erin approves"
VERSION=$(field "$BODY" version); say "erin: approve → $(field "$BODY" state)"
call erin POST "/api/claims/$CLAIM/transitions" "{\"action\":\"publish\",\"version\":$VERSION}"; expect 200 "erin publishes"
say "erin: publish → $(field "$BODY" state)"

call alice GET "/api/claims/$CLAIM/history"; expect 200 "read the history"
say "history of claim $CLAIM:"
grep -o '"actor":"[^"]*","action":"[^"]*","from":"[^"]*","to":"[^"]*"' <<<"$BODY" \
  | sed -E 's/"actor":"([^"]*)","action":"([^"]*)","from":"([^"]*)","to":"([^"]*)"/  \1: \2 (\3 → \4)/'
