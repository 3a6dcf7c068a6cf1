"""QuerySet vocabulary of the core models."""

from django.db import models


class AnnualReportQuerySet(models.QuerySet):
    def published(self):
        """Reports the public may read: they have a current edition."""
        return self.filter(status=self.model.Status.PUBLISHED)

    def frozen(self):
        """Reports whose year's data may not change: published, or being published."""
        return self.exclude(status=self.model.Status.DRAFT)

    def visible_to(self, user):
        """Reports this user may read: all of them for logged-in staff, published ones otherwise."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.published()

    def latest_published(self):
        """The most recent published report, or None."""
        return self.published().order_by("-year").first()
