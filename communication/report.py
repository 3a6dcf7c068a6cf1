"""External communication's parts of the report: sections, dashboard widgets, completeness."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from chancellery import charts, registry
from chancellery.completeness import Texts, translation_gaps
from communication.models import (
    Campaign,
    CampaignAction,
    CampaignFigure,
    CommunicationTopic,
    CommunicationYear,
    FollowerCount,
    SocialAccount,
    Website,
    WebStatistic,
)


@dataclass(frozen=True)
class SiteAudience:
    """A website's audience in the report: its own yearly figure, never a sum of months."""

    website: Website
    unique_visitors: int | None
    previous_unique_visitors: int | None
    months_recorded: int

    @property
    def is_missing(self) -> bool:
        return self.unique_visitors is None

    @property
    def change(self) -> int | None:
        if self.unique_visitors is None or self.previous_unique_visitors is None:
            return None
        return self.unique_visitors - self.previous_unique_visitors

    @property
    def change_percent(self) -> Decimal | None:
        if self.change is None or not self.previous_unique_visitors:
            return None
        return Decimal(self.change * 100) / Decimal(self.previous_unique_visitors)


@dataclass(frozen=True)
class Growth:
    """An account's followers at the first and last count of a period."""

    account: SocialAccount

    @property
    def ratio(self) -> Decimal | None:
        """End over start, to one decimal: 8,000 / 4,400 = 1.8."""
        if not self.account.start_followers:
            return None
        ratio = Decimal(self.account.end_followers) / Decimal(self.account.start_followers)
        return ratio.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def phrase(self) -> str:
        return growth_phrase(self.account.start_followers, self.account.end_followers)


def _grouped(value: int) -> str:
    return number_format(value, 0, use_l10n=True, force_grouping=True)


def growth_phrase(start: int, end: int) -> str:
    """Words for a change in followers: "nearly doubled" for 4,400 → 8,000."""
    if not start:
        return ""
    ratio = Decimal(end) / Decimal(start)
    if ratio < 1:
        return _("decreased")
    if ratio == 1:
        return _("unchanged")
    for times, nearly, exactly in (
        (2, _("nearly doubled"), _("doubled")),
        (3, _("nearly tripled"), _("tripled")),
    ):
        if Decimal(times) - Decimal("0.25") <= ratio < times:
            return nearly
        if times <= ratio < Decimal(times) + Decimal("0.1"):
            return exactly
    if ratio > 2:
        return _("multiplied by %(ratio)s") % {
            "ratio": number_format(ratio.quantize(Decimal("0.1")), 1, use_l10n=True)
        }
    return _("grew")


