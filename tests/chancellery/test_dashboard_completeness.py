"""How the dashboard presents the completeness list and the key figures (issue 16, finding 7):
what blocks first, the rest folded under a count, sections in words, figures told apart."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission

from chancellery import registry as core_registry
from chancellery.registry import Figure, Missing, Section, registry

pytestmark = pytest.mark.django_db

URL = "/nl/dashboard/?year=2016"


@pytest.fixture
def manager(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="manager", password="x" * 16, is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="view_dashboard"))
    client.force_login(user)
    return user


@pytest.fixture
def ceremonies_check(monkeypatch):
    """A check that names its section by its key, as the ceremonies' did: many gaps that fall
    back, one that blocks, listed last."""

    def check(year):
        for number in range(30):
            yield Missing("ceremonies", f"Fallback gap {number}", blocking=False)
        yield Missing("ceremonies", "The blocking gap", "/admin/ceremonies/ceremony/")

    monkeypatch.setattr(registry, "_checks", {"ceremonies": check})


def test_what_blocks_comes_first_and_the_rest_is_folded_under_its_count(
    client, manager, ceremonies_check
):
    content = client.get(URL).content.decode()

    details = content.index('<details class="completeness-fallback">')
    assert content.index("The blocking gap") < details
    assert content.index("Fallback gap 0") > details
    summary = content[details : content.index("</summary>", details)]
    assert "30 punten blokkeren de publicatie niet" in summary


def test_sections_are_named_in_words_never_by_their_key(client, manager, ceremonies_check):
    content = client.get(URL).content.decode()

    assert "<td>Plechtigheden</td>" in content
    assert "<td>ceremonies</td>" not in content


def test_a_label_two_figures_share_is_told_apart_by_its_unit(client, manager, monkeypatch):
    def hr_section(year):
        return Section(
            key="hr",
            title="Personeel",
            template="chancellery/sections/ict.html",
            figures=(
                Figure("hr.gender.men", "Mannen", 40, "personen"),
                Figure("hr.gender.men.share", "Mannen", Decimal("52.5"), "%"),
                Figure("hr.headcount", "Personeelsbestand", 76, "personen"),
            ),
        )

    monkeypatch.setattr(core_registry.registry, "_sections", {"hr": hr_section})

    response = client.get(URL)

    labels = [row["label"] for row in response.context["key_figures"]]
    assert labels == ["Mannen (personen)", "Mannen (%)", "Personeelsbestand"]
    assert "52,5&nbsp;%" in response.content.decode()
