"""Published editions: the public only ever gets a stored edition's bytes, immutable, verifiable,
withdrawn everywhere at once; republishing makes edition 2 and keeps edition 1 readable."""

import hashlib
import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext

from chancellery import demo as core_demo
from chancellery.models import AnnualReport, Edition, EditionFile, IctYear, Licence
from chancellery.services import report_publish, report_unpublish
from communication import demo as communication_demo
from communication.importers import web_statistics_import
from communication.models import Website
from meetings import demo as meetings_demo
from meetings.models import Body
from tests.chancellery.factories import AnnualReportFactory, IctYearFactory
from tests.communication.factories import YearlyStatisticFactory
from tests.hr.factories import StaffFiguresFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr", "de", "en")
NOTE = {"nl": "De ICT-cijfers zijn verbeterd.", "fr": "Les chiffres ICT sont corrigés."}
WHY_CC_BY = {"nl": "Bronvermelding gevraagd.", "fr": "Mention de la source demandée."}


@pytest.fixture
def published_2016():
    """The 2016 report with the core's demo data (foreword, ICT), published as edition 1."""
    core_demo.load()
    core_demo.publish()
    return AnnualReport.objects.get(year=2016)


@pytest.fixture
def published_2016_with_neighbours():
    """The 2016 report with the meetings' and communication's demo data too, edition 1."""
    core_demo.load()
    meetings_demo.load()
    communication_demo.load()
    core_demo.publish()
    return AnnualReport.objects.get(year=2016)


def public_urls(year: int = 2016) -> list[str]:
    """Every URL of the year's current edition that a reader can fetch (four languages)."""
    edition = AnnualReport.objects.get(year=year).current_edition
    names = edition.files.filter(language="nl", supersedes_original="").values_list(
        "name", flat=True
    )
    return [f"/{lang}/reports/{year}/{name}" for lang in LANGUAGES for name in names]


def fetch_all(urls) -> dict[str, str]:
    """The SHA-256 of what an anonymous reader gets at each URL."""
    client = Client()
    responses = {url: client.get(url) for url in urls}
    assert {url: r.status_code for url, r in responses.items()} == {url: 200 for url in urls}
    return {url: hashlib.sha256(r.content).hexdigest() for url, r in responses.items()}


def test_publishing_renders_every_file_in_every_language_once(published_2016):
    edition = published_2016.current_edition

    names = sorted(edition.files.filter(language="fr").values_list("name", flat=True))

    assert edition.number == 1
    assert edition.state == Edition.State.PUBLISHED
    assert names == ["", "data.json", "data/ict.csv", "datapackage.json", "pdf"]
    assert edition.files.count() == 5 * 4
    assert (edition.files_done, edition.files_total) == (20, 20)


def test_the_etag_is_the_files_sha256_and_last_modified_the_publication(published_2016):
    response = Client().get("/fr/reports/2016/pdf")

    stored = EditionFile.objects.get(path="/fr/reports/2016/editions/1/pdf")
    assert response["ETag"] == f'"{hashlib.sha256(response.content).hexdigest()}"'
    assert response["ETag"] == f'"{stored.sha256}"'
    assert response["Last-Modified"] == "Fri, 30 Jun 2017 10:00:00 GMT"
    assert response.content == bytes(stored.content)


def test_the_demo_editions_colophon_prints_the_editions_date_not_the_load_day(published_2016):
    html = Client().get("/nl/reports/2016/").content.decode()

    assert '<time datetime="2017-06-30T12:00:00+02:00">30 juni 2017</time>' in html


def test_a_matching_etag_or_date_is_answered_304(published_2016):
    first = Client().get("/nl/reports/2016/")

    by_etag = Client().get("/nl/reports/2016/", HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = Client().get("/nl/reports/2016/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert (by_etag.status_code, by_date.status_code) == (304, 304)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_IF_MODIFIED_SINCE": "Fri, 01 Jan 2100 00:00:00 GMT"},
        {"HTTP_IF_NONE_MATCH": "*"},
    ],
)
@pytest.mark.parametrize("url", ["/nl/reports/3000/", "/nl/reports/2017/", "/nl/reports/2017/pdf"])
def test_a_draft_or_unknown_year_is_a_404_whatever_the_headers(url, headers):
    AnnualReportFactory(year=2017)

    response = Client().get(url, **headers)

    assert response.status_code == 404
    assert not response.has_header("Last-Modified")
    assert not response.has_header("ETag")


