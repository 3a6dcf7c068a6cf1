"""Writes on the core's models that more than one view, admin action or command performs."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chancellery.models import AnnualReport, PublicationEvent
from chancellery.registry import registry

PUBLISH_PERMISSION = "chancellery.publish_annualreport"


def _check_may_publish(user) -> None:
    # user None: the demo loader, run by an operator from the command line.
    if user is not None and not user.has_perm(PUBLISH_PERMISSION):
        raise PermissionDenied(_("You may not publish or unpublish annual reports."))


@transaction.atomic
def report_publish(*, report: AnnualReport, user, require_complete: bool = True) -> AnnualReport:
    """Publish a year's report, recording who published it and when.

    Refused while the completeness check finds a blocking item (missing in Dutch or French).
    Only the demo loader passes ``require_complete=False``: test fixtures load parts of it.
    """
    _check_may_publish(user)
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    if report.is_published:
        raise ValidationError(_("The report of %(year)s is already published.") % {"year": report.year})
    blocking = []
    if require_complete:
        blocking = [item for item in registry.missing(report.year) if item.blocking]
        blocking += [item for item in report_missing(report) if item.blocking]
    if blocking:
        raise ValidationError(
            [_("Cannot publish: %(section)s: %(message)s") % {"section": item.section, "message": item.message} for item in blocking],
            code="incomplete",
        )
    now = timezone.now()
    report.status = AnnualReport.Status.PUBLISHED
    report.published_at = now
    report.published_by = user
    report.save(update_fields=["status", "published_at", "published_by"])
    PublicationEvent.objects.create(
        report=report, action=PublicationEvent.Action.PUBLISHED, user=user, at=now
    )
    return report


@transaction.atomic
def report_unpublish(*, report: AnnualReport, user) -> AnnualReport:
    """Take a year's report back to draft (its data can be edited again), recording who and when."""
    _check_may_publish(user)
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    if not report.is_published:
        raise ValidationError(_("The report of %(year)s is not published.") % {"year": report.year})
    report.status = AnnualReport.Status.DRAFT
    report.published_at = None
    report.published_by = None
    report.save(update_fields=["status", "published_at", "published_by"])
    PublicationEvent.objects.create(
        report=report, action=PublicationEvent.Action.UNPUBLISHED, user=user, at=timezone.now()
    )
    return report


def report_missing(report: AnnualReport):
    """What the report's own texts lack: foreword and colophon, per language."""
    from chancellery.completeness import annual_report_missing

    return annual_report_missing(report)
