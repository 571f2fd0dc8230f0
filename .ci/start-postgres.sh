#!/usr/bin/env bash
# Starts a PostgreSQL server from Debian's packages for the tests that need one (issue 14), and prints the
# DATABASE_URL to use on its last line of stdout. No container runtime: the server runs as the `postgres` user
# in its own data directory (PG_TEST_DIR, default /tmp/monopolycentrisme-pg) on its own port (PG_TEST_PORT,
# default 54329), so it never touches a cluster the machine already has. Idempotent: a second call finds the
# server running and only prints the URL again. Usage: export DATABASE_URL="$(bash .ci/start-postgres.sh | tail -n 1)"
set -euo pipefail
dir="${PG_TEST_DIR:-/tmp/monopolycentrisme-pg}"
port="${PG_TEST_PORT:-54329}"
db=monopolycentrisme
user=monopolycentrisme
password=monopolycentrisme-test

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
fi
bin="$(bindir)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ ! -s "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  chmod 700 "$dir"
  as_postgres "$bin/initdb" -D "$dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >&2
fi
if ! as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  # Socket in the data directory: /var/run/postgresql may belong to the machine's own cluster or be missing.
  as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on" start >&2
fi
psql_su() { as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
  psql_su -c "CREATE ROLE $user LOGIN PASSWORD '$password'" >&2
fi
if [ "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  psql_su -c "CREATE DATABASE $db OWNER $user" >&2
fi
echo "postgres://$user:$password@127.0.0.1:$port/$db"