@registry.section("communication")
def communication_section(year: int) -> registry.Section | None:
    """Unique visitors per site, social growth and the year's narrative with its topics (three
    queries; four for a year whose narrative has no topics)."""
    topics = list(
        CommunicationTopic.objects.filter(narrative__year=year)
        .select_related("narrative")
        .order_by("position", "pk")
    )
    if topics:
        narrative = topics[0].narrative
    else:
        narrative = CommunicationYear.objects.filter(year=year).first()
    websites = list(Website.objects.in_report(year))
    accounts = list(SocialAccount.objects.growth_in_year(year))

    has_statistics = any(site.has_yearly_record or site.months_recorded for site in websites)
    if narrative is None and not has_statistics and not accounts:
        return None

    audiences = [
        SiteAudience(
            site, site.unique_visitors, site.previous_unique_visitors, site.months_recorded
        )
        for site in websites
    ]
    measured = [audience for audience in audiences if not audience.is_missing]
    chart_title = _("Unique visitors on the websites in %(year)s") % {"year": year}
    chart = (
        charts.bar_chart(
            [charts.Bar(a.website.address, a.unique_visitors) for a in measured],
            title=chart_title,
            description=_(
                "Bar chart on a logarithmic scale, so that the smaller sites stay readable; "
                "each bar is labelled with its exact number: %(figures)s."
            )
            % {
                "figures": "; ".join(
                    f"{a.website.address} {_grouped(a.unique_visitors)}" for a in measured
                )
            },
            log_scale=True,
        )
        if measured
        else ""
    )

    figures = []
    for audience in measured:
        code = audience.website.code
        figures.append(
            registry.Figure(
                f"communication.unique-visitors.{code}",
                _("Unique visitors of %(site)s") % {"site": audience.website.address},
                audience.unique_visitors,
                _("unique visitors"),
            )
        )
        if audience.change is not None:
            figures.append(
                registry.Figure(
                    f"communication.unique-visitors-change.{code}",
                    _("Change in unique visitors of %(site)s against %(year)s")
                    % {"site": audience.website.address, "year": year - 1},
                    audience.change,
                    _("unique visitors"),
                )
            )
        if audience.change_percent is not None:
            figures.append(
                registry.Figure(
                    f"communication.unique-visitors-change-percent.{code}",
                    _("Change in unique visitors of %(site)s against %(year)s, in per cent")
                    % {"site": audience.website.address, "year": year - 1},
                    audience.change_percent.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
                    "%",
                )
            )
    growths = [Growth(account) for account in accounts]
    for growth in growths:
        account = growth.account
        label = account.name or str(account)
        figures += [
            registry.Figure(
                f"communication.followers.{account.code}.start",
                _("Followers of %(account)s on %(date)s")
                % {"account": label, "date": account.start_date.isoformat()},
                account.start_followers,
                _("followers"),
            ),
            registry.Figure(
                f"communication.followers.{account.code}.end",
                _("Followers of %(account)s on %(date)s")
                % {"account": label, "date": account.end_date.isoformat()},
                account.end_followers,
                _("followers"),
            ),
            registry.Figure(
                f"communication.followers.{account.code}.growth",
                _("Change in followers of %(account)s between %(start)s and %(end)s")
                % {
                    "account": label,
                    "start": account.start_date.isoformat(),
                    "end": account.end_date.isoformat(),
                },
                account.growth,
                _("followers"),
            ),
        ]
        if growth.ratio is not None:
            figures.append(
                registry.Figure(
                    f"communication.followers.{account.code}.ratio",
                    _("Followers of %(account)s at the end over those at the start")
                    % {"account": label},
                    growth.ratio,
                    _("times"),
                )
            )

    return registry.Section(
        key="communication",
        title=narrative.title if narrative else _("Communication"),
        template="communication/sections/communication.html",
        context={
            "year": year,
            "narrative": narrative,
            "topics": topics,
            "audiences": audiences,
            "any_missing": any(audience.is_missing for audience in audiences),
            "has_previous": any(audience.change is not None for audience in audiences),
            "chart": chart,
            "chart_title": chart_title,
            "growths": growths,
        },
        figures=tuple(figures),
    )


@registry.section("campaigns")
def campaigns_section(year: int) -> registry.Section | None:
    """The year's campaigns with their actions and figures (three queries)."""
    campaigns = list(Campaign.objects.of_year(year))
    if not campaigns:
        return None
    figures = []
    for campaign in campaigns:
        for figure in campaign.figures.all():
            code = f"campaigns.{campaign.code}.{figure.code}"
            label = f"{figure.unit} {figure.label}".strip()
            figures.append(registry.Figure(code, label, figure.value, figure.unit))
            # "18 of 22 countries": the 22 is a figure too.
            if figure.total is not None:
                figures.append(
                    registry.Figure(
                        f"{code}.out-of",
                        _("%(label)s: the total they are counted out of") % {"label": label},
                        figure.total,
                        figure.unit,
                    )
                )
    return registry.Section(
        key="campaigns",
        title=campaigns[0].title if len(campaigns) == 1 else _("Campaigns"),
        template="communication/sections/campaigns.html",
        context={"year": year, "campaigns": campaigns, "single": len(campaigns) == 1},
        figures=tuple(figures),
    )


