"""Reminders of the data-collection calendar, sent to a real SMTP server on the loopback (aiosmtpd,
started by the fixture): the right people, one message each, in their language, never twice for
the same state."""

import datetime
import email
import email.policy
import io
import socket

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from chancellery import collection, tasks
from chancellery.models import CollectionDeadline, ReminderSent, StaffLanguage
from chancellery.registry import registry
from chancellery.security.roles import roles_setup
from tests.chancellery.factories import IctYearFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
# Last year's data: the ICT figures were due on 31 January of this year, so they are late.
LATE_YEAR = TODAY.year - 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """What the SMTP server received: (recipients, parsed message) per message."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((tuple(envelope.rcpt_tos), parsed))
        return "250 Message accepted"

    def to(self, address: str) -> list:
        return [message for recipients, message in self.messages if address in recipients]


@pytest.fixture
def inbox(settings):
    """A real SMTP server on 127.0.0.1, and Django's SMTP backend pointed at it."""
    handler = Inbox()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.DEFAULT_FROM_EMAIL = "jaarverslag@example.be"
    settings.SITE_URL = "https://jaarverslag.example.be"
    yield handler
    controller.stop()


@pytest.fixture
def ict_only(monkeypatch):
    """Only the ICT section's check runs: the others find nothing (their apps test them)."""
    monkeypatch.setattr(registry, "_checks", {"ict": registry._checks["ict"]})


@pytest.fixture
def editors(django_user_model):
    """The ICT section's role (editor): a Dutch and a French reader, and two who get nothing."""
    roles_setup()
    group = Group.objects.get(name="editor")
    people = {}
    for username, language, extra in [
        ("els", None, {}),
        ("francoise", "fr", {}),
        ("left", "nl", {"is_active": False}),
        ("noaddress", "nl", {"email": ""}),
    ]:
        fields = {"email": f"{username}@example.be", **extra}
        user = django_user_model.objects.create_user(
            username=username, password="x" * 16, is_staff=True, **fields
        )
        user.groups.add(group)
        if language:
            StaffLanguage.objects.create(user=user, language=language)
        people[username] = user
    hr = django_user_model.objects.create_user(
        username="hilde", password="x" * 16, is_staff=True, email="hilde@example.be"
    )
    hr.groups.add(Group.objects.get(name="hr"))
    return people


def test_the_roles_members_get_one_message_each_in_their_language(inbox, ict_only, editors):
    counts = collection.reminders_send()

    assert counts == {"sent": 2, "already_sent": 0, "failed": 0}
    assert sorted(recipients for recipients, _message in inbox.messages) == [
        ("els@example.be",),
        ("francoise@example.be",),
    ]
    dutch, french = inbox.to("els@example.be")[0], inbox.to("francoise@example.be")[0]
    assert dutch["Subject"] == f"Jaarverslag {LATE_YEAR}: ICT is te laat"
    assert french["Subject"] == f"Rapport annuel {LATE_YEAR} : « ICT » en retard"
    assert f"Geen ICT-cijfers voor {LATE_YEAR}." in dutch.get_content()
    assert f"Pas de chiffres ICT pour {LATE_YEAR}." in french.get_content()
    assert dutch["Content-Language"] == "nl" and french["Content-Language"] == "fr"


def test_a_reminder_lists_what_is_missing_with_links(inbox, ict_only, editors):
    collection.reminders_send()

    body = inbox.to("els@example.be")[0].get_content()
    assert "https://jaarverslag.example.be/admin/chancellery/ictyear/add/" in body
    assert f"https://jaarverslag.example.be/nl/dashboard/?year={LATE_YEAR}" in body
    assert "Redacteurs" in body


def test_the_job_run_twice_on_the_same_day_sends_nothing_new(inbox, ict_only, editors):
    collection.reminders_send()

    second = collection.reminders_send()

    assert second == {"sent": 0, "already_sent": 2, "failed": 0}
    assert len(inbox.messages) == 2
    assert ReminderSent.objects.count() == 2


def test_a_late_section_whose_missing_items_change_is_mailed_once_more(inbox, ict_only, editors):
    collection.reminders_send()
    IctYearFactory(year=LATE_YEAR, title_fr="")  # now its French title is what is missing

    collection.reminders_send()
    collection.reminders_send()

    assert len(inbox.to("els@example.be")) == 2
    assert "Frans" in inbox.to("els@example.be")[1].get_content()


