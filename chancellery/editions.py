"""Editions: a published year's files, rendered once off the request path, then never changed.

Publishing a year (``services.report_publish``) freezes its data and creates its next edition,
whose files the task ``chancellery.tasks.render_edition`` renders here, in every language: the
report page, the PDF, ``data.json``, one CSV per dataset and the Frictionless data package that
describes them (``datapackage.json``), each stored in the database with its
SHA-256 (``EditionFile``). Only when every file is stored does the edition become the year's
current one, in one transaction (``_switch``): before that the public sees nothing of it, after it
the public is served those bytes and nothing else (``chancellery.serving``).

Why the database and not a storage backend: every application instance already shares it, the
switch that makes an edition public is atomic with its files (a storage backend could hold the
files of an edition that never became public, or lose one that did), and ``pg_dump`` and
``backup_data`` carry the editions with the data they came from. An edition is a few megabytes.

Each file is rendered for the URL of its edition (``/nl/reports/2016/editions/1/...``): its links
and the absolute URLs inside it (``DJANGO_SITE_URL``) lead to that edition's files, so a copy
someone downloaded still points to what it came with. The report's plain URLs
(``/nl/reports/2016/pdf``) serve the current edition's files. When an edition supersedes
another, the earlier edition's page is copied once with a banner that says so; its original bytes
stay stored, unchanged.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from chancellery import opendata, registry, translation_state
from chancellery.models import AnnualReport, Edition, EditionFile, PublicationEvent

logger = logging.getLogger(__name__)

# Where a superseded edition's page takes its banner: right at the start of the page's content.
NOTICE_MARKER = "<!--edition-notice-->"

PAGE_TEMPLATE = "chancellery/report_detail.html"
BANNER_TEMPLATE = "chancellery/_superseded_banner.html"


def languages() -> list[str]:
    """The languages every edition is rendered in."""
    return [code for code, _name in settings.LANGUAGES]


def absolute(path: str) -> str:
    """An absolute URL of the site (``DJANGO_SITE_URL``), for links inside stored files."""
    return settings.SITE_URL + path


def edition_path(year: int, number: int, name: str = "") -> str:
    """The path of an edition's file in the active language: its page when ``name`` is ""."""
    return reverse("edition-detail", kwargs={"year": year, "number": number}) + name


@dataclass(frozen=True)
class Rendered:
    """A file rendered for an edition, before it is stored."""

    name: str
    content: bytes
    content_type: str
    content_disposition: str = ""


def _request(path: str):
    """An anonymous GET of ``path`` as the public would make it: what the templates read."""
    host = settings.SITE_URL.split("://", 1)[-1]
    request = RequestFactory().get(
        path, HTTP_HOST=host, secure=settings.SITE_URL.startswith("https")
    )
    request.user = AnonymousUser()
    return request


def page_context(report: AnnualReport, *, sections, edition: Edition | None, base: str) -> dict:
    """What the report page (and the PDF) need: the report, its sections, where its files are.

    ``base`` is the path the page's files hang from (an edition's, or the draft preview's);
    ``edition`` is None for a draft preview.
    """
    corrections = []
    if edition is not None:
        corrections = [
            earlier
            for earlier in report.editions.filter(
                state=Edition.State.PUBLISHED, number__gt=1, number__lt=edition.number
            ).order_by("number")
        ]
        if edition.number > 1:
            corrections.append(edition)
    return {
        "report": report,
        "sections": sections,
        "edition": edition,
        "published_at": edition.published_at if edition else report.published_at,
        "licence_name": edition.get_licence_display() if edition else "",
        "licence_url": edition.licence_url if edition else "",
        "licence_justification": edition.licence_justification if edition else "",
        "corrections": corrections,
        "base": base,
        "datasets": [section for section in sections if section.figures],
    }


