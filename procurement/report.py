"""The procurement app's part of the report: section, dashboard widget, completeness checks."""

import datetime

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from chancellery import charts, registry
from chancellery.completeness import Texts, translation_gaps
from procurement.charts import TimelineRow, timeline_chart
from procurement.models import (
    CommissionMeeting,
    Directive,
    LegalInstrument,
    ProcurementYear,
    Stage,
)
from procurement.transposition import (
    instruments_on,
    stage_label,
    transpositions_at_year_ends,
    transpositions_on,
)

KEY = "procurement"


def _year_end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def _code(directive: Directive) -> str:
    """A figure code fragment for a directive that no language changes: 2014-24-eu."""
    return directive.number.replace("/", "-").lower()


def _acts_of(transpositions, end: datetime.date) -> list[dict]:
    """The acts counting for any directive, once each, as they stood on ``end``.

    Dates that lie after ``end`` are left out, so that an act adopted later still reads as a
    draft in an earlier year's report.
    """
    acts: dict[int, dict] = {}
    for item in transpositions:
        for act in item.instruments:
            entry = acts.setdefault(
                act.pk,
                {
                    "act": act,
                    "heading": act.heading_on(end),
                    "dated": act.dated if act.dated and act.dated <= end else None,
                    "published_on": act.published_on
                    if act.published_on and act.published_on <= end
                    else None,
                    "status_label": stage_label(act.status),
                    "directives": [],
                },
            )
            entry["directives"].append(item.directive)
    return sorted(
        acts.values(),
        key=lambda e: (
            e["act"].kind,
            e["act"].dated is None,
            e["act"].dated or datetime.date.min,
            e["act"].pk,
        ),
    )


def _timeline(year: int, stages: list[Stage]):
    """The SVG timeline of the year's stages and the rows of its text alternative."""
    rows: dict[int, dict] = {}
    for stage in stages:
        entry = rows.setdefault(stage.instrument_id, {"act": stage.instrument, "events": []})
        entry["events"].append((stage.kind, stage.date))
    timeline_rows = [
        TimelineRow(
            label=_short_label(entry["act"], _year_end(year)), events=tuple(entry["events"])
        )
        for entry in rows.values()
    ]
    kinds = sorted({stage.kind for stage in stages})
    svg = timeline_chart(
        timeline_rows,
        year=year,
        legend=[(kind, Stage.Kind(kind).label) for kind in kinds],
        title=_("Stages reached in %(year)s") % {"year": year},
        description=_(
            "Timeline from January to December %(year)s: %(count)s stages reached by %(acts)s acts. "  # noqa: E501
            "The table below lists the same stages."
        )
        % {"year": year, "count": len(stages), "acts": len(timeline_rows)},
    )
    return svg


def _short_label(act: LegalInstrument, end: datetime.date) -> tuple[str, ...]:
    # Cut in the middle: acts often differ only at the end of their titles (“… classical sectors”).
    title = (
        act.title
        if len(act.title) <= 34
        else f"{_words(act.title, 14)} … {_words(act.title, 20, tail=True)}"
    )
    return (act.heading_on(end), title)


def _words(text: str, width: int, *, tail: bool = False) -> str:
    """As many whole words from the start (or the end) of ``text`` as fit in ``width`` chars."""
    words = text.split()
    if tail:
        words.reverse()
    kept: list[str] = []
    for word in words:
        if kept and len(" ".join([*kept, word])) > width:
            break
        kept.append(word)
    if tail:
        kept.reverse()
    return " ".join(kept)


@registry.section(KEY)
def procurement_section(year: int) -> registry.Section | None:
    """Transposition of the directives at the end of the year, acts, timeline, commission (5 q.)."""
    narrative = ProcurementYear.objects.for_year(year).first()
    if narrative is None:
        return None
    end = _year_end(year)
    transpositions = transpositions_on(end)
    acts = _acts_of(transpositions, end)
    stages = list(
        Stage.objects.in_year(year)
        .select_related("instrument")
        .order_by("date", "kind", "instrument__kind", "instrument_id")
    )
    meetings = CommissionMeeting.objects.count_in_year(year)
    published_in_year = sum(1 for stage in stages if stage.kind == Stage.Kind.PUBLISHED)

    figures = [
        registry.Figure(
            "procurement.directives",
            _("Directives to transpose"),
            len(transpositions),
            _("directives"),
        ),
        registry.Figure(
            "procurement.acts.published",
            _("Acts published in the Belgian Official Gazette during the year"),
            published_in_year,
            _("acts"),
        ),
        registry.Figure(
            "procurement.stages", _("Stages reached during the year"), len(stages), _("stages")
        ),
        # The timeline's "10 stages reached by 6 acts".
        registry.Figure(
            "procurement.acts.with-stages",
            _("Acts that reached a stage during the year"),
            len({stage.instrument_id for stage in stages}),
            _("acts"),
        ),
        registry.Figure(
            "procurement.commission.meetings",
            _("Meetings of the Public Procurement Commission"),
            meetings,
            _("meetings"),
        ),
    ]
    for item in transpositions:
        code = f"procurement.directive.{_code(item.directive)}"
        figures += [
            registry.Figure(
                f"{code}.state",
                _("State of transposition of %(number)s on 31 December")
                % {"number": item.directive.local_number},
                item.state,
                "",
            ),
            registry.Figure(
                f"{code}.acts",
                _("Acts transposing %(number)s") % {"number": item.directive.local_number},
                len(item.instruments),
                _("acts"),
            ),
            registry.Figure(
                f"{code}.acts_published",
                _("Acts transposing %(number)s that were published")
                % {"number": item.directive.local_number},
                item.published_count,
                _("acts"),
            ),
            registry.Figure(
                f"{code}.deadline_missed",
                _("Deadline of %(number)s passed before full transposition")
                % {"number": item.directive.local_number},
                int(item.deadline_missed),
                _("yes (1) or no (0)"),
            ),
        ]
        if item.deadline_missed:
            figures.append(
                registry.Figure(
                    f"{code}.days_overdue",
                    _("Days past the transposition deadline of %(number)s on 31 December")
                    % {"number": item.directive.local_number},
                    item.days_overdue,
                    _("days"),
                )
            )

    return registry.Section(
        key=KEY,
        title=narrative.title,
        template="procurement/section.html",
        context={
            "narrative": narrative,
            "year": year,
            "year_end": end,
            "transpositions": transpositions,
            "acts": acts,
            "stages": [
                {
                    "date": stage.date,
                    "act": f"{stage.instrument.heading_on(end)} {stage.instrument.title}",
                    "heading": stage.instrument.heading_on(end),
                    "instrument": stage.instrument,
                    "stage": stage.get_kind_display(),
                }
                for stage in stages
            ],
            "timeline": _timeline(year, stages) if stages else None,
            "meetings": meetings,
            "published_in_year": published_in_year,
        },
        figures=tuple(figures),
    )


