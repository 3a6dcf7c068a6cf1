"""HR's part of the report and the dashboards: staff figures, commitments, trend, completeness."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from chancellery import charts, registry
from chancellery.completeness import Texts, translation_gaps
from chancellery.templatetags.report_format import number, percent, signed
from hr.models import (
    Commitment,
    StaffFigures,
    YearNarrative,
    commitment_errors,
    reference_date_errors,
    someone_counted_errors,
)

KEY = "hr"


def _section_label() -> str:
    """How the completeness check names this part of the report, in the reader's language."""
    return registry.registry.label(KEY)


@dataclass(frozen=True)
class Change:
    """A figure's change against the previous year: its value and how the report words it."""

    value: Decimal
    text: str


def _plural_count(value: Decimal) -> int:
    """The count gettext chooses a plural form with: whole changes as they are, others as many."""
    value = abs(value)
    return int(value) if value == value.to_integral_value() else 2


def _people(value: int) -> Change:
    change = Decimal(value)
    text = ngettext("%(change)s person", "%(change)s people", _plural_count(change))
    return Change(change, text % {"change": signed(change)})


def _points(current: Decimal | None, previous: Decimal | None, places: int) -> Change | None:
    # The change is taken between the rounded shares the two reports print, so that a reader who
    # subtracts the printed figures finds the printed change.
    if current is None or previous is None:
        return None
    change = current - previous
    text = ngettext("%(change)s point", "%(change)s points", _plural_count(change))
    return Change(change, text % {"change": signed(change, places)})


def _days(current: Decimal | None, previous: Decimal | None) -> Change | None:
    if current is None or previous is None:
        return None
    change = current - previous
    text = ngettext("%(change)s day", "%(change)s days", _plural_count(change))
    return Change(change, text % {"change": signed(change, 1)})


def staff_changes(current: StaffFigures, previous: StaffFigures | None) -> dict[str, Change | None]:
    """Each printed figure's change against the previous year's figures (empty without them)."""
    if previous is None:
        return {}
    return {
        "headcount": _people(current.headcount - previous.headcount),
        "men_share": _points(current.men_share(), previous.men_share(), 0),
        "women_share": _points(current.women_share(), previous.women_share(), 0),
        "gender_other_share": _points(
            current.gender_other_share(), previous.gender_other_share(), 0
        ),
        "statutory_share": _points(current.statutory_share(), previous.statutory_share(), 0),
        "contractual_share": _points(current.contractual_share(), previous.contractual_share(), 0),
        "telework_share": _points(current.telework_share(), previous.telework_share(), 1),
        "training_days_per_person": _days(
            current.training_days_per_person(), previous.training_days_per_person()
        ),
    }


def _count_and_share(count: int, share: Decimal | None) -> str:
    return f"{number(count)} ({percent(share)})"


def gender_rows(figures: StaffFigures) -> list[tuple[str, int, Decimal | None]]:
    """Label, count and share per gender; the third value only when someone is registered so."""
    rows = [
        (_("Men"), figures.men, figures.men_share()),
        (_("Women"), figures.women, figures.women_share()),
    ]
    if figures.gender_other:
        rows.append((_("Other gender"), figures.gender_other, figures.gender_other_share()))
    return rows


def status_rows(figures: StaffFigures) -> list[tuple[str, int, Decimal | None]]:
    """Label, count and share per status."""
    return [
        (_("Statutory"), figures.statutory, figures.statutory_share()),
        (_("Contractual"), figures.contractual, figures.contractual_share()),
    ]


def _bar_chart(rows, *, title: str) -> str:
    description = "; ".join(
        _("%(label)s: %(count)s people (%(share)s)")
        % {"label": label, "count": number(count), "share": percent(share)}
        for label, count, share in rows
    )
    bars = [
        charts.Bar(label, count, _count_and_share(count, share)) for label, count, share in rows
    ]
    return charts.bar_chart(bars, title=title, description=description + ".")


