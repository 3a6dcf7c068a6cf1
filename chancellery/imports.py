"""Where the admin's import preview keeps an upload until it is confirmed (django-import-export).

django-import-export's default writes every previewed upload to ``/tmp/tmpXXXX`` and deletes it
only on confirmation, and its confirm step opens whatever file name it is posted. Here the upload
goes to the cache, under a random key, for ``IMPORT_PREVIEW_SECONDS`` (an hour) at most; it is
removed when the import is confirmed or the preview refuses the file, and expires otherwise. The
confirm form carries that key signed by the server (``django.core.signing``): a name the server
did not issue, or one past its expiry, is refused with a message, and no file is ever opened.
With several instances, the cache must be shared (``DJANGO_CACHE_URL=db://`` or ``redis://``),
as it must be for the reports already.
"""

from __future__ import annotations

from uuid import uuid4

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from import_export.forms import ConfirmImportForm
from import_export.tmp_storages import CacheStorage

_SALT = "chancellery.imports.preview"
NOT_ISSUED = _("This import was not prepared by this server or has expired: upload the file again.")


def preview_seconds() -> int:
    """How long an upload waits for its confirmation."""
    return getattr(settings, "IMPORT_PREVIEW_SECONDS", 3600)


class PreviewStorage(CacheStorage):
    """An upload in the cache under a random key; ``name`` is that key, signed."""

    CACHE_PREFIX = "import-preview-"

    def save(self, data):
        key = uuid4().hex
        self.name = signing.dumps(key, salt=_SALT)
        cache.set(self.CACHE_PREFIX + key, data, preview_seconds())

    def read(self):
        return cache.get(self._cache_key())

    def remove(self):
        cache.delete(self._cache_key())

    def _cache_key(self) -> str:
        return self.CACHE_PREFIX + signing.loads(self.name, salt=_SALT, max_age=preview_seconds())


class SignedConfirmImportForm(ConfirmImportForm):
    """The confirm step: only an upload name this server signed, whose upload is still stored."""

    def clean_import_file_name(self):
        name = self.cleaned_data["import_file_name"]
        try:
            stored = PreviewStorage(name=name).read()
        except signing.BadSignature:
            stored = None
        if stored is None:
            raise forms.ValidationError(NOT_ISSUED, code="not_issued")
        return name
