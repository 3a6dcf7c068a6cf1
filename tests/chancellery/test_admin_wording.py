"""Admin wording (issue 16, finding 5): the project's translations do not override Django's words
with another meaning, years are written without grouping, help texts are escaped, and the
campaign figure's help says how unit and label are printed."""

import gettext
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation

from tests.chancellery.factories import AnnualReportFactory, IctYearFactory
from tests.communication.factories import YearlyStatisticFactory
from tests.hr.factories import StaffFiguresFactory

PROJECT_APPS = {"chancellery", "meetings", "ceremonies", "hr", "procurement", "communication"}
# Same meaning, other words: the project's wording is kept on purpose (django-import-export's
# row-level errors and file format read better in the project's words).
SAME_MEANING = {
    ("fr", "Page not found"),
    ("nl", "Non field specific"),
    ("fr", "Non field specific"),
    ("de", "Non field specific"),
    ("de", "Format"),
}


def catalog(path: Path) -> dict[str, str]:
    with path.open("rb") as file:
        return {
            key: value
            for key, value in gettext.GNUTranslations(file)._catalog.items()
            if isinstance(key, str) and "\x04" not in key and key and value
        }


def catalogs(language: str, *, project: bool) -> dict[Path, dict[str, str]]:
    """The compiled catalogs of the project's apps (and LOCALE_PATHS), or of everything else."""
    folders = [Path(config.path) for config in apps.get_app_configs()]
    if project:
        folders = [f for f in folders if f.name in PROJECT_APPS]
        roots = [f / "locale" for f in folders] + [Path(p) for p in settings.LOCALE_PATHS]
    else:
        folders = [f for f in folders if f.name not in PROJECT_APPS]
        roots = [f / "locale" for f in folders] + [
            Path(translation.__file__).parents[1] / "conf/locale"
        ]
    found = {}
    for root in set(roots):
        path = root / language / "LC_MESSAGES" / "django.mo"
        if path.exists():
            found[path] = catalog(path)
    return found


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_no_project_translation_overrides_a_django_word_with_another_meaning(language):
    theirs: dict[str, set[str]] = {}
    for entries in catalogs(language, project=False).values():
        for msgid, msgstr in entries.items():
            theirs.setdefault(msgid, set()).add(msgstr.lower())

    collisions = {
        (path.parts[-5], msgid, msgstr)
        for path, entries in catalogs(language, project=True).items()
        for msgid, msgstr in entries.items()
        if msgid in theirs
        and msgstr.lower() not in theirs[msgid]
        and (language, msgid) not in SAME_MEANING
    }

    assert collisions == set()


@pytest.mark.parametrize(
    ("language", "word"), [("nl", "Wijzigen"), ("fr", "Modification"), ("de", "Ändern")]
)
def test_the_admin_index_says_change_in_the_admins_words(admin_client, language, word):
    html = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language).content.decode()

    assert f">{word}<" in html
    assert "Verschil" not in html and "Évolution" not in html and "Veränderung" not in html


def test_the_dashboard_still_calls_the_difference_a_difference(admin_client):
    IctYearFactory(year=2017)

    html = admin_client.get("/nl/dashboard/?year=2017").content.decode()

    assert ">Verschil<" in html


@pytest.mark.django_db
def test_years_are_not_grouped_in_the_list(admin_client):
    YearlyStatisticFactory(year=2016)

    html = admin_client.get("/admin/communication/webstatistic/").content.decode()

    assert "2.016" not in html
    assert ">2016<" in html


@pytest.mark.django_db
def test_years_are_not_grouped_on_a_read_only_page(admin_client):
    figures = StaffFiguresFactory(year=2016)
    AnnualReportFactory(year=2016, published=True)

    html = admin_client.get(f"/admin/hr/stafffigures/{figures.pk}/change/").content.decode()

    assert "2.016" not in html
    assert '<div class="readonly">2016</div>' in html


@pytest.mark.django_db
def test_the_annual_reports_list_writes_its_years_plainly(admin_client):
    AnnualReportFactory(year=2016)

    html = admin_client.get("/admin/chancellery/annualreport/").content.decode()

    assert "2.016" not in html


@pytest.mark.django_db
def test_a_help_text_placeholder_is_shown_escaped(admin_client):
    html = admin_client.get("/admin/meetings/meeting/add/", HTTP_ACCEPT_LANGUAGE="nl").content
    html = html.decode()

    assert "&lt;onderwerp&gt;" in html
    assert "<onderwerp>" not in html


@pytest.mark.django_db
def test_the_campaign_figure_help_says_the_unit_is_printed_before_the_label(admin_client):
    html = admin_client.get("/admin/communication/campaign/add/", HTTP_ACCEPT_LANGUAGE="fr")
    html = html.content.decode()

    assert "Imprimé juste après le nombre et avant le libellé" in html
