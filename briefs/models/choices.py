"""The models' choices drawn from the one vocabulary (briefs/vocabulary.py), with their labels."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

# The labels of the vocabulary's values (briefs/vocabulary.py), written out so that makemessages finds them.
_STANCE_LABELS = {
    "asserts": _("asserts"),
    "denies": _("denies"),
    "condemns": _("condemns"),
    "warns": _("warns"),
    "pledges": _("pledges"),
    "confirms": _("confirms"),
    "questions": _("questions"),
}
_EVENT_PRECISION_LABELS = {"day": _("day"), "month": _("month"), "year": _("year"), "range": _("range")}
_QUALIFIER_LABELS = {
    "exactly": _("exactly"),
    "about": _("about"),
    "at_least": _("at least"),
    "more_than": _("more than"),
    "up_to": _("up to"),
    "less_than": _("less than"),
}
_PLACE_KIND_LABELS = {
    "port": _("port"),
    "rail_station": _("railway station"),
    "city": _("city"),
    "border_crossing": _("border crossing"),
    "other": _("other place"),
}
_MOVEMENT_MODE_LABELS = {
    "sea": _("by sea"),
    "rail": _("by rail"),
    "road": _("by road"),
    "air": _("by air"),
    "unknown": _("means not stated"),
}


_KEY_POINT_POSITION_LABELS = {"supports": _("supports it"), "disputes": _("disputes it")}


def vocabulary_choices(name: str, values: tuple[str, ...], labels: dict) -> type[models.TextChoices]:
    """Choices in the vocabulary's order with their labels; a value without a label fails at import."""
    return models.TextChoices(name, [(value.upper(), (value, labels[value])) for value in values])
