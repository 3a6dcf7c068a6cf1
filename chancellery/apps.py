from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChancelleryConfig(AppConfig):
    name = "chancellery"
    verbose_name = _("Annual reports")

    def ready(self) -> None:
        # Like admin.autodiscover(): each app's report.py registers its sections and widgets.
        from chancellery import freeze, registry, translation_state

        registry.autodiscover()
        # Records of a published year are frozen, whatever path tries to write them.
        freeze.connect_guards()
        # Each translation remembers the source text it was made from, whatever path saves it.
        translation_state.connect()
