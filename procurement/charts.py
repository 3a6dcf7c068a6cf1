"""A server-side SVG timeline of a year's stages (a kind of chart ``chancellery.charts`` lacks).

One row per act, the months of the year along the axis, one marker per stage reached that year.
Each stage has its own shape AND its number (1–6) printed beside the marker and explained in the
legend, so nothing relies on colour; the template puts the same stages in a table beside it.
Colours go through presentation attributes, never ``style`` (strict CSP).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

INK = "#1a1a1a"
GRID = "#c9c9c4"
PAPER = "#ffffff"

# Stage value -> (number printed beside the marker, shape).
MARKERS = {
    10: (1, "ring"),
    20: (2, "square"),
    30: (3, "triangle"),
    40: (4, "diamond"),
    50: (5, "disc"),
    60: (6, "block"),
}


@dataclass(frozen=True)
class TimelineRow:
    """One act: its label (one or two lines) and its (stage value, date) events of the year."""

    label: tuple[str, ...]
    events: tuple[tuple[int, datetime.date], ...]


def _marker(shape: str, x: float, y: float) -> SafeString:
    r = 6
    if shape == "ring":
        return format_html(
            '<circle cx="{}" cy="{}" r="{}" fill="' + PAPER + '" stroke="' + INK + '" stroke-width="2"></circle>',
            x, y, r,
        )
    if shape == "disc":
        return format_html('<circle cx="{}" cy="{}" r="{}" fill="' + INK + '"></circle>', x, y, r)
    if shape == "square":
        return format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" fill="' + PAPER + '" stroke="' + INK
            + '" stroke-width="2"></rect>',
            x - r, y - r, 2 * r, 2 * r,
        )
    if shape == "block":
        return format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" fill="' + INK + '"></rect>', x - r, y - r, 2 * r, 2 * r
        )
    if shape == "triangle":
        points = f"{x},{y - r - 1} {x + r + 1},{y + r} {x - r - 1},{y + r}"
        return format_html(
            '<polygon points="{}" fill="' + PAPER + '" stroke="' + INK + '" stroke-width="2"></polygon>', points
        )
    points = f"{x},{y - r - 2} {x + r + 2},{y} {x},{y + r + 2} {x - r - 2},{y}"
    return format_html('<polygon points="{}" fill="' + INK + '"></polygon>', points)


def timeline_chart(
    rows: Sequence[TimelineRow],
    *,
    year: int,
    legend: Sequence[tuple[int, str]],
    title: str,
    description: str,
    width: int = 640,
    label_width: int = 210,
) -> SafeString:
    """The year's stages on a January–December axis, one row per act, with a legend below."""
    row_height = 46
    top = 30
    right = 16
    plot = width - label_width - right
    start = datetime.date(year, 1, 1)
    days = (datetime.date(year, 12, 31) - start).days or 1
    legend_top = top + row_height * max(len(rows), 1) + 16
    legend_line = 20
    height = legend_top + legend_line * ((len(legend) + 1) // 2) + 8

    def x_of(day: datetime.date) -> float:
        return round(label_width + plot * (day - start).days / days, 1)

    parts = []
    # Month ticks and their (localised) names along the top.
    for month in range(1, 13):
        first = datetime.date(year, month, 1)
        x = x_of(first)
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="' + GRID + '"></line>'
                '<text x="{}" y="{}" font-size="11" fill="' + INK + '">{}</text>',
                x, top - 6, x, legend_top - 16, x + 2, top - 12, date_format(first, "M"),
            )
        )
    for index, row in enumerate(rows):
        y = top + index * row_height + row_height / 2
        lines = row.label[:2]
        for line_index, line in enumerate(lines):
            offset = (line_index - (len(lines) - 1) / 2) * 14 + 4
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="end" font-size="12" fill="' + INK + '">{}</text>',
                    label_width - 10, round(y + offset, 1), line,
                )
            )
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="' + GRID + '" stroke-dasharray="2 3"></line>',
                label_width, y, width - right, y,
            )
        )
        for event_index, (kind, day) in enumerate(sorted(row.events, key=lambda e: (e[1], e[0]))):
            number, shape = MARKERS.get(kind, (0, "disc"))
            x = x_of(day)
            # Alternate the number above and below the line so that close stages stay legible.
            text_y = y - 11 if event_index % 2 == 0 else y + 21
            parts.append(_marker(shape, x, y))
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" font-size="11" font-weight="bold" fill="'
                    + INK + '">{}</text>',
                    x, text_y, number,
                )
            )
    for index, (kind, label) in enumerate(legend):
        number, shape = MARKERS.get(kind, (0, "disc"))
        column = index % 2
        x = 16 + column * (width / 2)
        y = legend_top + (index // 2) * legend_line
        parts.append(_marker(shape, x, y))
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="12" fill="' + INK + '">{} {}</text>', x + 14, y + 4, number, label
            )
        )
    slug = "timeline-" + (slugify(title)[:40] or "chart")
    body = mark_safe("".join(parts))  # noqa: S308 - every part above is built with format_html
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-t {}-d" focusable="false">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>{}</svg>',
        width, height, slug, slug, slug, title, slug, description, body,
    )

