"""Translations that stay in step with their source: which text each translation was made from.

Staff write a text in one language, its *source* (Dutch, or French when the text was first written
in French); translators write the others, often weeks later. For every field registered with
modeltranslation (each app's ``translation.py``) and every other language, a ``TranslationState``
row remembers the source's language, the SHA-256 of the source text the translation was written
against, who wrote it and when. A translation is:

- *missing* when its column is empty;
- *outdated* when the source text changed after it was written (its hash is no longer the row's);
- *up to date* otherwise. A translation written before its source was tracked has no row yet and
  counts as up to date until its source changes: the save that changes the source writes the row
  with the hash of the source as it was, so that the translation turns outdated.

Which language is a field's source: the one its rows name; without rows, Dutch when the Dutch is
written, else French (a text first written in French, its Dutch a translation of it).

**How the rows stay true.** Every save of a translated model, whatever writes it (the admin, an
importer, a service, the demo loader, the translators' import, a script), passes two receivers
connected here, in one place (``connect``, called by ``ChancelleryConfig.ready``): ``pre_save``
reads the stored texts (one query), ``post_save`` compares and writes the rows. A signal and not a
call in each write path because, as with the freeze's guard, the paths are many and a forgotten
one would leave a translation that silently says something else; the rule itself is plain code
below (``record``). Saving a translation (its column changed) marks it up to date against the
current source. Bulk writes (``QuerySet.update``, ``bulk_create``) pass no signal: they leave the
rows as they are, and the next ordinary save of the record puts them right.

**What readers get.** An outdated German or English text is not shown: inside ``readers_view``
(the live draft preview, the rendering of an edition's files) a record loaded from the database
has its outdated de/en columns blanked in memory, so that modeltranslation falls back to the Dutch
and the templates' ``{% fallback %}``/``|lang_attr`` mark it ``lang="nl"``. Outdated French or
Dutch is never shown to the public: it blocks publishing (``chancellery.completeness``).
"""

from __future__ import annotations

import contextvars
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_init, post_save, pre_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from simple_history.models import HistoricalRecords

from chancellery.models import TranslationState

# The languages a field's source may be written in, in the order a source is looked for.
SOURCE_LANGUAGES = ("nl", "fr")
# The languages whose outdated or missing text falls back for readers instead of blocking.
FALLBACK_LANGUAGES = ("de", "en")


def languages() -> list[str]:
    """Every language a text is written in."""
    return [code for code, _name in settings.LANGUAGES]


def translated_models() -> list[type]:
    """Every model with fields registered for translation (concrete models only)."""
    return translator.get_registered_models(abstract=False)


def translated_fields(model) -> tuple[str, ...]:
    """The fields of ``model`` registered for translation, in their declared order."""
    options = translator.get_options_for_model(model)
    return tuple(options.fields)


def text_hash(text: str | None) -> str:
    """The SHA-256 of a text as stored (None and "" are the same empty text)."""
    return hashlib.sha256((text or "").encode()).hexdigest()


class State(models.TextChoices):
    """A text's state in one language."""

    SOURCE = "source", _("source text")
    UP_TO_DATE = "up_to_date", _("up to date")
    OUTDATED = "outdated", _("outdated")
    MISSING = "missing", _("missing")


@dataclass(frozen=True)
class FieldState:
    """One field of one record in one language: its state, and the source it is compared with."""

    field: str
    language: str
    state: State
    source_language: str
    source_text: str
    row: TranslationState | None = None


def _source_language(texts: dict[str, str], rows: Iterable[TranslationState]) -> str | None:
    for row in rows:
        return row.source_language
    for code in SOURCE_LANGUAGES:
        if texts.get(code):
            return code
    return None


def _texts(instance, field: str, values: dict | None = None) -> dict[str, str]:
    if values is not None:
        return {code: values.get(f"{field}_{code}") or "" for code in languages()}
    return {code: getattr(instance, f"{field}_{code}", "") or "" for code in languages()}


def _rows_of(instances: Iterable) -> dict[tuple[int, int], list[TranslationState]]:
    """The state rows of ``instances``, by (content type id, pk): one query for all of them."""
    pks = defaultdict(set)
    for instance in instances:
        if instance is not None and instance.pk is not None:
            pks[type(instance)].add(instance.pk)
    if not pks:
        return {}
    types = ContentType.objects.get_for_models(*pks)
    query = Q(pk__in=[])
    for model, ids in pks.items():
        query |= Q(content_type_id=types[model].pk, object_id__in=ids)
    rows = defaultdict(list)
    for row in TranslationState.objects.filter(query):
        rows[(row.content_type_id, row.object_id)].append(row)
    return rows


