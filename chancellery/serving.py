"""The public gets a published year only as its stored edition: these bytes and nothing else.

``EditionMiddleware`` (right after WhiteNoise) answers every GET or HEAD of a published year's
report URLs, for everyone (staff read what the public reads): the page, the PDF, ``data.json``
and the dataset CSVs, at the report's plain URLs (the current edition) and at each edition's own
(``/nl/reports/2016/editions/1/...``), and the home page (the latest report's page).

Which file answers a URL is read from the database in one indexed query. On PostgreSQL each
process also keeps the answers (``routes``) for as long as the database says nothing changed: a
trigger on the three tables that decide them (reports, editions, their files) sends a ``NOTIFY``
with every write, whatever wrote it (a service, the admin, SQL by hand), and every process
``LISTEN``s on a connection of its own, which it polls (a non-blocking ``select``, no round trip)
before it answers from memory. A withdrawal thus reaches every instance as fast as PostgreSQL
delivers a notification (well under a millisecond on one machine), and ``report_unpublish``
returns only once its own instance has heard it. An instance whose listening connection is
broken forgets every kept answer and asks the database on every request until it listens again.
The bytes themselves are kept per process by their SHA-256, which names exactly one content: a
kept copy can never be stale. When the database does not answer, an instance serves the last file
it served for that URL (stale-if-error, said in the ``X-Edition-Stale`` header) rather than fail.

A URL this does not answer (a draft, an unknown year or file) goes on to the views: staff may
preview a draft there, live and never stored (``Cache-Control: private, no-store``); everyone else
gets a 404. Nothing here renders anything.
"""

from __future__ import annotations

import datetime
import functools
import gzip
import logging
import os
import re
import select
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass

import psycopg
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.http import http_date, parse_http_date_safe
from psycopg import pq

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
    """The stored file that answers this URL now, or None (no query while the answer is kept,
    one otherwise)."""
    key = (language, year, number, name)
    generation = routes.listen()
    if generation is not None:
        served = routes.get(key)
        if served is not _UNKNOWN:
            return served
    served = _query(language, year, number, name)
    if generation is not None:
        routes.keep(key, served, generation)
    return served


def _query(language: str, year: int | None, number: int | None, name: str) -> Served | None:
    """The stored file that answers this URL, as the database says now (one query)."""
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


# The channel the trigger of migration 0009 notifies on, with the writing transaction's id, on
# every write to the three tables.
CHANNEL = "chancellery_editions"
_UNKNOWN = object()
# What a broken listening connection raises: the driver's errors, or the socket's.
_LISTENER_ERRORS = (psycopg.Error, OSError)