# -- dashboard -----------------------------------------------------------------------------------

MONTHS_SHOWN = 24
# The dashboard charts the sites with the most visits in the year (fifty charts of 24 months made
# the page slow and long); the widget's table and its CSV carry every site.
SITES_CHARTED = 6
# Follower counts charted per account: the most recent ones (the table carries them all).
COUNTS_CHARTED = 24


@registry.widget("communication-visitors")
def visitors_widget(year: int) -> registry.Widget | None:
    """Monthly visitors of the year and the one before: the busiest sites charted, every site in
    the table (one query)."""
    records = list(WebStatistic.objects.monthly_series(first_year=year - 1, last_year=year))
    if not records:
        return None
    per_site: dict[str, list[WebStatistic]] = {}
    for record in records:
        per_site.setdefault(record.website.address, []).append(record)
    visits_in_year = {
        address: sum(r.visits or 0 for r in site_records if r.year == year)
        for address, site_records in per_site.items()
    }
    busiest = sorted(per_site, key=lambda address: (-visits_in_year[address], address))
    charted = {address: per_site[address] for address in busiest[:SITES_CHARTED]}
    charts_per_site = [
        (
            address,
            charts.column_chart(
                [
                    charts.Bar(
                        f"{record.month}/{record.year % 100:02d}",
                        record.visits or 0,
                        text=_grouped(record.visits) if record.visits is not None else "–",
                        accent=record.year == year,
                    )
                    for record in site_records[-MONTHS_SHOWN:]
                ],
                title=_("Monthly visits of %(site)s") % {"site": address},
                description=_("Visits per month of %(site)s in %(first)s and %(last)s.")
                % {"site": address, "first": year - 1, "last": year},
                width=max(560, 28 * len(site_records[-MONTHS_SHOWN:])),
            ),
        )
        for address, site_records in charted.items()
    ]
    table = registry.Table(
        columns=(_("Website"), _("Month"), _("Unique visitors"), _("Visits"), _("Page views")),
        rows=tuple(
            (
                r.website.address,
                r.period_label,
                *("" if v is None else v for v in (r.unique_visitors, r.visits, r.page_views)),
            )
            for r in records
        ),
    )
    return registry.Widget(
        key="communication-visitors",
        title=_("Monthly visits per website"),
        template="communication/widgets/visitors.html",
        table=table,
        context={
            "charts": charts_per_site,
            "year": year,
            "sites": len(per_site),
            "charted": len(charts_per_site),
        },
    )


@registry.widget("communication-audience")
def audience_widget(year: int) -> registry.Widget | None:
    """Yearly unique visitors per site across every year up to the selected one (one query)."""
    records = list(WebStatistic.objects.yearly_series(last_year=year))
    if not records:
        return None
    this_year = sorted(
        (r for r in records if r.year == year), key=lambda r: r.unique_visitors, reverse=True
    )
    chart = charts.bar_chart(
        [charts.Bar(r.website.address, r.unique_visitors) for r in this_year],
        title=_("Unique visitors per website in %(year)s") % {"year": year},
        description=_(
            "Bar chart on a logarithmic scale, so that the smaller sites stay readable; "
            "each bar is labelled with its exact number."
        ),
        log_scale=True,
    )
    return registry.Widget(
        key="communication-audience",
        title=_("Web audience across the years"),
        template="communication/widgets/audience.html",
        table=registry.Table(
            columns=(_("Website"), _("Year"), _("Unique visitors")),
            rows=tuple((r.website.address, str(r.year), r.unique_visitors) for r in records),
        ),
        context={"chart": chart if this_year else None},
    )


