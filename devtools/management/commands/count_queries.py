"""Print the number of database queries each URL costs (for `make bench` and for humans)."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from devtools.management.commands.bench_session import mark_second_factor_passed, password_backend


class Command(BaseCommand):
    help = "Request each URL once (cache emptied first) and print its status and query count."

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+")
        parser.add_argument("--user", help="Log in as this user first (e.g. for the admin).")

    def handle(self, *args, urls, user=None, **options):
        with override_settings(ALLOWED_HOSTS=["*"]):
            client = Client()
            if user:
                account = get_user_model().objects.get(username=user)
                client.force_login(account, backend=password_backend())
                session = client.session
                mark_second_factor_passed(session, account)
                session.save()
            for url in urls:
                cache.clear()
                client.get(url)  # warm per-process caches (content types, permissions)
                cache.clear()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                self.stdout.write(f"{url}\t{response.status_code}\t{len(queries)} queries")
