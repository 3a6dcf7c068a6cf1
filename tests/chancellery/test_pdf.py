"""The report as a PDF: WeasyPrint, local static files only, text people and machines read."""

import io

import pytest
from pypdf import PdfReader

import chancellery.demo
from chancellery import pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_2016():
    """The 2016 demo report of the core (foreword, colophon, ICT figures), published."""
    chancellery.demo.load()
    chancellery.demo.publish()


def read_pdf(response) -> PdfReader:
    return PdfReader(io.BytesIO(response.content))


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def dutch_pdf(client, report_2016):
    return client.get("/nl/reports/2016/pdf")


def test_pdf_is_served_inline_with_a_named_file(dutch_pdf):
    assert dutch_pdf.status_code == 200
    assert dutch_pdf["Content-Type"] == "application/pdf"
    assert dutch_pdf["Content-Disposition"] == 'inline; filename="jaarverslag-2016-nl.pdf"'
    assert dutch_pdf.content.startswith(b"%PDF-")


def test_pdf_text_holds_the_years_figures(dutch_pdf):
    text = text_of(read_pdf(dutch_pdf))

    assert "12.500" in text
    assert "50.000" in text
    assert "24/7" in text
    assert "D/2017/9737/2" in text


def test_pdf_is_in_the_requested_language(client, report_2016):
    response = client.get("/fr/reports/2016/pdf")
    reader = read_pdf(response)

    assert response["Content-Disposition"] == 'inline; filename="rapport-annuel-2016-fr.pdf"'
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert reader.metadata.title.startswith("Rapport annuel 2016")
    assert "12 500" in text_of(reader).replace("\u202f", " ").replace("\xa0", " ")


def test_pdf_starts_with_a_cover_then_the_table_of_contents(dutch_pdf):
    reader = read_pdf(dutch_pdf)

    cover = reader.pages[0].extract_text()
    contents = reader.pages[1].extract_text()
    assert "Jaarverslag 2016" in cover
    assert "FOD KANSELARIJ VAN DE EERSTE MINISTER" in cover.upper()
    assert "Inhoud" in contents


def test_table_of_contents_gives_the_page_of_each_part(dutch_pdf):
    reader = read_pdf(dutch_pdf)
    contents = reader.pages[1].extract_text()
    colophon_page = next(
        number
        for number, page in enumerate(reader.pages, start=1)
        if "Wettelijk depot" in page.extract_text()
    )

    entry = next(line for line in contents.splitlines() if line.startswith("Colofon"))
    assert entry.rstrip().endswith(str(colophon_page))
    assert colophon_page > 2


def test_pages_after_the_cover_are_numbered(dutch_pdf):
    reader = read_pdf(dutch_pdf)
    total = len(reader.pages)

    assert f"2 / {total}" in reader.pages[1].extract_text()
    assert f"/ {total}" not in reader.pages[0].extract_text()


def test_pdf_is_tagged_for_assistive_technology(dutch_pdf):
    root = read_pdf(dutch_pdf).trailer["/Root"]

    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "nl"


def test_pdf_ends_with_the_colophon(dutch_pdf, settings):
    last_page = read_pdf(dutch_pdf).pages[-1].extract_text()

    assert "Colofon" in last_page
    assert "Françoise Audag-Dechamps" in last_page
    assert f"{settings.SITE_URL}/nl/reports/2016/editions/1/" in last_page


def test_draft_pdf_is_404_for_the_public(client):
    chancellery.demo.load()

    assert client.get("/nl/reports/2016/pdf").status_code == 404


def test_draft_pdf_is_marked_as_draft_for_staff(client, staff_user):
    chancellery.demo.load()
    client.force_login(staff_user)

    response = client.get("/nl/reports/2016/pdf")

    assert response.status_code == 200
    assert "Conceptversie" in read_pdf(response).pages[0].extract_text()


def test_fetcher_reads_static_files_from_disk():
    response = pdf.StaticFilesFetcher().fetch("http://testserver/static/chancellery/css/print.css")

    assert b"@page" in response.read()
    assert response.content_type == "text/css"


def test_fetcher_reads_a_static_path_from_disk_whatever_the_host():
    fetcher = pdf.StaticFilesFetcher()

    response = fetcher.fetch("https://example.org/static/chancellery/css/print.css")

    assert b"@page" in response.read()


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/static/../../etc/passwd",
        "http://testserver/static/nothing-here.css",
        "file:///etc/passwd",
        "http://testserver/nl/reports/2016/",
    ],
)
def test_fetcher_refuses_anything_but_local_static_files(url):
    with pytest.raises(ValueError):
        pdf.StaticFilesFetcher().fetch(url)


# Figures of the printed 2016 report (shared/seed) as the Dutch text prints them.
SEED_FIGURES_NL = [
    "51",
    "245",
    "600",
    "143",
    "39,8",
    "2,3",
    "17",
    "12.500",
    "50.000",
    "24/7",
    "9.414.129",
    "193.058",
    "92.294",
    "437",
]


def test_pdf_of_the_whole_2016_report_holds_the_seed_figures(client):
    from django.core.management import call_command

    call_command("load_demo_data", verbosity=0)

    text = text_of(read_pdf(client.get("/nl/reports/2016/pdf")))

    assert [figure for figure in SEED_FIGURES_NL if figure not in text] == []
