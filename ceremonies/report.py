"""What the ceremonies contribute to the report and the dashboards: counts, never guests.

The guest counts come from the guest list: a ceremony whose attendance was recorded (at least one
guest checked in) counts its attended guests, the others their confirmed guests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory
from chancellery import charts, registry
from chancellery.completeness import Texts, translation_gaps

ATTENDED = Guest.Status.ATTENDED
CONFIRMED = Guest.Status.CONFIRMED


@dataclass
class CategoryCount:
    """A guest category's count at a ceremony."""

    category: GuestCategory
    guests: int


@dataclass
class CeremonyCounts:
    """A ceremony with its counted guests per category and in total."""

    ceremony: Ceremony
    basis: str  # "attended" or "confirmed"
    categories: list[CategoryCount] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(item.guests for item in self.categories)

    @property
    def named(self) -> list[CategoryCount]:
        """Categories the report names without a number."""
        return [item for item in self.categories if item.category.shown_without_number]

    @property
    def numbered(self) -> list[CategoryCount]:
        """Categories the report gives with their number."""
        return [item for item in self.categories if not item.category.shown_without_number]


def ceremony_counts(year: int) -> list[CeremonyCounts]:
    """Each ceremony of ``year`` with its counted guests per category (three queries)."""
    ceremonies = list(Ceremony.objects.of_year(year).order_by("date", "pk"))
    if not ceremonies:
        return []
    rows = list(
        Guest.objects.filter(ceremony__in=[c.pk for c in ceremonies])
        .filter(status__in=[ATTENDED, CONFIRMED])
        .counts_per_ceremony_category_status()
    )
    categories = {category.pk: category for category in GuestCategory.objects.in_report_order()}
    result = []
    for ceremony in ceremonies:
        mine = [row for row in rows if row["ceremony_id"] == ceremony.pk]
        basis = ATTENDED if any(row["status"] == ATTENDED for row in mine) else CONFIRMED
        per_category: dict[int, int] = {}
        for row in mine:
            if row["status"] == basis:
                category_id = row["category_id"]
                per_category[category_id] = per_category.get(category_id, 0) + row["guests"]
        items = [
            CategoryCount(category=categories[pk], guests=count)
            for pk, count in per_category.items()
            if count
        ]
        items.sort(key=lambda item: (item.category.position, item.category.code))
        result.append(CeremonyCounts(ceremony=ceremony, basis=str(basis), categories=items))
    return result


def _figures(counted: list[CeremonyCounts]) -> tuple[registry.Figure, ...]:
    figures = []
    for item in counted:
        code = item.ceremony.code
        figures.append(
            registry.Figure(
                f"ceremonies.{code}.guests",
                _("Guests: %(ceremony)s") % {"ceremony": item.ceremony.title},
                item.total,
                _("guests"),
            )
        )
        for count in item.numbered:
            figures.append(
                registry.Figure(
                    f"ceremonies.{code}.{count.category.code}",
                    f"{item.ceremony.title}: {count.category.name}",
                    count.guests,
                    _("guests"),
                )
            )
    return tuple(figures)


def _chart(item: CeremonyCounts):
    if not item.numbered:
        return None
    bars = [charts.Bar(label=count.category.name, value=count.guests) for count in item.numbered]
    return charts.bar_chart(
        bars,
        title=_("Guests per category: %(ceremony)s") % {"ceremony": item.ceremony.title},
        description=_("Number of guests per category named with a number in the report."),
    )


@registry.section("ceremonies")
def ceremonies_section(year: int) -> registry.Section | None:
    """The year's ceremonies with their guest counts per category (four queries)."""
    counted = ceremony_counts(year)
    if not counted:
        return None
    narrative = CeremonyYear.objects.filter(year=year).first()
    ceremonies = [{"counts": item, "chart": _chart(item)} for item in counted]
    return registry.Section(
        key="ceremonies",
        title=narrative.title if narrative and narrative.title else _("Ceremonies"),
        template="ceremonies/sections/ceremonies.html",
        context={"narrative": narrative, "ceremonies": ceremonies},
        figures=_figures(counted),
    )


