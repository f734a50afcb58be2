"""Template helpers for the reader pages: dates with their precision, in the reader's language."""

from __future__ import annotations

import json
from datetime import date, datetime

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


@register.filter
def precise_date(value, precision: str = "day") -> str:
    """'13 Okt 2023', 'Sep 2023' or '2023', following the active language."""
    day = _as_date(value)
    if day is None:
        return ""
    if precision == "year":
        return date_format(day, "Y")
    if precision == "month":
        return date_format(day, "M Y")
    return date_format(day, "j M Y")


@register.simple_tag
def date_span(start, end=None, precision: str = "day") -> str:
    """A date or a range with its precision, e.g. '7 Sep 2023 – 1 Okt 2023'."""
    first = precise_date(start, "day" if precision == "range" else precision)
    if end and precision == "range":
        return _("%(start)s – %(end)s") % {"start": first, "end": precise_date(end, "day")}
    return first


@register.filter
def as_datetime(value) -> datetime | None:
    """An ISO 8601 string from a snapshot as an aware datetime (templates then show it in TIME_ZONE)."""
    if not value:
        return None
    return datetime.fromisoformat(str(value))


@register.filter
def ld_json(value) -> SafeString:
    """A <script type="application/ld+json"> block; <, > and & are escaped so text cannot end the script."""
    payload = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(
        _JSON_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above
