import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from chancellery.models import AnnualReport
from communication.importers import ImportFailed, web_statistics_import
from communication.models import WebStatistic
from tests.communication.factories import YEAR, WebsiteFactory, YearlyStatisticFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


MATOMO_MONTHS = f"""date,nb_uniq_visitors,nb_visits,nb_users,nb_actions,max_actions,bounce_count,sum_visit_length,nb_visits_converted,bounce_rate,nb_actions_per_visit,avg_time_on_site
{YEAR}-01,700000,900000,0,2500000,120,450000,90000000,0,50%,2.8,100
{YEAR}-02,650000,820000,0,2300000,110,400000,80000000,0,49%,2.8,98
{YEAR}-03,,,,,,,,,,,
""".encode()

MATOMO_YEAR = f"""date,nb_uniq_visitors,nb_visits,nb_actions
{YEAR},9414129,12000000,30000000
""".encode()


@pytest.fixture
def portal():
    return WebsiteFactory(code="belgium-be", address="www.belgium.be", matomo_id=1)


def test_a_matomo_monthly_export_imports_each_month(portal):
    result = web_statistics_import(data=MATOMO_MONTHS, fmt="matomo", site=portal)

    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    january = WebStatistic.objects.get(website=portal, kind="month", year=YEAR, month=1)
    assert (january.unique_visitors, january.visits, january.page_views) == (
        700000,
        900000,
        2500000,
    )


def test_a_matomo_row_without_figures_is_skipped(portal):
    result = web_statistics_import(data=MATOMO_MONTHS, fmt="matomo", site=portal)

    assert result.skipped == 1
    assert not WebStatistic.objects.filter(month=3).exists()


def test_a_matomo_yearly_export_imports_its_own_yearly_record(portal):
    web_statistics_import(data=MATOMO_YEAR, fmt="matomo", site=portal)

    yearly = WebStatistic.objects.get(website=portal, kind="year", year=YEAR)
    assert yearly.month is None
    assert yearly.unique_visitors == 9414129


def test_matomo_prefers_page_views_over_actions(portal):
    data = f"date,nb_uniq_visitors,nb_visits,nb_actions,nb_pageviews\n{YEAR},,10,50,40\n".encode()

    web_statistics_import(data=data, fmt="matomo", site=portal)

    assert WebStatistic.objects.get(website=portal).page_views == 40


def test_a_matomo_export_names_its_site_by_idsite_column(portal):
    data = f"idsite,date,nb_uniq_visitors,nb_visits\n1,{YEAR}-05,10,20\n".encode()

    web_statistics_import(data=data, fmt="matomo")

    assert WebStatistic.objects.get(month=5).website == portal


def test_a_matomo_range_covering_a_month_is_that_month(portal):
    data = f'date,nb_uniq_visitors,nb_visits\n"{YEAR}-02-01,{YEAR}-02-28",,20\n'.encode()

    web_statistics_import(data=data, fmt="matomo", site=portal)

    assert WebStatistic.objects.get(website=portal).month == 2


def test_a_utf16_matomo_export_imports(portal):
    data = "\ufeff" + MATOMO_YEAR.decode()

    web_statistics_import(data=data.encode("utf-16-le"), fmt="matomo", site=portal)

    assert WebStatistic.objects.get(website=portal).unique_visitors == 9414129


def test_a_second_import_of_the_same_file_changes_nothing(portal):
    web_statistics_import(data=MATOMO_MONTHS, fmt="matomo", site=portal)
    before = list(WebStatistic.objects.order_by("pk").values())

    result = web_statistics_import(data=MATOMO_MONTHS, fmt="matomo", site=portal)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)
    assert list(WebStatistic.objects.order_by("pk").values()) == before


def test_a_changed_figure_updates_the_record_of_that_period(portal):
    web_statistics_import(data=MATOMO_YEAR, fmt="matomo", site=portal)

    result = web_statistics_import(
        data=MATOMO_YEAR.replace(b"9414129", b"9414130"), fmt="matomo", site=portal
    )

    assert (result.created, result.updated) == (0, 1)
    assert WebStatistic.objects.get(website=portal).unique_visitors == 9414130


