"""The Frictionless data package of each edition: every CSV with its table schema, size and
SHA-256, stored with the edition's other files and valid for the frictionless library."""

import json

import frictionless
import pytest
from django.core.management import call_command
from django.test import Client

from chancellery import demo as core_demo
from chancellery.models import AnnualReport, EditionFile

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr", "de", "en")


def write_edition(tmp_path, language: str):
    """The edition's data package and CSVs of one language, as a reader downloads them."""
    edition = AnnualReport.objects.get(year=2016).current_edition
    files = edition.files.filter(language=language, supersedes_original="")
    for file in files.filter(name__startswith="data"):
        target = tmp_path / language / file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(bytes(file.content))
    return tmp_path / language / "datapackage.json"


def errors(report: frictionless.Report) -> list[str]:
    return [error.message for task in report.tasks for error in task.errors] + [
        error.message for error in report.errors
    ]


def test_every_data_package_of_the_2016_report_validates(tmp_path):
    call_command("load_demo_data", verbosity=0)

    for language in LANGUAGES:
        path = write_edition(tmp_path, language)
        package = json.loads(path.read_text())
        report = frictionless.validate(str(path))

        assert errors(report) == [], language
        assert report.valid
        names = sorted(resource["name"] for resource in package["resources"])
        assert names == sorted(
            name.removeprefix("data/").removesuffix(".csv")
            for name in EditionFile.objects.filter(
                language=language, name__startswith="data/"
            ).values_list("name", flat=True)
        )
        assert report.stats["tasks"] == len(names) >= 7


def test_the_package_gives_each_dataset_its_value_type_and_key(tmp_path):
    core_demo.load()
    core_demo.publish()

    package = json.loads(write_edition(tmp_path, "fr").read_text())

    (ict,) = package["resources"]
    fields = {field["name"]: field for field in ict["schema"]["fields"]}
    # "24/7" is a text figure: the column holds text; year is an integer everywhere.
    assert (fields["value"]["type"], fields["year"]["type"]) == ("string", "integer")
    assert fields["code"]["constraints"] == {"required": True, "unique": True}
    assert ict["schema"]["primaryKey"] == ["code"]
    assert fields["label"]["title"] == "Libellé"
    assert package["licenses"] == [
        {
            "name": "CC0-1.0",
            "path": "https://creativecommons.org/publicdomain/zero/1.0/",
            "title": "CC0 1.0",
        }
    ]


def test_a_csv_that_differs_from_its_package_is_found(tmp_path):
    core_demo.load()
    core_demo.publish()
    path = write_edition(tmp_path, "nl")
    csv = tmp_path / "nl" / "data" / "ict.csv"

    csv.write_bytes(csv.read_bytes().replace(b"12500", b"12600"))

    assert not frictionless.validate(str(path)).valid


def test_the_package_is_served_at_the_report_url_and_listed_in_the_manifest(settings):
    core_demo.load()
    core_demo.publish()
    client = Client()

    response = client.get("/en/reports/2016/datapackage.json")
    manifest = client.get("/reports/2016/editions/1/manifest.json").json()
    page = client.get("/en/reports/2016/").content.decode()

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["resources"][0]["path"] == "data/ict.csv"
    assert f"{settings.SITE_URL}/en/reports/2016/editions/1/datapackage.json" in {
        file["url"] for file in manifest["files"]
    }
    assert 'href="/en/reports/2016/editions/1/datapackage.json"' in page


def test_staff_preview_the_draft_package_live(staff_user):
    core_demo.load()
    client = Client()

    assert client.get("/nl/reports/2016/datapackage.json").status_code == 404
    client.force_login(staff_user)
    response = client.get("/nl/reports/2016/datapackage.json")

    assert response.status_code == 200
    assert response.json()["version"] == "draft"
    assert response["Cache-Control"] == "private, no-store"
