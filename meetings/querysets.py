"""QuerySet vocabulary of the meetings: every figure of the section is one of these queries."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, F, FilteredRelation, Prefetch, Q
from django.db.models.functions import ExtractMonth

HELD = "held"
PLANNED = "planned"
REGULAR = "regular"
EXTRAORDINARY = "extraordinary"


class BodyQuerySet(models.QuerySet):
    def with_year_counts(self, year: int):
        """Bodies with held meetings of ``year`` (regular, extraordinary), and the year before."""
        # The join keeps only the two years' held meetings (its ON clause, along the
        # status+date index), not every meeting ever held; bodies without any still come.
        held = FilteredRelation(
            "meetings",
            condition=Q(
                meetings__status=HELD,
                meetings__date__gte=datetime.date(year - 1, 1, 1),
                meetings__date__lte=datetime.date(year, 12, 31),
            ),
        )
        this_year = Q(held__date__year=year)
        return (
            self.annotate(held=held)
            .annotate(
                regular=Count("held", filter=this_year & Q(held__kind=REGULAR)),
                extraordinary=Count("held", filter=this_year & Q(held__kind=EXTRAORDINARY)),
                previous=Count("held", filter=Q(held__date__year=year - 1)),
            )
            .order_by("position", "code")
        )

    def with_year_and_month_counts(self, year: int):
        """``with_year_counts`` plus the held meetings per month of ``year`` as ``month_<n>``."""
        this_year = Q(held__date__year=year)
        return self.with_year_counts(year).annotate(
            **{
                f"month_{month}": Count("held", filter=this_year & Q(held__date__month=month))
                for month in range(1, 13)
            }
        )

    def with_years_counts(self, years: list[int]):
        """Bodies with their held meetings of each of ``years``, as ``count_<year>`` (one query)."""
        held = Q(meetings__status=HELD)
        return self.annotate(
            **{
                f"count_{year}": Count("meetings", filter=held & Q(meetings__date__year=year))
                for year in years
            }
        ).order_by("position", "code")


class MeetingQuerySet(models.QuerySet):
    def held(self):
        """Meetings that took place: the only ones the report counts."""
        return self.filter(status=HELD)

    def in_year(self, year: int):
        """Meetings dated in ``year``."""
        return self.filter(date__year=year)

    def extraordinary(self):
        """Extraordinary meetings."""
        return self.filter(kind=EXTRAORDINARY)

    def subjects_per_body(self, year: int):
        """The year's held extraordinary meetings per body and subject, with their count.

        Each row holds the subject in every language (``subject_nl``, ``subject_fr``...) beside
        ``subject`` (the page's language or its fallback), so that the report can tell a fallback
        and print the sentence around it in the subject's language. Filtering on ``subject`` would
        filter on the page's language only and drop the subjects not yet translated.
        """
        return (
            self.held()
            .in_year(year)
            .extraordinary()
            .exclude(subject_nl="")
            .values(
                "body_id", "subject", *(f"subject_{code}" for code, _name in settings.LANGUAGES)
            )
            .annotate(count=Count("id"))
            .order_by("body_id", "-count")
        )

    def per_month(self, year: int):
        """The year's held meetings of all bodies per month, as ``{"month", "count"}`` rows."""
        return (
            self.held()
            .in_year(year)
            .annotate(month=ExtractMonth("date"))
            .values("month")
            .annotate(count=Count("id"))
            .order_by("month")
        )

    def overdue(self, today):
        """Meetings still marked as planned although their day has passed."""
        return self.filter(status=PLANNED, date__lt=today)


class OccasionQuerySet(models.QuerySet):
    def per_body(self, year: int):
        """Occasions that called held meetings in ``year``, once per body, earliest first."""
        return (
            self.filter(meetings__status=HELD, meetings__date__year=year)
            .annotate(body_id=F("meetings__body_id"))
            .distinct()
            .order_by("date", "code")
        )


class BodyNoteQuerySet(models.QuerySet):
    def of_year_with_narrative(self, year: int):
        """The notes of ``year`` with their narrative and body, in report order (one query)."""
        return (
            self.filter(meetings_year__year=year)
            .select_related("meetings_year", "body")
            .order_by("body__position", "body__code")
        )


class MeetingsYearQuerySet(models.QuerySet):
    def with_notes(self):
        """Narratives with their notes and the notes' bodies (two queries once evaluated)."""
        from meetings.models import BodyNote

        return self.prefetch_related(
            Prefetch(
                "notes",
                queryset=BodyNote.objects.select_related("body").order_by(
                    "body__position", "body__code"
                ),
            )
        )
