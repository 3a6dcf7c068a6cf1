"""Procurement's part of the benchmarks' scale data set: directives, acts with stages, commission.

Each year three directives are adopted (numbers ``<year>/9NN/EU``, deadline two years later), each
transposed by a law and a royal decree that reach their stages over that year and the next (never
after the last generated year, so that the acts' own dates always match their stages); the
Commission meets twenty times a year; each year has its narrative. Every translated field is filled
in nl, fr, de and en. Re-running skips what exists (the acts come with their new directive).
"""

import datetime

from procurement.models import (
    CommissionMeeting,
    Directive,
    LegalInstrument,
    ProcurementYear,
    Stage,
)

LANGS = ("nl", "fr", "de", "en")
DIRECTIVES_PER_YEAR = 3
COMMISSION_MEETINGS_PER_YEAR = 20
BATCH = 2000
Kind = Stage.Kind


def _texts(field: str, text: str) -> dict[str, str]:
    return {f"{field}_{lang}": f"{text} [{lang}]" for lang in LANGS}


def _stages(kind: str, year: int, last_year: int) -> list[tuple[int, datetime.date]]:
    """The stages an act begun in ``year`` reached by the end of ``last_year``, in order."""
    plan = [
        (Kind.DRAFTING, datetime.date(year, 3, 1)),
        (Kind.COUNCIL_OF_STATE, datetime.date(year, 6, 1)),
        *([(Kind.TABLED, datetime.date(year, 9, 1))] if kind == LegalInstrument.Kind.LAW else []),
        (Kind.ADOPTED, datetime.date(year + 1, 2, 1)),
        (Kind.PUBLISHED, datetime.date(year + 1, 3, 1)),
        (Kind.IN_FORCE, datetime.date(year + 1, 4, 1)),
    ]
    return [(stage, day) for stage, day in plan if day.year <= last_year]


def _directives_and_acts(years: list[int]) -> None:
    numbers = {
        f"{year}/{900 + number}/EU": (year, number)
        for year in years
        for number in range(DIRECTIVES_PER_YEAR)
    }
    existing = set(Directive.objects.filter(number__in=numbers).values_list("number", flat=True))
    directives = Directive.objects.bulk_create(
        [
            Directive(
                number=number,
                adopted_on=datetime.date(year, 2, 26),
                transposition_deadline=datetime.date(year + 2, 4, 18),
                position=100 + index,
                **_texts("title", f"on procurement subject {index} of {year}"),
                **_texts("subject", f"on subject {index}"),
            )
            for number, (year, index) in numbers.items()
            if number not in existing
        ]
    )
    last_year = max(years)
    acts, plans = [], []
    for directive in directives:
        year = directive.adopted_on.year
        for kind in (LegalInstrument.Kind.LAW, LegalInstrument.Kind.ROYAL_DECREE):
            stages = _stages(kind, year, last_year)
            reached = dict(stages)
            acts.append(
                LegalInstrument(
                    kind=kind,
                    dated=reached.get(Kind.ADOPTED),
                    published_on=reached.get(Kind.PUBLISHED),
                    **_texts("title", f"transposing directive {directive.number}"),
                    **_texts("short_description", f"the {kind} on {directive.number}"),
                )
            )
            plans.append((directive, stages))
    acts = LegalInstrument.objects.bulk_create(acts, batch_size=BATCH)
    Stage.objects.bulk_create(
        [
            Stage(instrument=act, kind=kind, date=day, reference=f"DOC {act.pk}/{kind}")
            for act, (_directive, stages) in zip(acts, plans, strict=True)
            for kind, day in stages
        ],
        batch_size=BATCH,
    )
    Through = LegalInstrument.directives.through
    Through.objects.bulk_create(
        [
            Through(legalinstrument_id=act.pk, directive_id=directive.pk)
            for act, (directive, _stages) in zip(acts, plans, strict=True)
        ],
        batch_size=BATCH,
    )


def generate(*, years: list[int]) -> None:
    """Directives, acts and stages, commission meetings and narratives (bulk, idempotent)."""
    _directives_and_acts(years)
    CommissionMeeting.objects.bulk_create(
        [
            CommissionMeeting(date=datetime.date(year, 1 + number // 2, 3 + 12 * (number % 2)))
            for year in years
            for number in range(COMMISSION_MEETINGS_PER_YEAR)
        ],
        batch_size=BATCH,
        ignore_conflicts=True,  # the date is unique: existing meetings stay as they are
    )
    existing = set(ProcurementYear.objects.filter(year__in=years).values_list("year", flat=True))
    ProcurementYear.objects.bulk_create(
        [
            ProcurementYear(
                year=year,
                **_texts("title", f"Public procurement in {year}"),
                **_texts("introduction", "Introduction to public procurement. " * 8),
                **_texts("directives_text", "What the directives aim at. " * 4),
                **_texts("next_steps", "What comes next. " * 6),
            )
            for year in years
            if year not in existing
        ]
    )
