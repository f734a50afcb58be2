"""The five seed articles, with what a careful editor would record for each.

The seeds are read from $CORPUS or ../shared/seeds beside the repository; they are never copied
into the repository. A missing corpus is a failure, not a skip: these tests are the ground truth.

Where this differs from the brief's reading, or makes a judgement call, it says so:
- 004: the detik dateline sits alone on its line ("Washington DC -"); the body opens with it
  joined to the first paragraph, as on the page.
- 001: the paste has no headline, so title is None rather than a sentence invented from the lede.
"""

from __future__ import annotations

import codecs
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ingest.pipeline import decode_bytes, process_article
from ingest.pipeline.normalise import normalise_text

from .conftest import corpus_dir

WIB = timezone(timedelta(hours=7))
# Seeds were pasted in late 2025; the weekday inference ("Jumat (13 Oktober)") needs a reference
# date after the events, and a fixed one keeps the test from drifting.
REFERENCE = date(2025, 11, 1)


@dataclass(frozen=True)
class Expected:
    prefix: str
    title: str | None
    byline: tuple[str, ...]
    editor: str | None
    published_at: datetime
    source: str
    confidence: tuple[float, float]
    dateline: str | None
    cited: tuple[str, ...]
    outlet: str
    body_starts: str
    body_ends: str
    gone: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    note: str = ""
    page_date: datetime | None = None
    extra: dict = field(default_factory=dict)


EXPECTED = [
    Expected(
        prefix="000",
        title=(
            "Korea Utara Bantah Klaim Pengiriman Senjata ke Rusia: Kami Tak Pernah Lakukan Transaksi Senjata"
        ),
        byline=("Whiesa Daniswara",),
        editor="Daryono",
        # The site header's "today": every event in the text is from 2022 or earlier.
        published_at=datetime(2025, 10, 2, tzinfo=WIB),
        source="header",
        confidence=(0.0, 0.2),
        note="display date",
        page_date=datetime(2025, 10, 2, tzinfo=WIB),
        dateline=None,
        cited=("KCNA", "Al Jazeera", "TribunSolo"),  # AFP is only a photo credit
        outlet="tribunnews",
        body_starts="TRIBUNNEWS.COM - Korea Utara secara tegas",
        body_ends="pungkas Cha.",
        gone=(
            "Baca juga:",
            "Konflik Rusia Vs Ukraina",
            "Rekomendasi untuk Anda",
            "Berita Terkini",
            "©",
            "(Tribunnews.com/Whiesa)",
            "Koresponden Tribunnews.com",
            "Korea Utara dilaporkan meluncurkan rudal balistik",
            "Pemimpin Korea Utara, Kim Jong Un, menghadiri",
            "Penulis:",
            "\nAA\n",
        ),
    ),
    Expected(
        prefix="001",
        title=None,
        byline=(),
        editor=None,
        published_at=datetime(2023, 10, 17, tzinfo=WIB),
        source="lede",
        confidence=(0.4, 0.7),
        dateline="Moskow",
        cited=("Interfax", "AP"),
        outlet="liputan6",
        body_starts="Liputan6.com, Moskow - Kremlin pada Selasa (17/10/2023)",
        body_ends='rudal balistik Korea Utara."',
        gone=("Baca Juga", "Advertisement"),
        kept=("\n\nTuduhan AS\n\n", "\n\nAS, Inggris, Jepang, dan Korea Selatan Tidak Akan Tinggal Diam\n\n"),
    ),
    Expected(
        prefix="002",
        title="Update Perang Rusia Ukraina: AS, Korsel dan Jepang Kecam Pasokan Amunisi Korea Utara ke Rusia",
        byline=("Salsabila Fitirah Puteri",),
        editor="Susi Susanti",
        published_at=datetime(2023, 10, 27, 17, 33, tzinfo=WIB),
        source="byline",
        confidence=(0.9, 1.0),
        page_date=datetime(2023, 10, 27, 17, 33, tzinfo=WIB),
        dateline="Moskow",
        cited=("Washington Times",),  # Reuters only in a photo credit
        outlet="okezone",
        body_starts="MOSKOW - Korea Selatan (Korsel)",
        body_ends="mereka melakukan uji coba rudal.",
        gone=(
            "<i>",
            "(Foto: Reuters)",
            "INFOGRAFIS",
            "Advertisement",
            "WhatsApp",
            "Berita Terkait",
            "Telusuri",
            "(Susi Susanti)",
            "\nA\n",
        ),
    ),
    Expected(
        prefix="003",
        title="Korut Kirim Senjata Ke Rusia Untuk Digunakan Di Ukraina",
        byline=(),
        editor="SL",
        published_at=datetime(2023, 10, 13, tzinfo=WIB),
        source="inferred",
        confidence=(0.3, 0.7),
        note="weekday",
        dateline="Washington",
        cited=("CNA",),
        outlet="egindo",
        body_starts="Washington | EGINDO.co – Korea Utara telah mengirimkan",
        body_ends="sekutu dan mitra kami”.",
        gone=("Korea Utara kirim senjata untuk Rusia", "Baca Juga", "Bagikan", "Scroll to Top", "Sumber"),
    ),
    Expected(
        prefix="004",
        title="AS Khawatir Korut Akan Kirim Lebih Banyak Senjata ke Rusia",
        byline=("Novi Christiastuti",),
        editor="ita",
        published_at=datetime(2023, 6, 13, 12, 57, tzinfo=WIB),
        source="header",
        confidence=(0.85, 1.0),
        page_date=datetime(2023, 6, 13, 12, 57, tzinfo=WIB),
        dateline="Washington DC",
        cited=("Reuters", "KCNA"),
        outlet="detik",
        body_starts="Washington DC - Pemerintah Amerika Serikat (AS) khawatir",
        body_ends="dalam perang dengan Ukraina.",
        gone=(
            "(dok. Reuters)",
            "SCROLL TO CONTINUE",
            "ADVERTISEMENT",
            "Gambas",
            "Saksikan juga",
            "Halaman 2",
            "selengkapnya di halaman",
            "(nvc/ita)",
            "Hoegeng",
            "Ajang penghargaan",
            "Hide Ads",
            "untuk pertama kalinya bertemu",
        ),
    ),
]


