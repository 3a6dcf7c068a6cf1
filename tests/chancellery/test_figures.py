"""Figure pages: a figure's values in every published edition, read from the stored editions.

The ten years are the scale data's core part (``chancellery.scale``: reports and ICT figures of
2007–2016), each published through the service as a reader finds it; the PDF, which the figure
pages never read, is not rendered (a placeholder), which keeps ten publications fast.
"""

import csv
import io
import json
import re
from decimal import Decimal

import pytest
from django.conf import settings

from chancellery import figures, scale
from chancellery.models import AnnualReport, IctYear
from chancellery.services import report_publish, report_unpublish
from meetings.models import Body
from tests.chancellery.factories import AnnualReportFactory, IctYearFactory
from tests.meetings.factories import BodyFactory, MeetingFactory

pytestmark = pytest.mark.django_db

YEARS = list(range(2007, 2017))
CODE = "ict.requests_handled"


@pytest.fixture(autouse=True)
def _no_pdf(monkeypatch):
    """The figure pages read data.json only: a placeholder PDF spares WeasyPrint's minute."""
    monkeypatch.setattr("chancellery.pdf.report_pdf", lambda **kwargs: b"%PDF-1.7 placeholder")


def publish(year: int) -> None:
    report = AnnualReport.objects.get(year=year)
    report_publish(report=report, user=None, require_complete=False, render_now=True)


@pytest.fixture
def ten_years():
    """The scale data's core part for 2007–2016, every year published (edition 1)."""
    scale.generate(years=YEARS)
    for year in YEARS:
        publish(year)
    return YEARS


@pytest.fixture
def one_year():
    scale.generate(years=[2016])
    publish(2016)


def series_rows(client, code=CODE, language="nl"):
    text = client.get(f"/{language}/figures/{code}.csv").content.decode()
    return list(csv.DictReader(io.StringIO(text)))


def table_rows(page: str) -> list[tuple[int, str]]:
    """The (year, value as printed) rows of a figure page's table."""
    return [
        (int(year), value)
        for year, value in re.findall(
            r'<th scope="row">(\d{4})</th>\s*<td class="num"[^>]*>([^<]*)</td>', page
        )
    ]


def test_ten_years_are_correct_in_page_csv_and_json_at_one_query_each(
    client, ten_years, django_assert_num_queries
):
    expected = [(year, 10000 + year) for year in YEARS]

    with django_assert_num_queries(1):
        page = client.get(f"/nl/figures/{CODE}/").content.decode()
    with django_assert_num_queries(1):
        rows = series_rows(client)
    with django_assert_num_queries(1):
        response = client.get(f"/fr/figures/{CODE}.json")
    document = json.loads(response.content)

    # The page: the table grouped the Dutch way (12.007), one column per year in the chart.
    assert table_rows(page) == [(year, f"{value:,}".replace(",", ".")) for year, value in expected]
    assert page.count('<rect x="') == len(YEARS)
    assert "<h1>Behandelde aanvragen van klanten</h1>" in page
    # The CSV: one row per year, each with its edition, licence and source.
    assert [(int(row["year"]), int(row["value"])) for row in rows] == expected
    assert {(row["code"], row["edition"], row["licence"]) for row in rows} == {
        (CODE, "1", "CC0 1.0")
    }
    assert rows[-1]["source"] == f"{settings.SITE_URL}/nl/reports/2016/editions/1/"
    # The JSON: numbers, the French label, a citation per year.
    assert [(point["year"], point["value"]) for point in document["series"]] == expected
    assert document["label"] == "Demandes de clients traitées"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert document["series"][0]["citation"] == (
        f"FPS Chancellery [fr], Rapport annuel 2007, "
        f"{settings.SITE_URL}/fr/reports/2007/editions/1/, CC0 1.0"
    )


@pytest.mark.parametrize("suffix", ["/", ".csv", ".json"])
def test_one_year_costs_the_same_one_query(client, one_year, django_assert_num_queries, suffix):
    with django_assert_num_queries(1):
        assert client.get(f"/nl/figures/{CODE}{suffix}").status_code == 200


def test_the_index_costs_one_query_and_lists_every_figure_by_section(
    client, django_assert_num_queries
):
    scale.generate(years=[2015, 2016])
    publish(2015)
    publish(2016)

    with django_assert_num_queries(1):
        page = client.get("/de/figures/").content.decode()

    assert 'id="figures-ict"' in page
    for code in ("ict.requests_handled", "ict.users_served", "ict.service_hours"):
        assert f'href="/de/figures/{code}/"' in page
    assert "2015–2016" in page
    assert "12.016" in page


def test_a_draft_year_is_not_in_the_series(client):
    scale.generate(years=[2015, 2016])
    publish(2015)

    rows = series_rows(client)

    assert [row["year"] for row in rows] == ["2015"]


def test_an_unpublished_year_leaves_the_series(client):
    scale.generate(years=[2015, 2016])
    publish(2015)
    publish(2016)
    report_unpublish(report=AnnualReport.objects.get(year=2016), user=None)

    assert [row["year"] for row in series_rows(client)] == ["2015"]