@registry.widget("ceremonies")
def ceremonies_widget(year: int) -> registry.Widget | None:
    """Upcoming ceremonies and those of ``year``, with guests per invitation status (one query)."""
    today = timezone.localdate()
    ceremonies = list(
        Ceremony.objects.upcoming_or_of_year(today=today, year=year)
        .with_status_counts()
        .order_by("date", "pk")
    )
    if not ceremonies:
        return None
    statuses = [
        (Guest.Status.INVITED, "invited_count"),
        (Guest.Status.CONFIRMED, "confirmed_count"),
        (Guest.Status.DECLINED, "declined_count"),
        (Guest.Status.ATTENDED, "attended_count"),
    ]
    rows = tuple(
        (
            ceremony.title,
            ceremony.date.isoformat(),
            *(getattr(ceremony, attr) for _status, attr in statuses),
        )
        for ceremony in ceremonies
    )
    items = [
        {
            "ceremony": ceremony,
            "upcoming": ceremony.date >= today,
            "counts": [(status.label, getattr(ceremony, attr)) for status, attr in statuses],
            "chart": charts.bar_chart(
                [
                    charts.Bar(label=str(status.label), value=getattr(ceremony, attr))
                    for status, attr in statuses
                ],
                title=_("Guests per invitation status: %(ceremony)s")
                % {"ceremony": ceremony.title},
                description=_("Invited, confirmed, declined and attended guests."),
            ),
        }
        for ceremony in ceremonies
    ]
    return registry.Widget(
        key="ceremonies",
        title=_("Ceremonies: guest lists"),
        template="ceremonies/widget.html",
        table=registry.Table(
            columns=(
                _("Ceremony"),
                _("Date"),
                *(str(status.label) for status, _attr in statuses),
            ),
            rows=rows,
        ),
        context={"items": items, "year": year},
    )


@registry.completeness("ceremonies")
def ceremonies_completeness(year: int):
    """What is missing in the year's ceremonies before the report can be published."""
    section = registry.registry.label("ceremonies")
    ceremonies = list(Ceremony.objects.of_year(year).with_status_counts().order_by("date", "pk"))
    if not ceremonies:
        # Ceremonies are occasional: a year without any simply has no such section.
        yield registry.Missing(
            section,
            _("No ceremony recorded for %(year)s: the report will leave the section out.")
            % {"year": year},
            reverse("admin:ceremonies_ceremony_add"),
            blocking=False,
        )
        return
    texts = []
    narrative = CeremonyYear.objects.filter(year=year).first()
    if narrative is None:
        yield registry.Missing(
            section,
            _("No section title and introduction for the ceremonies of %(year)s.") % {"year": year},
            reverse("admin:ceremonies_ceremonyyear_add"),
        )
    else:
        url = reverse("admin:ceremonies_ceremonyyear_change", args=[narrative.pk])
        texts.append(Texts(narrative, ("title", "introduction"), url, str(narrative)))
    for ceremony in ceremonies:
        url = reverse("admin:ceremonies_ceremony_change", args=[ceremony.pk])
        guests_url = (
            reverse("admin:ceremonies_guest_changelist") + f"?ceremony__id__exact={ceremony.pk}"
        )
        texts.append(Texts(ceremony, ("title", "place"), url, ceremony.title))
        if ceremony.attended_count == 0 and ceremony.confirmed_count == 0:
            yield registry.Missing(
                section,
                _("%(ceremony)s: no confirmed or attended guest, the report would count none.")
                % {"ceremony": ceremony.title},
                guests_url,
            )
        if ceremony.date < timezone.localdate() and ceremony.invited_count:
            yield registry.Missing(
                section,
                _("%(ceremony)s: %(count)s guest(s) still only invited; the count leaves them out.")
                % {"ceremony": ceremony.title, "count": ceremony.invited_count},
                guests_url,
                blocking=False,
            )
    used = GuestCategory.objects.filter(guests__ceremony__date__year=year).distinct()
    texts += [
        Texts(
            category,
            ("name",),
            reverse("admin:ceremonies_guestcategory_change", args=[category.pk]),
            category.code,
        )
        for category in used
    ]
    yield from translation_gaps(texts, section=section)


registry.watch(CeremonyYear, years=lambda narrative: {narrative.year})
registry.watch(Ceremony, years=lambda ceremony: {ceremony.date.year})
registry.watch(Guest, years=lambda guest: {guest.ceremony.date.year})
