"""The report and its files cached per year and language, invalidated when that year's data changes.

Each report year has a *version* kept in the cache (shared by every application instance when the
cache is the database table or Redis): a timestamp that changes whenever a record of that year is
saved or deleted (the models the apps declared with ``registry.watch``, and the report itself). The
version is part of every cache key and of the ``ETag``, so a change needs no deletion: the next
request simply misses. A browser's second visit is answered 304 by ``condition`` before the view
runs. Logged-in staff (a session cookie) bypass the cache: they may preview drafts.
"""

from __future__ import annotations

import datetime
import functools
import gzip
import re
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language
from django.views.decorators.http import condition

from chancellery.registry import registry

PAGE_TIMEOUT = 60 * 60 * 24


def _version_key(year: int) -> str:
    return f"report-version:{year}"


def year_version(year: int) -> int:
    """The current data version of a report year (a nanosecond timestamp), created if missing."""
    key = _version_key(year)
    version = cache.get(key)
    if version is None:
        candidate = time.time_ns()
        cache.add(key, candidate, None)
        # A dummy cache (DJANGO_CACHE_URL=dummy://, caching off) keeps nothing: a fresh version.
        version = cache.get(key, candidate)
    return version


def bump_years(years) -> None:
    """Invalidate the cached report of these years (and of the next years, which compare to them)."""
    now = time.time_ns()
    keys = {_version_key(y + offset): now for y in years for offset in (0, 1)}
    cache.set_many(keys, None)
    forget_versions()


# The middleware's fast path remembers each year's version for REPORT_VERSION_MAX_AGE seconds
# (1 by default), sparing the shared cache a lookup on every request of a busy day. A change made
# through this process is seen at once; one made through another instance within that second.
_recent_versions: dict[int, tuple[int, float]] = {}


def recent_year_version(year: int) -> int:
    """The year's version as read from the shared cache at most REPORT_VERSION_MAX_AGE ago."""
    max_age = getattr(settings, "REPORT_VERSION_MAX_AGE", 1.0)
    now = time.monotonic()
    remembered = _recent_versions.get(year)
    if remembered is not None and now - remembered[1] < max_age:
        return remembered[0]
    version = year_version(year)
    _recent_versions[year] = (version, now)
    return version


def forget_versions() -> None:
    """Drop the remembered versions (after a change, or when the cache was emptied)."""
    _recent_versions.clear()


def _is_anonymous(request) -> bool:
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _etag(request, year: int, **kwargs):
    if not _is_anonymous(request):
        return None
    return f'"r{year}-{get_language()}-{year_version(year)}"'


def _last_modified(request, year: int, **kwargs):
    if not _is_anonymous(request):
        return None
    return datetime.datetime.fromtimestamp(year_version(year) / 1e9, tz=datetime.UTC)


def _page_key(year: int, language: str, path: str) -> str:
    return f"report-page:v2:{year}:{language}:{path}"


# The last pages served, per process: a hit then costs one small lookup of the year's version in
# the shared cache instead of fetching the whole page (200 kB) from it. Never stale: the shared
# version is read on every request and a page of another version is not used.
_LOCAL_PAGES: OrderedDict[str, tuple] = OrderedDict()
_LOCAL_PAGES_MAX = 64
_local_lock = threading.Lock()


def _stored_page(year: int, language: str, path: str, *, recent: bool = False):
    """``(version, stored)``: the year's current version and the page cached for it, or None."""
    version = recent_year_version(year) if recent else year_version(year)
    page_key = _page_key(year, language, path)
    with _local_lock:
        local = _LOCAL_PAGES.get(page_key)
        if local is not None and local[0] == version:
            _LOCAL_PAGES.move_to_end(page_key)
            return version, local[1:]
    stored = cache.get(page_key)
    if stored is None or stored[0] != version:
        return version, None
    _remember(page_key, stored)
    return version, stored[1:]


def _remember(page_key: str, stored: tuple) -> None:
    with _local_lock:
        _LOCAL_PAGES[page_key] = stored
        _LOCAL_PAGES.move_to_end(page_key)
        while len(_LOCAL_PAGES) > _LOCAL_PAGES_MAX:
            _LOCAL_PAGES.popitem(last=False)


def _store_page(year: int, language: str, path: str, version: int, response) -> None:
    headers = {
        name: response[name]
        for name in ("Content-Type", "Content-Disposition", "Access-Control-Allow-Origin")
        if response.has_header(name)
    }
    # Compressed once, when cached, rather than on every request (GZipMiddleware would).
    stored = (version, response.content, headers, gzip.compress(response.content, mtime=0))
    cache.set(_page_key(year, language, path), stored, PAGE_TIMEOUT)
    _remember(_page_key(year, language, path), stored)


