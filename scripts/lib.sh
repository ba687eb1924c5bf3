#!/usr/bin/env bash
# Shared settings and helpers for the service scripts. Sourced, never run.
#
# Helper variables are named FACTDESK_* or fd_*: Keycloak reads every KC_*
# environment variable as one of its own options.

FD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FD_WORK="$FD_ROOT/.work"
FD_LOGS="$FD_WORK/logs"
FD_PIDS="$FD_WORK/run"

: "${FACTDESK_HTTP_PORT:=8080}"
: "${FACTDESK_KEYCLOAK_PORT:=8180}"
: "${FACTDESK_KEYCLOAK_MANAGEMENT_PORT:=9180}"
: "${FACTDESK_DB_PORT:=5433}"
: "${FACTDESK_KEYCLOAK_VERSION:=26.5.6}"
: "${FACTDESK_POSTGRES_EMBEDDED_VERSION:=15.10.0}"
: "${FACTDESK_OIDC_CLIENT_SECRET:=factdesk-dev-secret}"
: "${FACTDESK_KEYCLOAK_ADMIN_USER:=kcadmin}"
: "${FACTDESK_KEYCLOAK_ADMIN_PASSWORD:=kcadmin}"
export FACTDESK_HTTP_PORT FACTDESK_KEYCLOAK_PORT FACTDESK_DB_PORT FACTDESK_OIDC_CLIENT_SECRET \
       FACTDESK_KEYCLOAK_ADMIN_USER FACTDESK_KEYCLOAK_ADMIN_PASSWORD

mkdir -p "$FD_LOGS" "$FD_PIDS"

fd_say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
fd_warn() { printf 'factdesk: %s\n' "$*" >&2; }
fd_die()  { printf 'factdesk: %s\n' "$*" >&2; exit 1; }

# fd_fail_with_log <message> <logfile>: the message, then the last lines of the log.
fd_fail_with_log() {
  printf 'factdesk: %s\n' "$1" >&2
  if [ -f "$2" ]; then
    printf -- '--- last lines of %s ---\n' "$2" >&2
    tail -n 40 "$2" >&2
    printf -- '---\n' >&2
  fi
  exit 1
}

# The java that mvnw and the services use: JAVA_HOME's when set, else the PATH's.
fd_java() { if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME/bin/java"; else echo java; fi; }

fd_require_java17() {
  command -v "$(fd_java)" >/dev/null 2>&1 || fd_die "Java 17 or newer is required but 'java' is not on the PATH (Debian: apt-get install openjdk-17-jdk-headless)."
  local v major
  v=$("$(fd_java)" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  major=${v%%.*}; [ "$major" = 1 ] && major=$(echo "$v" | cut -d. -f2)
  [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null \
    || fd_die "Java 17 or newer is required, found '${v:-unknown}' (set JAVA_HOME or put a JDK 17 first on the PATH)."
}

fd_require_cmd() { # fd_require_cmd <command> <debian package>
  command -v "$1" >/dev/null 2>&1 || fd_die "'$1' is required (Debian: apt-get install $2)."
}

# fd_apt_install <command> <debian package>: installs the package once when the command is
# missing (as root; refreshes the package lists if the first try fails).
fd_apt_install() {
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || fd_die "'$1' is needed (apt-get install $2)."
  fd_say "installing $2 (apt-get, once)"
  local log="$FD_LOGS/apt-$2.log"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >"$log" 2>&1 \
    || { apt-get update -q >>"$log" 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >>"$log" 2>&1; } \
    || fd_fail_with_log "could not install $2" "$log"
}

# fd_port_open <port>: true when something listens on localhost:<port>.
fd_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# fd_pid_alive <pidfile>: true when the pid file names a live process.
fd_pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# fd_wait_http <url> <seconds> <pidfile> <logfile> <what>: waits for HTTP 200,
# failing early with the log tail if the process dies.
fd_wait_http() {
  local url=$1 timeout=$2 pidfile=$3 log=$4 what=$5 waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" = 200 ]; do
    fd_pid_alive "$pidfile" || fd_fail_with_log "$what stopped while starting." "$log"
    [ "$waited" -ge "$timeout" ] && fd_fail_with_log "$what did not answer $url within ${timeout}s." "$log"
    sleep 1; waited=$((waited + 1))
  done
}

# fd_stop_group <pidfile> <what>: stops the process group a service was started in.
fd_stop_group() {
  local pidfile=$1 what=$2 pid i
  if ! fd_pid_alive "$pidfile"; then rm -f "$pidfile"; return 0; fi
  pid=$(cat "$pidfile")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    fd_warn "$what did not stop within 30s; killing it."
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$pidfile"
  fd_say "$what stopped"
}

# fd_mvn_fetch <group:artifact:version[:packaging]>: puts an artifact into the local Maven repository.
fd_mvn_fetch() {
  "$FD_ROOT/mvnw" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact="$1" -Dtransitive=false \
    || fd_die "could not download $1 from Maven Central."
}

fd_m2_repo() { echo "${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"; }