def _figures(staff: StaffFigures) -> tuple[registry.Figure, ...]:
    people, pct, days = _("people"), "%", _("days")
    other = _("Other gender")
    figures = [
        registry.Figure("hr.headcount", _("Headcount"), staff.headcount, people),
        registry.Figure("hr.gender.men", _("Men"), staff.men, people),
        registry.Figure("hr.gender.women", _("Women"), staff.women, people),
        registry.Figure("hr.gender.other", other, staff.gender_other, people),
        registry.Figure("hr.gender.men.share", _("Men"), staff.men_share(), pct),
        registry.Figure("hr.gender.women.share", _("Women"), staff.women_share(), pct),
        registry.Figure("hr.gender.other.share", other, staff.gender_other_share(), pct),
        registry.Figure("hr.status.statutory", _("Statutory"), staff.statutory, people),
        registry.Figure("hr.status.contractual", _("Contractual"), staff.contractual, people),
        registry.Figure("hr.status.statutory.share", _("Statutory"), staff.statutory_share(), pct),
        registry.Figure(
            "hr.status.contractual.share", _("Contractual"), staff.contractual_share(), pct
        ),
        registry.Figure(
            "hr.telework.base", _("Telework base"), staff.telework_base, staff.telework_base_label
        ),
        registry.Figure("hr.telework.teleworkers", _("Teleworkers"), staff.teleworkers, people),
        registry.Figure("hr.telework.share", _("Telework"), staff.telework_share(), pct),
        registry.Figure(
            "hr.training.days", _("Training days in total"), staff.training_days_total, days
        ),
        registry.Figure(
            "hr.training.days-per-person",
            _("Training days per person"),
            staff.training_days_per_person(),
            days,
        ),
    ]
    return tuple(figure for figure in figures if figure.value is not None)


def _commitment_figures(commitments: list[Commitment]) -> tuple[registry.Figure, ...]:
    return tuple(
        registry.Figure(
            f"hr.commitment.{commitment.position}",
            commitment.title,
            commitment.figure,
            commitment.figure_unit,
        )
        for commitment in commitments
        if commitment.figure is not None
    )


@registry.section(KEY)
def hr_section(year: int) -> registry.Section | None:
    """Staff figures with their change, and the year's commitments with their page (two queries;
    three for a year whose page has no commitments)."""
    staff_years = list(StaffFigures.objects.for_year_and_previous(year))
    staff = next((figures for figures in staff_years if figures.year == year), None)
    previous = next((figures for figures in staff_years if figures.year == year - 1), None)
    commitments = list(
        Commitment.objects.filter(narrative__year=year).select_related("narrative").ordered()
    )
    if commitments:
        narrative = commitments[0].narrative
    else:
        narrative = YearNarrative.objects.for_year(year).first()
    if staff is None and narrative is None:
        return None
    context = {
        "year": year,
        "narrative": narrative,
        "commitments": commitments,
        "staff": staff,
        "previous_year": previous.year if previous and staff else None,
    }
    figures: tuple[registry.Figure, ...] = _commitment_figures(commitments)
    if staff is not None:
        genders = gender_rows(staff)
        statuses = status_rows(staff)
        context |= {
            "changes": staff_changes(staff, previous),
            "gender_rows": genders,
            "status_rows": statuses,
            "gender_chart": _bar_chart(
                genders, title=_("Staff by gender, %(year)s") % {"year": year}
            ),
            "status_chart": _bar_chart(
                statuses, title=_("Staff by status, %(year)s") % {"year": year}
            ),
        }
        figures = _figures(staff) + figures
    return registry.Section(
        key=KEY,
        title=narrative.title if narrative else _("Staff figures"),
        template="hr/section.html",
        context=context,
        figures=figures,
    )


# -- dashboard ------------------------------------------------------------------------------------

# One small chart per figure across the years: (key, its value in a year's figures, places, unit).
TREND_SERIES = (
    ("headcount", lambda f: f.headcount, 0, ""),
    ("women_share", lambda f: f.women_share(), 0, "%"),
    ("men_share", lambda f: f.men_share(), 0, "%"),
    ("statutory_share", lambda f: f.statutory_share(), 0, "%"),
    ("telework_share", lambda f: f.telework_share(), 1, "%"),
    ("training_days_per_person", lambda f: f.training_days_per_person(), 1, ""),
)


def _trend_labels() -> dict[str, str]:
    return {
        "headcount": _("Headcount"),
        "women_share": _("Women (%)"),
        "men_share": _("Men (%)"),
        "statutory_share": _("Statutory (%)"),
        "telework_share": _("Telework (%)"),
        "training_days_per_person": _("Training days per person"),
    }


