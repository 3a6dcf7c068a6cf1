"""The admin index's list of the sections a staff member's roles deliver, with their state."""

from django import template

from chancellery import collection

register = template.Library()


@register.inclusion_tag("chancellery/_my_sections.html")
def my_sections(user):
    """The collection year's state of the sections whose role ``user`` belongs to (none for a
    member of no delivering role)."""
    keys = collection.sections_of(user) if user.is_authenticated else []
    if not keys:
        return {"calendar": None}
    year = collection.collection_year()
    return {"calendar": collection.calendar(year, keys=keys)}