@pytest.mark.parametrize(
    "url",
    [
        "/nl/reports/02016/",
        "/nl/reports/0002016/pdf",
        "/nl/reports/00002016/data.json",
        "/nl/reports/02016/data/ict.csv",
        "/nl/reports/2016/editions/01/",
        "/reports/02016/editions/1/manifest.json",
    ],
)
def test_only_canonical_urls_exist(url):
    IctYearFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)
    rendered = []
    template_rendered.connect(receiver := lambda **kwargs: rendered.append(kwargs))

    response = Client().get(url)

    template_rendered.disconnect(receiver)
    assert response.status_code == 404
    assert [r["template"].name for r in rendered] == ["404.html", "base.html"]


def test_a_query_string_never_reaches_a_stored_page(published_2016):
    response = Client().get("/nl/reports/2016/?utm_source=evil-campaign&lang=x")

    assert response.status_code == 200
    assert b"evil-campaign" not in response.content
    assert not EditionFile.objects.filter(content__contains=b"evil-campaign").exists()


def test_the_language_links_lead_to_the_same_edition_in_each_language(published_2016):
    html = Client().get("/nl/reports/2016/").content.decode()

    assert 'href="/fr/reports/2016/editions/1/" lang="fr"' in html
    assert 'href="/nl/reports/2016/editions/1/pdf"' in html


def test_no_public_request_of_a_published_year_renders_anything(published_2016):
    urls = public_urls() + [f"/{lang}/" for lang in LANGUAGES]
    urls += [url.replace("/reports/2016/", "/reports/2016/editions/1/") for url in public_urls()]
    rendered = []
    template_rendered.connect(receiver := lambda **kwargs: rendered.append(kwargs))

    responses = [Client().get(url) for url in urls * 2]

    template_rendered.disconnect(receiver)
    assert {r.status_code for r in responses} == {200}
    assert rendered == []


def test_a_stored_file_is_served_with_one_query(published_2016):
    Client().get("/de/reports/2016/")  # its bytes are now kept by this process

    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/de/reports/2016/")

    assert response.status_code == 200
    assert len(queries) == 1


@pytest.mark.parametrize(
    "edit",
    [
        "web-statistic-2015",
        "staff-figures-2015",
        "statistics-import",
        "body-renamed",
        "website-renamed",
    ],
)
def test_changes_outside_the_published_year_leave_its_files_as_they_were(
    published_2016_with_neighbours, edit
):
    before = fetch_all(public_urls())

    if edit == "web-statistic-2015":
        YearlyStatisticFactory(website=Website.objects.get(code="belgium-be"), year=2015)
    elif edit == "staff-figures-2015":
        StaffFiguresFactory(year=2015)
    elif edit == "statistics-import":
        web_statistics_import(data=b"site,period,unique_visitors\nbelgium-be,2015,5000\n")
    elif edit == "body-renamed":
        Body.objects.filter(code="council-of-ministers").update(plural_name_nl="Ministerraden X")
    else:
        Website.objects.filter(code="belgium-be").update(name_nl="Het Portaal X")

    assert fetch_all(public_urls()) == before