@registry.widget(KEY)
def hr_widget(year: int) -> registry.Widget | None:
    """Every year's staff figures up to ``year``, as small multiples and a table (one query)."""
    years = list(StaffFigures.objects.up_to(year))
    if not years:
        return None
    labels = _trend_labels()
    multiples = []
    for key, value_of, places, unit in TREND_SERIES:
        bars = []
        for figures in years:
            value = value_of(figures)
            if value is None:
                continue
            text = percent(value, places) if unit == "%" else number(value, places)
            bars.append(
                charts.Bar(str(figures.year), float(value), text, accent=figures.year == year)
            )
        description = "; ".join(f"{bar.label}: {bar.text}" for bar in bars)
        chart = charts.column_chart(
            bars, title=labels[key], description=description + ".", width=320, height=180
        )
        multiples.append((labels[key], chart))
    columns = (
        _("Year"),
        _("Headcount"),
        _("Men"),
        _("Women"),
        _("Other gender"),
        _("Men (%)"),
        _("Women (%)"),
        _("Statutory (%)"),
        _("Contractual (%)"),
        _("Telework (%)"),
        _("Training days per person"),
    )
    rows = tuple(
        (
            str(figures.year),  # a year, not a number to group: 2016, not 2.016
            figures.headcount,
            figures.men,
            figures.women,
            figures.gender_other,
            figures.men_share(),
            figures.women_share(),
            figures.statutory_share(),
            figures.contractual_share(),
            figures.telework_share(),
            figures.training_days_per_person(),
        )
        for figures in years
    )
    return registry.Widget(
        key=KEY,
        title=_("Staff figures across the years"),
        template="hr/widget.html",
        table=registry.Table(columns, rows),
        context={"multiples": multiples, "year": year},
    )


# -- completeness ---------------------------------------------------------------------------------


def rule_gaps(record, errors: dict, url: str):
    """A record stored before a rule it breaks (the database checks new rows only:
    ``chancellery.migration_ops``): one blocking item per broken rule, with the rule's message."""
    for messages in errors.values():
        for error in messages:
            yield registry.Missing(_section_label(), f"{record}: {' '.join(error.messages)}", url)


@registry.completeness(KEY)
def hr_completeness(year: int):
    """What the staff page of ``year`` still misses: figures, texts, translations (4 queries)."""
    texts = []
    staff = StaffFigures.objects.filter(year=year).first()
    if staff is None:
        yield registry.Missing(
            _section_label(),
            _("No staff figures for %(year)s.") % {"year": year},
            reverse("admin:hr_stafffigures_add"),
        )
    else:
        texts.append(
            Texts(
                staff,
                ("telework_base_label",),
                reverse("admin:hr_stafffigures_change", args=[staff.pk]),
                str(staff),
            )
        )
        url = reverse("admin:hr_stafffigures_change", args=[staff.pk])
        yield from rule_gaps(
            staff, {**reference_date_errors(staff), **someone_counted_errors(staff)}, url
        )
    narrative = YearNarrative.objects.for_year(year).with_commitments().first()
    if narrative is None:
        yield registry.Missing(
            _section_label(),
            _("No staff page (title, introduction, commitments) for %(year)s.") % {"year": year},
            reverse("admin:hr_yearnarrative_add"),
        )
        yield from translation_gaps(texts, section=_section_label())
        return
    url = reverse("admin:hr_yearnarrative_change", args=[narrative.pk])
    texts.append(
        Texts(
            narrative,
            ("title", "introduction", "commitments_title", "commitments_introduction"),
            url,
            str(narrative),
        )
    )
    commitments = list(narrative.commitments.all())
    if not commitments:
        yield registry.Missing(
            _section_label(), _("No commitments for %(year)s.") % {"year": year}, url
        )
    for commitment in commitments:
        texts.append(
            Texts(commitment, ("title", "text", "date_label", "figure_unit"), url, commitment.title)
        )
        yield from rule_gaps(commitment, commitment_errors(commitment), url)
    yield from translation_gaps(texts, section=_section_label())


registry.watch(StaffFigures, years=lambda figures: {figures.year})
registry.watch(YearNarrative, years=lambda narrative: {narrative.year})
registry.watch(Commitment, years=lambda commitment: {commitment.narrative.year})
