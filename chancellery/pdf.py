"""The report as a PDF: WeasyPrint renders a print template with the site's own stylesheets.

WeasyPrint fetches the stylesheets the template links; the fetcher below reads them from the
collected static files (or the staticfiles finders) and refuses every other URL, so rendering never
touches the network. Fonts come from the machine's fontconfig (Debian's DejaVu or Liberation).
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils._os import safe_join
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from chancellery import pdf_tags
from chancellery.models import AnnualReport

TEMPLATE = "chancellery/pdf/report.html"

# WeasyPrint logs each layout step at INFO and each screen-only CSS property it skips (clamp(),
# box-shadow...) as a warning, on every rendering; what matters (a missing stylesheet) is an error.
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("weasyprint.progress").setLevel(logging.ERROR)
# A text in another language than the page's (a fallback) keeps its language in the PDF's tags.
pdf_tags.carry_element_languages()


def static_file(name: str) -> Path | None:
    """The local file of a static name (hashed names from STATIC_ROOT, others via the finders)."""
    name = name.lstrip("/")
    if settings.STATIC_ROOT:
        try:
            collected = Path(safe_join(settings.STATIC_ROOT, name))
        except Exception:  # SuspiciousFileOperation: a path out of STATIC_ROOT
            return None
        if collected.is_file():
            return collected
    found = finders.find(name)
    return Path(found) if found else None


class StaticFilesFetcher(URLFetcher):
    """Serves WeasyPrint the site's static files from disk; refuses anything else (no network)."""

    def fetch(self, url, headers=None):
        """The static file under ``url``'s path, or a data: URL's content; ValueError otherwise."""
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if parts.scheme in {"http", "https", "file"} and parts.path.startswith(settings.STATIC_URL):
            path = static_file(unquote(parts.path[len(settings.STATIC_URL) :]))
            if path is not None:
                content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, body=path.read_bytes(), headers={"Content-Type": content_type}
                )
        raise ValueError(f"Only local static files are fetched when rendering a PDF, not {url}")


def report_pdf(*, context: dict, request, base_url: str) -> bytes:
    """The report as a tagged PDF (PDF/UA-1) in the active language."""
    html = render_to_string(TEMPLATE, context, request=request)
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFilesFetcher())
    return document.write_pdf(pdf_variant="pdf/ua-1")


def filename(report: AnnualReport, language: str) -> str:
    """The PDF's file name, e.g. ``jaarverslag-2016-nl.pdf`` (the word in the report's language)."""
    word = {"nl": "jaarverslag", "fr": "rapport-annuel", "de": "jahresbericht"}.get(
        language, "annual-report"
    )
    return f"{word}-{report.year}-{language}.pdf"
