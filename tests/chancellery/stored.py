"""A published year for the dashboard's tests: its edition stores each language's data.json as the
worker writes it (``opendata.report_document`` over the registry's sections), without rendering
the pages and PDFs that the dashboard never reads (seconds per year)."""

from django.utils import timezone, translation

from chancellery import editions, opendata
from chancellery.models import AnnualReport, Edition
from chancellery.registry import registry


def publish_data_only(year: int) -> AnnualReport:
    """Publish ``year`` as its edition 1 holding its open data only; returns the report."""
    report, _created = AnnualReport.objects.get_or_create(year=year)
    now = timezone.now()
    edition = Edition.objects.create(
        report=report, number=1, state=Edition.State.PUBLISHED, requested_at=now, published_at=now
    )
    for language in editions.languages():
        with translation.override(language):
            sections = [section for section in registry.sections(year) if section.figures]
            document = opendata.report_document(
                report,
                edition=edition,
                base=editions.edition_path(year, 1),
                absolute=editions.absolute,
                sections=sections,
            )
            rendered = editions.Rendered(
                "data.json", opendata.dumps(document).encode(), "application/json"
            )
            editions._store(edition, language, rendered)
    AnnualReport.objects.filter(pk=report.pk).update(
        status=AnnualReport.Status.PUBLISHED, current_edition=edition, published_at=now
    )
    report.refresh_from_db()
    return report
