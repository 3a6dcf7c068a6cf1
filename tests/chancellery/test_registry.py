"""The report registry: order, sections without data left out, duplicates refused."""

import pytest

from chancellery.registry import REPORT_ORDER, Registry, Section


def _section(key):
    return lambda year: Section(key=key, title=key, template="x.html")


def test_sections_follow_the_cores_order_whatever_the_registration_order():
    registry = Registry()
    registry.section("ict")(_section("ict"))
    registry.section("meetings")(_section("meetings"))
    registry.section("zzz-unknown")(_section("zzz-unknown"))

    keys = [section.key for section in registry.sections(2016)]

    assert keys == ["meetings", "ict", "zzz-unknown"]
    assert REPORT_ORDER.index("meetings") < REPORT_ORDER.index("ict")


def test_a_section_without_data_is_left_out():
    registry = Registry()
    registry.section("meetings")(lambda year: None)
    registry.section("ict")(_section("ict"))

    assert [section.key for section in registry.sections(2016)] == ["ict"]


def test_the_year_is_passed_to_each_builder():
    registry = Registry()
    seen = []
    registry.section("ict")(lambda year: seen.append(year))

    registry.sections(2017)

    assert seen == [2017]


def test_registering_two_builders_under_one_key_is_refused():
    registry = Registry()
    registry.section("ict")(_section("ict"))

    with pytest.raises(ValueError, match="already registered"):
        registry.section("ict")(_section("other"))


def test_every_domain_app_report_module_is_discovered():
    from chancellery.registry import registry

    assert "ict" in registry.section_keys()
