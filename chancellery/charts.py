"""Server-side SVG charts: no JavaScript, printable, allowed by a strict Content Security Policy.

Every chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>`` and prints its values as
text next to each bar, so it reads without colour and without the picture; templates still put
the same figures in a table beside it. Colours go through presentation attributes, never ``style``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

INK = "#1a1a1a"
BAR = "#1a1a1a"
ACCENT = "#c8102e"
GRID = "#c9c9c4"


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


def bar_chart(
    bars: Sequence[Bar],
    *,
    title: str,
    description: str,
    log_scale: bool = False,
    label_width: int = 190,
    width: int = 560,
) -> SafeString:
    """A horizontal bar chart, each bar labelled with its value; optionally on a log scale."""
    row = 30
    top = 8
    value_room = 110
    plot = max(width - label_width - value_room, 40)
    height = top * 2 + row * max(len(bars), 1)
    maximum = max((bar.value for bar in bars), default=0)
    rows = []
    for index, bar in enumerate(bars):
        y = top + index * row
        length = round(plot * _scale(bar.value, maximum, log_scale), 1)
        rows.append(
            (
                label_width - 8,
                y + row / 2 + 5,
                bar.label,
                label_width,
                y + 6,
                max(length, 1 if bar.value else 0),
                row - 12,
                ACCENT if bar.accent else BAR,
                label_width + length + 6,
                y + row / 2 + 5,
                _value_text(bar),
            )
        )
    body = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end" font-size="13" fill="' + INK + '">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
        '<text x="{}" y="{}" font-size="13" font-weight="bold" fill="' + INK + '">{}</text>',
        rows,
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-t {}-d" focusable="false">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>'
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="' + GRID + '"></line>{}</svg>',
        width,
        height,
        _slug(title),
        _slug(title),
        _slug(title),
        title,
        _slug(title),
        description,
        label_width,
        top,
        label_width,
        height - top,
        body,
    )


def column_chart(
    bars: Sequence[Bar],
    *,
    title: str,
    description: str,
    width: int = 560,
    height: int = 220,
) -> SafeString:
    """A vertical column chart (e.g. meetings per month), each column labelled with its value."""
    bottom = 26
    top = 20
    count = max(len(bars), 1)
    slot = width / count
    plot = height - top - bottom
    maximum = max((bar.value for bar in bars), default=0)
    columns = []
    for index, bar in enumerate(bars):
        length = round(plot * _scale(bar.value, maximum, False), 1)
        x = index * slot
        columns.append(
            (
                round(x + slot * 0.15, 1),
                round(top + plot - length, 1),
                round(slot * 0.7, 1),
                length,
                ACCENT if bar.accent else BAR,
                round(x + slot / 2, 1),
                round(top + plot - length - 5, 1),
                _value_text(bar),
                round(x + slot / 2, 1),
                height - 8,
                bar.label,
            )
        )
    body = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
        '<text x="{}" y="{}" text-anchor="middle" font-size="12" font-weight="bold" fill="'
        + INK
        + '">{}</text>'
        '<text x="{}" y="{}" text-anchor="middle" font-size="12" fill="' + INK + '">{}</text>',
        columns,
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-t {}-d" focusable="false">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>'
        '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="' + GRID + '"></line>{}</svg>',
        width,
        height,
        _slug(title),
        _slug(title),
        _slug(title),
        title,
        _slug(title),
        description,
        top + plot,
        width,
        top + plot,
        body,
    )


def _slug(text: str) -> str:
    """An id for the chart's title and description, unique enough within a page."""
    from django.utils.text import slugify

    return "chart-" + (slugify(text)[:40] or "untitled")
