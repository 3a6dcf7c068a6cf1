"""The second factor's pages: verification at each login, enrolment at the first one."""

import base64

import django_otp
import segno
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice

from chancellery.security.forms import TokenForm
from chancellery.security.log import security_event
from chancellery.security.services import totp_device_confirm, totp_device_pending


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("admin:index")


def _verified(request, device):
    """Mark the session verified with ``device``, under a new session key."""
    request.session.cycle_key()
    django_otp.login(request, device)


@never_cache
@sensitive_post_parameters("token")
def verify(request):
    """Ask for a code of the user's authenticator app, or one of their recovery codes."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    next_url = _next_url(request)
    if request.user.is_verified():
        return redirect(next_url)
    if not user_has_device(request.user):
        return redirect(f"{reverse('security-enrol')}?{request.GET.urlencode()}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        for device in devices_for_user(request.user):
            token = form.cleaned_data["token"]
            if django_otp.verify_token(request.user, device.persistent_id, token):
                _verified(request, device)
                recovery = isinstance(device, StaticDevice)
                security_event(
                    "second-factor-verified",
                    request,
                    request.user.get_username(),
                    recovery_code=recovery or None,
                    recovery_codes_left=device.token_set.count() if recovery else None,
                )
                return redirect(next_url)
        security_event("second-factor-failed", request, request.user.get_username())
        form.add_error(
            "token",
            _(
                "This code is not valid. After several wrong codes, wait a moment before trying "
                "again."
            ),
        )
    return render(request, "security/verify.html", {"form": form, "next": next_url})


@never_cache
@sensitive_post_parameters("token")
def enrol(request):
    """First login: show the authenticator app's QR code, confirm it with a code, hand out the
    recovery codes."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    next_url = _next_url(request)
    if user_has_device(request.user):
        # A second factor is replaced only by an administrator's reset, never by a password alone.
        return redirect(f"{reverse('security-verify')}?{request.GET.urlencode()}")
    device = totp_device_pending(user=request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = totp_device_confirm(device=device, token=form.cleaned_data["token"])
        if codes is not None:
            _verified(request, device)
            security_event("second-factor-enrolled", request, request.user.get_username())
            context = {"codes": codes, "next": next_url}
            return render(request, "security/recovery_codes.html", context)
        form.add_error(
            "token", _("This code is not valid. Check the clock of your phone and try again.")
        )
    secret = base64.b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "next": next_url,
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(
            scale=5, dark="#000", light="#fff", title=_("QR code for your authenticator app")
        ),
        "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
    }
    return render(request, "security/enrol.html", context)
