"""Large spreadsheet imports: checked and written by the task worker, with their progress.

django-import-export checks a whole file in the request (its preview) and writes it in the next
(its confirmation): a 60.000-row guest list took 21 s each time, near gunicorn's timeout. A file
of more than ``IMPORT_BACKGROUND_ROWS`` rows goes instead to an ``ImportJob``: the worker checks
it (the same dry run, every bad row named with its file line), the admin shows how far it got,
the staff member confirms, and the worker imports it, all or nothing, in one transaction, with
the admin's own log entries. Smaller files keep the usual preview.

The upload is kept in the job only while it waits for its confirmation: refused, imported, failed,
cancelled or past ``IMPORT_PREVIEW_SECONDS``, it is deleted (``import_jobs_forget``, also run by
``anonymise_guests``).

Progress: the import's own transaction shows nothing to other connections until it ends, so the
rows done are written on a connection of their own (PostgreSQL; elsewhere the page shows the
step only).
"""

from __future__ import annotations

import datetime
import logging
from types import SimpleNamespace

import psycopg
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from import_export.results import RowResult
from import_export.signals import post_import

from chancellery.imports import preview_seconds
from chancellery.models import ImportJob

logger = logging.getLogger(__name__)

# The errors a job keeps to show (it counts them all).
MAX_ERRORS_SHOWN = 500
# The rows done are written every this many rows.
PROGRESS_EVERY = 500
RUNNING = (ImportJob.State.CHECKING, ImportJob.State.IMPORTING)


def import_jobs_forget(*, model: str | None = None, older_than: datetime.timedelta | None = None):
    """Delete the jobs not running (with their uploads): of ``model`` if given, created more than
    ``older_than`` ago if given. Returns how many."""
    jobs = ImportJob.objects.exclude(state__in=RUNNING)
    if model is not None:
        jobs = jobs.filter(model=model)
    if older_than is not None:
        jobs = jobs.filter(created_at__lt=timezone.now() - older_than)
    count, _by_model = jobs.delete()
    return count


def _expired(job: ImportJob) -> bool:
    age = timezone.now() - job.created_at
    return job.state not in RUNNING and age > datetime.timedelta(seconds=preview_seconds())


