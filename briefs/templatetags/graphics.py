"""Template helpers that feed the charts (``briefs/graphics``) with a revision's data in the reader's language.

The geometry is pure; here the snapshot's strings become dates and decimals, and every label is written
with the interface language's separators and month names before the geometry measures it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, pgettext

from briefs.assembly.dates import event_date
from briefs.graphics.figure_chart import ChartValue, FigureChart, figure_chart
from briefs.graphics.route_map import MapMovement, MapPlace, route_map
from briefs.graphics.timeline_chart import Period, TimelineChart, TimelineItem, timeline_chart
from briefs.models import Movement, Place
from briefs.templatetags.reader import _qualified, date_span, precise_date, timeline_text, unit_markup
from briefs.units import unit_label

register = template.Library()


def _number(value: Decimal) -> str:
    return number_format(value, use_l10n=True, force_grouping=True)


def _period(start: str, end: str | None, precision: str) -> Period:
    when = event_date(dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None, precision)
    first, last = when.days
    return Period(first, last, when.precision)


def _markup(sentence: str, **parts) -> SafeString:
    """A catalogue sentence with its parts escaped (a part already markup, such as a unit whose words
    carry their language, is kept as it is)."""
    return mark_safe(sentence % {name: conditional_escape(part) for name, part in parts.items()})  # noqa: S308 - every part escaped


@register.simple_tag
def figure_series_chart(series: dict, figures: list[dict], language: str = "en") -> dict:
    """A key point's figure series (``key_points[].figures[]`` of a snapshot) ready to draw and list.

    ``figures``: the snapshot's ``figures`` table, where each claim's citation (outlet, source) is found;
    ``language``: the brief's, in which editors wrote the words of a unit the vocabulary does not know.
    Returns ``{"chart": FigureChart | None, "items": [...]}``; an item is one figure with its localised
    ``amount`` ("more than 1,000"), ``label`` ("more than 1,000 containers by 13 Oct 2023") and its
    citations in citation order."""
    citations = {citation["claim_id"]: citation for figure in figures for citation in figure["citations"]}
    values, items = [], []
    for index, figure in enumerate(series["values"], start=1):
        value = Decimal(figure["value"])
        amount = _qualified(figure["qualifier"], _number(value))
        as_of = figure["as_of"]
        when = date_label = None
        if as_of:
            when = _period(as_of["start"], as_of["end"], as_of["precision"])
            date_label = date_span(as_of["start"], as_of["end"], as_of["precision"])
            label = _markup(
                pgettext("figure chart", "%(amount)s %(unit)s by %(date)s"),
                amount=amount,
                unit=unit_markup(figure["unit"], value, language),
                date=date_label,
            )
        else:
            label = _markup(
                pgettext("figure chart", "%(amount)s %(unit)s, date not given"),
                amount=amount,
                unit=unit_markup(figure["unit"], value, language),
            )
        values.append(
            ChartValue(
                value=value,
                qualifier=figure["qualifier"],
                start=when.start if when else None,
                end=when.last if when else None,
                amount_label=amount,
                date_label=date_label or "",
                index=index,
            )
        )
        items.append(
            {
                "index": index,
                "amount": amount,
                "label": label,
                "speaker": figure["speaker"]["name"],
                "citations": [citations[claim] for claim in figure["claim_ids"] if claim in citations],
            }
        )
    chart: FigureChart | None = figure_chart(values, _number)
    marks = [(point, items[point.index - 1]) for point in chart.points] if chart else []
    return {"chart": chart, "items": items, "marks": marks, "unit": unit_label(series["unit"], Decimal(2))}


@register.simple_tag
def timeline_picture(entries: list[dict], key_points: list[dict] | None = None, language: str = "en") -> dict:
    """The snapshot's ``timeline`` drawn to scale (``briefs/graphics/timeline_chart.py``):
    ``{"chart": TimelineChart | None, "rows": [(row, its full label)]}``; the template names a row's link
    with the full label only where the drawn text is not all of it."""
    items = [
        TimelineItem(
            index=index,
            period=_period(entry["date"], entry["end"], entry["precision"]),
            variants=tuple(
                _period(variant["value"], variant["end"], variant["precision"])
                for variant in entry["variants"]
            ),
            discrepancy=bool(entry["discrepancy"]),
            date_label=date_span(entry["date"], entry["end"], entry["precision"]),
            text=timeline_text(entry, key_points or [], language).text,
        )
        for index, entry in enumerate(entries, start=1)
    ]
    chart: TimelineChart | None = timeline_chart(items, lambda month: precise_date(month, "month"))
    rows = []
    for row in chart.rows if chart else []:
        item = items[row.index - 1]
        label = f"{item.date_label} · {item.text}"
        if item.discrepancy:
            label = pgettext("timeline", "%(entry)s (sources disagree on the date)") % {"entry": label}
        rows.append((row, label))
    return {"chart": chart, "rows": rows}


def _coordinate(value: str, positive: str, negative: str) -> str:
    number = Decimal(value)
    return f"{number_format(abs(number), use_l10n=True)}° {positive if number >= 0 else negative}"


@register.simple_tag
def route_map_picture(content: dict) -> dict:
    """The snapshot's ``places`` and ``movements`` drawn as a map (``briefs/graphics/route_map.py``) and
    written out as lists, in the page's language (an Indonesian place name on Indonesian pages when the
    editors gave one): ``{"panels": [{"panel", "lines": [(line, movement item)], "points": [(point, place
    item)]}], "movements": [item], "places": [item], "modes": [(mode, label)]}``. Movement *n* of the list is the line linked to ``#route-n``; a place's dot links to its
    entry in the place list, which lists the movements it is in."""
    indonesian = (get_language() or "").startswith("id")
    names = {
        place["id"]: (place.get("name_indonesian") if indonesian else None) or place["name"]
        for place in content.get("places", [])
    }
    movements = []
    for index, movement in enumerate(content.get("movements", []), start=1):
        period = movement["period"]
        mode = Movement.Mode(movement["mode"]).label if movement["mode"] in Movement.Mode.values else ""
        movements.append(
            {
                "index": index,
                "mode": movement["mode"],
                "origin": names[movement["from"]],
                "destination": names[movement["to"]],
                "by": mode,
                "when": date_span(period["start"], period["end"], period["precision"]) if period else "",
                "citations": movement["citations"],
                "label": pgettext("route map", "%(origin)s to %(destination)s, %(by)s")
                % {"origin": names[movement["from"]], "destination": names[movement["to"]], "by": mode},
            }
        )
    places = []
    for place in content.get("places", []):
        kind = Place.Kind(place["kind"]).label if place["kind"] in Place.Kind.values else ""
        places.append(
            {
                "id": place["id"],
                "name": names[place["id"]],
                "kind": kind,
                "where": ", ".join(
                    (
                        _coordinate(place["lat"], pgettext("north", "N"), pgettext("south", "S")),
                        _coordinate(place["lon"], pgettext("east", "E"), pgettext("west", "W")),
                    )
                ),
                "movements": [
                    item
                    for item, movement in zip(movements, content.get("movements", []), strict=True)
                    if place["id"] in (movement["from"], movement["to"])
                ],
            }
        )
    panels = route_map(
        [
            MapPlace(str(place["id"]), names[place["id"]], float(place["lat"]), float(place["lon"]))
            for place in content.get("places", [])
        ],
        [
            MapMovement(item["index"], str(movement["from"]), str(movement["to"]), movement["mode"])
            for item, movement in zip(movements, content.get("movements", []), strict=True)
        ],
    )
    used = list(dict.fromkeys(item["mode"] for item in movements))
    by_key = {str(place["id"]): place for place in places}
    return {
        "panels": [
            {
                "panel": panel,
                "lines": [(line, movements[line.index - 1]) for line in panel.movements],
                "points": [(point, by_key[point.key]) for point in panel.points],
            }
            for panel in panels
        ],
        "movements": movements,
        "places": places,
        "modes": [(mode, Movement.Mode(mode).label) for mode in Movement.Mode.values if mode in used],
    }
