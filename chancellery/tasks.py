"""Background tasks of the core, run by ``manage.py db_worker`` (Django's tasks framework).

Imported from ``django_tasks`` (the backport): on Django 6 the import becomes ``django.tasks``.
"""

from django_tasks import task

from chancellery import editions


@task()
def render_edition(edition_id: int) -> str:
    """Render and store every file of an edition, then make it current (see ``editions``)."""
    return editions.edition_render(edition_id=edition_id)


@task()
def send_reminders() -> dict[str, int]:
    """The daily check of the data-collection calendar: progress and reminders (``collection``)."""
    from chancellery import collection

    return collection.reminders_send()


@task()
def check_import(job_id: int) -> str:
    """Check a large import's file, off the request path (see ``background_imports``)."""
    from chancellery import background_imports

    return background_imports.import_check(job_id=job_id)


@task()
def run_import(job_id: int) -> str:
    """Write a confirmed large import, all or nothing (see ``background_imports``)."""
    from chancellery import background_imports

    return background_imports.import_run(job_id=job_id)
