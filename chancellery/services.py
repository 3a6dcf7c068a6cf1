"""Writes on the core's models that more than one view, admin action or command performs."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from chancellery import serving
from chancellery.models import AnnualReport, Edition, Licence, PublicationEvent
from chancellery.registry import registry

PUBLISH_PERMISSION = "chancellery.publish_annualreport"
# A correction note is required in the languages whose texts block publishing.
NOTE_REQUIRED_LANGUAGES = ("nl", "fr")
# So is the justification of a licence other than CC0 (Royal Decree of 2 June 2019).
JUSTIFICATION_REQUIRED_LANGUAGES = ("nl", "fr")


def _check_may_publish(user) -> None:
    # user None: the demo loader, run by an operator from the command line.
    if user is not None and not user.has_perm(PUBLISH_PERMISSION):
        raise PermissionDenied(_("You may not publish or unpublish annual reports."))


@transaction.atomic
def report_publish(
    *,
    report: AnnualReport,
    user,
    licence: str = Licence.CC0,
    correction_note: dict[str, str] | None = None,
    licence_justification: dict[str, str] | None = None,
    require_complete: bool = True,
    render_now: bool = False,
    published_at: datetime.datetime | None = None,
) -> Edition:
    """Publish a year's report as its next edition: freeze its data and render its files.

    Refused while the completeness check finds a blocking item (missing in Dutch or French), and,
    from the second edition on, without a correction note in Dutch and French; a licence other
    than CC0 (the Royal Decree of 2 June 2019's default) needs its justification in Dutch and
    French (German and English fall back), kept only then. The files are
    rendered by a background task (``render_now``: here and now, for the demo loader); the
    edition becomes public once they all are. Only the demo loader passes
    ``require_complete=False`` (test fixtures load parts of it) and a fixed ``published_at``.
    """
    _check_may_publish(user)
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    if report.status != AnnualReport.Status.DRAFT:
        raise ValidationError(
            _("The report of %(year)s is already published.") % {"year": report.year},
            code="published",
        )
    if licence not in Licence.values:
        raise ValidationError(_("Choose one of the licences offered."), code="licence")
    justification = {}
    if licence != Licence.CC0:
        given = licence_justification or {}
        justification = {
            code: (given.get(code) or "").strip() for code, _name in settings.LANGUAGES
        }
        if not all(justification.get(code) for code in JUSTIFICATION_REQUIRED_LANGUAGES):
            raise ValidationError(
                _(
                    "The open data is in the public domain (CC0 1.0) unless you say why not: "
                    "justify the %(licence)s licence in Dutch and in French (German and English "
                    "may fall back)."
                )
                % {"licence": Licence(licence).label},
                code="licence-justification",
            )
    note = {code: (text or "").strip() for code, text in (correction_note or {}).items()}
    last = report.editions.filter(state=Edition.State.PUBLISHED).aggregate(last=Max("number"))
    number = (last["last"] or 0) + 1
    if number > 1 and not all(note.get(code) for code in NOTE_REQUIRED_LANGUAGES):
        raise ValidationError(
            _(
                "Edition %(number)s corrects edition %(previous)s: say what it corrects, in "
                "Dutch and in French (German and English may fall back)."
            )
            % {"number": number, "previous": number - 1},
            code="correction-note",
        )
    blocking = []
    if require_complete:
        blocking = [item for item in registry.missing(report.year) if item.blocking]
        blocking += [item for item in report_missing(report) if item.blocking]
    if blocking:
        raise ValidationError(
            [
                _("Cannot publish: %(section)s: %(message)s")
                % {"section": item.section, "message": item.message}
                for item in blocking
            ],
            code="incomplete",
        )
    # An edition that failed or was never finished is not kept: this one takes its number.
    report.editions.exclude(state=Edition.State.PUBLISHED).delete()
    edition = Edition.objects.create(
        report=report,
        number=number,
        licence=licence,
        requested_by=user,
        requested_at=timezone.now(),
        published_at=published_at,
        **{f"correction_note_{code}": text for code, text in note.items()},
        **{f"licence_justification_{code}": text for code, text in justification.items()},
    )
    report.status = AnnualReport.Status.PUBLISHING
    report.save(update_fields=["status"])
    _render(edition, now=render_now)
    edition.refresh_from_db()
    return edition


def _render(edition: Edition, *, now: bool) -> None:
    from chancellery import editions
    from chancellery.tasks import render_edition

    if now:
        editions.edition_render(edition_id=edition.pk)
    else:
        # The task's row is written in this transaction: the worker sees it once it commits.
        render_edition.enqueue(edition_id=edition.pk)


@transaction.atomic
def edition_retry(*, edition: Edition, user) -> Edition:
    """Render a failed edition's files again."""
    _check_may_publish(user)
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    if edition.state != Edition.State.FAILED:
        raise ValidationError(_("Only an edition whose rendering failed can be retried."))
    edition.state = Edition.State.RENDERING
    edition.error = ""
    edition.published_at = None
    edition.save(update_fields=["state", "error", "published_at"])
    _render(edition, now=False)
    return edition


@transaction.atomic
def report_unpublish(*, report: AnnualReport, user) -> AnnualReport:
    """Withdraw a year's report (or stop its publication): back to draft, data editable again.

    The public gets a 404 for every file of the year from the next request on, on every
    instance; the editions stay stored, and readable again once a later edition is published.
    """
    _check_may_publish(user)
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    if report.status == AnnualReport.Status.DRAFT:
        raise ValidationError(_("The report of %(year)s is not published.") % {"year": report.year})
    was_published = report.is_published
    report.status = AnnualReport.Status.DRAFT
    report.current_edition = None
    report.published_at = None
    report.published_by = None
    report.save(update_fields=["status", "current_edition", "published_at", "published_by"])
    # An edition still rendering, or failed, never was public: it is dropped.
    report.editions.exclude(state=Edition.State.PUBLISHED).delete()
    if was_published:
        PublicationEvent.objects.create(
            report=report, action=PublicationEvent.Action.UNPUBLISHED, user=user, at=timezone.now()
        )
    # The caller is told "withdrawn" only once the instances have heard of it.
    serving.settle_on_commit()
    return report


def report_missing(report: AnnualReport):
    """What the report's own texts lack: foreword and colophon, per language."""
    from chancellery.completeness import annual_report_missing

    return annual_report_missing(report)
