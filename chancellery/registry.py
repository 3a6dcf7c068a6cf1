"""The report registry: how domain apps contribute to the annual report and the dashboards.

Each domain app declares, in its own ``report.py``, the sections it contributes to a year's report,
the dashboard widgets it offers management and the completeness checks its data must pass. The core
finds those modules the way admin finds ``admin.py`` (``autodiscover_modules("report")``) and
renders what is registered, in the order the core defines (``REPORT_ORDER``). The core therefore
never imports a domain app's models, and no domain app imports another.

A domain app's ``report.py``::

    from chancellery import registry

    @registry.section("meetings")
    def meetings_section(year: int) -> registry.Section | None:
        ...  # a fixed number of queries, however much data there is
        return registry.Section(key="meetings", title=_("Behind the scenes"), template=..., ...)

    registry.watch(Meeting, years=lambda meeting: {meeting.date.year})
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

# The order of the report, as the printed report has it. A section registered under a key that is
# not listed here is rendered after these, in registration order.
REPORT_ORDER: tuple[str, ...] = (
    "meetings",
    "ceremonies",
    "hr",
    "procurement",
    "ict",
    "communication",
    "campaigns",
)

# Each section's name in words, as the dashboard, the data-collection calendar and its reminders
# write it (a section's own title is the year's, written by staff, and may be missing).
SECTION_LABELS: dict[str, str] = {
    "meetings": _("Meetings"),
    "ceremonies": _("Ceremonies"),
    "hr": _("Human resources"),
    "procurement": _("Public procurement"),
    "ict": _("ICT"),
    "communication": _("Communication"),
    "campaigns": _("Campaigns"),
}


@dataclass(frozen=True)
class Figure:
    """One published figure: what the open data files hold, with a code that no language changes."""

    code: str
    label: str
    value: int | Decimal | float | str
    unit: str = ""


@dataclass(frozen=True)
class Section:
    """A rendered part of the report: its anchor, title, template, context and figures."""

    key: str
    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table of figures: header labels and rows of cells (a dashboard widget's CSV)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Widget:
    """A dashboard widget: a chart (template) with its figures in a table."""

    key: str
    title: str
    template: str
    table: Table
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Missing:
    """An item missing before a year's report can be published, and where to fix it."""

    section: str
    message: str
    admin_url: str = ""
    # A missing translation in de/en falls back and does not block publishing; nl and fr do.
    blocking: bool = True
    # A translation gap (``chancellery.completeness.translation_gaps``) also says which text it
    # is: the record, the field and the language, so that the translators' export
    # (``chancellery.translation_exchange``) lists exactly what the check lists.
    record: Any = None
    field: str = ""
    language: str = ""


SectionBuilder = Callable[[int], Section | None]
WidgetBuilder = Callable[[int], Widget | None]
CompletenessCheck = Callable[[int], Iterable[Missing]]
YearsOf = Callable[[Any], Iterable[int]]


class Registry:
    """Holds what the domain apps registered; one instance per process (``registry`` below)."""

    def __init__(self) -> None:
        self._sections: dict[str, SectionBuilder] = {}
        self._widgets: dict[str, WidgetBuilder] = {}
        self._checks: dict[str, CompletenessCheck] = {}
        self._watched: dict[type, YearsOf] = {}

    # -- registration ---------------------------------------------------------------------------

    def section(self, key: str) -> Callable[[SectionBuilder], SectionBuilder]:
        """Register a report section builder: ``builder(year) -> Section | None``."""

        def decorator(builder: SectionBuilder) -> SectionBuilder:
            if key in self._sections and self._sections[key] is not builder:
                raise ValueError(f"A report section {key!r} is already registered.")
            self._sections[key] = builder
            return builder

        return decorator

    def widget(self, key: str) -> Callable[[WidgetBuilder], WidgetBuilder]:
        """Register a dashboard widget builder: ``builder(year) -> Widget | None``."""

        def decorator(builder: WidgetBuilder) -> WidgetBuilder:
            if key in self._widgets and self._widgets[key] is not builder:
                raise ValueError(f"A dashboard widget {key!r} is already registered.")
            self._widgets[key] = builder
            return builder

        return decorator

    def completeness(self, key: str) -> Callable[[CompletenessCheck], CompletenessCheck]:
        """Register a completeness check: ``check(year) -> iterable of Missing``."""

        def decorator(check: CompletenessCheck) -> CompletenessCheck:
            self._checks[key] = check
            return check

        return decorator

    def watch(self, model: type, *, years: YearsOf) -> None:
        """Declare that ``model``'s records belong to the report years ``years(instance)`` returns.

        The core uses it to refuse edits to a published year (``chancellery.freeze``). What the
        public reads of a published year does not depend on it: that is the year's stored edition.
        """
        self._watched[model] = years

    # -- reading --------------------------------------------------------------------------------

    def _ordered(self, mapping: dict[str, Any]) -> list[tuple[str, Any]]:
        position = {key: index for index, key in enumerate(REPORT_ORDER)}
        keys = sorted(
            mapping, key=lambda k: (position.get(k, len(REPORT_ORDER)), list(mapping).index(k))
        )
        return [(key, mapping[key]) for key in keys]

    def sections(self, year: int) -> list[Section]:
        """The year's report sections that have data, in the report's order."""
        built = (builder(year) for _key, builder in self._ordered(self._sections))
        return [section for section in built if section is not None]

    def widgets(self, year: int) -> list[Widget]:
        """The dashboard widgets for a year, in the report's order."""
        built = (builder(year) for _key, builder in self._ordered(self._widgets))
        return [widget for widget in built if widget is not None]

    def missing(self, year: int) -> list[Missing]:
        """Everything the completeness checks find missing for a year."""
        return [item for _key, check in self._ordered(self._checks) for item in check(year)]

    def missing_by_section(self, year: int, keys: Iterable[str] | None = None) -> dict:
        """What each section's completeness check finds missing for a year, by section key, in
        the report's order (only the sections ``keys`` names, when given)."""
        wanted = None if keys is None else set(keys)
        return {
            key: list(check(year))
            for key, check in self._ordered(self._checks)
            if wanted is None or key in wanted
        }

    def label(self, key: str) -> str:
        """A section's name in words in the active language (its key when it has none)."""
        return str(SECTION_LABELS.get(key, key))

    def section_keys(self) -> list[str]:
        """The keys of the registered sections, in the report's order."""
        return [key for key, _builder in self._ordered(self._sections)]

    def section_builder(self, key: str) -> SectionBuilder:
        """The builder registered under ``key`` (KeyError when none)."""
        return self._sections[key]

    def widget_builder(self, key: str) -> WidgetBuilder:
        """The widget builder registered under ``key`` (KeyError when none)."""
        return self._widgets[key]

    def watched_models(self) -> dict[type, YearsOf]:
        """The models whose records belong to report years, and how to find those years."""
        return dict(self._watched)


registry = Registry()
section = registry.section
widget = registry.widget
completeness = registry.completeness
watch = registry.watch


def autodiscover() -> None:
    """Import every installed app's ``report`` module so that it registers its parts."""
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("report")
