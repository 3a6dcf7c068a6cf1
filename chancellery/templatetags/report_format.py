"""Figures formatted per locale: numbers, percentages, changes, years.

Numbers are grouped the locale's way (USE_THOUSAND_SEPARATOR): 9.414.129 in Dutch, 9 414 129 in
French, 9,414,129 in English. Years are never grouped (``|year``).
"""

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language

register = template.Library()

# Dutch, French and German style guides put a (non-breaking) space before the percent sign;
# English does not.
_PERCENT_SPACE = {"en": ""}


def _quantize(value, places: int) -> Decimal:
    exponent = Decimal(1).scaleb(-places)
    return Decimal(str(value)).quantize(exponent, rounding=ROUND_HALF_UP)


@register.filter
def number(value, places: int = 0):
    """A number rounded half-up to ``places`` decimals, grouped as the current locale does."""
    if value is None or value == "":
        return ""
    return number_format(_quantize(value, int(places)), int(places), use_l10n=True, force_grouping=True)


@register.filter
def percent(value, places: int = 0):
    """A percentage, e.g. ``39,8 %`` (nl, fr, de) or ``39.8%`` (en)."""
    if value is None or value == "":
        return ""
    space = _PERCENT_SPACE.get((get_language() or "nl")[:2], "\u00a0")
    return f"{number(value, places)}{space}%"


@register.filter
def signed(value, places: int = 0):
    """A change with its sign: ``+3``, ``−1,2``, ``0``."""
    if value is None or value == "":
        return ""
    rounded = _quantize(value, int(places))
    text = number(abs(rounded), places)
    if rounded > 0:
        return f"+{text}"
    if rounded < 0:
        return f"\u2212{text}"
    return text


@register.filter
def year(value):
    """A year, never grouped: 2016, not 2.016."""
    return "" if value is None else str(value)


@register.filter
def figure_value(value):
    """Any figure: text as it is, a whole number grouped, a fraction with its decimals (max 2)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    decimal = Decimal(str(value))
    if decimal == decimal.to_integral_value():
        return number(decimal)
    places = min(max(-decimal.normalize().as_tuple().exponent, 1), 2)
    return number(decimal, places)


@register.filter
def figure_change(value):
    """A change between two figures, with its sign; whole or with its decimals (max 2)."""
    if value is None:
        return "—"
    decimal = Decimal(str(value))
    if decimal == decimal.to_integral_value():
        return signed(decimal)
    return signed(decimal, min(max(-decimal.normalize().as_tuple().exponent, 1), 2))
