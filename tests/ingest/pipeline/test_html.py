from datetime import datetime, timedelta, timezone

import pytest

from ingest.pipeline import process_article
from ingest.pipeline.errors import IngestError
from ingest.pipeline.html import extract_html

WIB = timezone(timedelta(hours=7))
PARAS = [
    "JAKARTA - Pemerintah mengumumkan kebijakan baru yang akan berlaku mulai bulan depan bagi semua warga.",
    "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum, "
    "seperti dilansir Reuters.",
    "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan.",
]


def _page(head: str, body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<!doctype html><html lang='id'><head><title>Judul Tab | Contoh</title>{head}</head><body>"
        f"<nav><a href='/'>Beranda</a><a href='/x'>Nasional</a></nav>"
        f"<article><h1>Judul Berita Kebijakan Baru</h1>{paragraphs}</article>{body_extra}"
        f"<footer>© 2025 Contoh. All rights reserved.</footer></body></html>"
    )


def test_open_graph_and_article_meta_are_read():
    html = _page(
        "<meta property='og:title' content='Judul Berita Kebijakan Baru'>"
        "<meta property='og:url' content='https://www.tribunnews.com/nasional/2023/x'>"
        "<meta property='og:site_name' content='Tribunnews.com'>"
        "<meta name='author' content='Ani Wijaya'>"
        "<meta property='article:published_time' content='2023-06-13T12:57:00+07:00'>"
    )
    extract = extract_html(html)
    assert extract.title == "Judul Berita Kebijakan Baru"
    assert extract.author == "Ani Wijaya"
    assert extract.published_at == datetime(2023, 6, 13, 12, 57, tzinfo=WIB)
    assert extract.site_name == "Tribunnews.com"
    assert extract.domain == "tribunnews.com"
    assert extract.language == "id"
    assert "Pemerintah mengumumkan kebijakan baru" in extract.text
    assert "Beranda" not in extract.text


def test_json_ld_and_canonical_link_are_read():
    ld = (
        '{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Judul LD",'
        '"datePublished":"2023-10-27 17:33:00","author":[{"@type":"Person","name":"Budi Santoso"}]}]}'
    )
    html = _page(
        "<link rel='canonical' href='https://news.detik.com/x'>"
        f"<script type='application/ld+json'>{ld}</script>"
    )
    extract = extract_html(html)
    assert extract.title == "Judul LD"
    assert extract.author == "Budi Santoso"
    assert extract.published_at == datetime(2023, 10, 27, 17, 33, tzinfo=WIB)
    assert extract.domain == "news.detik.com"


def test_page_without_text_is_rejected():
    with pytest.raises(IngestError) as caught:
        extract_html("<html><head><title>x</title></head><body></body></html>")
    assert caught.value.code == "no_content"


def test_process_article_prefers_html_metadata(profiles):
    html = _page(
        "<meta property='og:url' content='https://www.tribunnews.com/x'>"
        "<meta name='author' content='Ani Wijaya'>"
        "<meta property='article:published_time' content='2023-06-13T12:57:00+07:00'>"
    )
    article = process_article(html, profiles=profiles, is_html=True)
    meta = article.metadata
    assert meta.outlet_key == "tribunnews"
    assert meta.byline == ("Ani Wijaya",)
    assert meta.published_at_source == "html"
    assert meta.title == "Judul Tab | Contoh"
    assert meta.cited_outlets == ("Reuters",)
    assert article.body.startswith("JAKARTA - Pemerintah")
    assert article.raw_text == html


def test_an_html_pages_canonical_address_is_kept_and_names_an_outlet_the_registry_lacks(profiles):
    html = _page(
        "<link rel='canonical' href='https://www.kabarkita.id/nasional/123/judul-berita-kebijakan-baru'>"
        "<meta property='og:site_name' content='Kabar Kita'>"
    )
    meta = process_article(html, profiles=profiles, is_html=True).metadata

    assert meta.url == "https://www.kabarkita.id/nasional/123/judul-berita-kebijakan-baru"
    assert (meta.outlet_key, meta.new_outlet.name, meta.new_outlet.domain) == (
        None,
        "Kabar Kita",
        "kabarkita.id",
    )
    (url_row,) = [item for item in meta.provenance if item.field == "url"]
    assert url_row.how == "canonical address of the HTML page"
