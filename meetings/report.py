"""The meetings' part of the report and of the dashboards: every figure comes from the meetings.

The section costs four queries whatever the number of meetings: the counts per body and per month
(one aggregate query for all bodies, with the previous year's), the subjects of the extraordinary
meetings, the occasions, and the notes with their narrative (one query from the notes' side; a
fifth, the narrative alone, only for a year whose narrative has no notes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS, MONTHS_3
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from chancellery import charts, registry
from chancellery.completeness import Texts, translation_gaps
from meetings.models import (
    SUBJECT_MATCHES_KIND,
    Body,
    BodyNote,
    Meeting,
    MeetingsYear,
    Occasion,
    meeting_subject_errors,
)


@dataclass
class BodyRow:
    """One body's line of the table: its counts this year and, when known, the year before."""

    body: Body
    regular: int
    extraordinary: int
    previous: int
    subjects: list[dict] = field(default_factory=list)
    occasions: list[Occasion] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.regular + self.extraordinary

    @property
    def change(self) -> int:
        return self.total - self.previous

    @property
    def unnamed_extraordinary(self) -> int:
        """Extraordinary meetings without a subject (printed as “+ n extraordinary”)."""
        return self.extraordinary - sum(subject["count"] for subject in self.subjects)


def body_rows(year: int) -> list[BodyRow]:
    """Every body with its counts of ``year`` and of the year before (one aggregate query)."""
    return [
        BodyRow(
            body=body,
            regular=body.regular,
            extraordinary=body.extraordinary,
            previous=body.previous,
        )
        for body in Body.objects.with_year_counts(year)
    ]


def narrative_and_notes(year: int) -> tuple[MeetingsYear | None, list[BodyNote]]:
    """The year's narrative and its notes: one query, two when the narrative has no notes."""
    notes = list(BodyNote.objects.of_year_with_narrative(year))
    if notes:
        return notes[0].meetings_year, notes
    return MeetingsYear.objects.filter(year=year).first(), []


def months_of(year: int) -> list[tuple[int, int]]:
    """``(month, held meetings)`` for the twelve months of ``year`` (one query)."""
    counts = {row["month"]: row["count"] for row in Meeting.objects.per_month(year)}
    return [(month, counts.get(month, 0)) for month in range(1, 13)]


def month_chart(year: int, months: list[tuple[int, int]]):
    """The column chart of the meetings per month."""
    return charts.column_chart(
        [charts.Bar(capfirst(str(MONTHS_3[month])), count) for month, count in months],
        title=_("Meetings per month in %(year)s") % {"year": year},
        description=_(
            "Held meetings of all bodies per month; the table beside gives the same figures."
        ),
    )


@registry.section("meetings")
def meetings_section(year: int) -> registry.Section | None:
    """The year's meetings per body, their subjects and occasions, per month, and the narrative."""
    bodies = list(Body.objects.with_year_and_month_counts(year))
    rows = [
        BodyRow(
            body=body,
            regular=body.regular,
            extraordinary=body.extraordinary,
            previous=body.previous,
        )
        for body in bodies
    ]
    total = sum(row.total for row in rows)
    if total == 0:
        return None
    by_body = {row.body.pk: row for row in rows}
    for subject in Meeting.objects.subjects_per_body(year):
        by_body[subject["body_id"]].subjects.append(subject)
    for occasion in Occasion.objects.per_body(year):
        by_body[occasion.body_id].occasions.append(occasion)
    previous_total = sum(row.previous for row in rows)
    compare = previous_total > 0
    shown = [row for row in rows if row.total or (compare and row.previous)]
    months = [
        (month, sum(getattr(body, f"month_{month}") for body in bodies)) for month in range(1, 13)
    ]
    narrative, notes = narrative_and_notes(year)

    figures = [registry.Figure("meetings.total", _("Meetings held"), total, _("meetings"))]
    for row in shown:
        code = f"meetings.{row.body.code}"
        figures += [
            registry.Figure(f"{code}.total", row.body.plural_name, row.total, _("meetings")),
            registry.Figure(
                f"{code}.regular",
                _("%(body)s: regular meetings") % {"body": row.body.plural_name},
                row.regular,
                _("meetings"),
            ),
            registry.Figure(
                f"{code}.extraordinary",
                _("%(body)s: extraordinary meetings") % {"body": row.body.plural_name},
                row.extraordinary,
                _("meetings"),
            ),
        ]
        if compare:
            figures.append(
                registry.Figure(
                    f"{code}.change",
                    _("%(body)s: change against %(year)s")
                    % {"body": row.body.plural_name, "year": year - 1},
                    row.change,
                    _("meetings"),
                )
            )
    if compare:
        figures.append(
            registry.Figure(
                "meetings.change",
                _("Meetings held: change against %(year)s") % {"year": year - 1},
                total - previous_total,
                _("meetings"),
            )
        )
    figures += [
        registry.Figure(
            f"meetings.month.{month:02d}", capfirst(str(MONTHS[month])), count, _("meetings")
        )
        for month, count in months
    ]
    return registry.Section(
        key="meetings",
        title=narrative.title if narrative else _("Ministerial meetings"),
        template="meetings/section.html",
        context={
            "year": year,
            "previous_year": year - 1,
            "narrative": narrative,
            "notes": notes,
            "rows": shown,
            "total": total,
            "compare": compare,
            # A count with words ("12 + 2 devoted to the CETA treaty") makes the column text.
            "has_subjects": any(row.subjects or row.unnamed_extraordinary for row in shown),
            # The key figures beside the total: the three bodies that met most.
            "key_rows": sorted((row for row in shown if row.total), key=lambda row: -row.total)[:3],
            "previous_total": previous_total,
            "change": total - previous_total,
            "months": [(MONTHS[month], count) for month, count in months],
            "chart": month_chart(year, months),
        },
        figures=tuple(figures),
    )