def _seed_path(prefix: str) -> Path:
    folder = corpus_dir()
    if not folder.is_dir():
        pytest.fail(
            f"Seed corpus not found at {folder}. Set CORPUS to the folder holding the seed .txt files "
            "(default: ../shared/seeds beside the repository).",
            pytrace=False,
        )
    matches = sorted(folder.glob(f"{prefix}_*.txt"))
    if len(matches) != 1:
        pytest.fail(
            f"Expected exactly one seed {prefix}_*.txt in {folder}, found {len(matches)}", pytrace=False
        )
    return matches[0]


def _raw(prefix: str) -> str:
    return decode_bytes(_seed_path(prefix).read_bytes()).text


def _process(text, profiles):
    return process_article(text, profiles=profiles, reference_date=REFERENCE)


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: e.prefix)
def test_seed_metadata_is_what_an_editor_records(expected, profiles):
    meta = _process(_raw(expected.prefix), profiles).metadata
    assert meta.title == expected.title
    assert meta.byline == expected.byline
    assert meta.editor == expected.editor
    assert meta.published_at == expected.published_at
    assert meta.published_at_source == expected.source
    low, high = expected.confidence
    assert low <= meta.published_at_confidence <= high
    assert expected.note in meta.published_at_note
    if expected.page_date is not None:
        assert meta.page_date == expected.page_date
    assert meta.dateline == expected.dateline
    assert meta.language == "id"
    assert meta.cited_outlets == expected.cited
    assert meta.outlet_key == expected.outlet


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: e.prefix)
def test_seed_body_is_the_article_and_nothing_else(expected, profiles):
    article = _process(_raw(expected.prefix), profiles)
    body = f"\n{article.body}\n"
    assert article.body.startswith(expected.body_starts)
    assert article.body.endswith(expected.body_ends)
    for fragment in expected.gone:
        assert fragment not in body, fragment
    for fragment in expected.kept:
        assert fragment in body, fragment


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: e.prefix)
def test_seed_cleaning_loses_no_article_text(expected, profiles):
    """Every removed line is header or clutter; every prose line of the article is in the body."""
    article = _process(_raw(expected.prefix), profiles)
    normalised = normalise_text(_raw(expected.prefix)).split("\n")
    removed = {line.line_no - 1 for line in article.removed}
    kept = [line for i, line in enumerate(normalised) if line and i not in removed]
    assert " ".join(" ".join(kept).split()) == " ".join(article.body.split())


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: e.prefix)
def test_seed_cleaning_is_idempotent(expected, profiles):
    article = _process(_raw(expected.prefix), profiles)
    assert _process(article.body, profiles).body == article.body


def _rewrapped(text: str, width: int = 72) -> str:
    lines = []
    for line in normalise_text(text).split("\n"):
        lines.extend(textwrap.wrap(line, width, break_long_words=False) or [""])
    return "\n".join(lines)


def _variants(raw: str) -> dict[str, str]:
    return {
        "utf-16": decode_bytes(raw.encode("utf-16")).text,
        "utf-16-le-no-bom": decode_bytes(raw.encode("utf-16-le")).text,
        "utf-8-bom": decode_bytes(raw.encode("utf-8-sig")).text,
        "crlf": decode_bytes(raw.replace("\n", "\r\n").encode("utf-8")).text,
        "cp1252": decode_bytes(raw.encode("cp1252", errors="replace")).text,
        "trailing-spaces": raw.replace("\n", " \t\n"),
        "rewrapped-72": _rewrapped(raw),
        "bom+crlf+rewrapped": decode_bytes(
            codecs.BOM_UTF8 + _rewrapped(raw).replace("\n", "\r\n").encode()
        ).text,
    }


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: e.prefix)
def test_seed_copies_give_the_same_hash_and_metadata(expected, profiles):
    raw = _raw(expected.prefix)
    original = _process(raw, profiles)
    for name, variant in _variants(raw).items():
        if name == "cp1252" and raw.encode("cp1252", errors="replace") != raw.encode(
            "cp1252", errors="ignore"
        ):
            continue  # the seed has characters cp1252 cannot hold; that copy is not the same article
        copy = _process(variant, profiles)
        assert copy.content_hash == original.content_hash, name
        assert copy.metadata == original.metadata, name
        if "rewrapped" not in name or "\n\n" in normalise_text(raw):
            # A wrapped paste without blank lines cannot show where a paragraph ended after a full
            # stop; there the hash (whitespace-blind) must match, the paragraphing may differ.
            assert copy.body == original.body, name
