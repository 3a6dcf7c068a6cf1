"""The procurement section of the report, its widget and its completeness check."""

import datetime

import pytest

import procurement.demo
from chancellery import demo as core_demo
from chancellery import registry
from procurement.models import LegalInstrument, Stage
from procurement.report import procurement_missing, procurement_section, transposition_tracker
from procurement.services import stage_record
from tests.procurement.factories import (
    CommissionMeetingFactory,
    DirectiveFactory,
    LegalInstrumentFactory,
    ProcurementYearFactory,
    StageFactory,
)

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def report_2016():
    core_demo.load()
    procurement.demo.load()
    core_demo.publish()


def _section_html(client, year):
    html = client.get(f"/nl/reports/{year}/").content.decode()
    start = html.index('<section id="procurement"')
    return html[start : html.index("</section>", start)]


def test_the_2016_report_shows_the_directives_laws_publication_third_law_and_meetings(
    client, report_2016
):
    response = client.get("/nl/reports/2016/")
    html = _section_html(client, 2016)

    assert response.status_code == 200
    assert "Omzetting van de Europese richtlijnen voor overheidsopdrachten" in html
    for number in ("2014/24/EU", "2014/25/EU", "2014/23/EU"):
        assert number in html
    assert "Wet van 17 juni 2016 inzake overheidsopdrachten" in html
    assert "Wet van 17 juni 2016 betreffende de concessieovereenkomsten" in html
    assert html.count("14 juli 2016") >= 2
    assert "Belgisch Staatsblad" in html
    assert "rechtsbeschermingswet" in html
    assert "Wijzigt: Wet van 17 juni 2013" in html
    assert "Wetsontwerp tot wijziging van de wet van 17 juni 2013" in html
    assert "neergelegd in het parlement" in html
    assert "17 keer" in html
    assert "<svg" in html and 'role="img"' in html
    assert "style=" not in html


def test_the_french_report_writes_the_directive_numbers_the_french_way(client, report_2016):
    html = client.get("/fr/reports/2016/").content.decode()

    assert "2014/24/UE" in html
    assert "Loi du 17 juin 2016 relative aux marchés publics" in html
    assert "Moniteur belge" in html


def test_a_stage_added_in_2017_changes_the_2017_report_but_not_the_2016_one(client, report_2016):
    html_2016_before = _section_html(client, 2016)
    ProcurementYearFactory(year=2017)
    act = LegalInstrument.objects.get(short_description_nl="de zogenaamde rechtsbeschermingswet")
    section_2017_before = procurement_section(2017)

    act.dated = D(2017, 2, 16)
    act.save()
    stage_record(instrument=act, kind=Stage.Kind.ADOPTED, date=D(2017, 2, 16))

    assert _section_html(client, 2016) == html_2016_before
    after_2017 = procurement_section(2017)
    assert after_2017.context["stages"] != section_2017_before.context["stages"]
    [entry] = [e for e in after_2017.context["acts"] if e["act"].pk == act.pk]
    assert entry["status_label"] == "aangenomen"
    assert entry["heading"] == "Wet van 16 februari 2017"


def test_the_year_without_a_narrative_has_no_procurement_section():
    StageFactory(date=D(2018, 3, 1))

    assert procurement_section(2018) is None


def _year_of_data(size):
    ProcurementYearFactory(year=2018)
    for index in range(size):
        directive = DirectiveFactory()
        act = LegalInstrumentFactory(directives=[directive])
        StageFactory(
            instrument=act,
            kind=Stage.Kind.DRAFTING,
            date=D(2018, 1, 1) + datetime.timedelta(days=index),
        )
        StageFactory(
            instrument=act,
            kind=Stage.Kind.ADOPTED,
            date=D(2018, 6, 1) + datetime.timedelta(days=index),
        )
        CommissionMeetingFactory()


@pytest.mark.parametrize("size", [1, 20])
def test_the_section_costs_five_queries_however_much_data(size, django_assert_num_queries):
    _year_of_data(size)

    with django_assert_num_queries(5):
        procurement_section(2018)


@pytest.mark.parametrize("size", [1, 20])
def test_the_widget_costs_two_queries_however_much_data(size, django_assert_num_queries):
    _year_of_data(size)

    with django_assert_num_queries(2):
        transposition_tracker(2018)


@pytest.mark.usefixtures("english")
def test_the_tracker_puts_overdue_directives_first():
    on_time = DirectiveFactory(number="2014/1/EU", position=1)
    overdue = DirectiveFactory(number="2014/2/EU", position=2)
    StageFactory(
        instrument=LegalInstrumentFactory(directives=[on_time]),
        kind=Stage.Kind.PUBLISHED,
        date=D(2016, 1, 5),
    )
    StageFactory(
        instrument=LegalInstrumentFactory(directives=[overdue]),
        kind=Stage.Kind.DRAFTING,
        date=D(2016, 1, 5),
    )

    widget = transposition_tracker(2016)

    assert [row[0] for row in widget.table.rows] == ["2014/2/EU", "2014/1/EU"]
    assert widget.table.columns[2:5] == ("31 December 2014", "31 December 2015", "31 December 2016")


def test_the_2016_demo_data_leaves_nothing_blocking(report_2016):
    assert [item for item in procurement_missing(2016) if item.blocking] == []


@pytest.mark.usefixtures("english")
def test_a_year_without_narrative_or_meetings_is_blocked():
    messages = [item.message for item in procurement_missing(2018) if item.blocking]

    assert any("narrative" in message for message in messages)
    assert any("Commission" in message for message in messages)


@pytest.mark.usefixtures("english")
def test_an_empty_french_text_blocks_and_an_empty_english_one_does_not():
    ProcurementYearFactory(
        year=2018, next_steps_nl="Volgende stappen.", next_steps_fr="", next_steps_en=""
    )
    CommissionMeetingFactory(date=D(2018, 2, 1))

    missing = list(procurement_missing(2018))

    assert [(item.language, item.blocking) for item in missing if item.field == "next_steps"] == [
        ("fr", True),
        ("de", False),
        ("en", False),
    ]


def test_the_section_publishes_its_figures_with_stable_codes(report_2016):
    figures = {figure.code: figure.value for figure in procurement_section(2016).figures}

    assert figures["procurement.commission.meetings"] == 17
    assert figures["procurement.directives"] == 3
    assert figures["procurement.acts.published"] == 2
    assert figures["procurement.directive.2014-24-eu.state"] == "in_progress"
    assert figures["procurement.directive.2014-24-eu.deadline_missed"] == 1


def test_the_section_is_registered_under_procurement():
    assert "procurement" in registry.registry.section_keys()
