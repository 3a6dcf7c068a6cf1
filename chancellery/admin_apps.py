"""Django's admin app with the project's site as ``admin.site`` (see chancellery/admin_site.py).

Its own module: ``chancellery.apps`` must hold one application configuration only, and this one
is imported while the application registry is still loading (no model may be imported here).
"""

from django.contrib.admin.apps import AdminConfig


class ChancelleryAdminConfig(AdminConfig):
    """The admin, with ``ChancelleryAdminSite`` as its default site."""

    default_site = "chancellery.admin_site.ChancelleryAdminSite"
