"""The pages the law asks every public-sector website for: accessibility statement, privacy notice.

Their fixed wording is in the templates (translated with the interface); what changes (status,
known issues, dates, contacts) is entered in the admin, one record each. Before anybody entered
it, a page still answers, with its fixed parts and a line saying the rest is being prepared: a
footer link on every page never leads to a 404.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from chancellery.models import AccessibilityIssue, AccessibilityStatement, PrivacyNotice

# What the anonymisation applies when the setting is absent (ceremonies' anonymise_guests).
DEFAULT_GUEST_RETENTION_DAYS = 365


def guest_retention_days() -> int:
    """The guest lists' retention period in days: the setting the anonymisation applies."""
    return getattr(settings, "CEREMONIES_GUEST_RETENTION_DAYS", DEFAULT_GUEST_RETENTION_DAYS)


def _public(response):
    patch_cache_control(response, public=True, no_cache=True)
    return response


@require_safe
def accessibility(request):
    """The accessibility statement, as the model of Implementing Decision (EU) 2018/1523 has it."""
    statement = (
        AccessibilityStatement.objects.prefetch_related(
            Prefetch("issues", queryset=AccessibilityIssue.objects.order_by("position", "pk"))
        )
        .filter(singleton=1)
        .first()
    )
    issues = list(statement.issues.all()) if statement else []
    groups = [
        (label, [issue for issue in issues if issue.reason == reason])
        for reason, label in AccessibilityIssue.Reason.choices
    ]
    context = {
        "statement": statement,
        "issue_groups": [(label, items) for label, items in groups if items],
        "alternatives": [issue for issue in issues if issue.alternative],
    }
    return _public(render(request, "chancellery/statements/accessibility.html", context))


@require_safe
def privacy(request):
    """The privacy notice of the guest lists (GDPR articles 13 and 14)."""
    context = {
        "notice": PrivacyNotice.objects.current(),
        "retention_days": guest_retention_days(),
    }
    return _public(render(request, "chancellery/statements/privacy.html", context))