def test_a_complete_section_is_not_chased(inbox, ict_only, editors):
    IctYearFactory(year=LATE_YEAR, title_fr="Titre")
    IctYearFactory(year=TODAY.year, title_fr="Titre")

    assert collection.reminders_send()["sent"] == 0
    assert inbox.messages == []


def test_a_reminder_goes_out_a_few_days_before_the_due_date(inbox, ict_only, editors, settings):
    settings.REMINDER_DAYS = 7
    IctYearFactory(year=LATE_YEAR, title_fr="Titre")  # last year's is complete
    editor = Group.objects.get(name="editor")
    CollectionDeadline.objects.create(
        section="ict", year=TODAY.year, due_date=TODAY + datetime.timedelta(days=8), role=editor
    )
    assert collection.reminders_send()["sent"] == 0

    CollectionDeadline.objects.filter(year=TODAY.year).update(
        due_date=TODAY + datetime.timedelta(days=3)
    )
    collection.reminders_send()

    subject = inbox.to("els@example.be")[0]["Subject"]
    assert subject.startswith(f"Jaarverslag {TODAY.year}: ICT wordt verwacht op ")
    assert ReminderSent.objects.get(user__username="els").kind == ReminderSent.Kind.UPCOMING


def test_a_reminder_the_mail_server_refused_is_sent_at_the_next_run(
    inbox, ict_only, editors, settings
):
    port = settings.EMAIL_PORT
    settings.EMAIL_PORT = _free_port()  # nobody listens there

    refused = collection.reminders_send()
    settings.EMAIL_PORT = port
    retried = collection.reminders_send()

    assert refused == {"sent": 0, "already_sent": 0, "failed": 2}
    assert retried["sent"] == 2
    assert len(inbox.messages) == 2


def test_the_daily_task_and_the_command_send_the_same_reminders_once(inbox, ict_only, editors):
    tasks.send_reminders.enqueue()  # run at once by the tests' task backend
    output = io.StringIO()

    call_command("send_reminders", stdout=output)

    assert len(inbox.messages) == 2
    assert output.getvalue().startswith("0 sent, 2 already sent")


def test_a_reminder_says_nothing_of_the_guests_but_counts(inbox, editors, django_user_model):
    from tests.ceremonies.factories import CeremonyFactory, CeremonyYearFactory, GuestFactory

    protocol = django_user_model.objects.create_user(
        username="paul", password="x" * 16, is_staff=True, email="paul@example.be"
    )
    protocol.groups.add(Group.objects.get(name="protocol"))
    CeremonyYearFactory(year=LATE_YEAR)
    ceremony = CeremonyFactory(date=datetime.date(LATE_YEAR, 7, 21), code=f"{LATE_YEAR}-fete")
    for name in ("Canary Zyxwvut", "Canary Qwertz"):
        GuestFactory(ceremony=ceremony, status="invited", name=name, email="canary@example.org")

    collection.reminders_send()

    (message,) = inbox.to("paul@example.be")
    body = message.get_content()
    assert ceremony.title_nl in body
    assert "Canary" not in body and "canary@" not in body


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "smtp+tls://jaarverslag%40example.be:p%40ss@smtp.example.be:587",
            {
                "EMAIL_HOST": "smtp.example.be",
                "EMAIL_PORT": 587,
                "EMAIL_HOST_USER": "jaarverslag@example.be",
                "EMAIL_HOST_PASSWORD": "p@ss",
                "EMAIL_USE_TLS": True,
                "EMAIL_USE_SSL": False,
            },
        ),
        ("smtps://smtp.example.be", {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True}),
        ("smtp://localhost", {"EMAIL_PORT": 25, "EMAIL_HOST_USER": ""}),
        ("console://", {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}),
    ],
)
def test_the_email_url_gives_djangos_email_settings(url, expected):
    from chancellery.settings import email_from_url

    settings = email_from_url(url)

    assert {name: settings[name] for name in expected} == expected


def test_an_email_url_of_an_unknown_kind_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    from chancellery.settings import email_from_url

    with pytest.raises(ImproperlyConfigured):
        email_from_url("pigeon://loft")