class _Routes:
    """The answers of ``lookup`` per URL, kept while PostgreSQL notifies no change (see above)."""

    MAX_ROUTES = 4096
    # A broken listening connection is opened again at most this often (the requests in between
    # ask the database).
    RETRY_SECONDS = 1.0

    def __init__(self) -> None:
        self._routes: dict[tuple, Served | None] = {}
        self._lock = threading.RLock()
        self._listener: psycopg.Connection | None = None
        self._pid = 0
        self._retry_at = 0.0
        # The transactions heard of lately, for ``wait_for``.
        self._heard: deque[str] = deque(maxlen=256)
        self.generation = 0

    def listen(self) -> int | None:
        """The generation of the kept answers after reading every pending notification, or None
        when this process does not listen (another engine, switched off, or the connection is
        broken): then nothing may be kept."""
        if not settings.EDITION_LISTEN or connection.vendor != "postgresql":
            return None
        with self._lock:
            if self._pid != os.getpid():
                # A forked worker must not read its parent's socket (nor close it).
                self._listener, self._pid = None, os.getpid()
                self._forget()
            if self._listener is None and not self._connect():
                return None
            if not self._drain(0):
                return None
            return self.generation

    def get(self, key: tuple):
        """The kept answer for ``key``, or ``_UNKNOWN``."""
        return self._routes.get(key, _UNKNOWN)

    def keep(self, key: tuple, served: Served | None, generation: int) -> None:
        """Keep an answer read at ``generation``, unless a notification came in since: the write
        it announces may have been committed after the answer was read."""
        with self._lock:
            if self._listener is not None and self._drain(0) and self.generation == generation:
                if len(self._routes) >= self.MAX_ROUTES:
                    self._routes.clear()
                self._routes[key] = served

    def wait_for(self, transaction_id: str, timeout: float) -> bool:
        """Block until this process has heard the notification of ``transaction_id`` (True), or
        ``timeout`` seconds passed, or it does not listen (False)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            if self.listen() is None:
                return False
            while transaction_id not in self._heard:
                left = deadline - time.monotonic()
                if left <= 0 or not self._drain(left):
                    return False
            return True

    def forget(self) -> None:
        """Drop every kept answer."""
        with self._lock:
            self._forget()

    def _forget(self) -> None:
        self._routes.clear()
        self.generation += 1

    def _connect(self) -> bool:
        if time.monotonic() < self._retry_at:
            return False
        # A connection of its own (Django's may be closed between requests), with TCP keepalives
        # so that one lost without a word is noticed.
        params = connection.get_connection_params()
        params.update(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
        try:
            listener = connection.get_new_connection(params)
            listener.autocommit = True
            listener.execute(f"LISTEN {CHANNEL}")
        except _LISTENER_ERRORS as error:
            self._lost(error)
            return False
        self._listener = listener
        # Whatever was written before LISTEN took effect may have been read and kept: start over.
        self._forget()
        return True

    def _drain(self, timeout: float) -> bool:
        """Read the notifications that arrived (waiting up to ``timeout`` for one); any of them
        forgets every kept answer. False, having forgotten them all, if the connection broke."""
        pgconn = self._listener.pgconn
        heard = False
        try:
            # Until nothing is left to read: a connection the server ended has its last words
            # (a FATAL message) first, and its end of file after them.
            while select.select([pgconn.socket], [], [], timeout)[0]:
                pgconn.consume_input()
                timeout = 0
            while (notice := pgconn.notifies()) is not None:
                self._heard.append(notice.extra.decode())
                heard = True
            if pgconn.status != pq.ConnStatus.OK:
                raise psycopg.OperationalError("the connection is closed")
        except _LISTENER_ERRORS as error:
            self._lost(error)
            return False
        if heard:
            self._forget()
        return True

    def _lost(self, error: Exception) -> None:
        logger.warning("Not listening for edition changes (%s): asking on every request.", error)
        if self._listener is not None:
            self._listener.close()
        self._listener = None
        self._retry_at = time.monotonic() + self.RETRY_SECONDS
        self._forget()


routes = _Routes()


def settle_on_commit() -> None:
    """Inside a transaction that withdraws files: once it commits, wait until this instance has
    heard of it, by which time PostgreSQL has signalled every listening instance (it signals them
    all at commit). The withdrawing request thus returns after the withdrawal took effect."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_current_xact_id()::text")
        (transaction_id,) = cursor.fetchone()

    def settle():
        if not routes.wait_for(transaction_id, timeout=2.0):
            # This instance does not listen; others may: leave them time to hear it.
            time.sleep(0.1)

    transaction.on_commit(settle)


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
    routes.forget()
    _headers.cache_clear()


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
            response = HttpResponseNotModified(headers=_headers(served, language, gzipped=False))
        elif compressed is not None and "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", ""):
            response = HttpResponse(
                compressed,
                content_type=served.content_type,
                headers=_headers(served, language, gzipped=True),
            )
        else:
            response = HttpResponse(
                content,
                content_type=served.content_type,
                headers=_headers(served, language, gzipped=False),
            )
        if request.method == "HEAD" and response.status_code == 200:
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        return response


@functools.lru_cache(maxsize=1024)
def _headers(served: Served, language: str, *, gzipped: bool) -> dict[str, str]:
    """A stored file's response headers, worked out once per process (they are the busiest
    path's largest cost after the database's)."""
    headers = {
        "ETag": f'"{served.sha256}"',
        "Last-Modified": http_date(served.published_at.timestamp()),
        "Cache-Control": CACHE_CONTROL,
        "Content-Language": language,
        "Vary": "Accept-Encoding",
        # What XFrameOptionsMiddleware (skipped here) adds on the views' path.
        "X-Frame-Options": settings.X_FRAME_OPTIONS,
    }
    if gzipped:
        headers["Content-Encoding"] = "gzip"
    if served.content_disposition:
        headers["Content-Disposition"] = served.content_disposition
    if served.name.startswith("data"):
        # Open data may be read by any web page (no credentials are involved).
        headers["Access-Control-Allow-Origin"] = "*"
    return headers


def _not_modified(request, etag: str, published_at) -> bool:
    """A conditional GET the stored file satisfies (If-None-Match first, as RFC 9110 says)."""
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return etag in if_none_match or if_none_match.strip() == "*"
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    return since is not None and since >= int(published_at.timestamp())
