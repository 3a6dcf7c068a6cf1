"""The language switcher: the same page in each language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """For each language: its code, its own name and the URL of the current page in it."""
    request = context.get("request")
    # The path alone: a query string (?utm_source=...) is the visitor's, not the page's.
    path = request.path if request else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append({"code": code, "name": info["name_local"], "url": translate_url(path, code)})
    return links
