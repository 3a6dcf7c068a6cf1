"""The permission matrix: for each role and each model of the admin, what it may view, add,
change and delete, checked over HTTP against the admin itself."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.forms import MultiWidget
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from chancellery.models import (
    AccessibilityStatement,
    CollectionDeadline,
    PrivacyNotice,
    PublicationEvent,
    ReminderSent,
    StaffLanguage,
)
from chancellery.security.roles import ROLES
from tests.ceremonies import factories as ceremonies
from tests.chancellery import factories as chancellery
from tests.communication import factories as communication
from tests.hr import factories as hr
from tests.meetings import factories as meetings
from tests.procurement import factories as procurement

PROJECT_APPS = {"chancellery", "meetings", "ceremonies", "hr", "procurement", "communication"}
DOMAIN_ROLE_APP = {
    "secretariat": "meetings",
    "protocol": "ceremonies",
    "hr": "hr",
    "procurement": "procurement",
    "communication": "communication",
}
EDITOR = {
    "chancellery.annualreport": "vac",
    "chancellery.publicationevent": "v",
    "chancellery.ictyear": "vacd",
    "chancellery.collectiondeadline": "vacd",
    "chancellery.remindersent": "v",
    "chancellery.accessibilitystatement": "vac",
    "chancellery.privacynotice": "vac",
}
# What the admin allows nobody, whatever their permissions: the publication log and django-axes'
# records are never written by hand.
ADMIN_CEILING = {
    "chancellery.publicationevent": "v",
    # Written by the daily check of the data-collection calendar only.
    "chancellery.remindersent": "vd",
    # One record each, never deleted; a second is never added (the record below exists).
    "chancellery.accessibilitystatement": "vc",
    "chancellery.privacynotice": "vc",
    "axes.accessattempt": "vcd",
    "axes.accesslog": "vcd",
    "axes.accessfailurelog": "vcd",
}


def expected(role: str, label: str) -> set[str]:
    """The matrix, written out independently of chancellery.security.roles."""
    app = label.split(".")[0]
    if role == "administrator":
        allowed = "vacd"
    elif role in DOMAIN_ROLE_APP:
        allowed = "vacd" if app == DOMAIN_ROLE_APP[role] else ""
    elif role == "management":
        allowed = "v" if app in PROJECT_APPS and label != "ceremonies.guest" else ""
    elif role == "editor":
        allowed = EDITOR.get(label, "")
    else:
        raise AssertionError(role)
    return set(allowed) & set(ADMIN_CEILING.get(label, "vacd"))


def _other_user(django_user_model):
    return django_user_model.objects.get_or_create(username="someone-else")[0]


# One record per admin model, in a year whose report is not published (writable).
OBJECTS = {
    "auth.group": lambda u: Group.objects.create(name="a group"),
    "auth.user": _other_user,
    "chancellery.annualreport": lambda u: chancellery.AnnualReportFactory(year=2031),
    "chancellery.publicationevent": lambda u: PublicationEvent.objects.create(
        report=chancellery.AnnualReportFactory(year=2031), action="published", at=timezone.now()
    ),
    "chancellery.ictyear": lambda u: chancellery.IctTopicFactory(ict_year__year=2031).ict_year,
    "chancellery.collectiondeadline": lambda u: CollectionDeadline.objects.create(
        section="hr",
        year=2031,
        due_date=datetime.date(2032, 1, 31),
        role=Group.objects.get_or_create(name="hr")[0],
    ),
    "chancellery.remindersent": lambda u: ReminderSent.objects.create(
        section="hr",
        year=2031,
        kind="late",
        state="0" * 64,
        user=_other_user(u),
        missing_count=1,
        sent_at=timezone.now(),
    ),
    "chancellery.stafflanguage": lambda u: StaffLanguage.objects.create(
        user=_other_user(u), language="fr"
    ),
    "chancellery.accessibilitystatement": lambda u: AccessibilityStatement.objects.create(
        prepared_on=datetime.date(2026, 1, 5),
        reviewed_on=datetime.date(2026, 6, 1),
        contact_email="toegankelijkheid@example.be",
    ),
    "chancellery.privacynotice": lambda u: PrivacyNotice.objects.create(
        controller="FOD Kanselarij van de Eerste Minister",
        controller_address="Wetstraat 16, 1000 Brussel",
        controller_email="privacy@example.be",
        dpo_email="dpo@example.be",
        purposes="Ceremonies",
        legal_basis="GDPR 6.1.e",
        data_categories="Names",
        source="The victims' associations",
        updated_on=datetime.date(2026, 6, 1),
    ),
    "meetings.body": lambda u: meetings.BodyFactory(),
    "meetings.occasion": lambda u: meetings.OccasionFactory(),
    "meetings.meeting": lambda u: meetings.MeetingFactory(),
    "meetings.meetingsyear": lambda u: meetings.BodyNoteFactory().meetings_year,
    "ceremonies.ceremonyyear": lambda u: ceremonies.CeremonyYearFactory(),
    "ceremonies.ceremony": lambda u: ceremonies.CeremonyFactory(),
    "ceremonies.guestcategory": lambda u: ceremonies.GuestCategoryFactory(),
    "ceremonies.guest": lambda u: ceremonies.GuestFactory(),
    "hr.stafffigures": lambda u: hr.StaffFiguresFactory(),
    "hr.yearnarrative": lambda u: hr.CommitmentFactory().narrative,
    "procurement.directive": lambda u: procurement.DirectiveFactory(),
    "procurement.legalinstrument": lambda u: procurement.StageFactory().instrument,
    "procurement.commissionmeeting": lambda u: procurement.CommissionMeetingFactory(),
    "procurement.procurementyear": lambda u: procurement.ProcurementYearFactory(),
    "communication.website": lambda u: communication.WebsiteFactory(),
    "communication.webstatistic": lambda u: communication.YearlyStatisticFactory(),
    "communication.socialaccount": lambda u: communication.SocialAccountFactory(),
    "communication.followercount": lambda u: communication.FollowerCountFactory(),
    "communication.communicationyear": (
        lambda u: communication.CommunicationTopicFactory().narrative
    ),
    "communication.campaign": lambda u: communication.CampaignActionFactory().campaign,
    "otp_totp.totpdevice": lambda u: TOTPDevice.objects.create(user=_other_user(u), name="phone"),
    "otp_static.staticdevice": (
        lambda u: StaticDevice.objects.create(user=_other_user(u), name="codes")
    ),
    "axes.accessattempt": lambda u: AccessAttempt.objects.create(
        username="x",
        ip_address="192.0.2.1",
        user_agent="",
        path_info="/admin/login/",
        failures_since_start=1,
        get_data="",
        post_data="",
    ),
    "axes.accesslog": lambda u: AccessLog.objects.create(
        username="x", ip_address="192.0.2.1", user_agent="", path_info="/admin/login/"
    ),
    "axes.accessfailurelog": lambda u: AccessFailureLog.objects.create(
        username="x",
        ip_address="192.0.2.1",
        user_agent="",
        path_info="/admin/login/",
        locked_out=False,
    ),
}

ADMIN_MODELS = sorted(model._meta.label_lower for model in admin.site._registry)
# Models of one record: the list opens it.
SINGLETONS = {"chancellery.accessibilitystatement", "chancellery.privacynotice"}
ROLE_NAMES = [role.name for role in ROLES]


def test_every_admin_model_has_a_record_to_try():
    assert set(ADMIN_MODELS) == set(OBJECTS)


def test_the_matrix_covers_every_role_of_the_command():
    assert set(ROLE_NAMES) == {*DOMAIN_ROLE_APP, "management", "editor", "administrator"}


def _url(obj, view: str) -> str:
    meta = obj._meta
    args = [obj.pk] if view in ("change", "delete") else []
    from django.urls import reverse

    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


def _value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, list | tuple):
        return [_value(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _form_data(form) -> dict:
    """What a browser would send back for an unchanged form."""
    data = {}
    for name, field in form.fields.items():
        if field.disabled:
            continue
        bound = form[name]
        value = bound.value()
        if isinstance(field.widget, MultiWidget):
            parts = field.widget.decompress(value)
            for index, part in enumerate(parts):
                data[f"{bound.html_name}_{index}"] = _value(part)
            continue
        if isinstance(value, bool) and not value:
            continue
        if hasattr(value, "pk"):
            value = value.pk
        data[bound.html_name] = _value(value)
    return data


def _change_form_data(response) -> dict:
    data = _form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_form_data(formset.management_form))
        for form in formset.forms:
            data.update(_form_data(form))
    return data


@pytest.fixture
def setup_roles(db):
    call_command("setup_roles", stdout=open("/dev/null", "w"))


@pytest.fixture(params=["local account", "identity provider"])
def sign_in(request, client, django_user_model, setup_roles):
    """Signs a member of a role in: a local account given the role's group, or an account that the
    identity provider signs in with the role in its role claim (tests/security/oidc_support.py)."""
    if request.param == "identity provider":
        oidc = request.getfixturevalue("oidc")

        def through_the_provider(role):
            response = oidc.sign_in(client, oidc.user(f"{role}-member", role))
            assert response.status_code == 302, response.content

        return through_the_provider

    def with_a_local_account(role):
        user = django_user_model.objects.create_user(username=f"{role}-member", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)

    return with_a_local_account


@pytest.mark.parametrize("label", ADMIN_MODELS)
@pytest.mark.parametrize("role", ROLE_NAMES)
def test_role_may_do_in_the_admin_what_the_matrix_says(
    client, django_user_model, sign_in, role, label
):
    obj = OBJECTS[label](django_user_model)
    sign_in(role)
    allowed = expected(role, label)
    can_see = bool(allowed & {"v", "c"})

    observed = {
        "changelist": client.get(_url(obj, "changelist")).status_code,
        "add": client.get(_url(obj, "add")).status_code,
        "change GET": client.get(_url(obj, "change")).status_code,
        "delete": client.get(_url(obj, "delete")).status_code,
    }
    wanted = {
        "changelist": (302 if label in SINGLETONS else 200) if can_see else 403,
        "add": 200 if "a" in allowed else 403,
        "change GET": 200 if can_see else 403,
        "delete": 200 if "d" in allowed else 403,
    }
    if "c" in allowed:
        form_page = client.get(_url(obj, "change"))
        response = client.post(_url(obj, "change"), _change_form_data(form_page))
        errors = response.context and response.context.get("errors")
        shown = str(errors) if response.status_code == 200 else ""
        observed["change POST"] = (response.status_code, shown)
        wanted["change POST"] = (302, "")
    else:
        observed["change POST"] = client.post(_url(obj, "change"), {}).status_code
        wanted["change POST"] = 403
    assert observed == wanted
