from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Developer and benchmark commands (``bench_session``, ``generate_scale_data``...).

    Installed only when ``DJANGO_DEVTOOLS`` is on (by default with debug, and in the tests):
    production settings do not know these commands, one of which creates a superuser marked as
    past the second factor.
    """

    name = "devtools"
    verbose_name = "Developer tools"
