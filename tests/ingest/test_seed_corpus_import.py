"""The real corpus (../shared/seeds, or CORPUS): what a careful editor would have recorded by hand."""

import json
from datetime import date

import pytest
from django.core.management import call_command
from django.utils.timezone import localtime

from ingest.models import Source

pytestmark = pytest.mark.django_db

# Per seed file prefix: the metadata a careful editor records. Titles and names are short citations.
EXPECTED = {
    "000": {
        "outlet": "Tribunnews",
        "title": "Korea Utara Bantah Klaim Pengiriman Senjata ke Rusia: Kami Tak Pernah Lakukan Transaksi Senjata",
        "byline": ["Whiesa Daniswara"],
        "editor": "Daryono",
        "dateline": "",
        "cited": {"KCNA", "Al Jazeera"},
        "not_cited": {"AFP"},
        "starts": "TRIBUNNEWS.COM - Korea Utara secara tegas membantah",
        "ends": "pungkas Cha.",
    },
    "001": {
        "outlet": "Liputan6.com",
        "title": None,
        "byline": [],
        "dateline": "Moskow",
        "published": (date(2023, 10, 17), "lede"),
        "cited": {"Interfax", "AP"},
        "starts": "Liputan6.com, Moskow - Kremlin pada Selasa",
        "keeps": ["Tuduhan AS"],
    },
    "002": {
        "outlet": "Okezone",
        "title": "Update Perang Rusia Ukraina: AS, Korsel dan Jepang Kecam Pasokan Amunisi Korea Utara ke Rusia",
        "byline": ["Salsabila Fitirah Puteri"],
        "editor": "Susi Susanti",
        "dateline": "Moskow",
        "published": (date(2023, 10, 27), "byline"),
        "time": "17:33",
        "cited": {"Washington Times"},
        "not_cited": {"Reuters"},
        "starts": "MOSKOW - Korea Selatan (Korsel)",
    },
    "003": {
        "outlet": "EGINDO.co",
        "title": "Korut Kirim Senjata Ke Rusia Untuk Digunakan Di Ukraina",
        "byline": [],
        "dateline": "Washington",
        "published": (date(2023, 10, 13), "inferred"),
        "cited": {"CNA"},
        "starts": "Washington | EGINDO.co",
    },
    "004": {
        "outlet": "detikNews",
        "title": "AS Khawatir Korut Akan Kirim Lebih Banyak Senjata ke Rusia",
        "byline": ["Novi Christiastuti"],
        "dateline": "Washington DC",
        "published": (date(2023, 6, 13), "header"),
        "time": "12:57",
        "cited": {"Reuters", "KCNA"},
    },
}
CLUTTER = ["Baca juga", "Baca Juga", "Advertisement", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Halaman 2 dari 2",
           "All Right Reserved", "Bagikan", "Scroll to Top", "Follow WhatsApp", "[Gambas", "Hide Ads"]  # fmt: skip


@pytest.fixture
def imported(corpus_dir, capsys) -> dict[str, Source]:
    call_command("import_sources", str(corpus_dir), "--format", "json")
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["status"] for record in records] == ["created"] * len(records)
    by_prefix = {}
    for record in records:
        prefix = record["path"].rsplit("/", 1)[-1][:3]
        by_prefix[prefix] = Source.objects.select_related("outlet").get(pk=record["source"]["id"])
    return by_prefix


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_article_metadata_is_what_an_editor_would_record(imported, prefix):
    source, expected = imported[prefix], EXPECTED[prefix]

    assert source.outlet is not None and source.outlet.name == expected["outlet"]
    assert source.title == expected["title"]
    assert source.byline == expected["byline"]
    if "editor" in expected:
        assert source.editor == expected["editor"]
    assert source.dateline == expected["dateline"]
    assert source.language == "id"
    assert expected["cited"] <= set(source.cited_outlets)
    assert not (expected.get("not_cited", set()) & set(source.cited_outlets))
    if "published" in expected:
        day, origin = expected["published"]
        assert localtime(source.published_at).date() == day
        assert source.published_at_source == origin
    if "time" in expected:
        assert localtime(source.published_at).strftime("%H:%M %z") == f"{expected['time']} +0700"
        assert source.published_at_confidence >= 0.9
    if "starts" in expected:
        assert source.body.startswith(expected["starts"])
    if "ends" in expected:
        assert source.body.endswith(expected["ends"])
    for kept in expected.get("keeps", []):
        assert kept in source.body.split("\n\n")
    for clutter in CLUTTER:
        assert clutter not in source.body, f"{clutter!r} left in the body"


def test_tribunnews_page_date_is_recorded_as_a_display_date_with_low_confidence(imported):
    source = imported["000"]
    assert localtime(source.published_at).date() == date(2025, 10, 2)
    assert source.published_at_confidence <= 0.2
    assert source.published_at_note


def test_importing_the_corpus_again_changes_nothing(imported, corpus_dir, capsys):
    before = list(Source.objects.order_by("pk").values_list("pk", "content_hash", "version"))

    call_command("import_sources", str(corpus_dir), "--format", "json")

    statuses = {json.loads(line)["status"] for line in capsys.readouterr().out.splitlines()}
    assert statuses == {"unchanged"}
    assert list(Source.objects.order_by("pk").values_list("pk", "content_hash", "version")) == before