def test_the_published_years_data_stays_frozen_while_its_files_are_rendered(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    ict = IctYearFactory(year=2016)
    report = AnnualReportFactory(year=2016)

    edition = report_publish(report=report, user=None, require_complete=False)

    report.refresh_from_db()
    assert (report.status, edition.state) == ("publishing", "rendering")
    assert Client().get("/nl/reports/2016/").status_code == 404
    with pytest.raises(ValidationError, match="2016"):
        ict.requests_handled = 1
        ict.save()


def test_an_edition_is_public_only_once_all_its_files_are_rendered(settings):
    from chancellery.tasks import render_edition

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    IctYearFactory(year=2016)
    edition = report_publish(
        report=AnnualReportFactory(year=2016), user=None, require_complete=False
    )
    assert Client().get("/en/reports/2016/pdf").status_code == 404

    render_edition.call(edition.pk)

    assert Client().get("/en/reports/2016/pdf").status_code == 200


def test_a_failed_rendering_is_shown_and_can_be_retried(monkeypatch, admin_user):
    from chancellery import pdf

    IctYearFactory(year=2016)
    report = AnnualReportFactory(year=2016)
    real = pdf.report_pdf
    monkeypatch.setattr(pdf, "report_pdf", lambda **kwargs: 1 / 0)
    edition = report_publish(report=report, user=admin_user, require_complete=False)
    edition.refresh_from_db()
    assert edition.state == Edition.State.FAILED
    assert edition.error == "ZeroDivisionError: division by zero"
    client = Client()
    client.force_login(admin_user)
    dashboard = client.get("/en/dashboard/?year=2016").content.decode()
    assert "ZeroDivisionError: division by zero" in dashboard
    assert 'action="/en/dashboard/2016/retry"' in dashboard
    assert Client().get("/nl/reports/2016/").status_code == 404

    monkeypatch.setattr(pdf, "report_pdf", real)
    client.post("/en/dashboard/2016/retry")

    edition.refresh_from_db()
    assert edition.state == Edition.State.PUBLISHED
    assert Client().get("/nl/reports/2016/").status_code == 200


def test_withdrawing_makes_every_file_of_the_year_a_404_at_once(published_2016):
    urls = public_urls()
    urls += [url.replace("/reports/2016/", "/reports/2016/editions/1/") for url in urls]
    fetch_all(urls)  # this process now keeps every file

    report_unpublish(report=published_2016, user=None)

    client = Client()
    assert {client.get(url).status_code for url in [*urls, "/nl/"]} == {404}
    assert client.get("/reports/2016/editions/1/manifest.json").status_code == 404


def test_a_second_edition_needs_a_correction_note_in_dutch_and_french(published_2016):
    report_unpublish(report=published_2016, user=None)

    with pytest.raises(ValidationError) as refused:
        report_publish(
            report=published_2016,
            user=None,
            require_complete=False,
            correction_note={"nl": "Verbeterd.", "fr": " "},
        )

    assert refused.value.messages == [
        "Editie 2 verbetert editie 1: zeg wat ze verbetert, in het Nederlands en in het Frans "
        "(Duits en Engels mogen terugvallen)."
    ]
    assert published_2016.editions.count() == 1


@pytest.fixture
def second_edition(published_2016):
    report_unpublish(report=published_2016, user=None)
    IctYear.objects.filter(year=2016).update(requests_handled=99999)
    return report_publish(
        report=published_2016,
        user=None,
        require_complete=False,
        licence=Licence.CC_BY,
        licence_justification=WHY_CC_BY,
        correction_note=NOTE,
    )


def test_republishing_makes_edition_2_with_its_note(second_edition):
    import io

    from pypdf import PdfReader

    page = Client().get("/nl/reports/2016/").content.decode()
    french = Client().get("/fr/reports/2016/").content.decode()
    pdf = PdfReader(io.BytesIO(Client().get("/fr/reports/2016/pdf").content))

    assert second_edition.state == Edition.State.PUBLISHED
    assert "99.999" in page
    assert "De ICT-cijfers zijn verbeterd." in page
    assert "Les chiffres ICT sont corrigés." in french
    assert "Les chiffres ICT sont corrigés." in "".join(p.extract_text() for p in pdf.pages[:4])
    assert 'href="/nl/reports/2016/editions/1/"' in page


def test_edition_1_stays_readable_with_the_superseded_banner(second_edition):
    old = Client().get("/nl/reports/2016/editions/1/")
    german = Client().get("/de/reports/2016/editions/1/").content.decode()

    html = old.content.decode()
    assert old.status_code == 200
    assert "Deze editie 1 van 30 juni 2017 is vervangen." in html
    assert "De ICT-cijfers zijn verbeterd." in html  # de falls back to nl
    assert 'href="/nl/reports/2016/"' in html
    assert "99.999" not in html
    assert "ersetzt" in german
    # The original page is still stored, unchanged.
    original = EditionFile.objects.get(path="/nl/reports/2016/editions/1/", supersedes_original="")
    assert original.edition.number == 1
    assert b"vervangen" not in bytes(original.content)


def test_edition_1s_pdf_and_data_stay_as_they_were(published_2016, settings):
    pdf = Client().get("/nl/reports/2016/pdf").content
    data = json.loads(Client().get("/nl/reports/2016/data.json").content)
    report_unpublish(report=published_2016, user=None)
    report_publish(
        report=published_2016,
        user=None,
        require_complete=False,
        correction_note={"nl": "x", "fr": "y"},
    )

    assert Client().get("/nl/reports/2016/editions/1/pdf").content == pdf
    assert json.loads(Client().get("/nl/reports/2016/editions/1/data.json").content) == data
    assert data["edition"] == 1
    assert data["licence"]["name"] == "CC0 1.0"
    assert data["pdf_url"] == f"{settings.SITE_URL}/nl/reports/2016/editions/1/pdf"


@pytest.mark.parametrize("number", [1, 2])
def test_the_manifests_hashes_match_the_bytes_served(second_edition, number, settings):
    manifest = Client().get(f"/reports/2016/editions/{number}/manifest.json").json()

    served = {
        entry["url"]: hashlib.sha256(
            Client().get(entry["url"].removeprefix(settings.SITE_URL)).content
        ).hexdigest()
        for entry in manifest["files"]
    }

    assert manifest["edition"] == number
    # Per language: the page, the PDF, data.json, the data package and a CSV per dataset (one).
    assert len(manifest["files"]) == 4 * 5
    assert served == {entry["url"]: entry["sha256"] for entry in manifest["files"]}
    assert {entry["size"] for entry in manifest["files"]} != {0}


def test_a_superseded_manifest_names_its_original_page_and_what_superseded_it(second_edition):
    manifest = Client().get("/reports/2016/editions/1/manifest.json").json()

    page = next(e for e in manifest["files"] if e["url"].endswith("/nl/reports/2016/editions/1/"))
    original = EditionFile.objects.get(path="/nl/reports/2016/editions/1/", supersedes_original="")
    assert page["original_sha256"] == original.sha256
    assert page["sha256"] != original.sha256
    assert [s["edition"] for s in manifest["superseded_by"]] == [2]
    assert manifest["licence"]["id"] == "cc0-1.0"


def test_an_edition_that_is_not_public_has_no_manifest_nor_files(published_2016):
    assert Client().get("/reports/2016/editions/2/manifest.json").status_code == 404
    assert Client().get("/nl/reports/2016/editions/2/").status_code == 404


def test_the_dashboard_asks_for_the_licence_and_the_note(admin_user):
    from django.core.management import call_command

    call_command("load_demo_data", verbosity=0)
    published_2016 = AnnualReport.objects.get(year=2016)
    client = Client()
    client.force_login(admin_user)
    report_unpublish(report=published_2016, user=admin_user)

    refused = client.post("/en/dashboard/2016/publish", {"licence": "cc0-1.0"}, follow=True)
    published = client.post(
        "/en/dashboard/2016/publish",
        {
            "licence": "cc-by-4.0",
            "correction_note_nl": "Verbeterd.",
            "correction_note_fr": "Corrigé.",
            "licence_justification_nl": "Bronvermelding gevraagd.",
            "licence_justification_fr": "Mention de la source demandée.",
        },
        follow=True,
    )

    assert "say what it corrects" in refused.content.decode()
    edition = Edition.objects.get(report=published_2016, number=2)
    assert (edition.licence, edition.correction_note_fr) == ("cc-by-4.0", "Corrigé.")
    assert edition.requested_by == admin_user
    assert "Edition 2" in published.content.decode()


def test_staff_preview_a_draft_live_and_never_stored(admin_user):
    IctYearFactory(year=2017, requests_handled=4321)
    AnnualReportFactory(year=2017)
    client = Client()
    client.force_login(admin_user)

    response = client.get("/nl/reports/2017/?utm_source=x")

    assert response.status_code == 200
    assert "4.321" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("ETag")
    assert "utm_source" not in response.content.decode()
    assert not EditionFile.objects.exists()


def test_staff_read_a_published_year_as_the_public_does(published_2016, admin_user):
    client = Client()
    client.force_login(admin_user)

    staff = client.get("/nl/reports/2016/")

    assert staff.content == Client().get("/nl/reports/2016/").content


def test_a_stored_page_is_compressed_for_browsers_that_accept_it(published_2016):
    import gzip

    plain = Client().get("/nl/reports/2016/").content

    response = Client().get("/nl/reports/2016/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content) == plain


def test_a_head_request_has_no_body(published_2016):
    response = Client().head("/nl/reports/2016/pdf")

    assert response.status_code == 200
    assert response.content == b""
    assert int(response["Content-Length"]) > 10_000


def test_stored_pages_hold_no_inline_script_or_style(published_2016):
    content = Client().get("/nl/reports/2016/").content.decode()

    assert "<script" not in content
    assert "style=" not in content
    assert "<style" not in content


def test_the_open_data_may_be_read_by_any_web_page(published_2016):
    response = Client().get("/en/reports/2016/data/ict.csv")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Disposition"] == 'inline; filename="2016-ict-en.csv"'
