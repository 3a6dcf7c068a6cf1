"""The check-in page: the protocol service finds a guest by name and marks them attended.

Made for a tablet at the door: large targets, one search field, no JavaScript. It shows personal
data, so it asks for the guest permissions and is never cached.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from ceremonies.models import Ceremony, Guest
from ceremonies.services import guest_set_status

CHECKIN_PERMISSIONS = ("ceremonies.view_guest", "ceremonies.change_guest")
MAX_RESULTS = 50


def protocol_required(view):
    """Anonymous users go to the login page; users without the guest permissions get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perms(CHECKIN_PERMISSIONS):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@never_cache
@require_GET
@protocol_required
def ceremony_list(request):
    """The ceremonies to check guests in for: today's and upcoming first, then the past ones."""
    today = timezone.localdate()
    ceremonies = Ceremony.objects.with_status_counts().order_by("-date", "pk")
    upcoming = [c for c in ceremonies if c.date >= today]
    past = [c for c in ceremonies if c.date < today]
    return render(
        request,
        "ceremonies/checkin_list.html",
        {"upcoming": sorted(upcoming, key=lambda c: c.date), "past": past[:10], "today": today},
    )


@never_cache
@require_GET
@protocol_required
def checkin(request, pk: int):
    """Search a ceremony's guests by name or organisation."""
    ceremony = get_object_or_404(Ceremony.objects.with_status_counts(), pk=pk)
    query = request.GET.get("q", "").strip()
    guests = (
        Guest.objects.filter(ceremony=ceremony)
        .not_anonymised()
        .search(query)
        .select_related("category")
        .order_by("name", "pk")[: MAX_RESULTS + 1]
    )
    guests = list(guests)
    return render(
        request,
        "ceremonies/checkin.html",
        {
            "ceremony": ceremony,
            "query": query,
            "guests": guests[:MAX_RESULTS],
            "more": len(guests) > MAX_RESULTS,
        },
    )


def _back(ceremony: Ceremony, query: str) -> HttpResponseRedirect:
    url = reverse("ceremonies:checkin", args=[ceremony.pk])
    return HttpResponseRedirect(f"{url}?{urlencode({'q': query})}" if query else url)


def _set_status(request, pk: int, guest_pk: int, status: str, done: str):
    ceremony = get_object_or_404(Ceremony, pk=pk)
    guests = Guest.objects.not_anonymised().select_related("ceremony")
    guest = get_object_or_404(guests, pk=guest_pk, ceremony=ceremony)
    try:
        guest_set_status(guest=guest, status=status)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done % {"name": guest.name})
    return _back(ceremony, request.POST.get("q", ""))


@never_cache
@require_POST
@protocol_required
def mark_attended(request, pk: int, guest_pk: int):
    """Mark a guest attended, then back to the search."""
    return _set_status(request, pk, guest_pk, Guest.Status.ATTENDED, _("%(name)s: attended."))


@never_cache
@require_POST
@protocol_required
def undo_attended(request, pk: int, guest_pk: int):
    """Undo a check-in made by mistake: the guest goes back to confirmed."""
    done = _("%(name)s: back to confirmed.")
    return _set_status(request, pk, guest_pk, Guest.Status.CONFIRMED, done)