class BackgroundImportMixin:
    """For an ``ImportExportModelAdmin``: a file of more than ``IMPORT_BACKGROUND_ROWS`` rows is
    checked and imported by the task worker, and the admin shows its progress. Its resource's
    ``import_data`` receives ``progress``, a function to call once per row checked."""

    import_job_template = "admin/import_job.html"

    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        job = path(
            "import/<int:job_id>/",
            self.admin_site.admin_view(self.import_job_view),
            name="{}_{}_import_job".format(*info),
        )
        return [job, *super().get_urls()]

    def import_action(self, request, **kwargs):
        if request.method == "POST" and self.has_import_permission(request):
            form = self.create_import_form(request)
            if form.is_valid():
                job = self._large_import_job(request, form)
                if job is not None:
                    return HttpResponseRedirect(self._job_url(job))
        return super().import_action(request, **kwargs)

    def _large_import_job(self, request, form) -> ImportJob | None:
        """A job for the upload when it has more rows than are checked in the request."""
        upload = form.cleaned_data["import_file"]
        content = b"".join(upload.chunks())
        upload.seek(0)
        file_format = int(form.cleaned_data["format"])
        try:
            dataset = self._input_format(file_format).create_dataset(content)
        except Exception:  # noqa: BLE001 - django-import-export's preview says what is wrong
            return None
        if len(dataset) <= settings.IMPORT_BACKGROUND_ROWS:
            return None
        import_jobs_forget(older_than=datetime.timedelta(seconds=preview_seconds()))
        job = ImportJob.objects.create(
            model=self.model._meta.label_lower,
            user=request.user,
            file_name=upload.name[:255],
            file_format=file_format,
            content=content,
            rows_total=len(dataset),
        )
        from chancellery.tasks import check_import

        check_import.enqueue(job_id=job.pk)
        return job

    def _input_format(self, index: int):
        # As django-import-export's own confirmation step builds it.
        return self.get_import_formats()[index](encoding=self.from_encoding)

    def _job_url(self, job: ImportJob) -> str:
        info = self.model._meta.app_label, self.model._meta.model_name
        return reverse(
            "admin:{}_{}_import_job".format(*info),
            args=[job.pk],
            current_app=self.admin_site.name,
        )

    def import_job_view(self, request, job_id: int):
        """The job's page: its progress, then what the check found, the confirmation, the end."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        job = get_object_or_404(
            ImportJob, pk=job_id, model=self.model._meta.label_lower, user=request.user
        )
        import_url = reverse(
            f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_import",
            current_app=self.admin_site.name,
        )
        if _expired(job) and job.state == ImportJob.State.READY:
            job.delete()
            messages.error(request, _("This import has expired: upload the file again."))
            return HttpResponseRedirect(import_url)
        if request.method == "POST":
            return self._import_job_post(request, job, import_url)
        if request.GET.get("progress") is not None:
            return JsonResponse(
                {"state": job.state, "rows_done": job.rows_done, "rows_total": job.rows_total}
            )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import"),
            "subtitle": job.file_name,
            "opts": self.model._meta,
            "job": job,
            "running": job.state in RUNNING,
            "import_url": import_url,
            "changelist_url": reverse(
                f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_changelist",
                current_app=self.admin_site.name,
            ),
        }
        return TemplateResponse(request, self.import_job_template, context)

    def _import_job_post(self, request, job: ImportJob, import_url: str):
        action = request.POST.get("action")
        if action == "confirm":
            # Once only, however often the button is pressed.
            started = ImportJob.objects.filter(pk=job.pk, state=ImportJob.State.READY).update(
                state=ImportJob.State.IMPORTING, rows_done=0
            )
            if started:
                from chancellery.tasks import run_import

                run_import.enqueue(job_id=job.pk)
            return HttpResponseRedirect(self._job_url(job))
        if action == "cancel" and job.state not in RUNNING:
            job.delete()
            messages.info(request, _("The import was cancelled; its file is deleted."))
            return HttpResponseRedirect(import_url)
        return HttpResponseRedirect(self._job_url(job))


class _Progress:
    """Counts the rows done and writes the count every ``PROGRESS_EVERY`` rows, on a connection
    of its own (PostgreSQL, outside any transaction; otherwise it counts only)."""

    def __init__(self, job_id: int) -> None:
        self.job_id, self.done = job_id, 0
        self._connection = None
        # Inside a transaction (a test's, or a caller's) the job's row may be locked by it: the
        # other connection would wait for ever.
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            try:
                self._connection = connection.get_new_connection(connection.get_connection_params())
                self._connection.autocommit = True
                self._connection.execute("SET lock_timeout = '1s'")
            except psycopg.Error as error:
                logger.warning("Import progress not written (%s).", error)
                self._connection = None

    def row_done(self) -> None:
        self.done += 1
        if self._connection is not None and self.done % PROGRESS_EVERY == 0:
            try:
                self._connection.execute(
                    f"UPDATE {ImportJob._meta.db_table} SET rows_done = %s WHERE id = %s",
                    [self.done, self.job_id],
                )
            except psycopg.Error as error:
                logger.warning("Import progress not written (%s).", error)
                self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _model_admin(job: ImportJob):
    from django.apps import apps

    return admin.site.get_model_admin(apps.get_model(job.model))


def _import(model_admin, job: ImportJob, *, dry_run: bool):
    """django-import-export's import of the job's file, as the admin would run it for its user."""
    dataset = model_admin._input_format(job.file_format).create_dataset(bytes(job.content))
    # What django-import-export's hooks read of a request.
    request = SimpleNamespace(user=job.user)
    resource_class = model_admin.get_import_resource_classes(request)[0]
    resource = resource_class(**model_admin.get_import_resource_kwargs(request))
    progress = _Progress(job.pk)
    try:
        return resource.import_data(
            dataset,
            dry_run=dry_run,
            raise_errors=False,
            use_transactions=True,
            # All or nothing: one bad row and nothing is written.
            rollback_on_validation_errors=True,
            retain_instance_in_row_result=True,
            file_name=job.file_name,
            user=job.user,
            # Called once per row checked: the resource's import_data passes it on.
            progress=progress.row_done,
        )
    finally:
        progress.close()


def _errors(result) -> list[dict]:
    """Every error of an import's result: its file line (None for the file's own), the column
    (empty when it is the row's), the message."""
    errors = [{"line": None, "field": "", "message": str(e.error)} for e in result.base_errors]
    for number, row_errors in result.row_errors():
        errors += [{"line": number, "field": "", "message": str(e.error)} for e in row_errors]
    for row in result.invalid_rows:
        for field, field_messages in row.error_dict.items():
            name = "" if field == NON_FIELD_ERRORS else field
            errors += [{"line": row.number, "field": name, "message": m} for m in field_messages]
    return sorted(errors, key=lambda error: error["line"] or 0)


def _totals(result) -> dict[str, int]:
    return {
        "new": result.totals[RowResult.IMPORT_TYPE_NEW],
        "update": result.totals[RowResult.IMPORT_TYPE_UPDATE],
        "skip": result.totals[RowResult.IMPORT_TYPE_SKIP],
    }


def _finish(job: ImportJob, state: str, result=None) -> None:
    """The job's end, or its check's: the file gone unless it waits for its confirmation."""
    if result is not None:
        errors = _errors(result)
        job.totals, job.error_count = _totals(result), len(errors)
        job.errors = errors[:MAX_ERRORS_SHOWN]
        job.rows_done = job.rows_total
    job.state = state
    if state != ImportJob.State.READY:
        job.content = None
        job.finished_at = timezone.now()
    job.save()


def import_check(*, job_id: int) -> str:
    """Check a job's file (a dry run): ready to import, or refused with every error."""
    job = ImportJob.objects.select_related("user").get(pk=job_id)
    if job.state != ImportJob.State.CHECKING:
        return job.state
    try:
        result = _import(_model_admin(job), job, dry_run=True)
    except BaseException:
        _finish(job, ImportJob.State.FAILED)
        raise
    failed = result.has_errors() or result.has_validation_errors()
    _finish(job, ImportJob.State.REFUSED if failed else ImportJob.State.READY, result)
    return job.state


def import_run(*, job_id: int) -> str:
    """Import a confirmed job's file, all or nothing, with the admin's log entries."""
    job = ImportJob.objects.select_related("user").get(pk=job_id)
    if job.state != ImportJob.State.IMPORTING:
        return job.state
    model_admin = _model_admin(job)
    try:
        result = _import(model_admin, job, dry_run=False)
    except BaseException:
        _finish(job, ImportJob.State.FAILED)
        raise
    if result.has_errors() or result.has_validation_errors():
        # Rolled back: the data changed since the check.
        _finish(job, ImportJob.State.FAILED, result)
        return job.state
    model_admin.generate_log_entries(result, SimpleNamespace(user=job.user))
    post_import.send(sender=None, model=model_admin.model)
    _finish(job, ImportJob.State.DONE, result)
    return job.state
