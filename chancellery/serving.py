"""The public gets a published year only as its stored edition: these bytes and nothing else.

``EditionMiddleware`` (right after WhiteNoise) answers every GET or HEAD of a published year's
report URLs, for everyone (staff read what the public reads): the page, the PDF, ``data.json``
and the dataset CSVs, at the report's plain URLs (the current edition) and at each edition's own
(``/nl/reports/2016/editions/1/...``), and the home page (the latest report's page).

Which file answers is read from the database on every request, in one indexed query, so that an
unpublished year is gone on every instance at once. The bytes themselves are kept per process by
their SHA-256, which names exactly one content: a kept copy can never be stale. When the database
does not answer, an instance serves the last file it served for that URL (stale-if-error, said
in the ``X-Edition-Stale`` header) rather than fail.

A URL this does not answer (a draft, an unknown year or file) goes on to the views: staff may
preview a draft there, live and never stored (``Cache-Control: private, no-store``); everyone else
gets a 404. Nothing here renders anything.
"""

from __future__ import annotations

import datetime
import gzip
import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

from chancellery.models import AnnualReport, Edition, EditionFile

logger = logging.getLogger(__name__)

# Canonical URLs only: a year without leading zeros, an edition number without them either.
EDITION_URL = re.compile(
    r"^/(?P<language>[a-z]{2})/(?:reports/(?P<year>[1-9][0-9]{3})/"
    r"(?:editions/(?P<number>[1-9][0-9]{0,4})/)?(?P<name>|pdf|data\.json|datapackage\.json|data/[-a-z0-9]+\.csv))?$"
)
COMPRESSIBLE = ("text/", "application/json")
# Browsers revalidate with the ETag (cheap: a 304); a cache may serve a stored copy while we fail.
CACHE_CONTROL = "public, no-cache, stale-if-error=86400"


@dataclass(frozen=True)
class Served:
    """What the one query says of the file that answers a URL."""

    id: int
    sha256: str
    content_type: str
    content_disposition: str
    published_at: datetime.datetime
    name: str


def _sql() -> dict[str, str]:
    """The lookup's three queries, written out once: the ORM would spend longer building them
    (joins, F() comparisons, modeltranslation's rewriting) than the database takes to answer."""
    files, editions = EditionFile._meta.db_table, Edition._meta.db_table
    reports = AnnualReport._meta.db_table
    select = (
        "SELECT f.id, f.sha256, f.content_type, f.content_disposition, e.published_at, f.name "
        f"FROM {files} f JOIN {editions} e ON e.id = f.edition_id "
        f"JOIN {reports} r ON r.id = e.report_id "
    )
    current = "r.status = 'published' AND r.current_edition_id = f.edition_id "
    return {
        # The home page: the latest published report's current page.
        "home": select + "WHERE " + current + "AND f.language = %s AND f.name = '' "
        "AND f.supersedes_original = '' ORDER BY r.year DESC LIMIT 1",
        # The report's plain URLs: the current edition's file (along the report's year index).
        "plain": select + "WHERE r.year = %s AND " + current + "AND f.language = %s "
        "AND f.name = %s AND f.supersedes_original = '' LIMIT 1",
        # An edition's own URL: that edition's file, or the latest copy of it (the banner), of a
        # published edition no later than the current one (along the path index).
        "edition": select + f"JOIN {editions} c ON c.id = r.current_edition_id "
        "WHERE f.path = %s AND e.state = 'published' AND r.year = %s "
        "AND r.status = 'published' AND e.number <= c.number ORDER BY e.number DESC LIMIT 1",
    }


_QUERIES: dict[str, str] = {}


def lookup(language: str, year: int | None, number: int | None, name: str) -> Served | None:
    """The stored file that answers this URL now, or None (one query)."""
    if not _QUERIES:
        _QUERIES.update(_sql())
    if year is None:
        query, params = _QUERIES["home"], [language]
    elif number is None:
        query, params = _QUERIES["plain"], [year, language, name]
    else:
        path = f"/{language}/reports/{year}/editions/{number}/{name}"
        query, params = _QUERIES["edition"], [path, year]
    row = _fetch(query, params)
    if row is None:
        return None
    return Served(*row[:4], _aware(row[4]), row[5])