def field_states(instance, rows: Iterable[TranslationState]) -> dict[tuple[str, str], FieldState]:
    """Each translated field of ``instance`` in each language, given the record's state rows."""
    by_field = defaultdict(dict)
    for row in rows:
        by_field[row.field][row.language] = row
    states = {}
    for field in translated_fields(type(instance)):
        texts = _texts(instance, field)
        field_rows = by_field.get(field, {})
        source = _source_language(texts, field_rows.values()) or SOURCE_LANGUAGES[0]
        source_text = texts[source]
        for code in languages():
            row = field_rows.get(code)
            if not texts[code]:
                state = State.MISSING
            elif code == source:
                state = State.SOURCE
            elif row is not None and row.source_hash != text_hash(source_text):
                state = State.OUTDATED
            else:
                state = State.UP_TO_DATE
            states[(field, code)] = FieldState(field, code, state, source, source_text, row)
    return states


def states_of(instances: Iterable) -> dict[tuple[type, int], dict[tuple[str, str], FieldState]]:
    """``field_states`` of many records at once (one query): by (model, pk)."""
    instances = [instance for instance in instances if instance is not None]
    rows = _rows_of(instances)
    if not instances:
        return {}
    types = ContentType.objects.get_for_models(*{type(instance) for instance in instances})
    return {
        (type(instance), instance.pk): field_states(
            instance, rows.get((types[type(instance)].pk, instance.pk), [])
        )
        for instance in instances
    }


# -- keeping the rows true on every save --------------------------------------------------------

_BEFORE = "_translation_texts_before"


def _columns(model, update_fields=None) -> list[str]:
    columns = [f"{field}_{code}" for field in translated_fields(model) for code in languages()]
    if update_fields is not None:
        columns = [column for column in columns if column in set(update_fields)]
    return columns


def _writer(instance):
    """Who writes: the user a service names (``_history_user``, as the audit trail reads it), or
    the request's (simple_history's middleware keeps it), or nobody (a command)."""
    user = getattr(instance, "_history_user", None)
    if user is None:
        request = getattr(HistoricalRecords.context, "request", None)
        user = getattr(request, "user", None)
    return user if getattr(user, "is_authenticated", False) else None


def record(instance, *, before: dict | None, user=None, now=None) -> None:
    """Bring the state rows of ``instance`` in step with its texts, just saved.

    ``before`` holds the texts as stored before the save (``{"title_nl": ...}``), None for a new
    record. A translation whose text this save changed is marked up to date against the current
    source; one left unchanged keeps its row (outdated if the source changed); one found without
    a row gets one against the source as it was before the save; an emptied one loses its row.
    """
    model = type(instance)
    content_type = ContentType.objects.get_for_model(model)
    stored = defaultdict(dict)
    for row in TranslationState.objects.filter(content_type=content_type, object_id=instance.pk):
        stored[row.field][row.language] = row
    now = now or timezone.now()
    fields = translated_fields(model)
    if before is not None:
        fields = [f for f in fields if any(f"{f}_{code}" in before for code in languages())]
    for field in fields:
        texts = _texts(instance, field)
        previous = _texts(None, field, before) if before is not None else None
        rows = stored.get(field, {})
        # A source is what was written first: the texts as they were, when they had one.
        was_written = previous is not None and any(previous[c] for c in SOURCE_LANGUAGES)
        source = _source_language(previous if was_written else texts, rows.values())
        if source is None:
            TranslationState.objects.filter(pk__in=[row.pk for row in rows.values()]).delete()
            continue
        source_now = text_hash(texts[source])
        source_before = text_hash(previous[source]) if previous is not None else source_now
        for code in languages():
            if code == source:
                continue
            row = rows.get(code)
            if not texts[code]:
                if row is not None:
                    row.delete()
                continue
            written = previous is None or previous[code] != texts[code]
            if written:
                TranslationState.objects.update_or_create(
                    content_type=content_type,
                    object_id=instance.pk,
                    field=field,
                    language=code,
                    defaults={
                        "source_language": source,
                        "source_hash": source_now,
                        "translated_by": user,
                        "translated_at": now,
                    },
                )
            elif row is None:
                TranslationState.objects.create(
                    content_type=content_type,
                    object_id=instance.pk,
                    field=field,
                    language=code,
                    source_language=source,
                    source_hash=source_before,
                )


