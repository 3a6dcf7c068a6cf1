"""HR's part of the benchmarks' scale data set: staff figures and 12 commitments per year."""

import datetime
from decimal import Decimal

from hr.models import Commitment, StaffFigures, YearNarrative

LANGS = ("nl", "fr", "de", "en")
COMMITMENTS_PER_YEAR = 12


def generate(*, years: list[int]) -> None:
    """Staff figures, staff page and commitments for each year, every language (bulk, idempotent)."""
    existing = set(StaffFigures.objects.filter(year__in=years).values_list("year", flat=True))
    StaffFigures.objects.bulk_create(
        [
            # Counts that satisfy every constraint: genders and statuses add up to the headcount.
            StaffFigures(
                year=year,
                reference_date=datetime.date(year, 12, 31),
                headcount=130 + index,
                men=50,
                women=80 + index,
                gender_other=0,
                statutory=85,
                contractual=45 + index,
                telework_base=110,
                teleworkers=30 + index,
                training_days_total=Decimal(300 + 3 * index),
                **{f"telework_base_label_{lang}": f"eligible staff [{lang}]" for lang in LANGS},
            )
            for index, year in enumerate(years)
            if year not in existing
        ]
    )
    existing = set(YearNarrative.objects.filter(year__in=years).values_list("year", flat=True))
    created = YearNarrative.objects.bulk_create(
        [
            YearNarrative(
                year=year,
                **{f"title_{lang}": f"Sustainable development {year} [{lang}]" for lang in LANGS},
                **{f"introduction_{lang}": f"Introduction [{lang}]. " * 20 for lang in LANGS},
                **{f"commitments_title_{lang}": f"Our commitments [{lang}]" for lang in LANGS},
                **{f"commitments_introduction_{lang}": f"Policy [{lang}]." for lang in LANGS},
            )
            for year in years
            if year not in existing
        ]
    )
    Commitment.objects.bulk_create(
        [
            Commitment(
                narrative=narrative,
                position=position,
                date=datetime.date(narrative.year, 6, 20) if position == 1 else None,
                **{f"title_{lang}": f"Commitment {position} [{lang}]" for lang in LANGS},
                **{f"text_{lang}": f"Commitment text [{lang}]. " * 15 for lang in LANGS},
            )
            for narrative in created
            for position in range(1, COMMITMENTS_PER_YEAR + 1)
        ]
    )
