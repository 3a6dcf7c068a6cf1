"""Completeness of a year's report: what is missing before it can be published.

One language policy for every app (``translation_gaps``): Dutch and French are required, so a text
missing or outdated in either blocks publishing; German and English fall back to the Dutch (then
the French), so a gap there is listed without blocking, and readers get the fallback meanwhile.
An *outdated* translation is one whose source text changed after it was written
(``chancellery.translation_state``). A text the model allows to leave empty, and that is empty in
every language, is not a gap. Languages are named in words in the reader's language ("in het
Duits", "en allemand"), fields by their label, the part of the report by the label its app
registered (``registry.section_label``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from chancellery import translation_state
from chancellery.models import AnnualReport
from chancellery.registry import Missing
from chancellery.translation_state import State

REQUIRED_LANGUAGES = ("nl", "fr")


def language_name(code: str) -> str:
    """The language's name in the reader's language, as written inside a sentence."""
    name = str(get_language_info(code)["name_translated"])
    # French writes language names in lower case; Dutch, German and English capitalise them.
    return name.lower() if (get_language() or "").startswith("fr") else name


@dataclass(frozen=True)
class Texts:
    """The translated fields of one record that a report part prints, and how to name it.

    ``what`` names the record in a message ("The narrative of 2016"); ``required`` lists fields
    the report needs although the model lets them be empty (a foreword's title).
    """

    record: object
    fields: tuple[str, ...]
    admin_url: str = ""
    what: str = ""
    required: tuple[str, ...] = ()


def _message(state: State, blocking: bool) -> str:
    if state == State.MISSING:
        if blocking:
            return _("%(what)s: “%(field)s” is empty in %(language)s.")
        return _("%(what)s: “%(field)s” is empty in %(language)s (falls back to Dutch).")
    if blocking:
        return _(
            "%(what)s: “%(field)s” in %(language)s is outdated: its source text in %(source)s "
            "changed after it was translated."
        )
    return _(
        "%(what)s: “%(field)s” in %(language)s is outdated: its source text in %(source)s "
        "changed after it was translated (falls back to Dutch)."
    )


def translation_gaps(records: Iterable[Texts], *, section: str) -> list[Missing]:
    """A Missing item for each text of ``records`` missing or outdated in a language.

    One query for all the records (their translation states), however many there are.
    """
    records = [texts for texts in records if texts.record is not None]
    states = translation_state.states_of(texts.record for texts in records)
    items = []
    for texts in records:
        record = texts.record
        record_states = states[(type(record), record.pk)]
        what = texts.what or str(record)
        for field in texts.fields:
            model_field = record._meta.get_field(field)
            written = any(getattr(record, f"{field}_{code}", "") for code, _n in settings.LANGUAGES)
            if not written and model_field.blank and field not in texts.required:
                continue  # an optional text left empty in every language is not missing
            for code, _name in settings.LANGUAGES:
                state = record_states[(field, code)]
                if state.state not in (State.MISSING, State.OUTDATED):
                    continue
                blocking = code in REQUIRED_LANGUAGES
                items.append(
                    Missing(
                        section=section,
                        message=_message(state.state, blocking)
                        % {
                            "what": what,
                            "field": capfirst(str(model_field.verbose_name)),
                            "language": language_name(code),
                            "source": language_name(state.source_language),
                        },
                        admin_url=texts.admin_url,
                        blocking=blocking,
                        record=record,
                        field=field,
                        language=code,
                    )
                )
    return items


def annual_report_missing(report: AnnualReport) -> list[Missing]:
    """The foreword's and colophon's gaps."""
    section = str(_("Foreword and colophon"))
    admin_url = reverse("admin:chancellery_annualreport_change", args=[report.pk])
    fields = ("foreword_title", "foreword_text", "signatory_role", "organisation", "address")
    items = translation_gaps([Texts(report, fields, admin_url, required=fields)], section=section)
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
