"""The check-in pages, under /<lang>/checkin/ (included by the project's URLconf)."""

from django.urls import path

from ceremonies import views

app_name = "ceremonies"

urlpatterns = [
    path("", views.ceremony_list, name="checkin-list"),
    path("<int:pk>/", views.checkin, name="checkin"),
    path("<int:pk>/guests/<int:guest_pk>/attended/", views.mark_attended, name="mark-attended"),
    path("<int:pk>/guests/<int:guest_pk>/undo/", views.undo_attended, name="undo-attended"),
]
