"""The meetings' part of the benchmarks' scale data set: 50.000 held meetings over ten years.

Twenty bodies of their own (codes ``scale-body-NN``) each meet ``MEETINGS_PER_YEAR // BODIES``
times a year on distinct days, one meeting in ten is extraordinary (each with a subject), some are
called by an occasion; each year has its narrative with a note on three bodies. Every translated
field is filled in nl, fr, de and en. Re-running skips the years whose meetings are there.
"""

import datetime

from meetings.models import Body, BodyNote, Meeting, MeetingsYear, Occasion

LANGS = ("nl", "fr", "de", "en")
BODIES = 20
MEETINGS_PER_YEAR = 5000  # x 10 years = 50.000
OCCASIONS_PER_YEAR = 4
BATCH = 2000


def _texts(field: str, text: str) -> dict[str, str]:
    return {f"{field}_{lang}": f"{text} [{lang}]" for lang in LANGS}


def _bodies() -> list[Body]:
    codes = [f"scale-body-{number:02d}" for number in range(1, BODIES + 1)]
    existing = set(Body.objects.filter(code__in=codes).values_list("code", flat=True))
    Body.objects.bulk_create(
        [
            Body(
                code=code,
                position=100 + number,
                **_texts("name", f"Body {number}"),
                **_texts("plural_name", f"Bodies {number}"),
                **_texts("description", f"What body {number} is and who sits on it"),
                **_texts("usual_frequency", "twice a week"),
            )
            for number, code in enumerate(codes, start=1)
            if code not in existing
        ],
        batch_size=BATCH,
    )
    return list(Body.objects.filter(code__in=codes).order_by("position"))


def generate(*, years: list[int]) -> None:
    """Bodies, occasions, held meetings and the narrative of each year (bulk, idempotent)."""
    bodies = _bodies()
    per_body = MEETINGS_PER_YEAR // len(bodies)
    done = {
        day.year
        for day in Meeting.objects.filter(body__in=bodies, date__year__in=years).dates(
            "date", "year"
        )
    }
    for year in years:
        if year in done:
            continue
        days = 366 if year % 4 == 0 else 365
        start = datetime.date(year, 1, 1)
        occasions = Occasion.objects.bulk_create(
            [
                Occasion(
                    code=f"scale-{year}-{number}",
                    date=datetime.date(year, 1 + 3 * number, 10),
                    **_texts("name", f"Occasion {number} of {year}"),
                )
                for number in range(OCCASIONS_PER_YEAR)
            ]
        )
        meetings = []
        for body_index, body in enumerate(bodies):
            for number in range(per_body):
                extraordinary = number % 10 == 9
                # An extraordinary meeting has a subject (meetings.models.SUBJECT_MATCHES_KIND).
                with_subject = extraordinary
                meetings.append(
                    Meeting(
                        body=body,
                        # Distinct days per body: the one-session-per-day constraint holds.
                        date=start + datetime.timedelta(days=number * days // per_body),
                        status=Meeting.Status.HELD,
                        kind=Meeting.Kind.EXTRAORDINARY if extraordinary else Meeting.Kind.REGULAR,
                        occasion=occasions[number % OCCASIONS_PER_YEAR]
                        if number % 50 == 7 and body_index < 4
                        else None,
                        **(_texts("subject", f"subject {body_index % 3}") if with_subject else {}),
                    )
                )
        Meeting.objects.bulk_create(meetings, batch_size=BATCH)
    existing = set(MeetingsYear.objects.filter(year__in=years).values_list("year", flat=True))
    narratives = MeetingsYear.objects.bulk_create(
        [
            MeetingsYear(
                year=year,
                **_texts("title", f"Behind the scenes of {year}"),
                **_texts("introduction", "Introduction to the meetings. " * 10),
            )
            for year in years
            if year not in existing
        ]
    )
    BodyNote.objects.bulk_create(
        [
            BodyNote(
                meetings_year=narrative,
                body=body,
                **_texts("text", f"Why {body.code} met this often. " * 4),
            )
            for narrative in narratives
            for body in bodies[:3]
        ]
    )
