#!/usr/bin/env bash
# docker-compose.yml mounts this into the postgres image's /docker-entrypoint-initdb.d/: it runs
# once, as the superuser, when the data volume is empty. Two roles (docs/SECURITY.md):
#   factdesk_owner  owns the database and every object in it; Flyway migrates as it
#   factdesk        the application's login: owns nothing; V10__history_roles.sql grants it
#                   SELECT/INSERT on the history tables and SELECT/INSERT/UPDATE/DELETE elsewhere
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="${FACTDESK_DB_OWNER_PASSWORD:?}" -v app_password="${FACTDESK_DB_PASSWORD:?}" <<'SQL'
CREATE ROLE factdesk_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE factdesk LOGIN PASSWORD :'app_password';
CREATE DATABASE factdesk OWNER factdesk_owner;
SQL
