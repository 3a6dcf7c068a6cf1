"""QuerySet vocabulary of the procurement app: statuses on a date, yearly counts."""

import datetime

from django.db import models
from django.db.models import Count, Max, Min, Q

# Kept here (not imported from models) to avoid a circular import; models.Stage.Kind has them too.
PUBLISHED = 50


class DirectiveQuerySet(models.QuerySet):
    def adopted_by(self, date: datetime.date):
        """Directives adopted on or before ``date``."""
        return self.filter(adopted_on__lte=date)


class LegalInstrumentQuerySet(models.QuerySet):
    def with_status_on(self, date: datetime.date):
        """Annotate ``status`` (the latest stage reached on or before ``date``, None if none),
        ``first_stage_on`` (when the act was first recorded under way) and ``published_from``
        (the first date it was published or in force) in one query."""
        return self.annotate(
            status=Max("stages__kind", filter=Q(stages__date__lte=date)),
            first_stage_on=Min("stages__date"),
            published_from=Min("stages__date", filter=Q(stages__kind__gte=PUBLISHED)),
        )

    def under_way_on(self, date: datetime.date):
        """Acts that had reached at least one stage on or before ``date``."""
        return self.filter(stages__date__lte=date).distinct()

    def transposing(self):
        """Acts that transpose at least one directive."""
        return self.filter(directives__isnull=False).distinct()


class StageQuerySet(models.QuerySet):
    def in_year(self, year: int):
        """Stages reached during ``year``."""
        return self.filter(date__year=year)

    def on_or_before(self, date: datetime.date):
        """Stages reached on or before ``date``."""
        return self.filter(date__lte=date)


class CommissionMeetingQuerySet(models.QuerySet):
    def in_year(self, year: int):
        """Meetings held during ``year``."""
        return self.filter(date__year=year)

    def count_in_year(self, year: int) -> int:
        """How many times the Commission met during ``year`` (one aggregate query)."""
        return self.in_year(year).aggregate(total=Count("pk"))["total"]

    def per_year(self):
        """Meetings counted per year: rows of ``{"year", "total"}``, oldest first (one query)."""
        return (
            self.annotate(year=models.functions.ExtractYear("date"))
            .values("year")
            .annotate(total=Count("pk"))
            .order_by("year")
        )


class ProcurementYearQuerySet(models.QuerySet):
    def for_year(self, year: int):
        """The narrative of ``year`` (at most one)."""
        return self.filter(year=year)
