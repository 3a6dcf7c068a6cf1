"""Figures formatted per locale: numbers, percentages, changes, years.

Numbers are grouped the locale's way (USE_THOUSAND_SEPARATOR): 9.414.129 in Dutch, 9 414 129 in
French, 9,414,129 in English. Years are never grouped (``|year``).
"""

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.settings import FALLBACK_LANGUAGES
from modeltranslation.utils import resolution_order

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
    return number_format(
        _quantize(value, int(places)), int(places), use_l10n=True, force_grouping=True
    )


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


@register.filter
def long_date(value):
    """A date written out in the current language: ``1er décembre 2016`` (French writes the first
    day of a month as an ordinal), ``1 december 2016``, ``1. Dezember 2016``, ``1 December 2016``.
    """
    if not value:
        return ""
    language = (get_language() or "")[:2]
    text = date_format(value, "j. F Y" if language == "de" else "j F Y")
    if language == "fr" and value.day == 1:
        return "1er" + text[1:]
    return text


def text_language(obj, field: str) -> str:
    """The language in which ``obj.field`` is shown on the current page: the page's own, or the
    language modeltranslation falls back to when the page's is empty (German: Dutch, then French).

    ``obj`` is a model instance or a row from ``values()`` that holds every ``<field>_<lang>``.
    """
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    for language in resolution_order(current, FALLBACK_LANGUAGES):
        if isinstance(obj, dict):
            value = obj.get(f"{field}_{language}")
        else:
            value = getattr(obj, f"{field}_{language}", None)
        if value not in (None, ""):
            return language
    return current


@register.filter
def lang_of(obj, field: str) -> str:
    """The language code of ``obj.field`` as shown (see ``text_language``)."""
    return text_language(obj, field) if obj is not None else (get_language() or "")[:2]


@register.filter
def lang_attr(obj, field: str):
    """`` lang="nl"`` when ``obj.field`` falls back to another language than the page's, else
    nothing: put it on the element that holds the text (WCAG 2.1 SC 3.1.2, language of parts), so
    that a screen reader reads the Dutch of a German page with a Dutch voice, and the PDF's tags
    carry it too."""
    if obj is None:
        return ""
    language = text_language(obj, field)
    if language == (get_language() or settings.LANGUAGE_CODE)[:2]:
        return ""
    return format_html(' lang="{}"', language)


@register.filter
def text_in(obj, field: str) -> str:
    """``obj.field`` in the language it is shown in (the page's or its fallback), for a ``values()``
    row as well as for a model instance."""
    if obj is None:
        return ""
    language = text_language(obj, field)
    if isinstance(obj, dict):
        return obj.get(f"{field}_{language}") or ""
    return getattr(obj, f"{field}_{language}", "") or ""


class FallbackNode(template.Node):
    def __init__(self, obj, field, element, nodelist):
        self.obj, self.field, self.element, self.nodelist = obj, field, element, nodelist

    def render(self, context):
        obj = self.obj.resolve(context)
        field = self.field.resolve(context)
        current = (get_language() or settings.LANGUAGE_CODE)[:2]
        language = text_language(obj, field) if obj is not None else current
        if language == current:
            return self.nodelist.render(context)
        with translation.override(language):
            inner = self.nodelist.render(context)
        return format_html('<{0} lang="{1}">{2}</{0}>', self.element, language, inner)


@register.tag
def fallback(parser, token):
    """``{% fallback obj "field" ["div"] %}…{% endfallback %}``: what is inside, as it is when
    ``obj.field`` is in the page's language; otherwise rendered in the language it falls back to
    (so that a sentence around a staff-written phrase falls back whole: "12 + 2 speciaal gewijd aan
    het CETA-verdrag", never "2 devoted to het CETA-verdrag") and wrapped in a ``<span lang="nl">``
    (or the element given). Nothing changes in the page when no text falls back."""
    bits = token.split_contents()
    if len(bits) not in (3, 4):
        raise template.TemplateSyntaxError(
            f"{bits[0]} takes an object, a field name and an element"
        )
    element = bits[3].strip("\"'") if len(bits) == 4 else "span"
    nodelist = parser.parse(("endfallback",))
    parser.delete_first_token()
    return FallbackNode(
        parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), element, nodelist
    )
