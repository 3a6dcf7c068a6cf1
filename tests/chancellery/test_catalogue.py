"""The DCAT-AP 3.0 catalogue of everything published: valid against the official DCAT-AP 3.0.1
shapes, built from the published editions only, in Turtle and JSON-LD at language-neutral URLs."""

from pathlib import Path

import pyshacl
import pytest
from django.core.management import call_command
from django.test import Client
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SH

from chancellery import demo as core_demo
from chancellery.models import AnnualReport, Licence
from chancellery.services import report_publish, report_unpublish
from tests.chancellery.factories import AnnualReportFactory, IctYearFactory

pytestmark = pytest.mark.django_db

SHAPES = Path(__file__).parent / "data" / "dcat-ap-3.0.1"
GOVE = URIRef("http://publications.europa.eu/resource/authority/data-theme/GOVE")
WHY = {"nl": "Bronvermelding gevraagd.", "fr": "Mention de la source demandée."}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    """Both shapes files, less the five property shapes that ranges.ttl lists under a node shape
    but never defines (no sh:path): pySHACL refuses to run such a graph (see data/…/README)."""
    graph = Graph()
    graph.parse(SHAPES / "dcat-ap-SHACL.ttl")
    graph.parse(SHAPES / "ranges.ttl")
    undefined = [
        (shape, prop)
        for shape, prop in graph.subject_objects(SH.property)
        if graph.value(prop, SH.path) is None
    ]
    assert len(undefined) == 5
    for shape, prop in undefined:
        graph.remove((shape, SH.property, prop))
    return graph


def catalogue(client=None, url: str = "/catalog.ttl") -> Graph:
    response = (client or Client()).get(url)
    assert response.status_code == 200
    return Graph().parse(data=response.content, format="json-ld" if "jsonld" in url else "turtle")


def violations(graph: Graph, shapes: Graph) -> str:
    conforms, _results, text = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
    return "" if conforms else text


def test_the_catalogue_of_the_whole_2016_report_has_no_violation(shapes, settings):
    call_command("load_demo_data", verbosity=0)

    for url in ("/catalog.ttl", "/catalog.jsonld"):
        graph = catalogue(url=url)

        assert violations(graph, shapes) == ""
        series = set(graph.subjects(RDF.type, DCAT.DatasetSeries))
        datasets = set(graph.subjects(RDF.type, DCAT.Dataset)) - series
        # The whole report and its seven sections, each a dataset of its series.
        assert len(datasets) == 8
        assert len(series) == 8
        # Each section's CSV in four languages; the report's JSON, data package and PDF in four.
        assert len(set(graph.subjects(RDF.type, DCAT.Distribution))) == 7 * 4 + 3 * 4
        meetings = URIRef(f"{settings.SITE_URL}/catalog#meetings-2016")
        assert {literal.language for literal in graph.objects(meetings, DCTERMS.title)} == {
            "nl",
            "fr",
            "de",
            "en",
        }


def test_a_catalogue_with_no_figures_still_validates(shapes):
    AnnualReportFactory(year=2015, published=True)

    assert violations(catalogue(), shapes) == ""


def test_a_dataset_states_publisher_theme_licence_dates_and_its_files(settings):
    core_demo.load()
    core_demo.publish()

    graph = catalogue()
    ict = URIRef(f"{settings.SITE_URL}/catalog#ict-2016")
    publisher = URIRef("https://org.belgif.be/id/CbeRegisteredEntity/0308357753")
    csv_fr = URIRef(f"{settings.SITE_URL}/catalog#data-ict-csv-2016-fr")
    stored = URIRef(f"{settings.SITE_URL}/fr/reports/2016/editions/1/data/ict.csv")

    assert graph.value(ict, DCTERMS.publisher) == publisher
    assert graph.value(publisher, FOAF.name, any=True) is not None
    assert graph.value(ict, DCAT.theme) == GOVE
    assert str(graph.value(ict, DCTERMS.issued)) == "2017-06-30"
    assert str(graph.value(ict, DCTERMS.modified)) == "2017-06-30"
    assert graph.value(ict, DCAT.inSeries) == URIRef(f"{settings.SITE_URL}/catalog#ict")
    assert csv_fr in set(graph.objects(ict, DCAT.distribution))
    assert graph.value(csv_fr, DCAT.downloadURL) == stored
    assert graph.value(csv_fr, DCTERMS.license) == URIRef(
        "http://publications.europa.eu/resource/authority/licence/CC0"
    )
    assert graph.value(ict, DCAT.contactPoint) is not None


def test_the_publisher_uri_comes_from_the_setting(settings):
    settings.CATALOGUE_PUBLISHER_URI = "https://org.belgif.be/id/CbeRegisteredEntity/0123456789"
    core_demo.load()
    core_demo.publish()

    graph = catalogue()

    assert set(graph.objects(None, DCTERMS.publisher)) == {
        URIRef("https://org.belgif.be/id/CbeRegisteredEntity/0123456789")
    }


def test_another_licence_carries_its_justification(shapes, settings):
    core_demo.load()
    report_publish(
        report=AnnualReport.objects.get(year=2016),
        user=None,
        require_complete=False,
        licence=Licence.CC_BY,
        licence_justification=WHY,
    )

    graph = catalogue()
    csv_nl = URIRef(f"{settings.SITE_URL}/catalog#data-ict-csv-2016-nl")

    assert graph.value(csv_nl, DCTERMS.license) == URIRef(
        "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"
    )
    rights = graph.value(csv_nl, DCTERMS.rights)
    assert set(graph.objects(rights, RDFS.label)) == {
        Literal(WHY["nl"], lang="nl"),
        Literal(WHY["fr"], lang="fr"),
    }
    assert violations(graph, shapes) == ""


def test_only_published_editions_are_in_the_catalogue(settings):
    core_demo.load()
    core_demo.publish()
    IctYearFactory(year=2017)
    AnnualReportFactory(year=2017)  # a draft
    client = Client()

    before = catalogue(client)
    report_unpublish(report=AnnualReport.objects.get(year=2016), user=None)
    after = catalogue(client)

    assert URIRef(f"{settings.SITE_URL}/catalog#ict-2016") in set(before.subjects())
    assert not any("2017" in str(subject) for subject in before.subjects())
    assert not set(after.subjects(DCAT.inSeries))


def test_a_cached_catalogue_costs_one_query_and_revalidates(django_assert_num_queries):
    core_demo.load()
    core_demo.publish()
    client = Client()
    etag = client.get("/catalog.ttl")["ETag"]

    with django_assert_num_queries(1):
        response = client.get("/catalog.ttl", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_the_catalogue_uri_redirects_by_accept():
    jsonld = Client().get("/catalog", HTTP_ACCEPT="application/ld+json")
    turtle = Client().get("/catalog", HTTP_ACCEPT="text/turtle")

    assert (jsonld.status_code, jsonld["Location"]) == (303, "/catalog.jsonld")
    assert (turtle.status_code, turtle["Location"]) == (303, "/catalog.ttl")
    assert Client().get("/catalog.jsonld")["Content-Type"] == "application/ld+json"
