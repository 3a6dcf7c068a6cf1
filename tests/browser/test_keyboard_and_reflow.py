"""The report by keyboard alone, on a 320 px wide screen (WCAG 2.1: 2.1.1, 2.4.1, 2.4.7, 1.4.10)."""

import pytest

from tests.browser.helpers import admin_log_in, axe_violations

REPORT = "/nl/reports/2016/"
LANGUAGES = ["nl", "fr", "de", "en"]

# What has focus, in a form a test can compare: the element's tag, classes, href and id.
FOCUSED = """() => {
  const el = document.activeElement;
  return {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className,
          href: el.getAttribute('href') || '', inToc: !!el.closest('.toc'),
          inSwitcher: !!el.closest('.language-switcher')};
}"""

FOCUS_STYLE = """() => {
  const style = getComputedStyle(document.activeElement);
  return {outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
          boxShadow: style.boxShadow};
}"""


def tab_through(page, stops: int) -> list[dict]:
    """Press Tab ``stops`` times from the top of the page; what had focus after each press."""
    focused = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        focused.append(page.evaluate(FOCUSED))
    return focused


def test_first_tab_stop_is_the_skip_link(page, live_server, demo_report):
    page.goto(live_server.url + REPORT)

    page.keyboard.press("Tab")

    assert page.evaluate(FOCUSED)["cls"] == "skip-link"
    assert page.locator(".skip-link").is_visible()


def test_skip_link_moves_focus_to_the_main_content(page, live_server, demo_report):
    page.goto(live_server.url + REPORT)
    page.keyboard.press("Tab")

    page.keyboard.press("Enter")

    assert page.evaluate(FOCUSED)["id"] == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('main')")


def test_every_tab_stop_shows_a_visible_focus_outline(page, live_server, demo_report):
    page.goto(live_server.url + REPORT)

    checked = 0
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] == "body":  # past the last stop
            break
        style = page.evaluate(FOCUS_STYLE)
        assert style["outlineStyle"] != "none" and style["outlineWidth"] >= 2, focused
        checked += 1
    assert checked >= 10


def test_table_of_contents_and_language_switcher_are_reachable_by_tab(
    page, live_server, demo_report
):
    page.goto(live_server.url + REPORT)
    toc_links = page.eval_on_selector_all(
        ".toc a", "links => links.map(a => a.getAttribute('href'))"
    )
    switcher_links = page.eval_on_selector_all(
        ".language-switcher a", "links => links.map(a => a.getAttribute('href'))"
    )

    focused = tab_through(page, len(switcher_links) + len(toc_links) + 10)

    reached = {stop["href"] for stop in focused}
    assert toc_links and set(toc_links) <= reached
    assert set(switcher_links) <= reached


def test_table_of_contents_link_moves_to_its_section(page, live_server, demo_report):
    page.goto(live_server.url + REPORT)
    link = page.locator(".toc a").last
    target = link.get_attribute("href")

    link.focus()
    page.keyboard.press("Enter")

    assert page.evaluate("() => location.hash") == target
    assert page.locator(target).is_visible()


NARROW_PAGES = [f"/{code}/reports/2016/" for code in LANGUAGES] + ["/nl/reports/"]


@pytest.fixture
def phone(browser):
    """A fresh browser tab 320 px wide (WCAG 1.4.10: 1280 px zoomed to 400 %)."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.mark.parametrize("path", NARROW_PAGES)
def test_no_horizontal_scrolling_at_320_px(phone, live_server, demo_report, path):
    phone.goto(live_server.url + path)

    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("code", LANGUAGES)
def test_report_has_no_wcag_violation_at_320_px(phone, live_server, demo_report, code):
    """Wide tables scroll inside their wrapper there: axe wants it focusable and named
    (scrollable-region-focusable), which the 1280 px run cannot see."""
    phone.goto(live_server.url + f"/{code}/reports/2016/")

    assert axe_violations(phone) == []


def test_a_table_scrolls_sideways_by_keyboard_at_320_px(phone, live_server, superuser):
    # The report's tables fit a phone (the wide ones turn into blocks); the dashboard's do not.
    admin_log_in(
        phone, live_server.url, superuser["username"], superuser["password"], language="en"
    )
    phone.goto(live_server.url + "/nl/dashboard/?year=2016")
    wider = phone.locator(".table-wrap").evaluate_all(
        "wraps => wraps.filter(w => w.scrollWidth > w.clientWidth)"
        ".map(w => w.getAttribute('aria-labelledby'))"
    )
    assert wider, "no table is wider than a phone: nothing to check"
    wrap = phone.locator(f".table-wrap[aria-labelledby='{wider[0]}']")

    wrap.focus()
    phone.keyboard.press("ArrowRight")
    phone.keyboard.press("ArrowRight")
    # The browser scrolls smoothly: the region moves over the next frames, not at once.
    phone.wait_for_function("w => w.scrollLeft > 0", arg=wrap.element_handle(), timeout=5000)

    assert wrap.evaluate("w => w.scrollLeft") > 0
    style = wrap.evaluate("w => getComputedStyle(w).outlineStyle")
    assert style != "none"
