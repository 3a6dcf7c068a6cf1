"""The DCAT-AP 3.0 catalogue of everything published, for data.gov.be and any other harvester.

Built with rdflib from the published editions only: their stored ``data.json`` (titles, datasets)
and their files' paths, sizes and SHA-256. Nothing here reads live data or a draft, so the
catalogue says exactly what the public can download, and it changes only when an edition is
published or withdrawn. It is served in Turtle (``/catalog.ttl``) and JSON-LD
(``/catalog.jsonld``); ``/catalog``, the catalogue's own URI, redirects to either by ``Accept``.

The design (see the README, "Open data"):

- one ``dcat:Dataset`` per report section and year (``…/catalog#meetings-2016``): a year's figures
  of a section are fixed once published, with one CSV per language as distributions;
- one ``dcat:Dataset`` per year for the whole report (``…/catalog#report-2016``): its
  ``data.json``, ``datapackage.json`` and PDF per language, the section datasets as its parts;
- one ``dcat:DatasetSeries`` per section (``…/catalog#meetings``), and one for the whole reports,
  that hold those datasets across years: what a reader following a figure over time wants.

Every URI hangs from ``DJANGO_SITE_URL`` and no language; the texts are in nl, fr, de and en.
The publisher is ``CATALOGUE_PUBLISHER_URI`` (the FPS Chancellery's enterprise number in the
Belgian organisation register, ``https://org.belgif.be/id/CbeRegisteredEntity/0308357753``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, OuterRef, Subquery
from django.utils import translation
from django.utils.translation import gettext as _
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from chancellery import editions, registry
from chancellery.models import AnnualReport, Edition, EditionFile, Licence

ADMS = Namespace("http://www.w3.org/ns/adms#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"

# The EU Vocabularies' URIs that DCAT-AP asks for (licence, language, file type, theme...).
LICENCES = {
    Licence.CC0: URIRef(EU + "licence/CC0"),
    Licence.CC_BY: URIRef(EU + "licence/CC_BY_4_0"),
}
LANGUAGE_URIS = {
    code: URIRef(EU + "language/" + eu)
    for code, eu in (("nl", "NLD"), ("fr", "FRA"), ("de", "DEU"), ("en", "ENG"))
}
FILE_TYPES = {
    "text/csv": URIRef(EU + "file-type/CSV"),
    "application/json": URIRef(EU + "file-type/JSON"),
    "application/pdf": URIRef(EU + "file-type/PDF"),
}
THEME_SCHEME = URIRef(EU + "data-theme")
# The report is about the federal government's own work: "Government and public sector", with
# the labels of the EU vocabulary itself (not ours to translate).
THEME = URIRef(EU + "data-theme/GOVE")
THEME_LABELS = {
    "nl": "Overheid en publieke sector",
    "fr": "Gouvernement et secteur public",
    "de": "Regierung und öffentlicher Sektor",
    "en": "Government and public sector",
}
BELGIUM = URIRef(EU + "country/BEL")
ANNUAL = URIRef(EU + "frequency/ANNUAL")
SHA256 = SPDX.checksumAlgorithm_sha256
# DCAT 3 terms that rdflib's closed DCAT namespace does not list yet.
DCAT_VERSION = URIRef(str(DCAT) + "version")

CACHE_SECONDS = 24 * 3600
FORMATS = {"turtle": "text/turtle; charset=utf-8", "json-ld": "application/ld+json"}


@dataclass
class _Year:
    """What the catalogue needs of a published year: its current edition, files and documents."""

    edition: Edition
    first_published: object
    files: list[dict] = field(default_factory=list)
    documents: dict[str, dict] = field(default_factory=dict)


def _current_editions():
    """The current edition of every published report."""
    return Edition.objects.filter(
        report__status=AnnualReport.Status.PUBLISHED,
        report__current_edition=F("pk"),
        state=Edition.State.PUBLISHED,
    ).order_by("report__year")


def state_key() -> str:
    """What the catalogue depends on, as a short digest (one query): the current editions and
    the settings it prints. A new or withdrawn edition changes it."""
    rows = _current_editions().values_list("pk", "report__year", "number", "published_at")
    state = [list(map(str, row)) for row in rows]
    state.append([settings.SITE_URL, settings.CATALOGUE_PUBLISHER_URI])
    state.append([settings.CATALOGUE_CONTACT_EMAIL])
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()[:32]


def _years() -> list[_Year]:
    """Every published year with its current edition's files (three queries)."""
    first = Edition.objects.filter(
        report=OuterRef("report"), state=Edition.State.PUBLISHED
    ).order_by("number")
    current = (
        _current_editions()
        .select_related("report")
        .annotate(first_published=Subquery(first.values("published_at")[:1]))
    )
    years = {
        edition.pk: _Year(edition=edition, first_published=edition.first_published)
        for edition in current
    }
    files = (
        EditionFile.objects.filter(edition__in=list(years), supersedes_original="")
        .order_by("path")
        .values("edition_id", "path", "name", "language", "content_type", "size", "sha256")
    )
    for file in files:
        years[file["edition_id"]].files.append(file)
    documents = EditionFile.objects.filter(
        edition__in=list(years), supersedes_original="", name="data.json"
    ).values_list("edition_id", "language", "content")
    for edition_id, language, content in documents:
        years[edition_id].documents[language] = json.loads(bytes(content))
    return list(years.values())


