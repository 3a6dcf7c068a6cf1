"""The transposition view: where each directive stands on a date (read-only selectors).

The rule, also in the README: on a date D,

* an act counts for a directive when it transposes it and had reached at least one stage on or
  before D (acts begun later do not change what was true on D);
* a directive is **fully transposed** on D when at least one act counts and every act that counts
  had been published in the Belgian Official Gazette (or entered into force) on or before D; it was
  fully transposed on the day the last of them was published;
* its **deadline was missed** on D when the deadline lies before D and the directive was not fully
  transposed by the deadline (still incomplete on D, or completed after the deadline).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from procurement.models import Directive, LegalInstrument, Stage


class State:
    """A directive's state of transposition (codes are stable: the open data carries them)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"

    labels = {
        NOT_STARTED: _("not started"),
        IN_PROGRESS: _("partially transposed"),
        COMPLETE: _("fully transposed"),
    }


@dataclass(frozen=True)
class DirectiveTransposition:
    """A directive on a date: the acts that count, their stage then, and what follows from them."""

    directive: Directive
    on: datetime.date
    instruments: tuple[LegalInstrument, ...]

    @property
    def fully_transposed_on(self) -> datetime.date | None:
        """The day the last counting act was published, when every one was by ``on``."""
        if not self.instruments:
            return None
        published = [act.published_from for act in self.instruments]
        if any(day is None or day > self.on for day in published):
            return None
        return max(published)

    @property
    def state(self) -> str:
        """``not_started``, ``in_progress`` or ``complete`` on the date."""
        if not self.instruments:
            return State.NOT_STARTED
        return State.COMPLETE if self.fully_transposed_on else State.IN_PROGRESS

    @property
    def state_label(self) -> str:
        """The state in the reader's language."""
        return str(State.labels[self.state])

    @property
    def deadline_missed(self) -> bool:
        """True when the deadline passed before the directive was fully transposed."""
        deadline = self.directive.transposition_deadline
        if deadline >= self.on:
            return False
        done = self.fully_transposed_on
        return done is None or done > deadline

    @property
    def overdue(self) -> bool:
        """Deadline passed and still not fully transposed on the date."""
        return self.deadline_missed and self.state != State.COMPLETE

    @property
    def days_overdue(self) -> int:
        """Days between the deadline and the date (or full transposition), 0 when on time."""
        if not self.deadline_missed:
            return 0
        end = self.fully_transposed_on or self.on
        return (end - self.directive.transposition_deadline).days

    @property
    def published_count(self) -> int:
        """How many of the counting acts were published by the date."""
        return sum(
            1 for act in self.instruments if act.published_from and act.published_from <= self.on
        )


def instruments_on(on: datetime.date):
    """Acts under way on ``on``, annotated with their status then (see ``with_status_on``)."""
    return (
        LegalInstrument.objects.with_status_on(on)
        .filter(first_stage_on__lte=on)
        .select_related("amends")
    )


def transpositions_on(on: datetime.date) -> list[DirectiveTransposition]:
    """Every directive adopted by ``on`` and where its transposition stood then (two queries)."""
    directives = Directive.objects.adopted_by(on).prefetch_related(
        Prefetch("instruments", queryset=instruments_on(on), to_attr="acts")
    )
    return [
        DirectiveTransposition(directive=directive, on=on, instruments=tuple(directive.acts))
        for directive in directives
    ]


def transpositions_at_year_ends(
    transpositions: Iterable[DirectiveTransposition], years: Iterable[int]
) -> dict[int, list[DirectiveTransposition]]:
    """The same directives and acts seen on 31 December of each year, without new queries.

    Valid because the acts' ``first_stage_on`` and ``published_from`` do not depend on the date
    the acts were annotated on, as long as that date is the latest of ``years``.
    """
    result = {}
    for year in years:
        end = datetime.date(year, 12, 31)
        result[year] = [
            DirectiveTransposition(
                directive=item.directive,
                on=end,
                instruments=tuple(act for act in item.instruments if act.first_stage_on <= end),
            )
            for item in transpositions
            if item.directive.adopted_on <= end
        ]
    return result


def stage_label(kind: int | None) -> str:
    """A stage's label, or “not started” when none is reached."""
    if kind is None:
        return str(_("not started"))
    return str(Stage.Kind(kind).label)
