import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from communication.models import WebStatistic
from tests.communication.factories import YEAR, WebsiteFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/communication/webstatistic/import/"


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def upload(admin_client, content: bytes, fmt="plain"):
    return admin_client.post(
        IMPORT_URL,
        {"file": SimpleUploadedFile("stats.csv", content, content_type="text/csv"), "fmt": fmt},
        HTTP_ACCEPT_LANGUAGE="en",
    )


def test_the_import_page_imports_a_plain_file(admin_client):
    WebsiteFactory(code="premier-be", address="www.premier.be")

    response = upload(
        admin_client, f"site,period,unique_visitors\nwww.premier.be,{YEAR},92294\n".encode()
    )

    assert response.status_code == 302
    assert WebStatistic.objects.get().unique_visitors == 92294


def test_the_import_page_lists_bad_rows_and_writes_nothing(admin_client):
    WebsiteFactory(code="premier-be", address="www.premier.be")

    response = upload(
        admin_client,
        f"site,period,unique_visitors\nwww.premier.be,{YEAR},92294\nwww.nowhere.be,{YEAR},1\n".encode(),
    )

    assert response.status_code == 200
    assert "www.nowhere.be" in response.content.decode()
    assert not WebStatistic.objects.exists()


def test_the_change_list_links_to_the_import_page(admin_client):
    response = admin_client.get(reverse("admin:communication_webstatistic_changelist"))

    assert IMPORT_URL.encode() in response.content


def test_the_import_page_needs_permission(client, staff_user):
    client.force_login(staff_user)

    assert client.get(IMPORT_URL).status_code == 403


@pytest.mark.parametrize(
    "model",
    ["website", "webstatistic", "socialaccount", "followercount", "communicationyear", "campaign"],
)
def test_each_admin_add_page_opens(admin_client, model):
    assert admin_client.get(reverse(f"admin:communication_{model}_add")).status_code == 200


def test_a_published_years_record_is_read_only_in_the_admin(admin_client):
    from chancellery.models import AnnualReport
    from tests.communication.factories import YearlyStatisticFactory

    statistic = YearlyStatisticFactory()
    AnnualReport.objects.create(year=YEAR, status="publishing")  # frozen from the request on

    response = admin_client.post(
        reverse("admin:communication_webstatistic_change", args=[statistic.pk]),
        {
            "website": statistic.website.pk,
            "kind": "year",
            "year": YEAR,
            "unique_visitors": 1,
            "visits": 2,
        },
    )

    assert response.status_code == 403
    statistic.refresh_from_db()
    assert statistic.unique_visitors == 1000
