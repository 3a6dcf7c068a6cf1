"""QuerySet vocabulary of the ceremonies: which ceremonies, which guests, and their counts."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Count, Q


def _status_counts() -> dict[str, Count]:
    """One Count per invitation status, over a ceremony's guests."""
    statuses = ("invited", "confirmed", "declined", "attended")
    return {
        f"{status}_count": Count("guests", filter=Q(guests__status=status)) for status in statuses
    }


class CeremonyQuerySet(models.QuerySet):
    def of_year(self, year: int):
        """Ceremonies held in ``year``."""
        return self.filter(date__year=year)

    def upcoming_or_of_year(self, *, today: datetime.date, year: int):
        """Ceremonies from ``today`` on, and those of ``year`` (the dashboard's selection)."""
        return self.filter(Q(date__gte=today) | Q(date__year=year))

    def with_status_counts(self):
        """Each ceremony with its guests counted per invitation status (one query)."""
        return self.annotate(**_status_counts())


class GuestCategoryQuerySet(models.QuerySet):
    def in_report_order(self):
        """Categories in the order the report lists them."""
        return self.order_by("position", "code")


class GuestQuerySet(models.QuerySet):
    def of_year(self, year: int):
        """Guests of the ceremonies held in ``year``."""
        return self.filter(ceremony__date__year=year)

    def not_anonymised(self):
        """Guests whose personal data is still there."""
        return self.filter(anonymised_at__isnull=True)

    def of_ceremonies_before(self, day: datetime.date):
        """Guests of the ceremonies held before ``day``."""
        return self.filter(ceremony__date__lt=day)

    def search(self, text: str):
        """Guests whose name or organisation contains ``text`` (case-insensitive)."""
        text = text.strip()
        if not text:
            return self.none()
        return self.filter(Q(name__icontains=text) | Q(organisation__icontains=text))

    def counts_per_ceremony_category_status(self):
        """Rows (ceremony, category, status, guests): the report's counts, in one query."""
        return (
            self.order_by()
            .values("ceremony_id", "category_id", "status")
            .annotate(guests=Count("pk"))
        )
