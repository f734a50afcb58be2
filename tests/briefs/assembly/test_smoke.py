"""Assembling a brief the size of a busy one: 10,000 claims, 500 sources, 50 key points. No timing here."""

import datetime as dt
import random

from briefs.assembly import (
    ActorRef,
    BriefIn,
    ClaimIn,
    FigureIn,
    KeyPointIn,
    SourceIn,
    assemble,
    canonical_json,
    snapshot_hash,
)
from briefs.vocabulary import STANCES

WIRES = ["Reuters", "AFP", "AP", "Yonhap", "KCNA", "TASS", "Antara"]
BOILERPLATE = [
    "Korea Utara dan Rusia membantah tuduhan transaksi senjata.",
    "Gedung Putih mengatakan pihaknya terus memantau situasi.",
    "Baca juga berita terkait lainnya di laman kami.",
    "Pemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia Vladimir Putin.",
]


def large_inputs(seed: int = 7, claims: int = 10_000, sources: int = 500, key_points: int = 50):
    rng = random.Random(seed)
    vocabulary = [f"kata{i}" for i in range(3000)]
    outlets = [f"Outlet {i:02d}" for i in range(25)]
    actors = [ActorRef(i, f"actor-{i}", f"Actor {i:02d}", "person", f"Office {i % 7}") for i in range(40)]

    wire_stories = [" ".join(rng.choices(vocabulary, k=350)) for _ in range(30)]
    source_list = []
    for source_id in range(1, sources + 1):
        if rng.random() < 0.3:  # a syndicated wire story, lightly edited
            words = rng.choice(wire_stories).split()
            for _ in range(10):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            body = " ".join(words)
        else:
            body = " ".join(rng.choices(vocabulary, k=rng.randint(200, 500)))
        body = " ".join(rng.sample(BOILERPLATE, 2)) + " " + body
        published = dt.datetime(2023, 9, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=rng.randrange(200_000))
        source_list.append(
            SourceIn(
                id=source_id,
                outlet=rng.choice(outlets),
                title=f"Artikel {source_id}",
                published_at=published.isoformat() if rng.random() < 0.95 else None,
                published_precision=rng.choice(["minute", "day", "month"]),
                cited_outlets=tuple(rng.sample(WIRES, rng.choice([0, 0, 1, 1, 2]))),
                body=body,
            )
        )

    claim_list = []
    for claim_id in range(1, claims + 1):
        start = end = None
        precision = ""
        if rng.random() < 0.4:
            start = dt.date(2023, 8, 1) + dt.timedelta(days=rng.randrange(120))
            precision = rng.choice(["day", "day", "month", "range", "year"])
            end = start + dt.timedelta(days=rng.randint(1, 30)) if precision == "range" else None
        figures = ()
        if rng.random() < 0.3:
            figures = (
                FigureIn(
                    value=rng.choice(["1000", "2000", "300000", "1000000"]),
                    unit=rng.choice(["containers", "artillery shells", "rail cars"]),
                    qualifier=rng.choice(["exactly", "more_than", "about", "up_to"]),
                ),
            )
        claim_list.append(
            ClaimIn(
                id=claim_id,
                source_id=rng.randint(1, sources),
                speaker=rng.choice(actors),
                stance=rng.choice(STANCES),
                quote=f"Kutipan nomor {claim_id} tentang pengiriman amunisi",
                paraphrase=rng.choice(["", f"Paraphrase {claim_id % 400}"]),
                event_start=start,
                event_end=end,
                event_precision=precision,
                figures=figures,
            )
        )

    points = []
    for point_id in range(1, key_points + 1):
        linked = rng.sample(range(1, claims + 1), 220)
        start = dt.date(2023, 9, 1) + dt.timedelta(days=point_id) if point_id % 3 == 0 else None
        points.append(
            KeyPointIn(
                id=point_id,
                position=point_id,
                statement=f"Key point {point_id}",
                claim_ids=tuple(linked),
                event_start=start,
                event_precision="day" if start else "",
            )
        )
    brief = BriefIn("busy", "A busy brief", "en", "Many claims.", tuple(points))
    return brief, claim_list, source_list


def test_ten_thousand_claims_over_500_sources_and_50_key_points_assemble():
    brief, claims, sources = large_inputs()

    snapshot = assemble(brief, claims, sources)

    assert len(snapshot["key_points"]) == 50
    assert len(snapshot["sources"]) == 500
    assert sum(len(e["citations"]) for e in snapshot["timeline"]) <= 10_000
    assert any(o["shared_text"] for p in snapshot["key_points"] for o in p["corroboration"]["origins"])
    assert all(
        p["corroboration"]["independent_origins"]
        <= p["corroboration"]["statements"]
        <= p["corroboration"]["reports"]
        for p in snapshot["key_points"]
    )
    assert len(snapshot_hash(snapshot)) == 64
    assert canonical_json(snapshot)