def _cached_response(request, stored) -> HttpResponse:
    """The stored page, gzip-compressed when the browser accepts it (every browser does)."""
    content, headers, compressed = stored
    if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") and len(compressed) < len(content):
        response = HttpResponse(compressed, headers=headers)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(content, headers=headers)
    return response


def _finish(response):
    # Browsers and proxies revalidate (cheaply, with the ETag) rather than serve stale data.
    patch_cache_control(response, public=True, no_cache=True)
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def cached_report_view(view):
    """Cache a public view of a year's report (HTML, PDF, open data) and answer 304s before it."""

    @functools.wraps(view)
    def cached(request, year: int, **kwargs):
        if not _is_anonymous(request) or request.method not in ("GET", "HEAD"):
            return view(request, year=year, **kwargs)
        language = get_language()
        version, stored = _stored_page(year, language, request.path)
        if stored is None:
            response = view(request, year=year, **kwargs)
            if response.status_code != 200 or response.streaming:
                return response
            _store_page(year, language, request.path, version, response)
        else:
            response = _cached_response(request, stored)
        return _finish(response)

    return condition(etag_func=_etag, last_modified_func=_last_modified)(cached)


# The public, year-scoped URLs that cached_report_view serves (see chancellery/urls.py).
CACHED_PATH = re.compile(
    r"^/(?P<language>[a-z]{2})/reports/(?P<year>[0-9]{4})/(?:pdf|data\.json|data/[-\w]+\.csv)?$"
)


class CachedReportMiddleware:
    """Serve anonymous GET/HEAD requests of an already cached report page (or answer 304) before
    sessions, locale, CSRF, URL resolving and the view: at about the cost of a static file.

    Placed right after WhiteNoise, so the security headers above still apply. A miss, a staff
    member (session cookie), any other URL or method falls through to the view, whose own
    ``cached_report_view`` fills the cache with the same key and version (one cache lookup).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        match = CACHED_PATH.match(request.path_info)
        if (
            match is None
            or request.method not in ("GET", "HEAD")
            or not _is_anonymous(request)
            or match["language"] not in self.languages
        ):
            return self.get_response(request)
        year, language = int(match["year"]), match["language"]
        version, stored = _stored_page(year, language, request.path, recent=True)
        etag = f'"r{year}-{language}-{version}"'
        if stored is None:
            if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
            if if_none_match is None or etag not in if_none_match:
                return self.get_response(request)
            response = HttpResponseNotModified()  # the page may have left the cache; not its version
        else:
            if etag in request.META.get("HTTP_IF_NONE_MATCH", ""):
                response = HttpResponseNotModified()
            else:
                response = _cached_response(request, stored)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(version / 1e9)
        # What LocaleMiddleware and XFrameOptionsMiddleware (skipped here) add on the view's path.
        response["Content-Language"] = language
        response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        if request.method == "HEAD" and response.status_code == 200:
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        return _finish(response)


def _years(instance) -> set[int]:
    from chancellery.freeze import years_of

    if instance._meta.label == "chancellery.AnnualReport":
        return {instance.year}
    return years_of(instance)


def _bump_on_commit(years: set[int]) -> None:
    # Now, for readers inside this transaction, and again after the commit: a reader between the
    # first bump and the commit would otherwise cache old data under the new version.
    if years:
        bump_years(years)
        transaction.on_commit(lambda: bump_years(years))


def invalidate(sender, instance, **kwargs) -> None:
    """post_save/post_delete receiver: a record of a report year changed."""
    _bump_on_commit(_years(instance))


def invalidate_previous_year(sender, instance, raw=False, **kwargs) -> None:
    """pre_save receiver: a record moved to another year changes the year it leaves, too."""
    if raw or instance.pk is None:
        return
    stored = sender._default_manager.filter(pk=instance.pk).first()
    if stored is not None:
        _bump_on_commit(_years(stored))


def connect_invalidation() -> None:
    """Connect ``invalidate`` to the report and to every model the apps declared with watch()."""
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

    from chancellery.models import AnnualReport

    for model in [AnnualReport, *registry.watched_models()]:
        uid = f"report-cache-{model._meta.label}"
        post_save.connect(invalidate, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"{uid}-delete")
        pre_save.connect(invalidate_previous_year, sender=model, dispatch_uid=f"{uid}-move")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(invalidate_m2m, sender=through, dispatch_uid=f"{uid}-{field.name}")


def invalidate_m2m(sender, instance, action, **kwargs) -> None:
    """m2m_changed receiver: a watched record's links changed."""
    if action in ("post_add", "post_remove", "post_clear"):
        _bump_on_commit(_years(instance))
