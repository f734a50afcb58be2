"""Template helpers that feed the charts (``briefs/graphics``) with a revision's data in the reader's language.

The geometry is pure; here the snapshot's strings become dates and decimals, and every label is written
with the interface language's separators and month names before the geometry measures it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import pgettext

from briefs.assembly.dates import event_date
from briefs.graphics.figure_chart import ChartValue, FigureChart, figure_chart
from briefs.graphics.timeline_chart import Period, TimelineChart, TimelineItem, timeline_chart
from briefs.templatetags.reader import _qualified, date_span, precise_date
from briefs.units import unit_label

register = template.Library()


def _number(value: Decimal) -> str:
    return number_format(value, use_l10n=True, force_grouping=True)


def _period(start: str, end: str | None, precision: str) -> Period:
    when = event_date(dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None, precision)
    first, last = when.days
    return Period(first, last, when.precision)


@register.simple_tag
def figure_series_chart(series: dict, figures: list[dict]) -> dict:
    """A key point's figure series (``key_points[].figures[]`` of a snapshot) ready to draw and list.

    ``figures``: the snapshot's ``figures`` table, where each claim's citation (outlet, source) is found.
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
            label = pgettext("figure chart", "%(amount)s %(unit)s by %(date)s") % {
                "amount": amount,
                "unit": unit_label(figure["unit"], value),
                "date": date_label,
            }
        else:
            label = pgettext("figure chart", "%(amount)s %(unit)s, date not given") % {
                "amount": amount,
                "unit": unit_label(figure["unit"], value),
            }
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
def timeline_picture(entries: list[dict]) -> dict:
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
            text=entry["text"],
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
