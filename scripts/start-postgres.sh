#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for rasd's storage tests and print its URL.
#
#   eval "$(scripts/start-postgres.sh --export)"   # sets RASD_PG_URL
#   scripts/start-postgres.sh --stop               # stops it and deletes the data folder
#
# Runs the server as the `postgres` user (initdb refuses root) on 127.0.0.1 only, port
# $RASD_PG_PORT (default 54329), data in $RASD_PG_DIR (default /tmp/rasd-pg). Trust auth
# on localhost: this cluster is for tests, never for data you want to keep.
set -euo pipefail

PORT="${RASD_PG_PORT:-54329}"
DATA="${RASD_PG_DIR:-/tmp/rasd-pg}"
BIN="${RASD_PG_BIN:-}"
if [[ -z "$BIN" ]]; then
  for d in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
    [[ -x "$d/pg_ctl" ]] && BIN="$d" && break
  done
fi
[[ -n "$BIN" && -x "$BIN/pg_ctl" ]] || { echo "start-postgres: pg_ctl not found; install PostgreSQL or set RASD_PG_BIN" >&2; exit 2; }

as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ "${1:-}" == "--stop" ]]; then
  as_pg "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
  exit 0
fi

if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DATA.initdb.log" 2>&1 \
    || { echo "start-postgres: initdb failed, see $DATA.initdb.log" >&2; exit 2; }
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null \
    || { echo "start-postgres: server did not start, see $DATA/server.log" >&2; exit 2; }
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres rasd_test
fi

URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/rasd_test"
if [[ "${1:-}" == "--export" ]]; then echo "export RASD_PG_URL=$URL"; else echo "$URL"; fi
