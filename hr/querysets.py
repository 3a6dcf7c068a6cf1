"""QuerySet vocabulary of the HR models."""

from django.db import models


class StaffFiguresQuerySet(models.QuerySet):
    def for_year_and_previous(self, year: int):
        """The year's figures and the previous year's, newest first (for the change)."""
        return self.filter(year__in=(year, year - 1)).order_by("-year")

    def up_to(self, year: int):
        """Every year's figures up to ``year``, oldest first (the trend)."""
        return self.filter(year__lte=year).order_by("year")


class YearNarrativeQuerySet(models.QuerySet):
    def for_year(self, year: int):
        """The year's staff page."""
        return self.filter(year=year)

    def with_commitments(self):
        """Staff pages with their commitments in order, fetched in one more query."""
        from hr.models import Commitment  # models imports this module

        return self.prefetch_related(
            models.Prefetch("commitments", queryset=Commitment.objects.ordered())
        )


class CommitmentQuerySet(models.QuerySet):
    def ordered(self):
        """Commitments in the report's order."""
        return self.order_by("position", "pk")

    def of_year(self, year: int):
        """The commitments of a year's staff page."""
        return self.filter(narrative__year=year)
