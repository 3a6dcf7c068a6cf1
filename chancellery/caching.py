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
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
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


def cached_report_view(view):
    """Cache a public view of a year's report (HTML, PDF, open data) and answer 304s before it."""

    @functools.wraps(view)
    def cached(request, year: int, **kwargs):
        if not _is_anonymous(request) or request.method not in ("GET", "HEAD"):
            return view(request, year=year, **kwargs)
        key = f"report-page:{year_version(year)}:{get_language()}:{request.path}"
        stored = cache.get(key)
        if stored is None:
            response = view(request, year=year, **kwargs)
            if response.status_code != 200 or response.streaming:
                return response
            headers = {
                name: response[name]
                for name in ("Content-Type", "Content-Disposition", "Access-Control-Allow-Origin")
                if response.has_header(name)
            }
            cache.set(key, (response.content, headers), PAGE_TIMEOUT)
        else:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
        # Browsers and proxies revalidate (cheaply, with the ETag) rather than serve stale data.
        patch_cache_control(response, public=True, no_cache=True)
        return response

    return condition(etag_func=_etag, last_modified_func=_last_modified)(cached)


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
