"""Every number the report prints is a value of its open data (the 2016 demo report).

"The figures the report prints" are those of its sections' key figures, tables and charts, in
every language, as the public gets them (the stored edition's page). Left out, because they are
not figures: staff-written prose (a number that matters there is a key figure too, as "18 of 22
countries" is), dates, years (the report's and the one it compares with), legal references
(2014/24/EU) and a chart legend's keys (the timeline's stage numbers, "1 drafting"). A sign is
not compared ("+3,600" is the change 3600; "−3" the change -3).
"""

import json
import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.utils import dates, formats, translation

from chancellery.models import AnnualReport

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr", "de", "en")
VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col"}


class FigureText(HTMLParser):
    """The text of each section's key figures, table cells and chart texts, by section key."""

    def __init__(self, keys) -> None:
        super().__init__(convert_charrefs=True)
        self.keys = set(keys)
        self.stack: list[tuple[str, dict]] = []
        self.texts: dict[str, list[str]] = {key: [] for key in keys}
        self.svg_texts: dict[str, list[list[str]]] = {key: [] for key in keys}

    def _section(self) -> str | None:
        for tag, attrs in reversed(self.stack):
            if tag == "section" and attrs.get("id") in self.keys:
                return attrs["id"]
        return None

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append((tag, dict(attrs)))
        if tag == "svg" and self._section():
            self.svg_texts[self._section()].append([])

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        section = self._section()
        if section is None or not data.strip():
            return
        tags = [tag for tag, _attrs in self.stack]
        classes = " ".join(attrs.get("class", "") for _tag, attrs in self.stack)
        if "time" in tags:
            return
        if "svg" in tags:
            if tags[-1] in ("text", "desc"):
                self.svg_texts[section][-1].append(data.strip())
        elif "key-figure" in classes or tags[-1] in ("td", "th") or "td" in tags or "th" in tags:
            self.texts[section].append(data.strip())


def number_pattern(language: str) -> re.Pattern:
    with translation.override(language):
        group = re.escape(formats.get_format("THOUSAND_SEPARATOR"))
        decimal = re.escape(formats.get_format("DECIMAL_SEPARATOR"))
    # Thousands are grouped by the locale's separator (a no-break space in French, either kind).
    group = f"(?:{group}|\u00a0|\u202f| )" if language == "fr" else group
    return re.compile(rf"\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?")


def not_figures(language: str, year: int) -> re.Pattern:
    """Dates, legal references and years, in the language's words."""
    with translation.override(language):
        months = "|".join(
            re.escape(str(name))
            for table in (dates.MONTHS, dates.MONTHS_3)
            for name in table.values()
        )
    return re.compile(
        rf"\b\d{{1,2}}(?:er|\.)?\s+(?:{months})\b\.?(?:\s+\d{{4}}\b)?"  # 17 June (2016), 1er juin
        rf"|\b(?:{months})\.?\s+\d{{4}}\b"  # June 2016
        r"|\b\d{4}/\d+/[A-Z]{2,3}\b"  # 2014/24/EU
        rf"|(?<![\d.,]){year}(?![\d.,])|(?<![\d.,]){year - 1}(?![\d.,])",
        re.IGNORECASE,
    )


def printed_numbers(text: str, language: str, year: int) -> set[Decimal]:
    with translation.override(language):
        group = formats.get_format("THOUSAND_SEPARATOR")
        decimal = formats.get_format("DECIMAL_SEPARATOR")
    text = not_figures(language, year).sub(" ", text)
    numbers = set()
    for match in number_pattern(language).findall(text):
        plain = re.sub(r"[\s\u00a0\u202f]", "", match.replace(group, "")).replace(decimal, ".")
        numbers.add(Decimal(plain).normalize())
    return numbers


LEGEND_ENTRY = re.compile(r"^(\d+) [^\W\d_]")


def section_numbers(page: str, keys, language: str, year: int) -> dict[str, set[Decimal]]:
    """The numbers each section prints in its key figures, tables and charts."""
    parser = FigureText(keys)
    parser.feed(page)
    result = {}
    for key in keys:
        texts = list(parser.texts[key])
        for chart in parser.svg_texts[key]:
            # A legend ("1 drafting", "3 tabled in parliament") makes its numbers keys.
            legend = {match[1] for text in chart if (match := LEGEND_ENTRY.match(text))}
            texts += [
                text
                for text in chart
                if not (legend and (text in legend or LEGEND_ENTRY.match(text)))
            ]
        result[key] = set().union(*(printed_numbers(text, language, year) for text in texts))
    return result


def data_values(document: dict) -> dict[str, set[Decimal]]:
    """Each dataset's values, unsigned; a text figure ("24/7") holds the numbers it writes."""
    values = {}
    for dataset in document["datasets"]:
        numbers = set()
        for figure in dataset["figures"]:
            value = figure["value"]
            if isinstance(value, str):
                numbers |= {Decimal(number) for number in re.findall(r"\d+", value)}
            else:
                numbers.add(abs(Decimal(str(value))).normalize())
        values[dataset["key"]] = numbers
    return values


def test_every_number_the_2016_report_prints_is_in_its_open_data():
    call_command("load_demo_data", verbosity=0)
    edition = AnnualReport.objects.get(year=2016).current_edition

    missing, found = {}, set()
    for language in LANGUAGES:
        files = {file.name: bytes(file.content) for file in edition.files.filter(language=language)}
        document = json.loads(files["data.json"])
        values = data_values(document)
        keys = [dataset["key"] for dataset in document["datasets"]]
        printed = section_numbers(files[""].decode(), keys, language, 2016)
        for key in keys:
            if printed[key] - values[key]:
                missing[f"{language}/{key}"] = sorted(printed[key] - values[key])
        no_unit = [
            figure["code"]
            for dataset in document["datasets"]
            for figure in dataset["figures"]
            if not isinstance(figure["value"], str) and not figure["unit"]
        ]
        assert no_unit == [], language
        # What the test reads: every section prints figures, and it finds the known ones.
        assert all(printed[key] for key in keys), language
        found |= set().union(*printed.values())

    assert missing == {}, "\n".join(f"{key}: {numbers}" for key, numbers in missing.items())
    assert {Decimal(97), Decimal(245), Decimal(143), Decimal("39.8"), Decimal(9414129)} <= found