def test_a_corrected_year_shows_its_current_edition_and_what_the_first_printed(client):
    AnnualReportFactory(year=2016)
    IctYearFactory(year=2016, requests_handled=100)
    publish(2016)
    report = AnnualReport.objects.get(year=2016)
    report_unpublish(report=report, user=None)
    IctYear.objects.filter(year=2016).update(requests_handled=120)
    report_publish(
        report=report,
        user=None,
        require_complete=False,
        render_now=True,
        correction_note={"nl": "Verbeterd.", "fr": "Corrigé."},
    )

    document = json.loads(client.get(f"/en/figures/{CODE}.json").content)
    page = client.get(f"/en/figures/{CODE}/").content.decode()

    assert [(p["year"], p["value"], p["edition"]) for p in document["series"]] == [(2016, 120, 2)]
    assert document["series"][0]["corrected"] == [{"edition": 1, "value": 100}]
    assert "edition 1 printed 100" in page


def test_a_renamed_figure_keeps_its_series_under_its_code(client):
    body = BodyFactory(code="council", plural_name_nl="Ministerraden")
    for year in (2015, 2016):
        AnnualReportFactory(year=year)
        MeetingFactory(body=body, date=f"{year}-03-01")
    publish(2015)
    Body.objects.filter(pk=body.pk).update(plural_name_nl="Raden van ministers")
    publish(2016)

    series = figures.figure_series("meetings.council.total", language="nl")
    page = client.get("/nl/figures/meetings.council.total/").content.decode()

    assert [(point.year, point.label) for point in series.points] == [
        (2015, "Ministerraden"),
        (2016, "Raden van ministers"),
    ]
    assert series.label == "Raden van ministers"
    assert "<h1>Raden van ministers</h1>" in page
    assert "Ministerraden" in page


def test_a_decimal_value_keeps_its_digits_in_csv_and_json():
    point = figures.Point(
        2016,
        Decimal("39.8"),
        "Share",
        "%",
        figures.Source(2016, 1, "Jaarverslag 2016", "FOD", None, "http://x/", "CC0 1.0", "u"),
    )
    series = figures.Series("hr.share", "Share", "%", "hr", "HR", (point,))

    assert "hr.share,2016,39.8,%" in figures.series_csv(series)
    assert '"value": 39.8' in figures.dumps(figures.series_document(series, url="", language="nl"))


def test_a_formula_like_label_is_neutralised_in_the_csv():
    source = figures.Source(2016, 1, "Jaarverslag 2016", "FOD", None, "http://x/", "CC0 1.0", "u")
    point = figures.Point(2016, 3, "=HYPERLINK(1)", "", source)
    series = figures.Series("x", "=HYPERLINK(1)", "", "s", "S", (point,))

    row = list(csv.reader(io.StringIO(figures.series_csv(series))))[1]

    assert row[4] == "'=HYPERLINK(1)"


def test_a_negative_value_hangs_below_the_zero_line_of_the_chart():
    source = figures.Source(2016, 1, "t", "p", None, "u", "CC0 1.0", "u")
    points = (figures.Point(2015, 4, "c", "", source), figures.Point(2016, -2, "c", "", source))
    chart = figures.series_chart(figures.Series("c", "Change", "", "s", "S", points))

    assert "\u22122" in chart
    assert 'role="img"' in chart


def test_an_unknown_code_is_a_404(client, one_year):
    assert client.get("/nl/figures/no.such.figure/").status_code == 404
    assert client.get("/nl/figures/no.such.figure.csv").status_code == 404


def test_a_text_figure_has_a_table_and_no_chart(client, one_year):
    page = client.get("/nl/figures/ict.service_hours/").content.decode()

    assert "24/7" in page
    assert "<svg" not in page


def test_the_citation_names_publisher_report_url_and_licence(client, one_year):
    page = client.get(f"/nl/figures/{CODE}/").content.decode()

    assert (
        f"FPS Chancellery [nl], Jaarverslag 2016, {settings.SITE_URL}/nl/reports/2016/editions/1/, "
        "CC0 1.0"
    ) in page


def test_every_figure_link_of_the_report_leads_to_its_figure_page(client):
    body = BodyFactory(code="council")
    AnnualReportFactory(year=2016)
    IctYearFactory(year=2016)
    MeetingFactory(body=body, date="2016-03-01")
    publish(2016)

    report = client.get("/fr/reports/2016/").content.decode()
    links = set(re.findall(r'href="(/fr/figures/[^"#]*)(?:#[^"]*)?"', report))

    assert "/fr/figures/meetings.council.total/" in links
    assert "/fr/figures/meetings.month.03/" in links
    assert "/fr/figures/meetings.total/" in links
    assert 'href="/fr/figures/#figures-ict"' in report
    assert {link: client.get(link).status_code for link in links} == dict.fromkeys(links, 200)
