import pytest

from chancellery.registry import registry

OURS = {"ict", "communication", "campaigns"}


@pytest.fixture
def only_our_sections(monkeypatch):
    """The report with the core's and this app's sections only: the other domain apps are
    developed in parallel and their sections are not this app's tests' business."""
    monkeypatch.setattr(registry, "_sections", _ours(registry._sections))


@pytest.fixture
def only_our_checks(monkeypatch):
    """The completeness checks of the core and of this app only."""
    monkeypatch.setattr(registry, "_checks", _ours(registry._checks))


def _ours(registered: dict) -> dict:
    return {key: value for key, value in registered.items() if key in OURS}
