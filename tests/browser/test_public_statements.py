"""WCAG 2.1 A/AA (axe-core) on the figure pages and the statements the law asks for, in the four
languages, on the demo site (tests/browser/conftest.py: the 2016 report, published)."""

import pytest

from tests.browser.helpers import axe_violations

LANGUAGES = ("nl", "fr", "de", "en")
PAGES = [
    "/{lang}/figures/",
    "/{lang}/figures/meetings.total/",
    "/{lang}/figures/ict.service_hours/",  # a text figure: a table, no chart
    "/{lang}/accessibility/",
    "/{lang}/privacy/",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_wcag_violation(page, live_server, demo_report, path, language):
    response = page.goto(live_server.url + path.format(lang=language))

    assert response.status == 200
    assert axe_violations(page) == []


@pytest.mark.parametrize("width", [320, 1280])
def test_the_figure_page_reflows_without_sideways_scrolling(page, live_server, demo_report, width):
    """WCAG 1.4.10: at 320 CSS pixels the page scrolls in one direction only."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/de/figures/meetings.total/")

    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")

    assert overflow <= 0
