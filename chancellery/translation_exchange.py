"""The translators' round trip: a year's texts missing or outdated in one language, out and back.

**Export.** The units are exactly what the completeness check lists for the year in that language
(``registry.missing`` and the report's own texts: ``Missing.record``/``field``/``language``), one
per field of a record, with the source text, the current translation when there is one (it is
outdated), and the context a translator needs: the part of the report, the record, the field and
its character limit. Two formats, written with translate-toolkit:

- XLIFF 1.2: one ``<file>`` per source language (Dutch, or French for texts written in French);
  a ``<trans-unit>`` per text, ``maxwidth``/``size-unit="char"`` for the limit, the current
  translation as an ``<alt-trans>``; the translator writes the ``<target>``.
- PO: ``msgctxt`` the unit's id, ``msgid`` the source, ``msgstr`` the current translation marked
  *fuzzy* (a CAT tool shows it as needing review); the translator fills or corrects ``msgstr``
  and clears the flag. A fuzzy or empty entry is not imported.

A unit's id is ``<app>.<model>.<pk>.<field>`` (``meetings.meetingsyear.3.title``).

**Import.** Every unit with a translation is checked: its id names a translated field of an
existing record; its source text is still the record's (else the source changed since the export);
the text fits the field; it keeps the source's placeholders (``%(name)s``, ``{name}``) and its
line structure (as many line breaks and paragraphs); the record is not frozen by a published year
(``chancellery.freeze``); the language is a translation of that field, not its source. One refused
unit refuses the whole file, each refused unit named with its reason; otherwise every text is
written in one transaction, through the records' ordinary save: the freeze's guard, the audit
trail (who: the importing user) and the translation state (up to date from now on).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree
from translate.storage import base, pypo, xliff

from chancellery import freeze, locking, translation_state
from chancellery.completeness import annual_report_missing, language_name
from chancellery.models import AnnualReport
from chancellery.registry import registry
from chancellery.translation_state import State

FORMATS = ("xliff", "po")
CONTENT_TYPES = {"xliff": "application/x-xliff+xml", "po": "text/x-gettext-translation"}
EXTENSIONS = {"xliff": "xlf", "po": "po"}

# What a translation must keep of its source: Python's and brace-style placeholders.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"


class Xliff12Unit(xliff.xliffunit):
    """A trans-unit in the XLIFF 1.2 namespace."""

    namespace = XLIFF_12


class Xliff12File(xliff.xlifffile):
    """translate-toolkit's XLIFF store, written as XLIFF 1.2 (its default skeleton is 1.1)."""

    UnitClass = Xliff12Unit
    namespace = XLIFF_12
    XMLskeleton = """<?xml version="1.0" ?>
<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>
<file original='NoName' source-language='nl' datatype='plaintext'>
<body>
</body>
</file>
</xliff>"""


@dataclass(frozen=True)
class Unit:
    """One text to translate: a field of a record, in one target language."""

    id: str
    source_language: str
    language: str
    source: str
    current: str
    state: State
    section: str
    record: str
    field: str
    field_label: str
    max_length: int | None


@dataclass(frozen=True)
class RefusedUnit:
    """A unit of an import that cannot be written, and why."""

    id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.id}: {self.reason}"


class ImportRefused(ValidationError):
    """The whole import is refused: nothing was written. ``refused`` names each unit."""

    def __init__(self, refused: list[RefusedUnit]):
        self.refused = refused
        super().__init__([str(unit) for unit in refused], code="translation-import")


def unit_id(record, field: str) -> str:
    """The id of a record's field in an export: ``<app>.<model>.<pk>.<field>``."""
    return f"{record._meta.label_lower}.{record.pk}.{field}"


def target_languages() -> list[str]:
    """The languages an export can be made for."""
    return [code for code, _name in settings.LANGUAGES]


