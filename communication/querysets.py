"""QuerySet vocabulary of external communication: each year's figures in one query."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce


class WebsiteQuerySet(models.QuerySet):
    def active(self):
        """Websites whose yearly audience the report expects."""
        return self.filter(is_active=True)

    def with_year_statistics(self, year: int):
        """Annotate the year's own yearly figures, the previous year's unique visitors, and how
        many monthly records the year has (never summed: unique visitors do not add up)."""
        from communication.models import WebStatistic

        yearly = WebStatistic.objects.filter(website=OuterRef("pk"), kind=WebStatistic.Kind.YEAR)
        this_year = yearly.filter(year=year)
        monthly = (
            WebStatistic.objects.monthly()
            .filter(website=OuterRef("pk"), year=year)
            .order_by()
            .values("website")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            has_yearly_record=Exists(this_year),
            unique_visitors=Subquery(this_year.values("unique_visitors")[:1]),
            visits=Subquery(this_year.values("visits")[:1]),
            page_views=Subquery(this_year.values("page_views")[:1]),
            previous_unique_visitors=Subquery(
                yearly.filter(year=year - 1).values("unique_visitors")[:1]
            ),
            months_recorded=Coalesce(Subquery(monthly, output_field=IntegerField()), Value(0)),
        )

    def in_report(self, year: int):
        """Websites with any record in ``year`` (or expected there), biggest audience first, each
        with the year's figures; sites without a yearly unique-visitor figure come last."""
        return (
            self.with_year_statistics(year)
            .filter(Q(has_yearly_record=True) | Q(months_recorded__gt=0) | Q(is_active=True))
            .order_by(F("unique_visitors").desc(nulls_last=True), "address")
        )


class WebStatisticQuerySet(models.QuerySet):
    def yearly(self):
        """Records of a whole year."""
        return self.filter(kind=self.model.Kind.YEAR)

    def monthly(self):
        """Records of a calendar month."""
        return self.filter(kind=self.model.Kind.MONTH)

    def of_year(self, year: int):
        """Records whose period lies in ``year`` (the year itself or one of its months)."""
        return self.filter(year=year)

    def yearly_series(self, *, last_year: int):
        """Yearly records of every year up to ``last_year`` with their website (one query)."""
        return (
            self.yearly()
            .filter(year__lte=last_year, unique_visitors__isnull=False)
            .select_related("website")
            .order_by("website__address", "year")
        )

    def monthly_series(self, *, first_year: int, last_year: int):
        """Monthly records of a span of years with their website, in chart order (one query)."""
        return (
            self.monthly()
            .filter(year__gte=first_year, year__lte=last_year)
            .select_related("website")
            .order_by("website__address", "year", "month")
        )


class SocialAccountQuerySet(models.QuerySet):
    def with_growth(self, start: datetime.date, end: datetime.date):
        """Annotate the first and last follower counts between ``start`` and ``end`` (inclusive),
        their dates and the growth between them; accounts without counts get None."""
        from communication.models import FollowerCount

        counts = FollowerCount.objects.filter(
            account=OuterRef("pk"), date__gte=start, date__lte=end
        )
        first = counts.order_by("date")
        last = counts.order_by("-date")
        return self.annotate(
            start_date=Subquery(first.values("date")[:1]),
            start_followers=Subquery(first.values("followers")[:1]),
            end_date=Subquery(last.values("date")[:1]),
            end_followers=Subquery(last.values("followers")[:1]),
        ).annotate(growth=F("end_followers") - F("start_followers"))

    def growth_in_year(self, year: int):
        """Accounts with at least two counts in ``year``, with their growth over it."""
        return (
            self.with_growth(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
            .filter(start_date__isnull=False)
            .exclude(start_date=F("end_date"))
            .order_by("platform", "handle")
        )


class FollowerCountQuerySet(models.QuerySet):
    def history(self):
        """Every count with its account, per account in date order (one query)."""
        return self.select_related("account").order_by(
            "account__platform", "account__handle", "date"
        )


class CampaignQuerySet(models.QuerySet):
    def of_year(self, year: int):
        """The year's campaigns with their actions and figures in order (three queries)."""
        from communication.models import CampaignAction, CampaignFigure

        return (
            self.filter(year=year)
            .order_by("code")
            .prefetch_related(
                Prefetch("actions", queryset=CampaignAction.objects.order_by("position", "pk")),
                Prefetch("figures", queryset=CampaignFigure.objects.order_by("position", "pk")),
            )
        )
