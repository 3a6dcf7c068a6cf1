"""At the root, without a language prefix: the provider knows one redirect URI whatever the
language, and every logout (the admin's button, ours) ends the provider's session too. Included
before the admin, whose logout URL it stands in for."""

from django.urls import path

from chancellery.security import oidc

urlpatterns = [
    path("oidc/callback/", oidc.CallbackView.as_view(), name="oidc-callback"),
    path("admin/logout/", oidc.logout, name="oidc-logout"),
]
