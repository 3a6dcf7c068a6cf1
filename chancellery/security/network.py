"""The client's address behind the reverse proxy."""

from django.conf import settings


def client_ip(request) -> str | None:
    """The address of the client, as the trusted reverse proxies saw it.

    Each proxy appends the address it received the request from to X-Forwarded-For, so the
    TRUSTED_PROXY_COUNT-th entry from the right is the one no client can forge; entries further left
    are whatever the client sent. Without proxies (or without the header) it is REMOTE_ADDR.
    """
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
    if count > 0 and len(addresses) >= count:
        return addresses[-count]
    return request.META.get("REMOTE_ADDR")
