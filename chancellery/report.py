"""The core's own report section: the ICT staff service, which no domain app owns."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from chancellery import registry
from chancellery.models import IctTopic, IctYear


@registry.section("ict")
def ict_section(year: int) -> registry.Section | None:
    """The ICT figures and narrative of the year: one query from the topics' side (two for a year
    without topics)."""
    topics = list(
        IctTopic.objects.filter(ict_year__year=year)
        .select_related("ict_year")
        .order_by("position", "pk")
    )
    ict = topics[0].ict_year if topics else IctYear.objects.filter(year=year).first()
    if ict is None:
        return None
    figures = (
        registry.Figure(
            "ict.requests_handled",
            _("Client requests handled"),
            ict.requests_handled,
            _("requests"),
        ),
        registry.Figure(
            "ict.users_served",
            _("Users of the ICT services"),
            ict.users_served,
            pgettext("unit", "users"),
        ),
        registry.Figure(
            "ict.service_hours", _("Availability of the ICT services"), ict.service_hours, ""
        ),
    )
    return registry.Section(
        key="ict",
        title=ict.title,
        template="chancellery/sections/ict.html",
        context={"ict": ict, "narrative": ict, "topics": topics},
        figures=figures,
    )


registry.watch(IctYear, years=lambda ict: {ict.year})
registry.watch(IctTopic, years=lambda topic: {topic.ict_year.year})


@registry.completeness("ict")
def ict_missing(year: int):
    """The ICT figures of the year and their texts (three queries)."""
    from django.urls import reverse

    from chancellery.completeness import Texts, translation_gaps

    section = registry.registry.label("ict")
    ict = IctYear.objects.filter(year=year).prefetch_related("topics").first()
    if ict is None:
        return [
            registry.Missing(
                section,
                _("No ICT figures for %(year)s.") % {"year": year},
                reverse("admin:chancellery_ictyear_add"),
            )
        ]
    admin_url = reverse("admin:chancellery_ictyear_change", args=[ict.pk])
    texts = [Texts(ict, ("title", "introduction"), admin_url, str(ict))]
    texts += [
        Texts(topic, ("title", "text"), admin_url, topic.title_nl) for topic in ict.topics.all()
    ]
    return translation_gaps(texts, section=section)


@registry.widget("ict")
def ict_widget(year: int) -> registry.Widget | None:
    """ICT requests and users across all years with data, up to the selected year (one query)."""
    from django.utils.translation import gettext as _

    from chancellery.charts import Bar, column_chart

    rows = list(
        IctYear.objects.filter(year__lte=year)
        .order_by("year")
        .values_list("year", "requests_handled", "users_served")
    )
    if not rows:
        return None
    title = _("ICT: client requests per year")
    chart = column_chart(
        [Bar(str(y), requests, accent=(y == year)) for y, requests, _users in rows],
        title=title,
        description=_(
            "Client requests handled by the ICT service per year; the selected year in red."
        ),
    )
    return registry.Widget(
        key="ict",
        title=title,
        template="chancellery/widgets/chart.html",
        table=registry.Table(
            columns=(_("Year"), _("Client requests handled"), _("Users of the ICT services")),
            rows=tuple((str(y), requests, users) for y, requests, users in rows),
        ),
        context={"chart": chart},
    )
