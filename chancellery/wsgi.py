"""WSGI entry point (gunicorn chancellery.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chancellery.settings")
application = get_wsgi_application()