def _texts(make) -> list[Literal]:
    """``make()`` in each language of the site, as language-tagged literals."""
    literals = []
    for code in editions.languages():
        with translation.override(code):
            text = str(make(code))
        if text:
            literals.append(Literal(text, lang=code))
    return literals


def _add_texts(graph: Graph, subject, predicate, make) -> None:
    for literal in _texts(make):
        graph.add((subject, predicate, literal))


def _typed(graph: Graph, uri: URIRef, *classes) -> URIRef:
    for cls in classes:
        graph.add((uri, RDF.type, cls))
    return uri


class _Builder:
    """Adds the catalogue's resources to one graph."""

    def __init__(self) -> None:
        self.graph = Graph()
        for prefix, namespace in (
            ("dcat", DCAT),
            ("dct", DCTERMS),
            ("foaf", FOAF),
            ("skos", SKOS),
            ("adms", ADMS),
            ("spdx", SPDX),
            ("vcard", VCARD),
        ):
            self.graph.bind(prefix, namespace)
        self.base = settings.SITE_URL + reverse_catalogue()
        self.catalogue = URIRef(self.base)
        self.publisher = URIRef(settings.CATALOGUE_PUBLISHER_URI)
        self.contact = URIRef(self.base + "#contact")
        self.publisher_names: dict[str, str] = {}

    def uri(self, fragment: str) -> URIRef:
        return URIRef(f"{self.base}#{fragment}")

    # -- shared resources -----------------------------------------------------------------------

    def agents(self, years: list[_Year]) -> None:
        graph = self.graph
        latest = years[-1].documents if years else {}
        for code in editions.languages():
            with translation.override(code):
                default = _("FPS Chancellery of the Prime Minister")
            self.publisher_names[code] = latest.get(code, {}).get("publisher") or default
        _typed(graph, self.publisher, FOAF.Agent, FOAF.Organization)
        _typed(graph, self.contact, VCARD.Kind, VCARD.Organization)
        for code, name in self.publisher_names.items():
            graph.add((self.publisher, FOAF.name, Literal(name, lang=code)))
            graph.add((self.contact, VCARD.fn, Literal(name, lang=code)))
        home = _typed(graph, URIRef(settings.SITE_URL + "/"), FOAF.Document)
        graph.add((self.contact, VCARD.hasURL, home))
        if settings.CATALOGUE_CONTACT_EMAIL:
            email = URIRef(f"mailto:{settings.CATALOGUE_CONTACT_EMAIL}")
            graph.add((self.contact, VCARD.hasEmail, email))
        _typed(graph, THEME_SCHEME, SKOS.ConceptScheme)
        graph.add((THEME_SCHEME, DCTERMS.title, Literal("Data theme", lang="en")))
        _typed(graph, THEME, SKOS.Concept)
        graph.add((THEME, SKOS.inScheme, THEME_SCHEME))
        for code, label in THEME_LABELS.items():
            graph.add((THEME, SKOS.prefLabel, Literal(label, lang=code)))
        for uri in LANGUAGE_URIS.values():
            _typed(graph, uri, DCTERMS.LinguisticSystem)
        for uri in FILE_TYPES.values():
            _typed(graph, uri, DCTERMS.MediaTypeOrExtent)
        _typed(graph, BELGIUM, DCTERMS.Location)
        _typed(graph, ANNUAL, DCTERMS.Frequency)
        _typed(graph, SHA256, SPDX.ChecksumAlgorithm)
        for uri in LICENCES.values():
            _typed(graph, uri, DCTERMS.LicenseDocument)

    def describe(self, subject, *, annual: bool = False) -> None:
        """What every dataset and series states: publisher, contact, theme, place, languages."""
        graph = self.graph
        graph.add((subject, DCTERMS.publisher, self.publisher))
        graph.add((subject, DCAT.contactPoint, self.contact))
        graph.add((subject, DCAT.theme, THEME))
        graph.add((subject, DCTERMS.spatial, BELGIUM))
        if annual:
            graph.add((subject, DCTERMS.accrualPeriodicity, ANNUAL))

    # -- the catalogue --------------------------------------------------------------------------

    def build(self, years: list[_Year]) -> Graph:
        graph = self.graph
        self.agents(years)
        catalogue = _typed(graph, self.catalogue, DCAT.Catalog)
        _add_texts(
            graph,
            catalogue,
            DCTERMS.title,
            lambda code: (
                _("Open data of the %(publisher)s") % {"publisher": self.publisher_names[code]}
            ),
        )
        _add_texts(
            graph,
            catalogue,
            DCTERMS.description,
            lambda code: (
                _(
                    "The figures of the annual reports of the %(publisher)s, as published: one "
                    "dataset per report section and year, in series per section."
                )
                % {"publisher": self.publisher_names[code]}
            ),
        )
        graph.add((catalogue, DCTERMS.publisher, self.publisher))
        graph.add((catalogue, FOAF.homepage, URIRef(settings.SITE_URL + "/")))
        graph.add((catalogue, DCAT.themeTaxonomy, THEME_SCHEME))
        graph.add((catalogue, DCTERMS.license, LICENCES[Licence.CC0]))
        graph.add((catalogue, DCTERMS.spatial, BELGIUM))
        for uri in LANGUAGE_URIS.values():
            graph.add((catalogue, DCTERMS.language, uri))
        if years:
            graph.add((catalogue, DCTERMS.issued, _date(years[0].first_published)))
            latest = max(year.edition.published_at for year in years)
            graph.add((catalogue, DCTERMS.modified, _date(latest)))
        series = {}
        for year in years:
            report = self.report_dataset(year, series)
            graph.add((catalogue, DCAT.dataset, report))
            for dataset in self.section_datasets(year, report, series):
                graph.add((catalogue, DCAT.dataset, dataset))
        for uri in series.values():
            graph.add((catalogue, DCAT.dataset, uri))
        return graph

    def series(self, key: str, series: dict) -> URIRef:
        """The series of a section (``key``) or of the whole reports (``report``)."""
        if key in series:
            return series[key]
        graph = self.graph
        # A series is a dataset too (DCAT 3: DatasetSeries is a subclass of Dataset), said
        # outright: a harvester (and the shapes) need not know the DCAT ontology.
        uri = _typed(graph, self.uri(key), DCAT.DatasetSeries, DCAT.Dataset)

        def title(code: str) -> str:
            if key == "report":
                return _("Annual reports: every figure and the report")
            return _("%(section)s: figures of the annual reports") % {
                "section": registry.registry.label(key)
            }

        def description(code: str) -> str:
            publisher = self.publisher_names[code]
            if key == "report":
                return _(
                    "Each annual report of the %(publisher)s: its figures (JSON and a "
                    "Frictionless data package) and the report itself (PDF), one dataset per year."
                ) % {"publisher": publisher}
            return _(
                "The figures of the part “%(section)s” of the annual reports of the "
                "%(publisher)s, one dataset per year, each figure with the same code every year."
            ) % {"section": registry.registry.label(key), "publisher": publisher}

        _add_texts(graph, uri, DCTERMS.title, title)
        _add_texts(graph, uri, DCTERMS.description, description)
        self.describe(uri, annual=True)
        series[key] = uri
        return uri

    def dataset(self, uri: URIRef, year: _Year, series: URIRef) -> URIRef:
        """What a year's datasets share: dates, period, version, landing page, licence notes."""
        graph = self.graph
        edition = year.edition
        _typed(graph, uri, DCAT.Dataset)
        self.describe(uri, annual=False)
        graph.add((uri, DCAT.inSeries, series))
        graph.add((uri, DCTERMS.issued, _date(year.first_published)))
        graph.add((uri, DCTERMS.modified, _date(edition.published_at)))
        graph.add((uri, DCAT_VERSION, Literal(str(edition.number))))
        for code in editions.languages():
            note = getattr(edition, f"correction_note_{code}") or ""
            if note:
                graph.add((uri, ADMS.versionNotes, Literal(note, lang=code)))
            graph.add((uri, DCTERMS.language, LANGUAGE_URIS[code]))
        period = BNode()
        _typed(graph, period, DCTERMS.PeriodOfTime)
        report_year = edition.report.year
        graph.add((period, DCAT.startDate, Literal(f"{report_year}-01-01", datatype=XSD.date)))
        graph.add((period, DCAT.endDate, Literal(f"{report_year}-12-31", datatype=XSD.date)))
        graph.add((uri, DCTERMS.temporal, period))
        for file in year.files:
            if file["name"] == "":
                page = _typed(graph, URIRef(editions.absolute(file["path"])), FOAF.Document)
                graph.add((uri, DCAT.landingPage, page))
        return uri

    def report_dataset(self, year: _Year, series: dict) -> URIRef:
        graph = self.graph
        number = year.edition.number
        report_year = year.edition.report.year
        uri = self.dataset(self.uri(f"report-{report_year}"), year, self.series("report", series))
        graph.add((uri, DCTERMS.identifier, Literal(f"annual-report-{report_year}")))
        _add_texts(
            graph,
            uri,
            DCTERMS.title,
            lambda code: (
                _("Annual report %(year)s: every figure and the report") % {"year": report_year}
            ),
        )
        _add_texts(
            graph,
            uri,
            DCTERMS.description,
            lambda code: (
                _(
                    "Every figure of the annual report %(year)s of the %(publisher)s (JSON and a "
                    "Frictionless data package) and the report itself (PDF), edition %(edition)s."
                )
                % {"year": report_year, "publisher": self.publisher_names[code], "edition": number}
            ),
        )
        _add_texts(graph, uri, DCAT.keyword, lambda code: _("annual report"))
        for file in year.files:
            if file["name"] in ("data.json", "datapackage.json", "pdf"):
                self.distribution(uri, year, file)
        return uri

    def section_datasets(self, year: _Year, report: URIRef, series: dict) -> list[URIRef]:
        graph = self.graph
        report_year = year.edition.report.year
        any_document = next(iter(year.documents.values()), {})
        keys = [dataset["key"] for dataset in any_document.get("datasets", [])]
        titles = {
            code: {dataset["key"]: dataset["title"] for dataset in document["datasets"]}
            for code, document in year.documents.items()
        }
        uris = []
        for key in keys:
            uri = self.dataset(self.uri(f"{key}-{report_year}"), year, self.series(key, series))
            graph.add((uri, DCTERMS.identifier, Literal(f"annual-report-{report_year}-{key}")))
            graph.add((uri, DCTERMS.isPartOf, report))
            graph.add((report, DCTERMS.hasPart, uri))
            for code, by_key in titles.items():
                with translation.override(code):
                    title = _("%(title)s: figures of the annual report %(year)s") % {
                        "title": by_key[key],
                        "year": report_year,
                    }
                    description = _(
                        "The figures of the section “%(title)s” of the annual report %(year)s "
                        "of the %(publisher)s: one row per figure (code, label, value, unit, "
                        "year)."
                    ) % {
                        "title": by_key[key],
                        "year": report_year,
                        "publisher": self.publisher_names[code],
                    }
                    keyword = registry.registry.label(key)
                graph.add((uri, DCTERMS.title, Literal(title, lang=code)))
                graph.add((uri, DCTERMS.description, Literal(description, lang=code)))
                graph.add((uri, DCAT.keyword, Literal(keyword, lang=code)))
            for file in year.files:
                if file["name"] == f"data/{key}.csv":
                    self.distribution(uri, year, file)
            uris.append(uri)
        return uris

    def distribution(self, dataset: URIRef, year: _Year, file: dict) -> URIRef:
        """One stored file of the edition: its URL, format, language, size and SHA-256."""
        graph = self.graph
        edition = year.edition
        url = URIRef(editions.absolute(file["path"]))
        media_type = file["content_type"].split(";")[0]
        name = file["name"]
        slug = name.replace("/", "-").replace(".", "-")
        fragment = f"{slug}-{edition.report.year}-{file['language']}"
        uri = _typed(graph, self.uri(fragment), DCAT.Distribution)
        graph.add((dataset, DCAT.distribution, uri))
        graph.add((uri, DCAT.accessURL, url))
        graph.add((uri, DCAT.downloadURL, url))
        media = URIRef(f"https://www.iana.org/assignments/media-types/{media_type}")
        _typed(graph, media, DCTERMS.MediaType)
        graph.add((uri, DCAT.mediaType, media))
        graph.add((uri, DCTERMS.format, FILE_TYPES[media_type]))
        graph.add((uri, DCTERMS.language, LANGUAGE_URIS[file["language"]]))
        graph.add((uri, DCAT.byteSize, Literal(file["size"], datatype=XSD.nonNegativeInteger)))
        checksum = BNode()
        _typed(graph, checksum, SPDX.Checksum)
        graph.add((checksum, SPDX.algorithm, SHA256))
        graph.add((checksum, SPDX.checksumValue, Literal(file["sha256"], datatype=XSD.hexBinary)))
        graph.add((uri, SPDX.checksum, checksum))
        graph.add((uri, DCTERMS.issued, _date(edition.published_at)))
        graph.add((uri, DCTERMS.license, LICENCES[Licence(edition.licence)]))
        with translation.override(file["language"]):
            kinds = {
                "pdf": _("The report as PDF"),
                "datapackage.json": _("Frictionless data package"),
            }
            label = kinds.get(name, "JSON" if name == "data.json" else "CSV")
            title = f"{label} ({dict(settings.LANGUAGES)[file['language']]})"
        graph.add((uri, DCTERMS.title, Literal(title, lang=file["language"])))
        if edition.licence != Licence.CC0:
            rights = self.uri(f"rights-{edition.report.year}")
            _typed(graph, rights, DCTERMS.RightsStatement)
            for code in editions.languages():
                text = getattr(edition, f"licence_justification_{code}") or ""
                if text:
                    graph.add((rights, RDFS.label, Literal(text, lang=code)))
            graph.add((uri, DCTERMS.rights, rights))
        return uri