def _fetch(query: str, params: list):
    """The query's one row; the query is its own health check.

    Django's (``CONN_HEALTH_CHECKS``: a ``SELECT 1`` before the first query of each request)
    would double the round trips of the busiest path. A connection that broke since the last
    request fails here instead: it is closed and the query tried once more on a new one.
    """
    for attempt in (1, 2):
        connection.health_check_done = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(query, params)
                return cursor.fetchone()
        except (OperationalError, InterfaceError):
            if attempt == 2 or connection.in_atomic_block:
                raise
            connection.close()
    return None


def _aware(value) -> datetime.datetime:
    """A timestamp as the raw cursor gives it (SQLite: text, naive UTC) made an aware datetime."""
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    return value if timezone.is_aware(value) else value.replace(tzinfo=datetime.UTC)


class _Memory:
    """File bytes by SHA-256 (and their gzip), at most ``EDITION_MEMORY_BYTES`` per process."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, tuple[bytes, bytes | None]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, served: Served) -> tuple[bytes, bytes | None]:
        with self._lock:
            item = self._items.get(served.sha256)
            if item is not None:
                self._items.move_to_end(served.sha256)
                return item
        content = bytes(EditionFile.objects.values_list("content", flat=True).get(pk=served.id))
        compressed = None
        if served.content_type.startswith(COMPRESSIBLE):
            compressed = gzip.compress(content, mtime=0)
        item = (content, compressed)
        with self._lock:
            if served.sha256 not in self._items:
                self._items[served.sha256] = item
                self._size += len(content) + len(compressed or b"")
            limit = settings.EDITION_MEMORY_BYTES
            while self._size > limit and len(self._items) > 1:
                _sha, (old, old_compressed) = self._items.popitem(last=False)
                self._size -= len(old) + len(old_compressed or b"")
        return item

    def peek(self, sha256: str) -> tuple[bytes, bytes | None] | None:
        with self._lock:
            return self._items.get(sha256)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0


memory = _Memory()
# The last file served per URL, for when the database does not answer (stale-if-error).
_last_served: dict[str, Served] = {}
_LAST_SERVED_MAX = 4096


def forget() -> None:
    """Drop what this process keeps (the tests start each from nothing)."""
    memory.clear()
    _last_served.clear()


class EditionMiddleware:
    """Serve a published edition's stored files before sessions, URL resolving and the views."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        match = EDITION_URL.match(request.path_info)
        if (
            match is None
            or request.method not in ("GET", "HEAD")
            or match["language"] not in self.languages
        ):
            return self.get_response(request)
        year = int(match["year"]) if match["year"] else None
        number = int(match["number"]) if match["number"] else None
        stale = False
        try:
            served = lookup(match["language"], year, number, match["name"] or "")
            if served is not None:
                content = memory.get(served)
        except DatabaseError:
            served = _last_served.get(request.path_info)
            content = memory.peek(served.sha256) if served is not None else None
            if content is None:
                raise
            logger.warning("Database unavailable: serving the last known %s.", request.path_info)
            stale = True
        if served is None:
            return self.get_response(request)
        if not stale:
            if len(_last_served) >= _LAST_SERVED_MAX:
                _last_served.clear()
            _last_served[request.path_info] = served
        response = self._response(request, served, *content, language=match["language"])
        if stale:
            response["X-Edition-Stale"] = "database unavailable"
        return response

    def _response(self, request, served: Served, content, compressed, *, language):
        etag = f'"{served.sha256}"'
        if _not_modified(request, etag, served.published_at):
            response = HttpResponseNotModified()
        elif compressed is not None and "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", ""):
            response = HttpResponse(compressed, content_type=served.content_type)
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(content, content_type=served.content_type)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(served.published_at.timestamp())
        response["Cache-Control"] = CACHE_CONTROL
        response["Content-Language"] = language
        if served.content_disposition:
            response["Content-Disposition"] = served.content_disposition
        if served.name.startswith("data"):
            # Open data may be read by any web page (no credentials are involved).
            response["Access-Control-Allow-Origin"] = "*"
        # What XFrameOptionsMiddleware (skipped here) adds on the views' path.
        response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        patch_vary_headers(response, ["Accept-Encoding"])
        if request.method == "HEAD" and response.status_code == 200:
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        return response


def _not_modified(request, etag: str, published_at) -> bool:
    """A conditional GET the stored file satisfies (If-None-Match first, as RFC 9110 says)."""
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return etag in if_none_match or if_none_match.strip() == "*"
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    return since is not None and since >= int(published_at.timestamp())
