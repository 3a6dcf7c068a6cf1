"""The report as a reader sees it on a phone, a tablet and a laptop, in the four languages.

At 320, 375, 768 and 1280 px: no word is split over two lines in a table cell, a caption, a
heading or a key figure (each word's ``Range.getClientRects()`` is one rectangle: a hyphenated
compound may still wrap at its hyphen); no chart text lies outside its SVG's ``viewBox``; the page
never scrolls sideways; and axe finds no WCAG 2.1 A/AA violation. One browser tab per width is
reused for every page, so that the whole check costs a few seconds a page.
"""

import pytest

from tests.browser.helpers import axe_violations

LANGUAGES = ["nl", "fr", "de", "en"]
WIDTHS = [320, 375, 768, 1280]
PAGES = [
    path.format(lang=lang)
    for lang in LANGUAGES
    for path in ("/{lang}/", "/{lang}/reports/", "/{lang}/reports/2016/")
]

# Every word of the elements a reader scans, split at hyphens; the words drawn on more than one
# line (a word broken inside, letter by letter or at a syllable).
SPLIT_WORDS = """() => {
  const selector = 'main td, main th, main caption, main h1, main h2, main h3, main h4, '
    + 'main .key-figure, main figcaption';
  const split = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.getClientRects().length) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.visually-hidden, svg')) continue;
      for (const match of node.data.matchAll(/[^\\s\\-\\u2010\\u2011\\u2013\\u2014]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()]
          .filter(rect => rect.width > 0).map(rect => Math.round(rect.top)));
        if (lines.size > 1) split.push(`${element.tagName.toLowerCase()}: ${match[0]}`);
      }
    }
  }
  return [...new Set(split)];
}"""

# Every <text> of every chart whose box leaves the chart's viewBox (a label cut at the edge).
TEXT_OUTSIDE_VIEWBOX = """() => {
  const outside = [];
  for (const svg of document.querySelectorAll('svg[viewBox]')) {
    const box = svg.viewBox.baseVal;
    for (const text of svg.querySelectorAll('text')) {
      const b = text.getBBox();
      if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5
          || b.y + b.height > box.y + box.height + 0.5) {
        outside.push(`${svg.getAttribute('aria-labelledby')}: ${text.textContent}`);
      }
    }
  }
  return outside;
}"""

SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture(scope="module")
def tabs(browser):
    """One tab per width, reused by every page of the module."""
    contexts = {
        width: browser.new_context(viewport={"width": width, "height": 900}) for width in WIDTHS
    }
    pages = {}
    for width, context in contexts.items():
        pages[width] = context.new_page()
        pages[width].set_default_timeout(15_000)
    yield pages
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_word_split_no_chart_text_cut_no_sideways_scroll(tabs, live_server, demo_report, width):
    page = tabs[width]
    found = []
    for path in PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        found += [f"{path}: split {word}" for word in page.evaluate(SPLIT_WORDS)]
        found += [
            f"{path}: outside the viewBox {text}" for text in page.evaluate(TEXT_OUTSIDE_VIEWBOX)
        ]
        overflow = page.evaluate(SIDEWAYS_SCROLL)
        if overflow > 0:
            found.append(f"{path}: the page scrolls sideways by {overflow} px")

    assert found == []


@pytest.mark.parametrize("width", [375, 768])
@pytest.mark.parametrize("code", LANGUAGES)
def test_report_has_no_wcag_violation_at_phone_and_tablet_widths(
    tabs, live_server, demo_report, code, width
):
    """320 and 1280 px are checked in test_keyboard_and_reflow.py and test_accessibility.py."""
    page = tabs[width]
    page.goto(live_server.url + f"/{code}/reports/2016/")

    assert axe_violations(page) == []


def test_the_check_finds_a_word_split_and_a_cut_label(tabs):
    """The harness itself: a squeezed cell and a label past the left edge are found."""
    page = tabs[320]
    page.set_content(
        '<html lang="en"><main><table><tr><td style="width:2ch;overflow-wrap:anywhere">'
        "volksvertegenwoordigers</td></tr></table>"
        '<svg viewBox="0 0 100 20"><text x="0" y="15" text-anchor="end">cut</text></svg>'
        "</main></html>"
    )

    assert page.evaluate(SPLIT_WORDS) == ["td: volksvertegenwoordigers"]
    assert page.evaluate(TEXT_OUTSIDE_VIEWBOX) == ["null: cut"]
