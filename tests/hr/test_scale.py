"""The benchmarks' scale data: ten years that satisfy every constraint, reused on a second run."""

import pytest

from hr import scale
from hr.models import Commitment, StaffFigures

pytestmark = pytest.mark.django_db


def test_the_scale_data_satisfy_every_constraint_and_are_reused():
    scale.generate(years=list(range(2007, 2017)))
    scale.generate(years=list(range(2007, 2017)))

    assert StaffFigures.objects.count() == 10
    assert Commitment.objects.count() == 10 * scale.COMMITMENTS_PER_YEAR
