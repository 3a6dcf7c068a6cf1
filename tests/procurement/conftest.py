import pytest
from django.utils import translation


@pytest.fixture
def english():
    """Messages in English, so that tests read the msgids (the default language is Dutch)."""
    with translation.override("en"):
        yield
