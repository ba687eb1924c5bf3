#!/usr/bin/env bash
# Local PostgreSQL for Factdesk: ./scripts/postgres.sh start|stop|status
#
# Uses the server binaries installed on the machine, or else the embedded
# PostgreSQL binaries that Maven Central serves (io.zonky.test.postgres).
# PostgreSQL refuses to run as root, so as root it runs as an unprivileged user.
# Creates the databases `factdesk` (run) and `factdesk_test` (tests) and two roles:
#   factdesk_owner/factdesk_owner  owns the databases and every object in them; Flyway migrates as it
#   factdesk/factdesk              the application's login: owns nothing, may only read and append
#                                  to the history tables (V10__history_roles.sql, docs/SECURITY.md)
# Clusters made before there were two roles are handed over to the owner on every start.
# `superuser TOOL [ARGS]` runs a client program (psql, createdb, pgbench …) as the superuser.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# As root: the user PostgreSQL runs as, and a way to run commands as that user.
pg_user() { if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 && echo postgres || echo nobody; else id -un; fi; }
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u "$(pg_user)" -- "$@"); else "$@"; fi; }

# The data lives in .work/postgres. As root, the unprivileged user must be able to
# reach it; a project under /root is not reachable, so the data then lives under
# /var/tmp, with .work/postgres a symlink to it.
PG_HOME="$FD_WORK/postgres"
if [ "$(id -u)" = 0 ] && ! as_pg test -x "$FD_WORK" 2>/dev/null; then
  PG_HOME="/var/tmp/factdesk-$(echo "$FD_ROOT" | sha256sum | cut -c1-12)/postgres"
fi
PG_DATA="$PG_HOME/data"
PG_SOCKETS="$PG_HOME/sockets"
PG_LOG="$PG_HOME/postgres.log"
PG_PIDFILE="$FD_PIDS/postgres.pid"

# The two roles (local passwords only; set FACTDESK_DB_* for the app elsewhere, see README.md).
APP_ROLE=factdesk
OWNER_ROLE=factdesk_owner
DATABASES=(factdesk factdesk_test)

pg_bindir() {
  local dir
  case "${FACTDESK_PG_BINDIR:-}" in
    embedded) embedded_bindir; return ;;
    "") ;;
    *) echo "$FACTDESK_PG_BINDIR"; return ;;
  esac
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null || true)
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  embedded_bindir
}

