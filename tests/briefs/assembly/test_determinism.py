import dataclasses
import datetime as dt
import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.assembly import (
    ActorRef,
    BriefIn,
    ClaimIn,
    FigureIn,
    KeyPointIn,
    SourceIn,
    assemble,
    canonical_json,
    diff_snapshots,
    snapshot_hash,
)
from briefs.vocabulary import QUALIFIERS, STANCES

from .builders import KIRBY, NORTH_KOREA, WHITE_HOUSE, brief, claim, figure, key_point, source
from .test_corroboration import WIRE_STORY


def shuffled(items, seed):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def reorder(brief_in: BriefIn, claims, sources, seed: int):
    """The same inputs in another order: sources, claims, key points and each key point's links."""
    points = tuple(
        KeyPointIn(
            id=p.id,
            position=p.position,
            statement=p.statement,
            claim_ids=tuple(shuffled(p.claim_ids, seed + p.id)),
            event_start=p.event_start,
            event_end=p.event_end,
            event_precision=p.event_precision,
        )
        for p in shuffled(brief_in.key_points, seed)
    )
    reordered = BriefIn(brief_in.slug, brief_in.title, brief_in.language, brief_in.summary, points)
    return reordered, shuffled(claims, seed + 1), shuffled(sources, seed + 2)


def test_shuffled_inputs_give_an_identical_snapshot_and_hash():
    sources = [
        source(1, "Liputan6.com", cited=("Reuters",), body=WIRE_STORY),
        source(2, "detikNews", cited=("Reuters",)),
        source(3, "Kompas.com", body=WIRE_STORY + " Tambahan."),
        source(4, "KCNA", kind="state_media", published_at=None),
    ]
    claims = [
        claim(10, 1, figures=(figure("1000", qualifier="more_than"),), start="2023-09-01", end="2023-10-01"),
        claim(
            11,
            2,
            KIRBY,
            figures=(figure("2000", qualifier="more_than"),),
            start="2023-09-07",
            end="2023-10-01",
        ),
        claim(12, 4, NORTH_KOREA, "denies", paraphrase="Pyongyang denies", start="2023-10-14"),
        claim(13, 3, WHITE_HOUSE, "condemns", start="2023-09-01", precision="month"),
        claim(14, 3),
    ]
    points = (key_point(1, (10, 11, 12, 13)), key_point(2, (14, 12), start="2023-10-14"))
    expected = assemble(brief(*points), claims, sources)

    for seed in range(10):
        snapshot = assemble(*reorder(brief(*points), claims, sources, seed))
        assert canonical_json(snapshot) == canonical_json(expected)
        assert snapshot_hash(snapshot) == snapshot_hash(expected)


# --- generated inputs -------------------------------------------------------------------------------

ACTORS = [
    WHITE_HOUSE,
    KIRBY,
    NORTH_KOREA,
    ActorRef(4, "kremlin", "Kremlin", "organisation", "Russia"),
    ActorRef(6, "kcna", "KCNA", "media"),
]
OUTLETS = ["Liputan6.com", "detikNews", "Kompas.com", "Antaranews.com", "Reuters", "KCNA"]
WIRES = ["Reuters", "AFP", "KCNA", "reuters", "Yonhap"]
BODIES = [WIRE_STORY, WIRE_STORY.replace("Jumat", "Kamis"), "", "Korea Utara membantah.", "Rusia diam."]
TIMES = [
    None,
    "2023-10-14T09:00:00+07:00",
    "2023-10-14T02:00:00+00:00",
    "2023-10-13T20:00:00-05:00",
    "2023-10-15",
]

event_dates = st.one_of(
    st.just((None, None, "")),
    st.tuples(
        st.dates(dt.date(2022, 1, 1), dt.date(2024, 12, 31)),
        st.integers(0, 40),
        st.sampled_from(["day", "month", "year", "range"]),
    ).map(lambda t: (t[0], t[0] + dt.timedelta(days=t[1]) if t[2] == "range" else None, t[2])),
)