@registry.widget("meetings")
def meetings_per_body_widget(year: int) -> registry.Widget | None:
    """Held meetings per body, this year against last year (one query)."""
    rows = [row for row in body_rows(year) if row.total or row.previous]
    if not rows:
        return None
    bars = []
    for row in rows:
        bars.append(charts.Bar(f"{row.body.plural_name} {year}", row.total, accent=True))
        bars.append(charts.Bar(f"{row.body.plural_name} {year - 1}", row.previous))
    return registry.Widget(
        key="meetings",
        title=_("Meetings per body, %(year)s against %(previous)s")
        % {"year": year, "previous": year - 1},
        template="meetings/widget_bodies.html",
        table=registry.Table(
            columns=(_("Body"), str(year), str(year - 1), pgettext("difference", "Change")),
            rows=tuple((row.body.plural_name, row.total, row.previous, row.change) for row in rows),
        ),
        context={
            "year": year,
            "previous_year": year - 1,
            "rows": rows,
            "chart": charts.bar_chart(
                bars,
                title=_("Meetings per body, %(year)s against %(previous)s")
                % {"year": year, "previous": year - 1},
                description=_("Held meetings per body; the table gives the same figures."),
            ),
        },
    )


@registry.widget("meetings-per-month")
def meetings_per_month_widget(year: int) -> registry.Widget | None:
    """Held meetings of all bodies per month of the year (one query)."""
    months = months_of(year)
    if not any(count for _month, count in months):
        return None
    return registry.Widget(
        key="meetings-per-month",
        title=_("Meetings per month in %(year)s") % {"year": year},
        template="meetings/widget_months.html",
        table=registry.Table(
            columns=(_("Month"), _("Meetings")),
            rows=tuple((str(MONTHS[month]), count) for month, count in months),
        ),
        context={
            "year": year,
            "months": [(MONTHS[month], count) for month, count in months],
            "chart": month_chart(year, months),
        },
    )


def meeting_rule_gaps(year: int, section: str):
    """The meetings of ``year`` that break a rule they were entered before (the database checks
    new rows only: ``chancellery.migration_ops``), each with the rule's message (one query)."""
    broken = Meeting.objects.in_year(year).exclude(SUBJECT_MATCHES_KIND).select_related("body")
    for meeting in broken:
        url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
        for messages in meeting_subject_errors(meeting).values():
            for message in messages:
                yield registry.Missing(section, f"{meeting}: {message}", url)


@registry.completeness("meetings")
def meetings_completeness(year: int):
    """What the meetings section still lacks for ``year`` (eight queries, whatever the data:
    seven for the records, one for their translation states)."""
    section = registry.registry.label("meetings")
    yield from meeting_rule_gaps(year, section)
    changelist = reverse("admin:meetings_meeting_changelist")
    rows = body_rows(year)
    if not any(row.total for row in rows):
        yield registry.Missing(
            section,
            _("No meeting of %(year)s is recorded as held.") % {"year": year},
            f"{changelist}?date__year={year}",
        )
    overdue = Meeting.objects.in_year(year).overdue(timezone.localdate()).count()
    if overdue:
        yield registry.Missing(
            section,
            ngettext(
                "%(count)d meeting of %(year)s is still planned although its day has passed: "
                "record it as held or cancelled.",
                "%(count)d meetings of %(year)s are still planned although their day has passed: "
                "record them as held or cancelled.",
                overdue,
            )
            % {"count": overdue, "year": year},
            f"{changelist}?date__year={year}&status__exact=planned",
        )
    texts = []
    narrative = MeetingsYear.objects.with_notes().filter(year=year).first()
    if narrative is None:
        yield registry.Missing(
            section,
            _("The narrative of %(year)s (title and introduction) is missing.") % {"year": year},
            reverse("admin:meetings_meetingsyear_add"),
        )
    else:
        url = reverse("admin:meetings_meetingsyear_change", args=[narrative.pk])
        texts.append(Texts(narrative, ("title", "introduction"), url, _("The narrative")))
        texts += [
            Texts(note, ("text",), url, _("The note on %(body)s") % {"body": note.body.name})
            for note in narrative.notes.all()
        ]
    texts += [
        Texts(
            row.body,
            ("name", "plural_name", "usual_frequency", "description"),
            reverse("admin:meetings_body_change", args=[row.body.pk]),
            _("The body %(body)s") % {"body": row.body.name_nl},
        )
        for row in rows
        if row.total
    ]
    subjects = (
        Meeting.objects.held()
        .in_year(year)
        .extraordinary()
        .exclude(subject_nl="")
        .select_related("body")
    )
    texts += [
        Texts(
            meeting,
            ("subject",),
            reverse("admin:meetings_meeting_change", args=[meeting.pk]),
            _("The meeting %(meeting)s") % {"meeting": meeting},
        )
        for meeting in subjects
    ]
    occasions = Occasion.objects.filter(
        meetings__status=Meeting.Status.HELD, meetings__date__year=year
    ).distinct()
    texts += [
        Texts(
            occasion,
            ("name",),
            reverse("admin:meetings_occasion_change", args=[occasion.pk]),
            _("The occasion %(occasion)s") % {"occasion": occasion.name_nl},
        )
        for occasion in occasions
    ]
    yield from translation_gaps(texts, section=section)


registry.watch(Meeting, years=lambda meeting: {meeting.date.year})
registry.watch(MeetingsYear, years=lambda narrative: {narrative.year})
registry.watch(BodyNote, years=lambda note: {note.meetings_year.year})