def all_units(year: int) -> dict[str, list[Unit]]:
    """The year's texts missing or outdated, per target language, that have a source to
    translate: what the completeness check lists (its queries, and one for the states)."""
    report = AnnualReport.objects.filter(year=year).first()
    items = list(registry.missing(year))
    if report is not None:
        items += annual_report_missing(report)
    items = [item for item in items if item.record is not None]
    states = translation_state.states_of({id(item.record): item.record for item in items}.values())
    found, seen = {code: [] for code in target_languages()}, set()
    for item in items:
        record, language = item.record, item.language
        state = states[(type(record), record.pk)][(item.field, language)]
        key = (unit_id(record, item.field), language)
        if key in seen or not state.source_text or state.source_language == language:
            continue
        seen.add(key)
        model_field = record._meta.get_field(item.field)
        found[language].append(
            Unit(
                id=key[0],
                source_language=state.source_language,
                language=language,
                source=state.source_text,
                current=getattr(record, f"{item.field}_{language}") or "",
                state=state.state,
                section=item.section,
                record=str(record),
                field=item.field,
                field_label=str(model_field.verbose_name),
                max_length=getattr(model_field, "max_length", None),
            )
        )
    return found


def units(year: int, language: str) -> list[Unit]:
    """The year's texts missing or outdated in ``language`` that have a source to translate."""
    return all_units(year)[language]


def _context_note(unit: Unit) -> str:
    lines = [
        _("Section: %(section)s") % {"section": unit.section},
        _("Record: %(record)s") % {"record": unit.record},
        _("Field: %(field)s") % {"field": unit.field_label},
    ]
    if unit.max_length:
        lines.append(_("At most %(count)s characters.") % {"count": unit.max_length})
    if unit.state == State.OUTDATED:
        lines.append(_("The current translation is outdated: its source text changed."))
    return "\n".join(lines)


def export(year: int, language: str, file_format: str) -> bytes:
    """The year's texts missing or outdated in ``language`` as an XLIFF 1.2 or a PO file."""
    if file_format not in FORMATS:
        raise ValueError(file_format)
    found = units(year, language)
    if file_format == "po":
        store = pypo.pofile()
        store.updateheader(
            add=True,
            Language=language,
            Project_Id_Version=f"annual-report-{year}",
            Content_Type="text/plain; charset=UTF-8",
        )
        for unit in found:
            entry = store.addsourceunit(unit.source)
            entry.setcontext(unit.id)
            entry.addnote(_context_note(unit), origin="developer")
            entry.addnote(f"source-language: {unit.source_language}", origin="developer")
            if unit.current:
                entry.target = unit.current
                entry.markfuzzy(True)
        return bytes(store)
    store = Xliff12File(sourcelanguage="nl", targetlanguage=language)
    for source_language in sorted({unit.source_language for unit in found}):
        name = f"annual-report-{year}-{source_language}"
        store.switchfile(name, createifmissing=True)
        store.getfilenode(name).set("source-language", source_language)
        for unit in (u for u in found if u.source_language == source_language):
            entry = store.addsourceunit(unit.source, filename=name)
            entry.setid(unit.id)
            entry.addnote(_context_note(unit), origin="developer")
            if unit.max_length:
                entry.xmlelement.set("maxwidth", str(unit.max_length))
                entry.xmlelement.set("size-unit", "char")
            if unit.current:
                entry.addalttrans(unit.current, origin="current-translation", lang=language)
    return bytes(store)


def filename(year: int, language: str, file_format: str) -> str:
    """The download name of an export: ``annual-report-2016-fr.xlf``."""
    return f"annual-report-{year}-{language}.{EXTENSIONS[file_format]}"


# -- import -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Translated:
    id: str
    source: str
    target: str


def _read(content: bytes) -> tuple[str | None, list[_Translated]]:
    """The target language and the translated units of an XLIFF or PO file."""
    head = content.lstrip()[:200]
    if head.startswith(b"<"):
        store = xliff.xlifffile.parsestring(content)
        language = store.gettargetlanguage()
        found = [
            # The id as written: translate-toolkit's getid() prefixes the <file>'s name.
            _Translated(unit.xmlelement.get("id"), str(unit.source or ""), str(unit.target or ""))
            for unit in store.getunits()
            if unit.istranslatable()
        ]
        return language, found
    store = pypo.pofile.parsestring(content)
    language = store.parseheader().get("Language")
    found = [
        _Translated(unit.getcontext(), str(unit.source or ""), str(unit.target or ""))
        for unit in store.units
        if not unit.isheader() and not unit.isobsolete() and not unit.isfuzzy()
    ]
    return language, found


