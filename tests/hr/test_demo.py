"""The 2016 demo data reproduce every figure of the printed staff page, in nl, fr and en."""

import pytest

from chancellery import demo as core_demo
from chancellery.freeze import lifted
from hr import demo
from hr.models import Commitment, StaffFigures, YearNarrative

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_2016():
    """The published 2016 report with the core's and HR's demo data only."""
    with lifted():
        core_demo.load()
        demo.load()
    core_demo.publish()


def staff_page(client, language: str) -> str:
    response = client.get(f"/{language}/reports/2016/")
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('<section id="hr"')
    return html[start : html.index("</section>", start)]


def test_loading_twice_changes_and_duplicates_nothing():
    with lifted():
        demo.load()
        before = list(StaffFigures.objects.values()), list(Commitment.objects.values())
        demo.load()

    assert (list(StaffFigures.objects.values()), list(Commitment.objects.values())) == before
    counts = tuple(model.objects.count() for model in (StaffFigures, YearNarrative, Commitment))
    assert counts == (1, 1, 4)


def test_the_counts_give_the_printed_shares():
    with lifted():
        demo.load()
    staff = StaffFigures.objects.get(year=2016)

    printed = (
        staff.headcount,
        staff.men_share(),
        staff.women_share(),
        staff.telework_share(),
        staff.training_days_per_person(),
        staff.statutory_share(),
        staff.contractual_share(),
    )

    assert [str(value) for value in printed] == ["143", "36", "64", "39.8", "2.3", "62", "38"]


@pytest.mark.parametrize(
    ("language", "figures"),
    [
        ("nl", ["143", "36\u00a0%", "64\u00a0%", "39,8\u00a0%", "2,3", "62\u00a0%", "38\u00a0%"]),
        ("fr", ["143", "36\u00a0%", "64\u00a0%", "39,8\u00a0%", "2,3", "62\u00a0%", "38\u00a0%"]),
        ("en", ["143", "36%", "64%", "39.8%", "2.3", "62%", "38%"]),
    ],
)
def test_the_report_prints_every_staff_figure_in_the_languages_format(
    client, report_2016, language, figures
):
    html = staff_page(client, language)

    values = [f'<span class="key-figure__value">{figure}</span>' for figure in figures]

    assert [value for value in values if value not in html] == []


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "nl",
            [
                "Duurzame ontwikkeling als rode draad",
                "Onze verbintenissen",
                "Wetstraat 14 en 16",
                "20 juni 2016",
                "Handistreaming",
                "bestuursovereenkomst 2016-2018",
                "screening van de federale communicatie",
                "Talent Exchange",
                "6 tot 12 maanden",
                "Telewerken en deeltijdse arbeid",
                "personen werken bij de Kanselarij",
            ],
        ),
        (
            "fr",
            [
                "Le développement durable comme fil rouge",
                "Nos engagements",
                "rue de la Loi 14 et 16",
                "20 juin 2016",
                "Handistreaming",
                "contrat d’administration 2016-2018",
                "screening de la communication fédérale",
                "Talent Exchange",
                "6 à 12 mois",
                "temps partiel",
                "personnes travaillent à la Chancellerie",
            ],
        ),
        (
            "en",
            [
                "Sustainable development as a common thread",
                "Our commitments",
                "Rue de la Loi 14 and 16",
                "20 June 2016",
                "Handistreaming",
                "management agreement 2016-2018",
                "gender screening of federal communication",
                "Talent Exchange",
                "6 to 12 months",
                "part-time work",
                "people work at the Chancellery",
            ],
        ),
    ],
)
def test_the_report_prints_every_commitment_in_the_readers_language(
    client, report_2016, language, texts
):
    html = staff_page(client, language)

    assert [text for text in texts if text not in html] == []


def test_the_report_states_the_base_of_the_telework_share(client, report_2016):
    html = staff_page(client, "nl")

    assert "47 van de 118 personeelsleden van wie de functie telewerk toelaat" in html


def test_the_french_page_puts_a_non_breaking_space_before_the_percent_sign(client, report_2016):
    html = staff_page(client, "fr")

    assert "39,8\u00a0%" in html
    assert "39,8 %" not in html and "39,8%" not in html
