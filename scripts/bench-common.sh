# Sourced by scripts/bench.sh and scripts/bench-prod.sh: the scale data set on a PostgreSQL of
# its own (var/bench-pg, built once, then reused), the environment, a staff session, and the
# helpers start_app (a gunicorn instance) and run (wrk against one page, a line of figures).
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BIN=.venv/bin
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
# The pages computed on every request (cache off, logged-in pages) are measured for their latency,
# at this many connections: their targets are a median time, not a throughput.
SLOW_CONNECTIONS=${BENCH_SLOW_CONNECTIONS:-1}
PGDATA_DIR=$PWD/var/bench-pg
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }

mkdir -p var
if [ ! -d "$PGDATA_DIR/data" ]; then
  mkdir -p "$PGDATA_DIR"; [ "$(id -u)" = 0 ] && chown nobody "$PGDATA_DIR"
  as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
PGPORT=$(free_port)
as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/server.log" -w \
  -o "-h 127.0.0.1 -p $PGPORT -k $PGDATA_DIR -c shared_buffers=256MB -c max_connections=100" start >/dev/null
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres bench 2>/dev/null || true

export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/bench"
# The benchmark commands (bench_session, generate_scale_data...) live in the devtools app.
export DJANGO_DEVTOOLS=1
export DJANGO_DEBUG=0 DJANGO_SECRET_KEY="bench-only-$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
# Plain HTTP on the loopback: no redirect to HTTPS (production sits behind a TLS proxy).
export DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_LOG_LEVEL=WARNING DJANGO_HTTPS=0
$BIN/python manage.py migrate --noinput -v0
$BIN/python manage.py collectstatic --noinput -v0
echo "== scale data"
# The last two years published: the dashboard of the last compares it with the year before, as
# published (a draft year is measured too, against the live report of the same kind of year).
$BIN/python manage.py generate_scale_data --published 2
LAST_YEAR=$($BIN/python manage.py shell -v0 -c "from chancellery.models import AnnualReport; print(AnnualReport.objects.published().order_by('-year').first().year)")
STATIC_URL_PATH=$($BIN/python manage.py shell -v0 -c "from django.templatetags.static import static; print(static('chancellery/css/site.css'))")
SESSION=$($BIN/python manage.py bench_session)
# bench_session marks its session as having passed the second factor.
GUEST_CHANGELIST=/admin/ceremonies/guest/

start_app() { # port cache-url
  DJANGO_CACHE_URL=$2 $BIN/gunicorn chancellery.wsgi -w 2 --worker-class gthread --threads 4 \
    -b "127.0.0.1:$1" --log-level warning &
  PIDS+=($!)
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.2; done
  echo "the application did not start" >&2; exit 1
}
declare -A RPS MEDIAN_MS
run() { # name connections port path [header]
  local name=$1 connections=$2 port=$3 path=$4 header=${5:-}
  local args=(-t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency)
  [ -n "$header" ] && args+=(-H "$header")
  # As a browser does: static files and cached pages are then sent compressed.
  args+=(-H "Accept-Encoding: gzip, deflate, br")
  local out; out=$(wrk "${args[@]}" "http://127.0.0.1:$port$path")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx/{print $5}' <<<"$out")
  RPS[$name]=$rps
  MEDIAN_MS[$name]=$(python3 -c 'import re, sys; m = re.fullmatch(r"([0-9.]+)(us|ms|s)", sys.argv[1]); print(float(m[1]) * {"us": 0.001, "ms": 1, "s": 1000}[m[2]])' "$p50")
  printf '%-18s %3s conn %10s req/s   median %-9s p99 %-9s %s\n' "$name" "$connections" "$rps" "$p50" "$p99" "${non2xx:+($non2xx non-2xx/3xx)}"
}