def mark_up_to_date(instance, fields: Iterable[str], language: str, *, user=None) -> None:
    """Mark the translations of ``fields`` into ``language`` as made from the current source,
    whether or not this save changed their text: a translator who returns a translation
    unchanged confirms that it still says what the source says (the translators' import)."""
    content_type = ContentType.objects.get_for_model(type(instance))
    for field in fields:
        texts = _texts(instance, field)
        rows = TranslationState.objects.filter(
            content_type=content_type, object_id=instance.pk, field=field
        )
        source = _source_language(texts, rows)
        if source is None or source == language or not texts[language]:
            continue
        TranslationState.objects.update_or_create(
            content_type=content_type,
            object_id=instance.pk,
            field=field,
            language=language,
            defaults={
                "source_language": source,
                "source_hash": text_hash(texts[source]),
                "translated_by": user,
                "translated_at": timezone.now(),
            },
        )


def _before_save(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """pre_save: keep the texts as stored, for ``record`` to compare (one query)."""
    instance.__dict__.pop(_BEFORE, None)
    if raw:
        return
    columns = _columns(sender, update_fields)
    if not columns:
        return
    before = None
    if instance.pk is not None:
        before = sender._base_manager.filter(pk=instance.pk).values(*columns).first()
    instance.__dict__[_BEFORE] = (before, columns)


def _after_save(sender, instance, created=False, raw=False, **kwargs) -> None:
    """post_save: ``record`` the save (never for fixtures loaded raw)."""
    kept = instance.__dict__.pop(_BEFORE, None)
    if raw or kept is None:
        return
    before, columns = kept
    if before is None and not created:
        before = {}
    if before is not None:
        before = {column: before.get(column) for column in columns}
    record(instance, before=None if created else before, user=_writer(instance))


def _after_delete(sender, instance, **kwargs) -> None:
    """post_delete: a deleted record's translations have no state any more."""
    TranslationState.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
    ).delete()


# -- what readers get ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _ReadersView:
    language: str
    content_types: dict[type, int]
    rows: dict[tuple[int, int, str], tuple[str, str]]


_readers: contextvars.ContextVar[_ReadersView | None] = contextvars.ContextVar(
    "translation_readers_view", default=None
)


@contextmanager
def readers_view(language: str) -> Iterator[None]:
    """Inside it, records loaded from the database show no outdated text of ``language`` (de,
    en): the column is blanked in memory, so that readers get the fallback. One query, nothing for
    nl and fr (an outdated text there blocks publishing). Never save a record loaded inside it."""
    language = (language or "")[:2]
    if language not in FALLBACK_LANGUAGES:
        yield
        return
    models = translated_models()
    content_types = {
        model: content_type.pk
        for model, content_type in ContentType.objects.get_for_models(*models).items()
    }
    rows = {
        (content_type_id, object_id, field): (source_language, source_hash)
        for content_type_id, object_id, field, source_language, source_hash in (
            TranslationState.objects.filter(language=language).values_list(
                "content_type_id", "object_id", "field", "source_language", "source_hash"
            )
        )
    }
    token = _readers.set(_ReadersView(language, content_types, rows))
    try:
        yield
    finally:
        _readers.reset(token)


def _hide_outdated(sender, instance, **kwargs) -> None:
    """post_init: inside ``readers_view``, blank the outdated text of the readers' language."""
    view = _readers.get()
    if view is None or instance.pk is None:
        return
    content_type_id = view.content_types.get(sender)
    if content_type_id is None:
        return
    values = instance.__dict__
    for field in translated_fields(sender):
        entry = view.rows.get((content_type_id, instance.pk, field))
        if entry is None:
            continue
        source_language, source_hash = entry
        source_column = f"{field}_{source_language}"
        # A deferred column is not read here: that would cost a query per record.
        if source_column in values and text_hash(values[source_column]) != source_hash:
            values[f"{field}_{view.language}"] = ""


def connect() -> None:
    """Connect the receivers above to every translated model (called once, at start-up)."""
    for model in translated_models():
        label = model._meta.label
        pre_save.connect(_before_save, sender=model, dispatch_uid=f"translation-pre-{label}")
        post_save.connect(_after_save, sender=model, dispatch_uid=f"translation-post-{label}")
        post_delete.connect(_after_delete, sender=model, dispatch_uid=f"translation-del-{label}")
        post_init.connect(_hide_outdated, sender=model, dispatch_uid=f"translation-init-{label}")
