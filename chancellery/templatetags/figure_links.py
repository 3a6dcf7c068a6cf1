"""Links from the report to its figures' pages across the years (``chancellery.figures``)."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def figure_url(*parts) -> str:
    """The page of the figure whose code is ``parts`` joined with dots.

    ``{% figure_url "meetings" row.body.code "total" %}``: ``/nl/figures/meetings.council.total/``.
    """
    return reverse("figure-detail", kwargs={"code": ".".join(str(part) for part in parts)})
