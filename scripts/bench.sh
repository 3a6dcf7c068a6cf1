#!/usr/bin/env bash
# make bench: the scale data set on PostgreSQL (built once, then reused), the application under
# gunicorn (2 workers) on 127.0.0.1, and wrk against each page for BENCH_SECONDS seconds at
# BENCH_CONNECTIONS connections. Prints requests/s, median and p99 latency, the query count per
# page, the time to publish one year (every file, four languages), the 10.000-row guest import
# time, the dashboard's median against the uncached report's (a draft year's live page: ratio
# dashboard_vs_report_uncached, the draft year's dashboard too), and last: ratio
# report_vs_static=<x> (the published report against the static file).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"

echo "== publish: one year, every file in four languages (what the task worker does)"
$BIN/python manage.py bench_publish "$LAST_YEAR"

# The default, per-process cache: the published report needs none (its edition is stored).
APP_PORT=$(free_port); start_app "$APP_PORT" locmem://

REPORT=/nl/reports/$LAST_YEAR/
curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT$REPORT"
ETAG=$(curl -sfI "http://127.0.0.1:$APP_PORT$REPORT" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

echo "== load: wrk, ${SECONDS_PER_RUN}s each, gunicorn 2 workers ($(nproc) cores)"
run static "$CONNECTIONS" "$APP_PORT" "$STATIC_URL_PATH"
run report_published "$CONNECTIONS" "$APP_PORT" "$REPORT"
run report_304 "$CONNECTIONS" "$APP_PORT" "$REPORT" "If-None-Match: $ETAG"
run report_pdf "$CONNECTIONS" "$APP_PORT" "${REPORT}pdf"
# The uncached report: a draft year's page, computed on every request (the staff's live preview).
DRAFT_YEAR=$((LAST_YEAR - 2))
run report_uncached "$SLOW_CONNECTIONS" "$APP_PORT" "/nl/reports/$DRAFT_YEAR/" "Cookie: sessionid=$SESSION"
run dashboard "$SLOW_CONNECTIONS" "$APP_PORT" "/nl/dashboard/?year=$LAST_YEAR" "Cookie: sessionid=$SESSION"
run dashboard_draft "$SLOW_CONNECTIONS" "$APP_PORT" "/nl/dashboard/?year=$DRAFT_YEAR" "Cookie: sessionid=$SESSION"
run guest_changelist "$SLOW_CONNECTIONS" "$APP_PORT" "$GUEST_CHANGELIST" "Cookie: sessionid=$SESSION"

echo "== queries per page (cache off)"
DJANGO_CACHE_URL=dummy:// $BIN/python manage.py count_queries "$REPORT" "/nl/reports/"
DJANGO_CACHE_URL=dummy:// $BIN/python manage.py count_queries --user bench "/nl/reports/$DRAFT_YEAR/" \
  "/nl/dashboard/?year=$LAST_YEAR" "/nl/dashboard/?year=$DRAFT_YEAR" "$GUEST_CHANGELIST"

if $BIN/python manage.py help bench_guest_import >/dev/null 2>&1; then
  echo "== import"
  $BIN/python manage.py bench_guest_import --rows "${BENCH_IMPORT_ROWS:-10000}"
fi

# The dashboard against the uncached report, by their median latency (target: at most 1.0).
python3 -c "import sys; print(f'ratio dashboard_vs_report_uncached={float(sys.argv[1]) / float(sys.argv[2]):.2f}')" \
  "${MEDIAN_MS[dashboard]}" "${MEDIAN_MS[report_uncached]}"
python3 -c "import sys; print(f'ratio dashboard_draft_vs_report_uncached={float(sys.argv[1]) / float(sys.argv[2]):.2f}')" \
  "${MEDIAN_MS[dashboard_draft]}" "${MEDIAN_MS[report_uncached]}"
python3 -c "import sys; print(f'ratio report_vs_static={float(sys.argv[1]) / float(sys.argv[2]):.2f}')" \
  "${RPS[report_published]}" "${RPS[static]}"