def test_an_empty_cell_keeps_the_stored_figure(portal):
    YearlyStatisticFactory(website=portal, unique_visitors=9414129, visits=None, page_views=None)

    web_statistics_import(
        data=f"date,nb_uniq_visitors,nb_visits\n{YEAR},,12000000\n".encode(),
        fmt="matomo",
        site=portal,
    )

    stored = WebStatistic.objects.get(website=portal)
    assert (stored.unique_visitors, stored.visits) == (9414129, 12000000)


def test_a_file_with_one_bad_row_writes_nothing_and_names_the_row(portal):
    data = (
        "site,period,unique_visitors,visits,page_views\n"
        f"www.belgium.be,{YEAR}-01,100,200,300\n"
        f"www.belgium.be,{YEAR}-13,100,200,300\n"
        f"www.belgium.be,{YEAR}-02,100,200,300\n"
    ).encode()

    with pytest.raises(ImportFailed) as failure:
        web_statistics_import(data=data, fmt="plain")

    assert not WebStatistic.objects.exists()
    assert [error.line for error in failure.value.errors] == [3]
    assert "13" in failure.value.errors[0].message


def test_each_bad_row_is_named_with_its_reason(portal):
    data = (
        "site,period,unique_visitors,visits,page_views\n"
        f"www.unknown.be,{YEAR},1,2,3\n"
        f"belgium-be,{YEAR},many,2,3\n"
        f"belgium-be,{YEAR},,,\n"
        f"belgium-be,{YEAR}-01,5,2,3\n"
    ).encode()

    with pytest.raises(ImportFailed) as failure:
        web_statistics_import(data=data, fmt="plain")

    reasons = {error.line: error.message for error in failure.value.errors}
    assert "www.unknown.be" in reasons[2]
    assert "many" in reasons[3]
    assert "no figure" in reasons[4]
    assert "5 unique visitors but only 2 visits" in reasons[5]


def test_the_same_period_twice_in_a_file_is_refused(portal):
    data = f"site,period,unique_visitors\nbelgium-be,{YEAR},1\nwww.belgium.be,{YEAR},2\n".encode()

    with pytest.raises(ImportFailed) as failure:
        web_statistics_import(data=data, fmt="plain")

    assert failure.value.errors[0].line == 3
    assert "line 2" in failure.value.errors[0].message


def test_the_plain_format_imports_years_and_months_with_grouped_numbers(portal):
    data = (
        "site;period;unique_visitors;visits;page_views\n"
        f"www.belgium.be;{YEAR};9.414.129;;\n"
        f"belgium-be;{YEAR}-03;700 000;900000;\n"
    ).encode()

    result = web_statistics_import(data=data, fmt="plain")

    assert result.created == 2
    assert WebStatistic.objects.get(kind="year").unique_visitors == 9414129
    assert WebStatistic.objects.get(kind="month", month=3).unique_visitors == 700000


def test_a_published_year_is_refused(portal):
    AnnualReport.objects.create(year=YEAR, status="publishing")  # frozen from the request on

    with pytest.raises(ImportFailed) as failure:
        web_statistics_import(data=MATOMO_YEAR, fmt="matomo", site=portal)

    assert "published" in failure.value.errors[0].message
    assert not WebStatistic.objects.exists()


def test_a_header_without_the_needed_columns_is_refused(portal):
    with pytest.raises(ImportFailed) as failure:
        web_statistics_import(data=b"when,hits\n2030,1\n", fmt="plain")

    assert failure.value.errors[0].line == 1


def test_the_command_imports_a_matomo_file(portal, tmp_path):
    path = tmp_path / "visits.csv"
    path.write_bytes(MATOMO_MONTHS)

    call_command("import_web_statistics", str(path), "--format", "matomo", "--site", "belgium-be")

    assert WebStatistic.objects.filter(website=portal).count() == 2


def test_the_command_fails_on_a_bad_file_and_lists_the_rows(portal, tmp_path, capsys):
    path = tmp_path / "visits.csv"
    path.write_bytes(f"site,period,unique_visitors\nbelgium-be,{YEAR}-00,1\n".encode())

    with pytest.raises(CommandError):
        call_command("import_web_statistics", str(path), "--format", "plain")

    assert "line 2" in capsys.readouterr().err
    assert not WebStatistic.objects.exists()
