"""Derived shares and averages: exact Decimal arithmetic, rounded half-up as the report rounds."""

from decimal import Decimal

from hr.models import StaffFigures


def figures(**counts) -> StaffFigures:
    defaults = dict(
        headcount=143,
        men=51,
        women=92,
        gender_other=0,
        statutory=89,
        contractual=54,
        telework_base=118,
        teleworkers=47,
        training_days_total=Decimal("329.0"),
    )
    return StaffFigures(**(defaults | counts))


def test_gender_shares_are_whole_percentages_of_the_headcount():
    staff = figures()

    assert (staff.men_share(), staff.women_share()) == (Decimal("36"), Decimal("64"))


def test_status_shares_are_whole_percentages_of_the_headcount():
    staff = figures()

    assert (staff.statutory_share(), staff.contractual_share()) == (Decimal("62"), Decimal("38"))


def test_telework_share_is_measured_on_its_base_with_one_decimal():
    assert figures().telework_share() == Decimal("39.8")


def test_training_days_per_person_have_one_decimal():
    assert figures().training_days_per_person() == Decimal("2.3")


def test_a_whole_percentage_rounds_half_up():
    # 1 of 8 is exactly 12.5 %: half-up gives 13 where banker's rounding would give 12.
    assert figures(headcount=8, men=1, women=7).men_share() == Decimal("13")


def test_a_one_decimal_share_rounds_half_up():
    # 1 of 16 is exactly 6.25 %: half-up gives 6.3 where banker's rounding would give 6.2.
    assert figures(telework_base=16, teleworkers=1).telework_share() == Decimal("6.3")


def test_training_days_per_person_round_half_up():
    # 5 days for 4 people is exactly 1.25: half-up gives 1.3.
    staff = figures(
        headcount=4,
        men=2,
        women=2,
        statutory=4,
        contractual=0,
        telework_base=4,
        teleworkers=0,
        training_days_total=Decimal("5"),
    )

    assert staff.training_days_per_person() == Decimal("1.3")


def test_a_share_of_nobody_does_not_exist():
    staff = figures(
        headcount=0,
        men=0,
        women=0,
        statutory=0,
        contractual=0,
        telework_base=0,
        teleworkers=0,
        training_days_total=Decimal(0),
    )

    shares = (staff.men_share(), staff.telework_share(), staff.training_days_per_person())
    assert shares == (None, None, None)
