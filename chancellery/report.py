"""The core's own report section: the ICT staff service, which no domain app owns."""

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from chancellery import registry
from chancellery.models import IctTopic, IctYear


@registry.section("ict")
def ict_section(year: int) -> registry.Section | None:
    """The ICT figures and narrative of the year (two queries)."""
    ict = (
        IctYear.objects.filter(year=year)
        .prefetch_related(Prefetch("topics", queryset=IctTopic.objects.order_by("position", "pk")))
        .first()
    )
    if ict is None:
        return None
    figures = (
        registry.Figure("ict.requests_handled", _("Client requests handled"), ict.requests_handled, _("requests")),
        registry.Figure("ict.users_served", _("Users of the ICT services"), ict.users_served, _("users")),
        registry.Figure("ict.service_hours", _("Availability of the ICT services"), ict.service_hours, ""),
    )
    return registry.Section(
        key="ict",
        title=ict.title,
        template="chancellery/sections/ict.html",
        context={"ict": ict, "topics": list(ict.topics.all())},
        figures=figures,
    )


registry.watch(IctYear, years=lambda ict: {ict.year})
registry.watch(IctTopic, years=lambda topic: {topic.ict_year.year})
