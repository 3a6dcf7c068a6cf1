"""The ceremonies' part of the benchmarks' scale data set: 200 ceremonies, 100.000 guests.

Twenty ceremonies a year, 500 guests each, spread over every guest category (one named without a
number, as the King and Queen are) and every invitation status; each year has its narrative. Every
translated field is filled in nl, fr, de and en. Re-running skips the ceremonies that exist (a
ceremony and its guests are written together, in the command's transaction).
"""

import datetime

from ceremonies.models import Ceremony, CeremonyYear, Guest, GuestCategory

LANGS = ("nl", "fr", "de", "en")
CEREMONIES_PER_YEAR = 20
GUESTS_PER_CEREMONY = 500  # x 200 ceremonies = 100.000
CATEGORIES = 8
BATCH = 5000
STATUSES = (
    Guest.Status.ATTENDED,
    Guest.Status.ATTENDED,
    Guest.Status.ATTENDED,
    Guest.Status.CONFIRMED,
    Guest.Status.DECLINED,
    Guest.Status.INVITED,
)


def _texts(field: str, text: str) -> dict[str, str]:
    return {f"{field}_{lang}": f"{text} [{lang}]" for lang in LANGS}


def _categories() -> list[GuestCategory]:
    codes = [f"scale-category-{number}" for number in range(1, CATEGORIES + 1)]
    existing = set(GuestCategory.objects.filter(code__in=codes).values_list("code", flat=True))
    GuestCategory.objects.bulk_create(
        [
            GuestCategory(
                code=code,
                position=100 + number,
                shown_without_number=number == 1,
                **_texts("name", f"Category {number}"),
            )
            for number, code in enumerate(codes, start=1)
            if code not in existing
        ]
    )
    return list(GuestCategory.objects.filter(code__in=codes).order_by("position"))


def generate(*, years: list[int]) -> None:
    """Categories, ceremonies with their guests, and each year's narrative (bulk, idempotent)."""
    categories = _categories()
    codes = [
        f"scale-{year}-{number:02d}" for year in years for number in range(CEREMONIES_PER_YEAR)
    ]
    existing = set(Ceremony.objects.filter(code__in=codes).values_list("code", flat=True))
    ceremonies = Ceremony.objects.bulk_create(
        [
            Ceremony(
                code=f"scale-{year}-{number:02d}",
                date=datetime.date(year, 1 + number // 2, 5 + 10 * (number % 2)),
                **_texts("title", f"Ceremony {number} of {year}"),
                **_texts("place", "Royal Palace"),
                **_texts("description", "What the ceremony commemorated. " * 5),
                **_texts("partners", "Partner one\nPartner two"),
                **_texts("broadcast_note", "broadcast live"),
            )
            for year in years
            for number in range(CEREMONIES_PER_YEAR)
            if f"scale-{year}-{number:02d}" not in existing
        ],
        batch_size=BATCH,
    )
    for ceremony in ceremonies:
        Guest.objects.bulk_create(
            [
                Guest(
                    ceremony=ceremony,
                    category=categories[number % len(categories)],
                    name=f"Guest {number}",
                    organisation=f"Organisation {number % 40}",
                    email=f"guest{number}@example.be",
                    language=LANGS[number % len(LANGS)],
                    status=STATUSES[number % len(STATUSES)],
                )
                for number in range(GUESTS_PER_CEREMONY)
            ],
            batch_size=BATCH,
        )
    existing = set(CeremonyYear.objects.filter(year__in=years).values_list("year", flat=True))
    CeremonyYear.objects.bulk_create(
        [
            CeremonyYear(
                year=year,
                **_texts("title", f"Ceremonies of {year}"),
                **_texts("introduction", "Introduction to the ceremonies. " * 8),
            )
            for year in years
            if year not in existing
        ]
    )
