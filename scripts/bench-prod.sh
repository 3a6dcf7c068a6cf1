#!/usr/bin/env bash
# make bench-prod: the production topology on the loopback, run and measured. PostgreSQL with the
# scale data (shared with make bench), two gunicorn instances as separate services (each its own
# per-process cache, as on two machines) run with deploy/gunicorn.conf.py, the task worker, and
# Debian's nginx in front with deploy/nginx.conf (scripts/nginx_local.py). wrk through nginx:
# nginx's own static file, the published report, its 304, the dashboard. Checks in the same run:
# a withdrawal through instance A is a 404 through nginx within 1 s and on both instances; a
# publication through B is served by A; stopping one instance under load fails no request.
# Last line: ratio nginx_report_vs_static=<published report req/s / static file req/s, via nginx>.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
NGINX_BIN=$(command -v nginx)

start_instance() { # port -> pid
  GUNICORN_BIND=127.0.0.1:$1 GUNICORN_WORKERS=1 GUNICORN_THREADS=4 DJANGO_CACHE_URL=locmem:// \
    $BIN/gunicorn chancellery.wsgi -c deploy/gunicorn.conf.py --log-level warning --access-logfile /dev/null &
  INSTANCE_PID=$!
  PIDS+=("$INSTANCE_PID")
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.2; done
  echo "instance $1 did not start" >&2; exit 1
}
A_PORT=$(free_port); start_instance "$A_PORT"; A_PID=$INSTANCE_PID
B_PORT=$(free_port); start_instance "$B_PORT"
$BIN/python manage.py db_worker --no-reload --interval 0.5 -v0 &
PIDS+=($!)

NGINX_DIR=$(mktemp -d -t chancellery-nginx.XXXXXX)
NGINX_PORT=$(free_port)
CONFIG=$(python3 scripts/nginx_local.py "$NGINX_DIR" --listen "$NGINX_PORT" \
  --upstream "$A_PORT" "$B_PORT" --static var/static)
"$NGINX_BIN" -c "$CONFIG" -p "$NGINX_DIR" -t -q
"$NGINX_BIN" -c "$CONFIG" -p "$NGINX_DIR"
stop_nginx() { "$NGINX_BIN" -c "$CONFIG" -p "$NGINX_DIR" -s stop 2>/dev/null || true; rm -rf "$NGINX_DIR"; }
trap 'stop_nginx; cleanup' EXIT INT TERM

REPORT=/nl/reports/$LAST_YEAR/
curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$REPORT" || { echo "$REPORT is not public" >&2; exit 1; }
ETAG=$(curl -sfI "http://127.0.0.1:$NGINX_PORT$REPORT" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

echo "== load through nginx: wrk, ${SECONDS_PER_RUN}s each; 2 instances x 1 worker x 4 threads ($(nproc) cores)"
run nginx_static "$CONNECTIONS" "$NGINX_PORT" "$STATIC_URL_PATH"
run nginx_report "$CONNECTIONS" "$NGINX_PORT" "$REPORT"
run nginx_report_304 "$CONNECTIONS" "$NGINX_PORT" "$REPORT" "If-None-Match: $ETAG"
run nginx_dashboard "$SLOW_CONNECTIONS" "$NGINX_PORT" "/nl/dashboard/?year=$LAST_YEAR" "Cookie: sessionid=$SESSION"

echo "== several instances as one"
CHECKS=(--a "$A_PORT" --b "$B_PORT" --nginx "$NGINX_PORT" --year "$LAST_YEAR" --session "$SESSION")
failed=0
python3 scripts/bench_prod_checks.py unpublish "${CHECKS[@]}" || failed=1
python3 scripts/bench_prod_checks.py publish "${CHECKS[@]}" || failed=1

# Failover: instance A stopped (SIGTERM: it finishes what it serves) in the middle of the load.
FAILOVER_SECONDS=$(( SECONDS_PER_RUN < 6 ? 6 : SECONDS_PER_RUN ))
wrk -t2 -c"$CONNECTIONS" -d"${FAILOVER_SECONDS}s" --timeout 10s -H "Accept-Encoding: gzip" \
  "http://127.0.0.1:$NGINX_PORT$REPORT" > "$NGINX_DIR/failover.txt" &
WRK_PID=$!
sleep $(( FAILOVER_SECONDS / 3 ))
kill -TERM "$A_PID"
wait "$WRK_PID"
total=$(awk '/requests in/{print $1}' "$NGINX_DIR/failover.txt")
bad=$(awk '/Non-2xx or 3xx/{print $5}' "$NGINX_DIR/failover.txt"); bad=${bad:-0}
errors=$(awk -F'[ ,]+' '/Socket errors/{print $4+$6+$8+$10}' "$NGINX_DIR/failover.txt"); errors=${errors:-0}
if [ "$bad" = 0 ] && [ "$errors" = 0 ]; then verdict=ok; else verdict=FAILED; failed=1; fi
printf 'check %-42s %s   %s requests, %s non-2xx/3xx, %s socket errors\n' \
  "instance A stopped under load" "$verdict" "$total" "$bad" "$errors"

python3 -c "import sys; print(f'ratio nginx_report_vs_static={float(sys.argv[1]) / float(sys.argv[2]):.2f}')" \
  "${RPS[nginx_report]}" "${RPS[nginx_static]}"
exit $failed