def _record_of(key: str, records: dict):
    """The record (locked, once per record: ``records``) and field a unit id names, or None."""
    parts = key.split(".")
    if len(parts) != 4 or not parts[2].isdigit():
        return None, None
    app_label, model_name, pk, field = parts
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None, None
    if model not in translation_state.translated_models():
        return None, None
    if field not in translation_state.translated_fields(model):
        return None, None
    if (model, int(pk)) not in records:
        records[(model, int(pk))] = (
            model._default_manager.select_for_update().filter(pk=int(pk)).first()
        )
    return records[(model, int(pk))], field


def _lines(text: str) -> tuple[int, int]:
    normalised = text.replace("\r\n", "\n").strip("\n")
    return normalised.count("\n"), len(re.split(r"\n\s*\n", normalised))


def _check(unit: _Translated, record, field: str, language: str, states) -> str | None:
    """Why ``unit`` cannot be written, or None."""
    state = states[(type(record), record.pk)][(field, language)]
    if state.source_language == language:
        return _("the text in %(language)s is this field's source, not a translation.") % {
            "language": language_name(language)
        }
    if unit.source != state.source_text:
        return _("its source text changed since the export: export the texts again.")
    model_field = record._meta.get_field(field)
    limit = getattr(model_field, "max_length", None)
    if limit and len(unit.target) > limit:
        return _("%(count)s characters, more than the field's %(limit)s.") % {
            "count": len(unit.target),
            "limit": limit,
        }
    missing = sorted(set(PLACEHOLDER.findall(unit.source)) - set(PLACEHOLDER.findall(unit.target)))
    if missing:
        return _("the placeholders %(placeholders)s of the source are missing.") % {
            "placeholders": ", ".join(missing)
        }
    if _lines(unit.target) != _lines(unit.source):
        breaks, paragraphs = _lines(unit.source)
        return _(
            "the line structure is lost: the source has %(paragraphs)s paragraph(s) and "
            "%(breaks)s line break(s)."
        ) % {"paragraphs": paragraphs, "breaks": breaks}
    try:
        freeze.check_editable(record)
    except ValidationError as error:
        return " ".join(error.messages)
    return None


@transaction.atomic
def translations_import(*, content: bytes, language: str, user) -> list[str]:
    """Write the translations of an XLIFF or PO file into ``language``, all or nothing.

    Returns the ids of the units written. Raises ``ImportRefused`` naming each refused unit (and
    writes nothing), or ValidationError for a file that is not an export for this language.
    """
    if language not in target_languages():
        raise ValidationError(_("Choose one of the report's languages."), code="language")
    try:
        file_language, found = _read(content)
    except (ValueError, UnicodeError, etree.XMLSyntaxError, base.ParseError) as error:
        raise ValidationError(
            _("This file is not an XLIFF or PO file: %(error)s") % {"error": error},
            code="format",
        ) from error
    if file_language and file_language[:2] != language:
        raise ValidationError(
            _("This file translates into %(file)s, not into %(language)s.")
            % {"file": file_language, "language": language_name(language)},
            code="language",
        )
    found = [unit for unit in found if unit.target.strip()]
    if not found:
        raise ValidationError(_("This file holds no translated text."), code="empty")
    refused, targets, records = [], [], {}
    for unit in found:
        record, field = _record_of(unit.id or "", records)
        if record is None:
            refused.append(RefusedUnit(unit.id or "?", _("no such text (unknown unit id).")))
        else:
            targets.append((unit, record, field))
    states = translation_state.states_of(record for record in records.values() if record)
    for unit, record, field in targets:
        reason = _check(unit, record, field, language, states)
        if reason:
            refused.append(RefusedUnit(unit.id, reason))
    if refused:
        raise ImportRefused(refused)
    fields = defaultdict(list)
    for unit, record, field in targets:
        setattr(record, f"{field}_{language}", unit.target)
        fields[id(record)].append(field)
    for record in {id(record): record for _unit, record, _field in targets}.values():
        # The audit trail and the translation state read who wrote it from here.
        record._history_user = user
        if any(field.name == locking.VERSION_FIELD for field in record._meta.fields):
            # Raised as the admin does, so that a change form opened before sees the import.
            locking.save_if_unchanged(
                record, expected_version=getattr(record, locking.VERSION_FIELD), save=record.save
            )
        else:
            record.save()
        # A translation returned unchanged is confirmed too: up to date from now on.
        translation_state.mark_up_to_date(record, fields[id(record)], language, user=user)
    return [unit.id for unit, _record, _field in targets]
