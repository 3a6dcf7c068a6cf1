"""Bad input: any input to the admin forms and the importers gives a saved valid record or a clear
error, never a server error and never a half-written record; oversized uploads are refused."""

import datetime

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from ceremonies.models import Guest
from ceremonies.services import guest_list_dataset, guest_list_import
from communication.importers import FORMATS, ImportFailed, web_statistics_import
from communication.models import WebStatistic
from tests.ceremonies.factories import CeremonyFactory, GuestCategoryFactory
from tests.communication.factories import WebsiteFactory

pytestmark = pytest.mark.django_db

EXAMPLES = hypothesis_settings(
    max_examples=40,
    deadline=None,
    # The database (and the logged-in client) are shared by the examples of one test, on purpose:
    # each example compares the record counts before and after its own request.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values that reach the edges of the fields: empty, huge, negative, NUL, odd dates and numbers.
EDGE_VALUES = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "2016",
        "2031",
        "99999999999999999999",
        "1e309",
        "NaN",
        "12,5",
        "2031-06-01",
        "2031-02-30",
        "31/12/2031",
        "a@b.be",
        "not an address",
        "x" * 5000,
        "nul\x00byte",
        "<script>alert(1)</script>",
        "D/2017/9737/2",
    ]
)
JUNK = st.one_of(
    EDGE_VALUES,
    st.text(max_size=300),
    st.integers(min_value=-(10**15), max_value=10**15).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
)

MAIN_MODELS = [
    "chancellery.annualreport",
    "hr.stafffigures",
    "ceremonies.guest",
    "meetings.meeting",
    "communication.webstatistic",
    "procurement.commissionmeeting",
]


def field_strategy(field):
    """Junk, or one of the field's own choices (so that valid records come out too)."""
    choices = [str(value) for value, _label in getattr(field, "choices", []) if str(value)]
    return st.one_of(st.sampled_from(choices), JUNK) if choices else JUNK


@pytest.fixture
def related_records():
    """What the forms' choices point at (guests need a ceremony and a category...)."""
    CeremonyFactory(date=datetime.date(2031, 6, 1))
    GuestCategoryFactory()
    WebsiteFactory()
    for label in ("meetings.body", "meetings.occasion"):
        model = apps.get_model(label)
        if not model._default_manager.exists():
            from tests.meetings.factories import BodyFactory, OccasionFactory

            BodyFactory()
            OccasionFactory()


@pytest.mark.parametrize("label", MAIN_MODELS)
def test_an_admin_add_form_saves_a_valid_record_or_says_what_is_wrong(
    admin_client, related_records, label
):
    model = apps.get_model(label)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
    form = admin_client.get(url).context["adminform"].form
    strategies = {name: field_strategy(field) for name, field in form.fields.items()}

    @EXAMPLES
    @given(data=st.fixed_dictionaries({}, optional=strategies))
    def post(data):
        before = model._default_manager.count()
        history_before = model.history.count()

        response = admin_client.post(url, data)

        assert response.status_code in (200, 302)
        if response.status_code == 302:
            assert model._default_manager.count() == before + 1
            model._default_manager.latest("pk").full_clean()
        else:
            assert response.context["adminform"].form.errors
            assert model._default_manager.count() == before
            assert model.history.count() == history_before

    post()


GUEST_COLUMNS = ["ceremony", "category", "name", "organisation", "email", "phone", "language"]


def csv_cell():
    return st.one_of(EDGE_VALUES, st.text(max_size=40), st.sampled_from(["nl", "fr", "invited"]))


@st.composite
def guest_files(draw):
    """Arbitrary bytes, or a CSV file with the right columns and arbitrary cells."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=2000)), draw(st.sampled_from(["csv", "xlsx"]))
    codes = draw(st.sampled_from([["ceremony-known", "category-known"], ["nope", "nope"]]))
    rows = draw(st.lists(st.lists(csv_cell(), min_size=5, max_size=5), max_size=6))
    lines = [",".join(GUEST_COLUMNS)] + [
        ",".join([*codes, *('"' + cell.replace('"', '""') + '"' for cell in row)]) for row in rows
    ]
    return "\n".join(lines).encode("utf-8", "surrogatepass"), "csv"


def test_the_guest_import_imports_cleanly_or_writes_nothing():
    CeremonyFactory(code="ceremony-known", date=datetime.date(2031, 6, 1))
    GuestCategoryFactory(code="category-known")

    @EXAMPLES
    @given(file=guest_files())
    def load(file):
        content, file_format = file
        before = (Guest.objects.count(), Guest.history.count())
        try:
            dataset = guest_list_dataset(content=content, file_format=file_format)
        except ValueError as error:
            assert str(error)
            return
        report = guest_list_import(dataset=dataset)
        if report.ok:
            assert Guest.objects.count() == before[0] + report.created
        else:
            assert all(str(error) for error in report.errors)
            assert (Guest.objects.count(), Guest.history.count()) == before

    load()


@st.composite
def statistics_files(draw):
    """Arbitrary bytes, or a plain-format file with arbitrary cells."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=2000))
    cells = st.one_of(EDGE_VALUES, st.text(max_size=20), st.sampled_from(["site-known", "2031"]))
    rows = draw(st.lists(st.lists(cells, min_size=5, max_size=5), max_size=6))
    lines = ["site,period,unique_visitors,visits,page_views"] + [",".join(row) for row in rows]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def test_the_web_statistics_import_imports_cleanly_or_writes_nothing():
    WebsiteFactory(code="site-known")

    @EXAMPLES
    @given(data=statistics_files(), fmt=st.sampled_from(FORMATS))
    def load(data, fmt):
        before = (WebStatistic.objects.count(), WebStatistic.history.count())
        try:
            result = web_statistics_import(data=data, fmt=fmt)
        except ImportFailed as failure:
            assert failure.errors and all(str(error) for error in failure.errors)
            assert (WebStatistic.objects.count(), WebStatistic.history.count()) == before
        else:
            assert WebStatistic.objects.count() == before[0] + result.created

    load()


def oversized() -> bytes:
    return b"a," * (settings.UPLOAD_MAX_BYTES // 2 + 1)


def test_an_oversized_guest_list_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="te groot"):
        guest_list_dataset(content=oversized(), file_format="csv")


def test_an_oversized_statistics_file_is_refused_with_a_clear_message():
    with pytest.raises(ImportFailed, match="te groot"):
        web_statistics_import(data=oversized(), fmt="plain")


def test_the_statistics_upload_page_refuses_an_oversized_file(admin_client):
    upload = SimpleUploadedFile("big.csv", oversized(), content_type="text/csv")

    response = admin_client.post(
        reverse("admin:communication_webstatistic_import"), {"file": upload, "fmt": "plain"}
    )

    assert response.status_code == 200
    assert "te groot" in response.content.decode()
    assert not WebStatistic.objects.exists()


def test_the_guest_import_page_refuses_an_oversized_file(admin_client):
    upload = SimpleUploadedFile("big.csv", oversized(), content_type="text/csv")

    response = admin_client.post(
        reverse("admin:ceremonies_guest_import"),
        {"import_file": upload, "format": "0", "resource": "0"},
    )

    assert response.status_code == 200
    assert "te groot" in response.content.decode()
    assert not Guest.objects.exists()


def test_an_oversized_form_post_is_refused(admin_client):
    url = reverse("admin:chancellery_annualreport_add")

    response = admin_client.post(url, {"year": "2031", "foreword_text_nl": "x" * (6 * 2**20)})

    assert response.status_code == 400
