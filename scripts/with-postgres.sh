#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL 15 cluster: a temporary directory, a free port on
# 127.0.0.1, owned by an unprivileged user (initdb refuses root). The cluster is stopped and removed
# on exit, whether the command passed or failed; the command's exit status is ours.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]   (DATABASE_URL is set for COMMAND)
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL 15 not found in $PG_BIN" >&2; exit 2; }

datadir=$(mktemp -d -t chancellery-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

as_pg() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u "${PG_USER:-nobody}" -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$datadir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$datadir"
}
trap cleanup EXIT INT TERM

if [ "$(id -u)" = "0" ]; then chown "${PG_USER:-nobody}" "$datadir"; fi
as_pg "$PG_BIN/initdb" -D "$datadir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$datadir/initdb.log" 2>&1 \
  || { cat "$datadir/initdb.log" >&2; exit 2; }
as_pg "$PG_BIN/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $datadir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$datadir/server.log" >&2; exit 2; }

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL 15 running on 127.0.0.1:$port (data in $datadir)" >&2
set +e
"$@"
status=$?
set -e
exit $status