@registry.widget("communication-followers")
def followers_widget(year: int) -> registry.Widget | None:
    """Follower counts of every account up to the year's end: the latest charted, all in the
    table (one query)."""
    counts = list(FollowerCount.objects.history().filter(date__year__lte=year))
    if not counts:
        return None
    per_account: dict[SocialAccount, list[FollowerCount]] = {}
    for count in counts:
        per_account.setdefault(count.account, []).append(count)
    charts_per_account = [
        (
            account,
            charts.bar_chart(
                [
                    charts.Bar(
                        count.date.isoformat(), count.followers, accent=count.date.year == year
                    )
                    for count in account_counts[-COUNTS_CHARTED:]
                ],
                title=_("Followers of %(account)s") % {"account": account},
                description=_("Follower counts of %(account)s by date.") % {"account": account},
            ),
        )
        for account, account_counts in per_account.items()
    ]
    table = registry.Table(
        columns=(_("Account"), _("Date"), _("Followers")),
        rows=tuple((str(c.account), c.date.isoformat(), c.followers) for c in counts),
    )
    return registry.Widget(
        key="communication-followers",
        title=_("Follower growth"),
        template="communication/widgets/followers.html",
        table=table,
        context={"charts": charts_per_account, "year": year},
    )


# -- completeness --------------------------------------------------------------------------------


@registry.completeness("communication")
def communication_completeness(year: int) -> list[registry.Missing]:
    """Each reported site needs its own yearly unique visitors (months are never added up);
    the narrative needs its texts in Dutch and French (four queries)."""
    section = registry.registry.label("communication")
    items = [
        registry.Missing(
            section,
            _(
                "%(site)s has no unique visitors for the whole of %(year)s "
                "(the months are not added up: enter or import the yearly figure)."
            )
            % {"site": site.address, "year": year},
            reverse("admin:communication_webstatistic_add"),
            blocking=True,
        )
        for site in Website.objects.active()
        .with_year_statistics(year)
        .filter(unique_visitors__isnull=True)
    ]
    narrative = CommunicationYear.objects.filter(year=year).prefetch_related("topics").first()
    if narrative is None:
        items.append(
            registry.Missing(
                section,
                _("No communication narrative for %(year)s.") % {"year": year},
                reverse("admin:communication_communicationyear_add"),
                blocking=True,
            )
        )
        return items
    url = reverse("admin:communication_communicationyear_change", args=[narrative.pk])
    texts = [Texts(narrative, ("title", "introduction"), url, str(narrative))]
    texts += [Texts(topic, ("title", "text"), url, topic.title) for topic in narrative.topics.all()]
    return items + translation_gaps(texts, section=section)


@registry.completeness("campaigns")
def campaigns_completeness(year: int) -> list[registry.Missing]:
    """A campaign's texts need Dutch and French (German and English fall back); four queries."""
    section = registry.registry.label("campaigns")
    texts = []
    for campaign in Campaign.objects.of_year(year):
        url = reverse("admin:communication_campaign_change", args=[campaign.pk])
        texts.append(Texts(campaign, ("name", "title", "description"), url, campaign.name))
        texts += [
            Texts(
                action,
                ("title", "place", "description"),
                url,
                f"{campaign.name}: {action.title}",
            )
            for action in campaign.actions.all()
        ]
        texts += [
            Texts(figure, ("unit", "label"), url, f"{campaign.name}: {figure.code}")
            for figure in campaign.figures.all()
        ]
    return translation_gaps(texts, section=section)


registry.watch(WebStatistic, years=lambda statistic: {statistic.year})
registry.watch(FollowerCount, years=lambda count: {count.date.year})
registry.watch(CommunicationYear, years=lambda narrative: {narrative.year})
registry.watch(CommunicationTopic, years=lambda topic: {topic.narrative.year})
registry.watch(Campaign, years=lambda campaign: {campaign.year})
registry.watch(CampaignAction, years=lambda action: {action.campaign.year})
registry.watch(CampaignFigure, years=lambda figure: {figure.campaign.year})