@st.composite
def inputs(draw):
    source_count = draw(st.integers(1, 6))
    sources = [
        SourceIn(
            id=i,
            outlet=draw(st.sampled_from(OUTLETS)),
            title=draw(st.sampled_from([None, "Judul", "Korut"])),
            published_at=draw(st.sampled_from(TIMES)),
            cited_outlets=tuple(draw(st.lists(st.sampled_from(WIRES), max_size=2, unique=True))),
            body=draw(st.sampled_from(BODIES)),
        )
        for i in range(1, source_count + 1)
    ]
    claims = []
    for claim_id in draw(st.lists(st.integers(1, 60), max_size=14, unique=True)):
        start, end, precision = draw(event_dates)
        claims.append(
            ClaimIn(
                id=claim_id,
                source_id=draw(st.integers(1, source_count)),
                speaker=draw(st.sampled_from(ACTORS)),
                stance=draw(st.sampled_from(STANCES)),
                quote=draw(st.sampled_from(["Kami membantah", "1.000 kontainer", "amunisi"])),
                paraphrase=draw(st.sampled_from(["", "Shipments", "Denial"])),
                event_start=start,
                event_end=end,
                event_precision=precision,
                figures=tuple(
                    FigureIn(value=v, unit=u, qualifier=q)
                    for v, u, q in draw(
                        st.lists(
                            st.tuples(
                                st.sampled_from(["1000", "1000.0", "2000", "0.5"]),
                                st.sampled_from(["containers", "ships"]),
                                st.sampled_from(QUALIFIERS),
                            ),
                            max_size=2,
                        )
                    )
                ),
            )
        )
    claim_ids = [c.id for c in claims] + [99]
    points = []
    for point_id in draw(st.lists(st.integers(1, 20), max_size=4, unique=True)):
        start, end, precision = draw(event_dates)
        points.append(
            KeyPointIn(
                id=point_id,
                position=draw(st.integers(0, 3)),
                statement=draw(st.sampled_from(["Shipments", "Denial", "Kim visits"])),
                claim_ids=tuple(draw(st.lists(st.sampled_from(claim_ids), max_size=8))),
                event_start=start,
                event_end=end,
                event_precision=precision,
            )
        )
    return BriefIn("s", "Title", "en", "Summary", tuple(points)), claims, sources


@settings(max_examples=100, deadline=None)
@given(inputs(), st.integers(0, 10_000))
def test_generated_inputs_in_any_order_give_the_same_json_ready_snapshot(given_inputs, seed):
    brief_in, claims, sources = given_inputs

    snapshot = assemble(brief_in, claims, sources)
    again = assemble(*reorder(brief_in, claims, sources, seed))

    assert canonical_json(again) == canonical_json(snapshot)
    assert json.loads(canonical_json(snapshot)) == snapshot
    for point in snapshot["key_points"]:
        corroboration = point["corroboration"]
        assert (
            0
            < corroboration["independent_origins"]
            <= corroboration["statements"]
            <= corroboration["reports"]
            or corroboration["reports"] == 0
        )
        # Every report is in exactly one origin.
        assert sorted(
            r["claim_id"] for origin in corroboration["origins"] for r in origin["reports"]
        ) == sorted(c["claim_id"] for p in point["positions"] for c in p["citations"])
    assert diff_snapshots(snapshot, again) == []
    assert {entry["change"] for entry in diff_snapshots(None, snapshot)} == {"added"}


def test_a_day_precise_said_on_leaves_the_snapshot_and_its_hash_as_they_were():
    """Claims saved before said_on had a precision are day-precise: their briefs get no new revision."""
    sources = [source(1, "Liputan6.com")]
    before = [claim(10, 1, KIRBY, "asserts", said_on="2023-08-01")]
    day = [dataclasses.replace(before[0], said_on_precision="day")]
    month = [dataclasses.replace(before[0], said_on_precision="month")]
    snapshot = assemble(brief(key_point(1, (10,))), before, sources)

    assert snapshot_hash(assemble(brief(key_point(1, (10,))), day, sources)) == snapshot_hash(snapshot)
    assert "said_on_precision" not in canonical_json(snapshot)
    by_month = assemble(brief(key_point(1, (10,))), month, sources)
    (statement,) = by_month["key_points"][0]["positions"][0]["statements"]
    (citation,) = by_month["key_points"][0]["positions"][0]["citations"]
    assert (statement["said_on"], statement["said_on_precision"]) == ("2023-08-01", "month")
    assert (citation["said_on"], citation["said_on_precision"]) == ("2023-08-01", "month")
    assert snapshot_hash(by_month) != snapshot_hash(snapshot)
