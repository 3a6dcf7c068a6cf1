"""The second factor's pages, under /<lang>/account/ (included by the project's URLconf)."""

from django.urls import path

from chancellery.security import views

urlpatterns = [
    path("verify/", views.verify, name="security-verify"),
    path("enrol/", views.enrol, name="security-enrol"),
]
