import datetime as dt

import pytest

from briefs.assembly import ActorRef, BriefIn, ClaimIn, FigureIn, KeyPointIn, SourceIn, assemble
from briefs.assembly.dates import date_label, event_date

from .builders import WHITE_HOUSE, brief, claim, key_point, source


def test_lists_given_for_sequences_become_tuples():
    point = KeyPointIn(id=1, position=1, statement="x", claim_ids=[3, 2])
    assert point.claim_ids == (3, 2)
    assert SourceIn(id=1, outlet="A", cited_outlets=["Reuters"]).cited_outlets == ("Reuters",)
    assert BriefIn("s", "t", "en", "sum", [point]).key_points == (point,)
    hash(point)


def test_a_string_is_not_accepted_for_a_sequence():
    with pytest.raises(TypeError):
        SourceIn(id=1, outlet="A", cited_outlets="Reuters")


@pytest.mark.parametrize(
    ("kwargs", "complaint"),
    [
        ({"stance": "supports"}, "supports"),
        ({"event_start": dt.date(2023, 9, 1)}, "precision"),
        ({"event_start": dt.date(2023, 9, 1), "event_precision": "week"}, "week"),
        (
            {
                "event_start": dt.date(2023, 9, 7),
                "event_end": dt.date(2023, 9, 1),
                "event_precision": "range",
            },
            "before it starts",
        ),
    ],
)
def test_invalid_claims_are_refused(kwargs, complaint):
    values = {"id": 1, "source_id": 1, "speaker": WHITE_HOUSE, "stance": "asserts", "quote": "q"} | kwargs
    with pytest.raises(ValueError, match=complaint):
        ClaimIn(**values)


def test_a_datetime_is_not_an_event_date():
    with pytest.raises(TypeError):
        ClaimIn(
            1,
            1,
            WHITE_HOUSE,
            "asserts",
            "q",
            event_start=dt.datetime(2023, 9, 1, tzinfo=dt.UTC),
            event_precision="day",
        )


@pytest.mark.parametrize("value", ["abc", "NaN", "Infinity"])
def test_figure_values_must_be_finite_decimals(value):
    with pytest.raises(ValueError, match=value):
        FigureIn(value=value, unit="containers")


def test_a_float_figure_value_is_refused_and_an_unknown_qualifier_too():
    with pytest.raises(TypeError):
        FigureIn(value=0.1, unit="containers")
    with pytest.raises(ValueError, match="roughly"):
        FigureIn(value="1", unit="containers", qualifier="roughly")


def test_publication_dates_must_be_iso_8601_with_a_known_precision():
    with pytest.raises(ValueError, match="ISO 8601"):
        SourceIn(id=1, outlet="A", published_at="14 Oktober 2023")
    with pytest.raises(ValueError, match="precision"):
        SourceIn(id=1, outlet="A", published_at="2023-10-14T00:00:00+07:00", published_precision="week")


def test_a_quote_span_needs_both_ends_in_order():
    with pytest.raises(ValueError, match="span"):
        ClaimIn(1, 1, WHITE_HOUSE, "asserts", "q", start=5)
    with pytest.raises(ValueError, match="span"):
        ClaimIn(1, 1, WHITE_HOUSE, "asserts", "q", start=5, end=2)


def test_a_claim_citing_a_source_not_given_or_a_repeated_id_is_refused():
    with pytest.raises(ValueError, match="source 2"):
        assemble(brief(), [claim(1, 2)], [source(1)])
    with pytest.raises(ValueError, match="claim 1"):
        assemble(brief(), [claim(1, 1), claim(1, 1)], [source(1)])
    with pytest.raises(ValueError, match="key point"):
        assemble(brief(key_point(1), key_point(1, position=2)), [], [])


def test_event_dates_normalise_to_their_period_and_keep_an_end_only_for_a_range():
    assert event_date(dt.date(2023, 9, 20), None, "month").as_dict() == {
        "start": "2023-09-01",
        "end": None,
        "precision": "month",
    }
    assert event_date(dt.date(2023, 9, 20), dt.date(2023, 9, 30), "day").end is None
    assert event_date(dt.date(2023, 9, 20), None, "range").precision == "day"
    assert event_date(None, dt.date(2023, 9, 30), "range") is None


@pytest.mark.parametrize(
    ("start", "precision", "end", "label"),
    [
        ("2023-10-13", "day", None, "13 Oct 2023"),
        ("2023-09-01", "month", None, "Sep 2023"),
        ("2023-01-01", "year", None, "2023"),
        ("2023-09-07", "range", "2023-10-01", "7 Sep – 1 Oct 2023"),
        ("2023-09-07", "range", "2023-09-13", "7–13 Sep 2023"),
        ("2023-12-28", "range", "2024-01-03", "28 Dec 2023 – 3 Jan 2024"),
    ],
)
def test_date_labels(start, precision, end, label):
    to_date = dt.date.fromisoformat
    assert date_label(to_date(start), precision, to_date(end) if end else None) == label


def test_actor_refs_are_plain_values():
    assert ActorRef(1, "a", "A", "state") == ActorRef(1, "a", "A", "state", None)