def _date(value) -> Literal:
    return Literal(value.date().isoformat(), datatype=XSD.date)


def reverse_catalogue() -> str:
    """The catalogue's own path (its URI below ``DJANGO_SITE_URL``)."""
    from django.urls import reverse

    return reverse("catalog")


def catalogue_graph() -> Graph:
    """The catalogue as an rdflib graph, built from the published editions (four queries)."""
    return _Builder().build(_years())


JSONLD_CONTEXT = {
    "dcat": str(DCAT),
    "dct": str(DCTERMS),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "adms": str(ADMS),
    "spdx": str(SPDX),
    "vcard": str(VCARD),
    "xsd": str(XSD),
}


def catalogue_bytes(format: str) -> tuple[bytes, str]:
    """The catalogue serialised (``turtle`` or ``json-ld``) and its digest, built once per state.

    One query when it is cached (``state_key``): the graph is built again only after an edition
    is published or withdrawn (or the settings it prints change).
    """
    if format not in FORMATS:
        raise ValueError(f"Unknown catalogue format {format!r}.")
    key = f"catalogue:{format}:{state_key()}"
    content = cache.get(key)
    if content is None:
        graph = catalogue_graph()
        if format == "json-ld":
            content = graph.serialize(format="json-ld", context=JSONLD_CONTEXT, indent=2)
        else:
            content = graph.serialize(format="turtle")
        content = content.encode()
        cache.set(key, content, CACHE_SECONDS)
    return content, hashlib.sha256(content).hexdigest()
