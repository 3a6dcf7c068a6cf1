"""Completeness of a year's report: what is missing before it can be published.

Dutch and French are required (a gap blocks publishing); German and English fall back to Dutch
(and French), so a gap there is reported but does not block.
"""

from collections.abc import Iterable

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from chancellery.models import AnnualReport
from chancellery.registry import Missing

REQUIRED_LANGUAGES = ("nl", "fr")


def _language_name(code: str) -> str:
    """The language's name in the reader's language, as written inside a sentence."""
    name = str(get_language_info(code)["name_translated"])
    # French writes language names in lower case; Dutch, German and English capitalise them.
    return name.lower() if (get_language() or "").startswith("fr") else name


def translation_gaps(obj, fields: Iterable[str], *, section: str, admin_url: str) -> list[Missing]:
    """A Missing item for each translated field of ``obj`` left empty in a language."""
    items = []
    for field in fields:
        label = obj._meta.get_field(field).verbose_name
        for code, _name in settings.LANGUAGES:
            if getattr(obj, f"{field}_{code}", None):
                continue
            if code in REQUIRED_LANGUAGES:
                message = _("%(field)s is empty in %(language)s.")
            else:
                message = _("%(field)s is empty in %(language)s (falls back to Dutch).")
            items.append(
                Missing(
                    section=section,
                    message=message
                    % {
                        "field": str(label).capitalize(),
                        "language": _language_name(code),
                    },
                    admin_url=admin_url,
                    blocking=code in REQUIRED_LANGUAGES,
                )
            )
    return items


def annual_report_missing(report: AnnualReport) -> list[Missing]:
    """The foreword's and colophon's gaps."""
    section = str(_("Foreword and colophon"))
    admin_url = reverse("admin:chancellery_annualreport_change", args=[report.pk])
    items = translation_gaps(
        report,
        ["foreword_title", "foreword_text", "signatory_role", "organisation", "address"],
        section=section,
        admin_url=admin_url,
    )
    for field in ("signatory_name", "publisher_name", "legal_deposit"):
        if not getattr(report, field):
            label = report._meta.get_field(field).verbose_name
            items.append(
                Missing(
                    section,
                    _("%(field)s is missing.") % {"field": str(label).capitalize()},
                    admin_url,
                )
            )
    return items
