"""The language of parts in the PDF's tags: a ``lang`` attribute becomes the element's ``/Lang``.

WeasyPrint (70) writes the document's language in the catalogue (``/Lang`` from ``<html lang>``)
but no structure element's own language, so a Dutch paragraph that a German page falls back to
would be read with a German voice in the PDF although the HTML marks it ``lang="nl"`` (PDF/UA-1
§7.2, WCAG 2.1 SC 3.1.2). ``carry_element_languages()`` wraps WeasyPrint's builder of the
structure tree so that every structure element made for an HTML element with ``lang`` carries it
as ``/Lang``; its children inherit it, as PDF's language inheritance says.

It touches a private function of WeasyPrint (``weasyprint.pdf.tags._build_box_tree``): the check
below fails loudly at start-up if a WeasyPrint upgrade removes it, and the wrapper can go once
WeasyPrint writes ``/Lang`` itself.
"""

from __future__ import annotations

import pydyf
from weasyprint.pdf import tags

_original = tags._build_box_tree


def _build_box_tree_with_languages(box, parent, *args, **kwargs):
    own = box.element is not None and getattr(box, "element_tag", None) is not None
    language = box.element.get("lang") if own else None
    for element in _original(box, parent, *args, **kwargs):
        # Only the element built for this box (a direct child of ``parent``), not the ones the
        # original builds for its children: they come through this wrapper themselves.
        if language and element.get("P") == parent.reference and "Lang" not in element:
            element["Lang"] = pydyf.String(language)
        yield element


def carry_element_languages() -> None:
    """Make WeasyPrint write each element's ``lang`` as its structure element's ``/Lang``
    (idempotent)."""
    tags._build_box_tree = _build_box_tree_with_languages
