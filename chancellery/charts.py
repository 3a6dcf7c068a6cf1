"""Server-side SVG charts: no JavaScript, printable, allowed by a strict Content Security Policy.

Every chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>`` and prints its values as
text next to each bar, so it reads without colour and without the picture; templates still put
the same figures in a table beside it. Colours go through presentation attributes, never ``style``.

Labels must fit in every language (German and French labels are often twice as long as the
English ones), and an SVG does not wrap text. So the charts measure their text themselves
(``text_width``, with the advance widths of Helvetica/Arial, whose metrics Liberation Sans shares:
the fonts the site and the PDF use) and lay each bar's label *above* its bar, wrapped over as many
lines as it needs, never cut inside a word. The height of the ``viewBox`` follows. The same SVG goes
into the web page and the PDF.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

INK = "#1a1a1a"
BAR = "#1a1a1a"
ACCENT = "#c8102e"
GRID = "#c9c9c4"
# The fonts whose metrics ``text_width`` knows (Liberation Sans has Arial's, Arial Helvetica's).
FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif"
# A chart is drawn at 1.2 CSS pixels per unit where there is room (its 13-unit labels at about the
# size of the body text), smaller on a narrow screen (CSS: max-width 100%).
DRAWN_SCALE = 1.2

# Advance widths of Helvetica (thousandths of the font size), per character; accented letters take
# their base letter's width. Bold text is about 8 % wider.
_WIDTHS = {
    **dict.fromkeys("ijl'", 222),
    **dict.fromkeys(" ft.,:;!/[]\\|I", 278),
    **dict.fromkeys('r-()"`', 333),
    **dict.fromkeys("ckszvxyJ*", 500),
    **dict.fromkeys("abdeghnopqu0123456789$_?#L–", 556),
    **dict.fromkeys("+×<=>~", 584),
    **dict.fromkeys("FTZ", 611),
    **dict.fromkeys("ABEKPSVXY&", 667),
    **dict.fromkeys("wCDHNRU", 722),
    **dict.fromkeys("GOQ", 778),
    **dict.fromkeys("mM", 833),
    **dict.fromkeys("%", 889),
    **dict.fromkeys("W", 944),
    **dict.fromkeys("…—@", 1000),
    "’": 222,
    "‘": 222,
    "“": 333,
    "”": 333,
    "«": 556,
    "»": 556,
    "\u00a0": 278,
    "\u202f": 278,
}


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` at ``size`` (user units), measured with Helvetica's metrics, a little
    generous so that a renderer with another sans-serif font still fits."""
    total = 0
    for char in text:
        width = _WIDTHS.get(char)
        if width is None:
            base = unicodedata.normalize("NFD", char)[:1]
            width = _WIDTHS.get(base, 556)
        total += width
    return total * size / 1000 * (1.08 if bold else 1.0) * 1.04


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width``, broken between words only (a word longer than
    the width gets a line of its own; the caller gives enough width for the longest word)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold=bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value and, optionally, the text printed for the value."""

    label: str
    value: float
    text: str | None = None
    accent: bool = False


def _value_text(bar: Bar) -> str:
    if bar.text is not None:
        return bar.text
    return number_format(bar.value, 0, use_l10n=True, force_grouping=True)


def _scale(value: float, maximum: float, log: bool) -> float:
    if maximum <= 0 or value <= 0:
        return 0.0
    if log:
        return math.log10(1 + value) / math.log10(1 + maximum)
    return value / maximum


def _svg(width: float, height: float, title: str, description: str, body: SafeString) -> SafeString:
    slug = _slug(title)
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" '
        'role="img" aria-labelledby="{}-t {}-d" focusable="false" font-family="{}">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>{}</svg>',
        _n(width),
        _n(height),
        _n(width * DRAWN_SCALE),
        _n(height * DRAWN_SCALE),
        slug,
        slug,
        FONT_FAMILY,
        slug,
        title,
        slug,
        description,
        body,
    )


def _n(value: float) -> str:
    """A coordinate as SVG writes it: at most one decimal, no trailing zero."""
    return f"{round(value, 1):g}"


LABEL_SIZE = 13
LABEL_LINE = 16
BAR_HEIGHT = 14


def bar_chart(
    bars: Sequence[Bar],
    *,
    title: str,
    description: str,
    log_scale: bool = False,
    width: int = 360,
) -> SafeString:
    """A horizontal bar chart, each bar under its label and followed by its value; optionally on
    a log scale.

    A label takes the whole width, over several lines if it needs them: long labels ("Leden van
    de familie van de overleden slachtoffers", in any language) are never cut at the edge.
    """
    values = [_value_text(bar) for bar in bars]
    value_room = max((text_width(text, LABEL_SIZE, bold=True) for text in values), default=0) + 8
    longest_word = max(
        (text_width(word, LABEL_SIZE) for bar in bars for word in bar.label.split()), default=0
    )
    width = max(width, math.ceil(longest_word), math.ceil(value_room + 60))
    plot = width - value_room
    maximum = max((bar.value for bar in bars), default=0)
    parts = []
    y = 4.0
    for bar, value in zip(bars, values, strict=True):
        for line in wrap(bar.label, width, LABEL_SIZE):
            y += LABEL_LINE
            parts.append(
                format_html(
                    '<text x="2" y="{}" font-size="{}" fill="{}">{}</text>',
                    _n(y - 4),
                    LABEL_SIZE,
                    INK,
                    line,
                )
            )
        y += 2
        length = round(plot * _scale(bar.value, maximum, log_scale), 1)
        length = max(length, 1 if bar.value else 0)
        parts.append(
            format_html(
                '<rect x="0" y="{}" width="{}" height="{}" fill="{}"></rect>'
                '<text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{}">{}</text>',
                _n(y),
                _n(length),
                BAR_HEIGHT,
                ACCENT if bar.accent else BAR,
                _n(length + 6),
                _n(y + BAR_HEIGHT - 2.5),
                LABEL_SIZE,
                INK,
                value,
            )
        )
        y += BAR_HEIGHT + 10
    height = y
    body = format_html(
        '<line x1="0.5" y1="0" x2="0.5" y2="{}" stroke="{}"></line>{}',
        _n(height - 6),
        GRID,
        SafeString("".join(parts)),
    )
    return _svg(width, height, title, description, body)


def column_chart(
    bars: Sequence[Bar],
    *,
    title: str,
    description: str,
    width: int = 360,
    height: int = 200,
) -> SafeString:
    """A vertical column chart (e.g. meetings per month), each column labelled with its value.

    The columns get the width their labels and values need: when they do not fit in ``width``, the
    chart grows wider (and the browser draws it smaller) rather than letting texts overlap.
    """
    size = 12
    bottom = 24
    top = 20
    count = max(len(bars), 1)
    values = [_value_text(bar) for bar in bars]
    needed = max(
        [text_width(bar.label, size) + 4 for bar in bars]
        + [text_width(value, size, bold=True) + 4 for value in values]
        + [1]
    )
    slot = max(width / count, needed)
    width = slot * count
    plot = height - top - bottom
    maximum = max((bar.value for bar in bars), default=0)
    columns = []
    for index, (bar, value) in enumerate(zip(bars, values, strict=True)):
        length = round(plot * _scale(bar.value, maximum, False), 1)
        x = index * slot
        columns.append(
            (
                _n(x + slot * 0.15),
                _n(top + plot - length),
                _n(slot * 0.7),
                _n(length),
                ACCENT if bar.accent else BAR,
                _n(x + slot / 2),
                _n(top + plot - length - 5),
                value,
                _n(x + slot / 2),
                height - 8,
                bar.label,
            )
        )
    body = format_html(
        '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="{}"></line>{}',
        top + plot,
        _n(width),
        top + plot,
        GRID,
        format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
            '<text x="{}" y="{}" text-anchor="middle" font-size="12" font-weight="bold" fill="'
            + INK
            + '">{}</text>'
            '<text x="{}" y="{}" text-anchor="middle" font-size="12" fill="' + INK + '">{}</text>',
            columns,
        ),
    )
    return _svg(width, height, title, description, body)


def _slug(text: str) -> str:
    """An id for the chart's title and description, unique enough within a page."""
    from django.utils.text import slugify

    return "chart-" + (slugify(text)[:40] or "untitled")
