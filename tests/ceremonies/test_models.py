"""The database refuses what the forms refuse: duplicate guests, nameless guests, bad e-mails."""

import pytest
from django.db import IntegrityError

from tests.ceremonies.factories import CeremonyFactory, GuestFactory

pytestmark = pytest.mark.django_db


def test_database_refuses_the_same_guest_twice_whatever_the_case():
    ceremony = CeremonyFactory()
    GuestFactory(ceremony=ceremony, name="Jan Peeters", organisation="Senaat")

    with pytest.raises(IntegrityError):
        GuestFactory(ceremony=ceremony, name="JAN PEETERS", organisation="senaat")


def test_same_name_at_another_ceremony_is_allowed():
    GuestFactory(name="Jan Peeters")

    GuestFactory(name="Jan Peeters")


def test_database_refuses_a_guest_without_name():
    with pytest.raises(IntegrityError):
        GuestFactory(name="")


def test_database_refuses_a_malformed_email():
    with pytest.raises(IntegrityError):
        GuestFactory(email="not an e-mail")