# The zonky jar holds a .txz of a relocatable PostgreSQL build.
embedded_bindir() {
  local v=$FACTDESK_POSTGRES_EMBEDDED_VERSION dest
  dest="$(dirname "$PG_HOME")/postgres-embedded-$FACTDESK_POSTGRES_EMBEDDED_VERSION"  # reachable by pg_user
  local arch; case "$(uname -m)" in x86_64) arch=amd64;; aarch64) arch=arm64v8;; *) arch=$(uname -m);; esac
  if [ ! -x "$dest/bin/initdb" ]; then
    local coords="io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$v"
    local jar; jar="$(fd_m2_repo)/io/zonky/test/postgres/embedded-postgres-binaries-linux-$arch/$v/embedded-postgres-binaries-linux-$arch-$v.jar"
    [ -f "$jar" ] || { fd_say "no PostgreSQL server on this machine: fetching the embedded binaries $coords" >&2; fd_mvn_fetch "$coords" >&2; }
    rm -rf "$dest.tmp"; mkdir -p "$dest.tmp"
    (cd "$dest.tmp" && unzip -q "$jar" '*.txz' && tar -xJf ./*.txz && rm -f ./*.txz) >&2 \
      || fd_die "could not unpack $jar (needs unzip and xz-utils)."
    mv "$dest.tmp" "$dest"
  fi
  echo "$dest/bin"
}

prepare_home() {
  mkdir -p "$PG_HOME"
  if [ "$(id -u)" = 0 ]; then
    chown "$(pg_user)" "$PG_HOME"
    if [ "$PG_HOME" != "$FD_WORK/postgres" ]; then
      chmod 755 "$(dirname "$PG_HOME")"
      [ -L "$FD_WORK/postgres" ] || fd_say "user $(pg_user) cannot reach $FD_WORK; PostgreSQL data is in $PG_HOME"
      ln -sfn "$PG_HOME" "$FD_WORK/postgres"
    fi
  fi
  as_pg mkdir -p "$PG_SOCKETS"
  as_pg chmod 700 "$PG_SOCKETS"
}

init_cluster() {
  local bin=$1
  fd_say "creating a PostgreSQL cluster in $PG_DATA"
  local locale=C.UTF-8; locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' || locale=C
  as_pg "$bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale="$locale" \
        --auth-local=trust --auth-host=scram-sha-256 >"$FD_LOGS/initdb.log" 2>&1 \
    || fd_fail_with_log "initdb failed." "$FD_LOGS/initdb.log"
  # Single-user mode needs no client binaries (the embedded build has no psql).
  as_pg "$bin/postgres" --single -D "$PG_DATA" postgres >"$FD_LOGS/initdb-sql.log" 2>&1 <<SQL \
    || fd_fail_with_log "creating the factdesk roles and databases failed." "$FD_LOGS/initdb-sql.log"
CREATE ROLE $OWNER_ROLE LOGIN PASSWORD '$OWNER_ROLE';
CREATE ROLE $APP_ROLE LOGIN PASSWORD '$APP_ROLE';
CREATE DATABASE ${DATABASES[0]} OWNER $OWNER_ROLE;
CREATE DATABASE ${DATABASES[1]} OWNER $OWNER_ROLE;
SQL
  ! grep -q 'ERROR:' "$FD_LOGS/initdb-sql.log" || fd_fail_with_log "creating the factdesk roles and databases failed." "$FD_LOGS/initdb-sql.log"
}

# The SQL that hands a cluster over to the two roles. Idempotent, so it runs on every start:
# clusters created before there were two roles had the application's role own everything.
# Every statement ends with ";" and an empty line, as single-user mode (-j) wants.
roles_sql() { # roles_sql: in the database postgres
  cat <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$OWNER_ROLE') THEN
    CREATE ROLE $OWNER_ROLE LOGIN PASSWORD '$OWNER_ROLE';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN
    CREATE ROLE $APP_ROLE LOGIN PASSWORD '$APP_ROLE';
  END IF;
END \$\$;

ALTER ROLE $APP_ROLE NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

SQL
  local db
  for db in "${DATABASES[@]}"; do
    cat <<SQL
DO \$\$ BEGIN
  IF EXISTS (SELECT FROM pg_database WHERE datname = '$db') THEN
    ALTER DATABASE $db OWNER TO $OWNER_ROLE;
    REVOKE CREATE ON DATABASE $db FROM $APP_ROLE;
  END IF;
END \$\$;

SQL
  done
}

handover_sql() { # handover_sql [always]: in one database. When the app role owns something there (or
  # always), the owner takes over all it owns and the app role gets its grants again
  # (grant_app_role comes with V10__history_roles.sql; a database not yet at V10 gets them when
  # the app migrates it). A database already handed over is not touched.
  cat <<SQL
DO \$\$ BEGIN
  IF ${1:-false} OR EXISTS (SELECT FROM pg_shdepend s JOIN pg_database d ON d.oid = s.dbid
                          WHERE d.datname = current_database() AND s.deptype = 'o'
                            AND s.refobjid = '$APP_ROLE'::regrole) THEN
    REASSIGN OWNED BY $APP_ROLE TO $OWNER_ROLE;
    IF to_regprocedure('public.grant_app_role(name,name)') IS NOT NULL THEN
      PERFORM public.grant_app_role('$APP_ROLE', '$OWNER_ROLE');
    END IF;
  END IF;
END \$\$;

SQL
}

# ensure_roles [BINDIR]: applies roles_sql and handover_sql. With psql while the server runs;
# given the server binaries while it is stopped, in single-user mode (the embedded build has no
# psql). The objects in the databases in DATABASES are handed over; REASSIGN OWNED also hands
# over any other database the app role owned itself (not the objects in it, e.g. a bench database's).
ensure_roles() {
  local log="$FD_LOGS/postgres-roles.log" db
  if [ -n "${1:-}" ]; then
    : >"$log"
    roles_sql | as_pg "$1/postgres" --single -j -D "$PG_DATA" postgres >>"$log" 2>&1 \
      || fd_fail_with_log "handing the databases over to $OWNER_ROLE failed." "$log"
    for db in "${DATABASES[@]}"; do
      handover_sql | as_pg "$1/postgres" --single -j -D "$PG_DATA" "$db" >>"$log" 2>&1 \
        || grep -q "database \"$db\" does not exist" "$log" \
        || fd_fail_with_log "handing database $db over to $OWNER_ROLE failed." "$log"
    done
    ! grep -q 'ERROR:' "$log" || fd_fail_with_log "handing the databases over to $OWNER_ROLE failed." "$log"
    return 0
  fi
  roles_sql | as_superuser psql -X -q -v ON_ERROR_STOP=1 -d postgres -f - >"$log" 2>&1 \
    || fd_fail_with_log "handing the databases over to $OWNER_ROLE failed." "$log"
  for db in "${DATABASES[@]}"; do
    db_exists "$db" || continue
    handover_sql | as_superuser psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f - >>"$log" 2>&1 \
      || fd_fail_with_log "handing database $db over to $OWNER_ROLE failed." "$log"
  done
}

# has_psql: a psql to run ensure_roles with while the server runs.
has_psql() { [ -x "$(pg_bindir)/psql" ] || command -v psql >/dev/null 2>&1; }

is_running() { [ -f "$PG_DATA/postmaster.pid" ] && as_pg "$(pg_bindir)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

start() {
  prepare_home
  local bin; bin=$(pg_bindir)
  if [ -f "$PG_DATA/PG_VERSION" ] && is_running; then
    head -n 1 "$PG_DATA/postmaster.pid" >"$PG_PIDFILE"
    if has_psql; then ensure_roles
    else fd_warn "no psql here: the roles were not checked; stop PostgreSQL and start it again to hand the databases over to $OWNER_ROLE."
    fi
    fd_say "PostgreSQL already running on port $FACTDESK_DB_PORT"; return 0
  fi
  fd_port_open "$FACTDESK_DB_PORT" && fd_die "port $FACTDESK_DB_PORT is taken by another program; set FACTDESK_DB_PORT to a free port."
  [ -f "$PG_DATA/PG_VERSION" ] || init_cluster "$bin"
  has_psql || ensure_roles "$bin"   # single-user mode, before the server starts
  as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
        -o "-p $FACTDESK_DB_PORT -k $PG_SOCKETS -c listen_addresses=localhost" start >/dev/null \
    || fd_fail_with_log "PostgreSQL did not start on port $FACTDESK_DB_PORT." "$PG_LOG"
  head -n 1 "$PG_DATA/postmaster.pid" >"$PG_PIDFILE"
  ! has_psql || ensure_roles
  fd_say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on port $FACTDESK_DB_PORT (pid $(cat "$PG_PIDFILE"))"
}

stop() {
  if ! fd_pid_alive "$PG_PIDFILE"; then rm -f "$PG_PIDFILE"; return 0; fi
  as_pg "$(pg_bindir)/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null \
    || fd_die "PostgreSQL (pid $(cat "$PG_PIDFILE")) did not stop; see $PG_LOG."
  rm -f "$PG_PIDFILE"
  fd_say "PostgreSQL stopped"
}

status() { if is_running; then echo "postgres: running on port $FACTDESK_DB_PORT"; else echo "postgres: stopped"; fi; }

# client <tool>: a PostgreSQL client program, next to the server's or on the PATH.
client() {
  local bin; bin="$(pg_bindir)/$1"
  if [ -x "$bin" ]; then echo "$bin"; return; fi
  command -v "$1" 2>/dev/null || fd_die "$1 is needed for backups (apt-get install postgresql-client)."
}

# as_superuser <tool> [args]: a client program as the postgres superuser, over the local socket.
as_superuser() { local tool; tool=$(client "$1"); shift; as_pg "$tool" -h "$PG_SOCKETS" -p "$FACTDESK_DB_PORT" -U postgres "$@"; }

db_exists() { [ "$(as_superuser psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]; }

# backup [FILE] [DB]: pg_dump in custom format; written under a temporary name, then renamed,
# so a FILE that exists is always a whole dump.
backup() {
  local db=${2:-${FACTDESK_DB_NAME:-factdesk}}
  local file=${1:-$FD_WORK/backups/$db-$(date -u +%Y%m%dT%H%M%SZ).dump}
  is_running || fd_die "PostgreSQL is not running."
  db_exists "$db" || fd_die "there is no database '$db' to back up."
  mkdir -p "$(dirname "$file")"
  as_superuser pg_dump -d "$db" -Fc >"$file.partial" || { rm -f "$file.partial"; fd_die "pg_dump of '$db' failed."; }
  mv "$file.partial" "$file"
  fd_say "backed up database '$db' to $file ($(du -h "$file" | cut -f1))"
}

# restore FILE [DB]: DB becomes exactly what FILE holds. The dump is restored into a new
# database first; only when that worked is the old one kept aside as a backup and replaced.
restore() {
  local file=${1:-} db=${2:-${FACTDESK_DB_NAME:-factdesk}}
  [ -n "$file" ] || fd_die "usage: ./factdesk restore FILE"
  [ -s "$file" ] || fd_die "'$file' is not a backup file (missing or empty)."
  is_running || fd_die "PostgreSQL is not running."
  as_superuser pg_restore --list <"$file" >/dev/null 2>&1 || fd_die "'$file' is not a pg_dump custom-format backup."
  if [ "$db" = factdesk ] && fd_pid_alive "$FD_PIDS/app.pid"; then
    fd_die "Factdesk is running on this database; stop it first (kill $(cat "$FD_PIDS/app.pid")), then restore."
  fi
  local staging="${db}_restoring"
  as_superuser dropdb --if-exists "$staging" 2>/dev/null
  # Every object is recreated as the owner's, whoever owned it in the dump (dumps made before
  # there were two roles have the application's role as owner); the dump's grants to the
  # application's role come back with it, and handover_sql sets them again.
  as_superuser createdb -O "$OWNER_ROLE" "$staging"
  if ! as_superuser pg_restore -d "$staging" --exit-on-error --no-owner --role="$OWNER_ROLE" <"$file" >"$FD_LOGS/restore.log" 2>&1 \
     || ! handover_sql true | as_superuser psql -X -q -v ON_ERROR_STOP=1 -d "$staging" -f - >>"$FD_LOGS/restore.log" 2>&1; then
    as_superuser dropdb --if-exists "$staging" 2>/dev/null
    fd_fail_with_log "the restore failed; database '$db' was not touched." "$FD_LOGS/restore.log"
  fi
  if db_exists "$db"; then
    backup "$FD_WORK/backups/$db-before-restore-$(date -u +%Y%m%dT%H%M%SZ).dump" "$db"
    as_superuser dropdb --force "$db"
  fi
  as_superuser psql -d postgres -qc "ALTER DATABASE \"$staging\" RENAME TO \"$db\"" >/dev/null
  fd_say "restored database '$db' from $file"
}

case "${1:-}" in
  start|stop|status) "$1" ;;
  backup|restore) command=$1; shift; "$command" "$@" ;;
  superuser) shift; is_running || fd_die "PostgreSQL is not running."; as_superuser "$@" ;;
  *) echo "usage: $0 start|stop|status|backup [FILE] [DB]|restore FILE [DB]|superuser TOOL [ARGS]" >&2; exit 2 ;;
esac
