import pytest

from chancellery.registry import registry


@pytest.fixture
def only_our_sections(monkeypatch):
    """The report with the core's and this app's sections only: the other domain apps are
    developed in parallel and their sections are not this app's tests' business."""
    ours = {key: builder for key, builder in registry._sections.items() if key in {"ict", "communication", "campaigns"}}
    monkeypatch.setattr(registry, "_sections", ours)
