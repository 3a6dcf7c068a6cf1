"""The second factor's pages and the start of a sign-in through the identity provider, under
/<lang>/account/ (included by the project's URLconf)."""

from django.urls import path

from chancellery.security import oidc, views

urlpatterns = [
    path("verify/", views.verify, name="security-verify"),
    path("enrol/", views.enrol, name="security-enrol"),
    path("sign-in/", oidc.SignInView.as_view(), name="oidc-sign-in"),
]
