"""The core's part of the scale data set: ten years of reports and ICT figures, four languages."""

from chancellery.models import AnnualReport, IctTopic, IctYear

LANGS = ("nl", "fr", "de", "en")


def generate(*, years: list[int]) -> None:
    """Reports and ICT figures for each year, every translated field filled (bulk, idempotent)."""
    existing = set(AnnualReport.objects.filter(year__in=years).values_list("year", flat=True))
    AnnualReport.objects.bulk_create(
        [
            AnnualReport(
                year=year,
                **{f"foreword_title_{lang}": f"Foreword {year} [{lang}]" for lang in LANGS},
                **{
                    f"foreword_text_{lang}": f"Foreword text {year} [{lang}]. " * 40
                    for lang in LANGS
                },
                **{f"signatory_role_{lang}": f"Chair [{lang}]" for lang in LANGS},
                **{f"organisation_{lang}": f"FPS Chancellery [{lang}]" for lang in LANGS},
                **{f"address_{lang}": f"Wetstraat 16 [{lang}]" for lang in LANGS},
                **{f"publisher_role_{lang}": f"Chair [{lang}]" for lang in LANGS},
                signatory_name="Scale Signatory",
                publisher_name="Scale Publisher",
                legal_deposit=f"D/{year + 1}/9737/2",
            )
            for year in years
            if year not in existing
        ]
    )
    existing = set(IctYear.objects.filter(year__in=years).values_list("year", flat=True))
    created = IctYear.objects.bulk_create(
        [
            IctYear(
                year=year,
                requests_handled=10000 + year,
                users_served=40000 + year,
                service_hours="24/7",
                **{f"title_{lang}": f"ICT {year} [{lang}]" for lang in LANGS},
                **{f"introduction_{lang}": f"ICT introduction [{lang}]" for lang in LANGS},
            )
            for year in years
            if year not in existing
        ]
    )
    IctTopic.objects.bulk_create(
        [
            IctTopic(
                ict_year=ict,
                position=position,
                **{f"title_{lang}": f"Topic {position} [{lang}]" for lang in LANGS},
                **{f"text_{lang}": f"Topic text {position} [{lang}]. " * 20 for lang in LANGS},
            )
            for ict in created
            for position in (1, 2)
        ]
    )
