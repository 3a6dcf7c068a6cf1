"""The project's admin site: Django's, with lists that answer bad query parameters with a 400.

A changelist turns its query string into database filters (``?name__regex=[``, ``?date__year=abc``,
``?q=`` with a NUL byte...). Django refuses some of them itself (``IncorrectLookupParameters``), but
others fail only when the database runs the query, or in a list filter's own ``queryset()``: a
server error for what is the reader's typo. The lists, and the autocomplete behind the search
boxes, run their reading inside a savepoint here, and a failure that the parameters caused is
answered with a translated 400 page that links to the unfiltered list. A failure without
parameters is a bug and still raises.

The site is installed as Django's default (``chancellery.admin_apps.ChancelleryAdminConfig``),
so ``admin.site`` and ``@admin.register`` everywhere are this site.
"""

import functools
import logging

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import FieldError, ValidationError
from django.db import DataError, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# What a parameter can make a list's reading raise: a value the database refuses (DataError), a
# value a field cannot convert (ValueError, ValidationError), a lookup that does not exist.
PARAMETER_ERRORS = (DataError, ValueError, ValidationError, FieldError, IncorrectLookupParameters)
# Django's lists pass these lookups' values as one string, which the database cannot bind as the
# two or more values they take (a ProgrammingError, as a bug would raise): no list offers them.
UNBINDABLE_LOOKUPS = ("__range",)
# The views that read the query string into a query.
READING_VIEWS = {"changelist_view", "autocomplete_view"}


def bad_parameters_page(request, list_url: str) -> TemplateResponse:
    """The 400 page of a list that cannot be read with the address's parameters."""
    context = {
        **admin.site.each_context(request),
        "title": _("This list cannot be filtered this way"),
        "list_url": list_url,
    }
    return TemplateResponse(request, "admin/bad_parameters.html", context, status=400)


def guard_parameters(view):
    """``view``, answering 400 when its query string makes its reading fail."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or not request.GET:
            return view(request, *args, **kwargs)
        if any(key.endswith(UNBINDABLE_LOOKUPS) for key in request.GET):
            return bad_parameters_page(request, request.path)
        try:
            with transaction.atomic():
                response = view(request, *args, **kwargs)
                # The list's rows are read while the template renders: inside the savepoint too.
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
        except PARAMETER_ERRORS as error:
            logger.info("Refused the parameters of %s: %r", request.path, error)
            return bad_parameters_page(request, request.path)
        return response

    return guarded


class ChancelleryAdminSite(admin.AdminSite):
    """Django's admin site, with the reading views guarded against bad parameters."""

    def admin_view(self, view, cacheable=False):
        if getattr(view, "__name__", "") in READING_VIEWS:
            view = guard_parameters(view)
        return super().admin_view(view, cacheable)
