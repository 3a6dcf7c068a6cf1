"""Bad query parameters (issue 16, finding 9): any admin changelist and the dashboard answer a
normal page or a 400, never a server error, whatever the address holds."""

from urllib.parse import urlencode

import pytest
from django.contrib import admin
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

EXAMPLES = hypothesis_settings(
    max_examples=12,
    deadline=None,
    # The logged-in client and the (empty) database are shared by the examples, on purpose.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CHANGELISTS = sorted(
    (model._meta.label_lower, model) for model in admin.site._registry if model._meta.fields
)
LOOKUPS = ["", "exact", "regex", "iregex", "year", "month", "gte", "lt", "in", "isnull", "range"]
LOOKUPS += ["contains", "startswith", "id", "pk"]
VALUES = st.one_of(
    st.sampled_from(["", "abc", "[", "(", "\x00", "-1", "1e309", "99999999999999999999", "2016"]),
    st.sampled_from(["2016-02-30", "0,1", "true", "None", "' OR 1=1 --", "%", "\\"]),
    st.text(max_size=20),
)


def keys_of(model) -> st.SearchStrategy:
    """A parameter name: a field with a lookup, one of the admin's own parameters, or anything."""
    fields = [field.name for field in model._meta.get_fields()]
    lookup_keys = st.builds(
        lambda field, lookup: f"{field}__{lookup}" if lookup else field,
        st.sampled_from(fields),
        st.sampled_from(LOOKUPS),
    )
    own = st.sampled_from(["q", "o", "p", "e", "all", "_to_field", "_popup", "date__year"])
    return st.one_of(lookup_keys, own, st.text(min_size=1, max_size=12))


def assert_answered(client, url: str, *, also=()) -> None:
    response = client.get(url)
    if response.status_code == 302:
        response = client.get(response["Location"])
    assert response.status_code in (200, 400, *also), url


@pytest.mark.parametrize(
    "url",
    [
        "/admin/meetings/meeting/?date__year=abc",
        "/admin/meetings/meeting/?subject__regex=[",
        "/admin/meetings/body/?name__regex=[",
        "/admin/meetings/occasion/?name__regex=[",
        "/admin/ceremonies/guest/?name__regex=[",
        "/admin/communication/website/?name__regex=[",
        "/admin/auth/user/?username__iregex=(",
        "/admin/meetings/meeting/?q=%00",
        "/admin/hr/stafffigures/?year=99999999999999999999",
        "/nl/dashboard/?year=abc",
        "/nl/dashboard/widgets/meetings.csv?year=%00",
    ],
)
def test_a_bad_parameter_found_by_staff_answers_a_page_or_400(admin_client, url):
    response = admin_client.get(url)

    assert response.status_code in (200, 302, 400)
    if response.status_code == 302:
        assert admin_client.get(response["Location"]).status_code in (200, 400)


def test_a_bad_filter_says_so_in_the_readers_language(admin_client):
    response = admin_client.get("/admin/meetings/body/?name__regex=[", HTTP_ACCEPT_LANGUAGE="fr")
    if response.status_code == 302:
        response = admin_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="fr")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Cette liste ne peut pas être filtrée" in html
    assert 'href="/admin/meetings/body/"' in html


@pytest.mark.parametrize(("label", "model"), CHANGELISTS, ids=[label for label, _m in CHANGELISTS])
def test_any_query_string_on_a_changelist_answers_a_page_or_400(admin_client, label, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")

    @EXAMPLES
    @given(params=st.lists(st.tuples(keys_of(model), VALUES), min_size=1, max_size=3))
    def visit(params):
        assert_answered(admin_client, f"{url}?{urlencode(params)}")

    visit()


def test_any_query_string_on_the_dashboard_answers_a_page_or_400(admin_client):
    keys = st.one_of(st.sampled_from(["year", "year", "section", "lang"]), st.text(max_size=8))

    @EXAMPLES
    @given(params=st.lists(st.tuples(keys, VALUES), min_size=1, max_size=3))
    def visit(params):
        assert_answered(admin_client, f"/nl/dashboard/?{urlencode(params)}")
        # A widget without data for the (valid) year is a 404, as for an unknown widget.
        assert_answered(
            admin_client, f"/nl/dashboard/widgets/meetings.csv?{urlencode(params)}", also=(404,)
        )

    visit()
