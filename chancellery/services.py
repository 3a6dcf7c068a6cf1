"""Writes on the core's models that more than one form or command performs."""

from django.db import transaction
from django.utils import timezone

from chancellery.models import AnnualReport


@transaction.atomic
def report_publish(*, report: AnnualReport, user) -> AnnualReport:
    """Publish a year's report, recording who published it and when."""
    report.status = AnnualReport.Status.PUBLISHED
    report.published_at = timezone.now()
    report.published_by = user
    report.save(update_fields=["status", "published_at", "published_by"])
    return report


@transaction.atomic
def report_unpublish(*, report: AnnualReport, user) -> AnnualReport:
    """Take a year's report back to draft."""
    report.status = AnnualReport.Status.DRAFT
    report.published_at = None
    report.published_by = None
    report.save(update_fields=["status", "published_at", "published_by"])
    return report
