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

from chancellery.charts import DRAWN_SCALE, FONT_FAMILY, wrap

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
            '<circle cx="{}" cy="{}" r="{}" fill="'
            + PAPER
            + '" stroke="'
            + INK
            + '" stroke-width="2"></circle>',
            x,
            y,
            r,
        )
    if shape == "disc":
        return format_html('<circle cx="{}" cy="{}" r="{}" fill="' + INK + '"></circle>', x, y, r)
    if shape == "square":
        return format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" fill="'
            + PAPER
            + '" stroke="'
            + INK
            + '" stroke-width="2"></rect>',
            x - r,
            y - r,
            2 * r,
            2 * r,
        )
    if shape == "block":
        return format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" fill="' + INK + '"></rect>',
            x - r,
            y - r,
            2 * r,
            2 * r,
        )
    if shape == "triangle":
        points = f"{x},{y - r - 1} {x + r + 1},{y + r} {x - r - 1},{y + r}"
        return format_html(
            '<polygon points="{}" fill="'
            + PAPER
            + '" stroke="'
            + INK
            + '" stroke-width="2"></polygon>',
            points,
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
    width: int = 400,
) -> SafeString:
    """The year's stages on a January–December axis, one row per act, with a legend below.

    Each act's label sits above its row, wrapped over the whole width (``chancellery.charts.wrap``):
    a long title in any language is never cut at the chart's edge.
    """
    label_size, label_line, line_room = 12, 15, 40
    top = 22
    side = 8
    plot = width - 2 * side
    start = datetime.date(year, 1, 1)
    days = (datetime.date(year, 12, 31) - start).days or 1
    labels = [
        [part for line in row.label[:2] for part in wrap(line, width, label_size)] for row in rows
    ]
    rows_height = sum(len(lines) * label_line + line_room for lines in labels) or line_room
    legend_top = top + rows_height + 18
    legend_lines = [
        wrap(f"{MARKERS.get(kind, (0, ''))[0]} {label}", width - 24, label_size)
        for kind, label in legend
    ]
    height = legend_top + sum(len(lines) * label_line + 6 for lines in legend_lines) + 4

    def x_of(day: datetime.date) -> float:
        return round(side + plot * (day - start).days / days, 1)

    parts = []
    # Month ticks and their (localised) names along the top.
    for month in range(1, 13):
        first = datetime.date(year, month, 1)
        x = x_of(first)
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="' + GRID + '"></line>'
                '<text x="{}" y="{}" font-size="10" fill="' + INK + '">{}</text>',
                x,
                top - 6,
                x,
                legend_top - 14,
                x + 2,
                top - 10,
                date_format(first, "M"),
            )
        )
    y = top
    for row, lines in zip(rows, labels, strict=True):
        for line in lines:
            y += label_line
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="{}" fill="' + INK + '">{}</text>',
                    side,
                    y - 3,
                    label_size,
                    line,
                )
            )
        line_y = y + 20
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="'
                + GRID
                + '" stroke-dasharray="2 3"></line>',
                side,
                line_y,
                width - side,
                line_y,
            )
        )
        for event_index, (kind, day) in enumerate(sorted(row.events, key=lambda e: (e[1], e[0]))):
            number, shape = MARKERS.get(kind, (0, "disc"))
            x = min(max(x_of(day), side + 6), width - side - 6)
            # Alternate the number above and below the line so that close stages stay legible.
            text_y = line_y - 10 if event_index % 2 == 0 else line_y + 19
            parts.append(_marker(shape, x, line_y))
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="middle" font-size="11" font-weight="bold" '
                    'fill="' + INK + '">{}</text>',
                    x,
                    text_y,
                    number,
                )
            )
        y += line_room
    y = legend_top
    for (kind, _label), lines in zip(legend, legend_lines, strict=True):
        _number, shape = MARKERS.get(kind, (0, "disc"))
        parts.append(_marker(shape, side + 6, y + 8))
        for line in lines:
            y += label_line
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="{}" fill="' + INK + '">{}</text>',
                    side + 20,
                    y - 3,
                    label_size,
                    line,
                )
            )
        y += 6
    slug = "timeline-" + (slugify(title)[:40] or "chart")
    body = mark_safe("".join(parts))  # noqa: S308 - every part above is built with format_html
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" '
        'role="img" aria-labelledby="{}-t {}-d" focusable="false" font-family="{}">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>{}</svg>',
        width,
        height,
        round(width * DRAWN_SCALE, 1),
        round(height * DRAWN_SCALE, 1),
        slug,
        slug,
        FONT_FAMILY,
        slug,
        title,
        slug,
        description,
        body,
    )
