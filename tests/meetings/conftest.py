import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def dutch():
    """Each test starts in Dutch, the default language, whatever a previous request activated."""
    with translation.override("nl"):
        yield
