#!/usr/bin/env bash
# Local Keycloak for Factdesk: ./scripts/keycloak.sh start|start-nowait|wait|stop|status
#
# The keycloak-quarkus-dist zip is downloaded once into the local Maven
# repository and unpacked under .work/. It runs in dev mode with the realm in
# seeds/keycloak/, bound to localhost only.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KEYCLOAK_HOME="$FD_WORK/keycloak-$FACTDESK_KEYCLOAK_VERSION"
KEYCLOAK_LOG="$FD_LOGS/keycloak.log"
KEYCLOAK_PIDFILE="$FD_PIDS/keycloak.pid"
REALM_URL="http://localhost:$FACTDESK_KEYCLOAK_PORT/realms/factdesk/.well-known/openid-configuration"

install() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  local v=$FACTDESK_KEYCLOAK_VERSION
  local zip; zip="$(fd_m2_repo)/org/keycloak/keycloak-quarkus-dist/$v/keycloak-quarkus-dist-$v.zip"
  if [ ! -f "$zip" ]; then
    fd_say "downloading Keycloak $v (about 160 MiB, once) into the local Maven repository"
    fd_mvn_fetch "org.keycloak:keycloak-quarkus-dist:$v:zip"
  fi
  fd_say "unpacking Keycloak $v into $KEYCLOAK_HOME"
  rm -rf "$KEYCLOAK_HOME.tmp"; mkdir -p "$KEYCLOAK_HOME.tmp"
  if command -v unzip >/dev/null 2>&1; then unzip -q "$zip" -d "$KEYCLOAK_HOME.tmp"
  else (cd "$KEYCLOAK_HOME.tmp" && jar xf "$zip"); fi
  mv "$KEYCLOAK_HOME.tmp/keycloak-$v" "$KEYCLOAK_HOME" && rm -rf "$KEYCLOAK_HOME.tmp"
  chmod +x "$KEYCLOAK_HOME"/bin/*.sh
}

# --import-realm skips a realm that already exists, so a changed realm file
# means starting from an empty Keycloak database.
sync_realm() {
  local import="$KEYCLOAK_HOME/data/import" stamp="$KEYCLOAK_HOME/data/realm.sha256" sum
  mkdir -p "$import"
  sum=$(cat "$FD_ROOT"/seeds/keycloak/*.json | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" != "$sum" ]; then
    fd_say "the realm in seeds/keycloak changed: resetting Keycloak's dev database"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  rm -f "$import"/*.json
  cp "$FD_ROOT"/seeds/keycloak/*.json "$import/"
  echo "$sum" >"$stamp"
}

start_nowait() {
  if fd_pid_alive "$KEYCLOAK_PIDFILE"; then fd_say "Keycloak already running on port $FACTDESK_KEYCLOAK_PORT"; return 0; fi
  fd_port_open "$FACTDESK_KEYCLOAK_PORT" && fd_die "port $FACTDESK_KEYCLOAK_PORT is taken by another program; set FACTDESK_KEYCLOAK_PORT to a free port."
  fd_require_java17
  install
  sync_realm
  fd_say "starting Keycloak $FACTDESK_KEYCLOAK_VERSION on port $FACTDESK_KEYCLOAK_PORT (log: $KEYCLOAK_LOG)"
  # setsid: kc.sh may fork java; the whole process group is stopped together.
  FACTDESK_APP_URL="${FACTDESK_APP_URL:-http://localhost:$FACTDESK_HTTP_PORT}" \
  KC_BOOTSTRAP_ADMIN_USERNAME="$FACTDESK_KEYCLOAK_ADMIN_USER" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="$FACTDESK_KEYCLOAK_ADMIN_PASSWORD" \
    setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$FACTDESK_KEYCLOAK_PORT" \
      --http-management-port="$FACTDESK_KEYCLOAK_MANAGEMENT_PORT" \
      --hostname="http://localhost:$FACTDESK_KEYCLOAK_PORT" \
      >"$KEYCLOAK_LOG" 2>&1 </dev/null &
  echo $! >"$KEYCLOAK_PIDFILE"
}

wait_ready() {
  fd_pid_alive "$KEYCLOAK_PIDFILE" || fd_die "Keycloak is not running (start it with ./scripts/keycloak.sh start)."
  fd_wait_http "$REALM_URL" "${FACTDESK_KEYCLOAK_TIMEOUT:-300}" "$KEYCLOAK_PIDFILE" "$KEYCLOAK_LOG" Keycloak
  fd_say "Keycloak ready on http://localhost:$FACTDESK_KEYCLOAK_PORT (realm factdesk, pid $(cat "$KEYCLOAK_PIDFILE"))"
}

stop() { fd_stop_group "$KEYCLOAK_PIDFILE" Keycloak; }

status() {
  if fd_pid_alive "$KEYCLOAK_PIDFILE"; then echo "keycloak: running on port $FACTDESK_KEYCLOAK_PORT (pid $(cat "$KEYCLOAK_PIDFILE"))"
  else echo "keycloak: stopped"; fi
}

case "${1:-}" in
  start) start_nowait; wait_ready ;;
  start-nowait) start_nowait ;;
  wait) wait_ready ;;
  stop|status) "$1" ;;
  *) echo "usage: $0 start|start-nowait|wait|stop|status" >&2; exit 2 ;;
esac
