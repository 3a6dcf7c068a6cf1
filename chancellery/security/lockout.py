"""Login lockout with two limits: one per (user name, address) pair, a higher one per address.

django-axes counts failures per group of ``AXES_LOCKOUT_PARAMETERS`` but compares every group with
the same ``AXES_FAILURE_LIMIT`` (it takes the largest count). We want two limits:

- ``[username, ip_address]`` at ``AXES_FAILURE_LIMIT`` (5): someone guessing an account from one
  address is stopped there, while the account's owner, at another address, still logs in. A lock
  per account alone let five wrong passwords from anywhere lock a known user out for everyone.
- ``ip_address`` at ``LOGIN_ADDRESS_FAILURE_LIMIT`` (50): one address trying many names is stopped
  too, but not at 5: the staff behind one NAT or VPN address would all be locked out by a few
  mistyped or made-up names.

Axes cannot have two limits, so this handler reports the failures it counts as axes compares
them: the pair's count, or the pair limit itself once the address reached its own limit.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Sum


class PairAndAddressHandler(AxesDatabaseHandler):
    """AxesDatabaseHandler with a separate, higher limit per client address."""

    def get_failures(self, request, credentials=None) -> int:
        # One queryset per group of AXES_LOCKOUT_PARAMETERS, in its order: pair, then address.
        pair, address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if address >= settings.LOGIN_ADDRESS_FAILURE_LIMIT:
            return max(pair, get_failure_limit(request, credentials))
        return pair