def render_language(edition: Edition, language: str) -> list[Rendered]:
    """Every file of the edition in one language: page, PDF, data.json, each dataset's CSV,
    datapackage.json."""
    # Imported here: WeasyPrint (and the Pango it loads) is needed by the rendering only.
    from chancellery import pdf

    with translation.override(language), translation_state.readers_view(language):
        # Loaded inside the readers' view, as the sections' records are: an outdated German or
        # English text falls back to the Dutch (chancellery.translation_state).
        report = AnnualReport.objects.get(pk=edition.report_id)
        base = edition_path(report.year, edition.number)
        sections = registry.registry.sections(report.year)
        context = page_context(report, sections=sections, edition=edition, base=base)
        files = [
            Rendered(
                "",
                render_to_string(PAGE_TEMPLATE, context, request=_request(base)).encode(),
                "text/html; charset=utf-8",
            ),
            Rendered(
                "pdf",
                pdf.report_pdf(
                    context=context | {"report_url": absolute(base)},
                    request=_request(base + "pdf"),
                    base_url=absolute("/"),
                ),
                "application/pdf",
                f'inline; filename="{pdf.filename(report, language)}"',
            ),
        ]
        datasets = {section.key: section for section in context["datasets"]}
        document = opendata.report_document(
            report, edition=edition, base=base, absolute=absolute, sections=datasets.values()
        )
        files.append(Rendered("data.json", opendata.dumps(document).encode(), "application/json"))
        csv_files = {
            key: opendata.csv_text(section, year=report.year).encode()
            for key, section in datasets.items()
        }
        for key, content in csv_files.items():
            files.append(
                Rendered(
                    f"data/{key}.csv",
                    content,
                    "text/csv; charset=utf-8",
                    f'inline; filename="{report.year}-{key}-{language}.csv"',
                )
            )
        # The data package states each CSV's size and SHA-256: it is rendered from those bytes.
        package = opendata.data_package(
            document,
            published_at=edition.published_at,
            sections=datasets.values(),
            csv_files=csv_files,
        )
        files.append(
            Rendered("datapackage.json", opendata.dumps(package).encode(), "application/json")
        )
    return files


def _store(edition: Edition, language: str, rendered: Rendered, **extra) -> EditionFile:
    with translation.override(language):
        path = extra.pop("path", None) or edition_path(
            edition.report.year, edition.number, rendered.name
        )
    return EditionFile.objects.create(
        edition=edition,
        path=path,
        name=rendered.name,
        language=language,
        content_type=rendered.content_type,
        content_disposition=rendered.content_disposition,
        content=rendered.content,
        size=len(rendered.content),
        sha256=hashlib.sha256(rendered.content).hexdigest(),
        **extra,
    )


def edition_render(*, edition_id: int) -> str:
    """Render and store every file of an edition, then make it the year's current edition.

    Returns what happened: ``published``, or ``gone`` when the publication was withdrawn or the
    edition is not waiting for its files. A failure marks the edition failed (the dashboard shows
    it, with a retry) and is raised again, so that the task framework records it too.
    """
    edition = Edition.objects.select_related("report").filter(pk=edition_id).first()
    if edition is None or edition.state != Edition.State.RENDERING:
        return "gone"
    try:
        if edition.published_at is None:
            edition.published_at = timezone.now()
        # A previous, failed attempt may have left some files: start again from none.
        edition.files.all().delete()
        edition.files_total = edition.files_done = 0
        edition.error = ""
        edition.save(update_fields=["published_at", "files_total", "files_done", "error"])
        for language in languages():
            rendered = render_language(edition, language)
            if not Edition.objects.filter(pk=edition.pk, state=Edition.State.RENDERING).exists():
                return "gone"
            if not edition.files_total:
                edition.files_total = len(rendered) * len(languages())
                Edition.objects.filter(pk=edition.pk).update(files_total=edition.files_total)
            for file in rendered:
                _store(edition, language, file)
            Edition.objects.filter(pk=edition.pk).update(files_done=F("files_done") + len(rendered))
        return _switch(edition)
    except Exception as error:
        Edition.objects.filter(pk=edition.pk, state=Edition.State.RENDERING).update(
            state=Edition.State.FAILED, error=f"{type(error).__name__}: {error}"[:2000]
        )
        logger.exception("Rendering edition %s of %s failed.", edition.number, edition.report.year)
        raise