@registry.widget(KEY)
def transposition_tracker(year: int) -> registry.Widget | None:
    """Each directive's state on 31 December of every year since adoption, overdue first (2 q.)."""
    transpositions = transpositions_on(_year_end(year))
    if not transpositions:
        return None
    first_year = min(item.directive.adopted_on.year for item in transpositions)
    years = list(range(first_year, year + 1))
    history = transpositions_at_year_ends(transpositions, years)
    by_directive = {
        directive_pk: {
            y: item for y in years for item in history[y] if item.directive.pk == directive_pk
        }
        for directive_pk in (item.directive.pk for item in transpositions)
    }
    ordered = sorted(
        transpositions,
        key=lambda item: (
            not item.overdue,
            not item.deadline_missed,
            -item.days_overdue,
            item.directive.position,
        ),
    )
    columns = (
        _("Directive"),
        _("Transposition deadline"),
        *[_("31 December %(year)s") % {"year": y} for y in years],
        _("Days past the deadline"),
    )
    rows = []
    for item in ordered:
        states = by_directive[item.directive.pk]
        rows.append(
            (
                item.directive.local_number,
                date_format(item.directive.transposition_deadline, "j F Y"),
                *[states[y].state_label if y in states else "–" for y in years],
                item.days_overdue,
            )
        )
    chart = charts.bar_chart(
        [
            charts.Bar(
                label=item.directive.local_number,
                value=item.days_overdue,
                text=_("%(days)s days") % {"days": item.days_overdue},
                accent=item.overdue,
            )
            for item in ordered
        ],
        title=_("Days past the transposition deadline on 31 December %(year)s") % {"year": year},
        description=_(
            "For each directive, the days between its transposition deadline and its full "
            "transposition (or 31 December %(year)s when still incomplete); 0 when on time."
        )
        % {"year": year},
    )
    return registry.Widget(
        key=KEY,
        title=_("Transposition of the procurement directives"),
        template="procurement/widgets/tracker.html",
        table=registry.Table(columns=columns, rows=tuple(rows)),
        context={"chart": chart, "year": year, "transpositions": ordered},
    )


@registry.completeness(KEY)
def procurement_missing(year: int):
    """What the procurement section lacks before the year can be published (5 queries)."""
    section = registry.registry.label(KEY)
    texts = []
    narrative = ProcurementYear.objects.for_year(year).first()
    if narrative is None:
        yield registry.Missing(
            section,
            _("No procurement narrative (section title, introduction, next steps) for %(year)s.")
            % {"year": year},
            reverse("admin:procurement_procurementyear_add"),
        )
    else:
        texts.append(
            Texts(
                narrative,
                ("title", "introduction", "directives_text", "next_steps"),
                reverse("admin:procurement_procurementyear_change", args=[narrative.pk]),
                str(narrative),
            )
        )
    if not CommissionMeeting.objects.count_in_year(year):
        yield registry.Missing(
            section,
            _("No meeting of the Public Procurement Commission recorded in %(year)s.")
            % {"year": year},
            reverse("admin:procurement_commissionmeeting_add"),
        )
    end = _year_end(year)
    texts += [
        Texts(
            directive,
            ("title", "subject"),
            reverse("admin:procurement_directive_change", args=[directive.pk]),
            _("Directive %(number)s") % {"number": directive.number},
        )
        for directive in Directive.objects.adopted_by(end)
    ]
    texts += [
        Texts(
            act,
            ("title", "short_description"),
            reverse("admin:procurement_legalinstrument_change", args=[act.pk]),
            str(act),
        )
        for act in instruments_on(end).transposing()
    ]
    yield from translation_gaps(texts, section=section)


registry.watch(Stage, years=lambda stage: {stage.date.year})
registry.watch(CommissionMeeting, years=lambda meeting: {meeting.date.year})
registry.watch(ProcurementYear, years=lambda narrative: {narrative.year})