@transaction.atomic
def _switch(edition: Edition) -> str:
    """Make the rendered edition the year's current one, or give up if it was withdrawn."""
    report = AnnualReport.objects.select_for_update().get(pk=edition.report_id)
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    if edition.state != Edition.State.RENDERING or report.status != AnnualReport.Status.PUBLISHING:
        return "gone"
    previous = report.editions.filter(state=Edition.State.PUBLISHED).order_by("-number").first()
    if previous is not None:
        _supersede(previous, by=edition)
    edition.state = Edition.State.PUBLISHED
    edition.save(update_fields=["state"])
    report.status = AnnualReport.Status.PUBLISHED
    report.current_edition = edition
    report.published_at = edition.published_at
    report.published_by = edition.requested_by
    report.save(update_fields=["status", "current_edition", "published_at", "published_by"])
    PublicationEvent.objects.create(
        report=report,
        action=PublicationEvent.Action.PUBLISHED,
        user=edition.requested_by,
        at=timezone.now(),
    )
    return "published"


def _supersede(previous: Edition, *, by: Edition) -> None:
    """Store, with the new edition, a copy of the previous edition's pages with the banner."""
    pages = previous.files.filter(name="", supersedes_original="", path__contains="/editions/")
    for page in pages:
        with translation.override(page.language):
            banner = render_to_string(
                BANNER_TEMPLATE,
                {
                    "edition": previous,
                    "superseded_by": by,
                    "current_url": reverse("report-detail", kwargs={"year": by.report.year}),
                },
            )
        html = bytes(page.content).decode()
        if NOTICE_MARKER not in html:
            raise ValueError(f"The page {page.path} has no place for the superseded banner.")
        copy = html.replace(NOTICE_MARKER, NOTICE_MARKER + banner, 1).encode()
        _store(
            by,
            page.language,
            Rendered("", copy, page.content_type),
            path=page.path,
            supersedes_original=page.sha256,
        )


def manifest(edition: Edition) -> dict:
    """Every file of an edition as the public gets it now: URL, size, SHA-256 (language-neutral).

    A superseded edition's page is served as its copy with the banner: the manifest gives the
    copy's hash, and the original page's as ``original_sha256``.
    """
    own = edition.files.filter(supersedes_original="").order_by("path")
    copies = {
        file.path: file
        for file in EditionFile.objects.filter(
            edition__report=edition.report_id,
            edition__state=Edition.State.PUBLISHED,
            edition__number__gt=edition.number,
        )
        .exclude(supersedes_original="")
        .defer("content")
    }
    files = []
    for file in own.defer("content"):
        served = copies.get(file.path, file)
        entry = {
            "url": absolute(file.path),
            "language": file.language,
            "media_type": file.content_type.split(";")[0],
            "size": served.size,
            "sha256": served.sha256,
        }
        if served is not file:
            entry["original_sha256"] = file.sha256
        files.append(entry)
    later = edition.report.editions.filter(
        state=Edition.State.PUBLISHED, number__gt=edition.number
    ).order_by("number")
    return {
        "year": edition.report.year,
        "edition": edition.number,
        "published": edition.published_at.isoformat(),
        "licence": {"id": edition.licence, "url": edition.licence_url},
        "correction_note": {
            code: getattr(edition, f"correction_note_{code}") or "" for code in languages()
        },
        "superseded_by": [
            {"edition": later_edition.number, "published": later_edition.published_at.isoformat()}
            for later_edition in later
        ],
        "files": files,
    }


def edition_progress(edition: Edition) -> str:
    """A line for the dashboard: how far the rendering is."""
    return _("%(done)s of %(total)s files rendered") % {
        "done": edition.files_done,
        "total": edition.files_total or "…",
    }
