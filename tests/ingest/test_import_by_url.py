"""Import by URL: a page fetched through the egress guard lands like an uploaded file, with its address;
every way a page can fail is a clear per-address error, and nothing is stored for it."""

from __future__ import annotations

import pytest

from ingest.models import Source
from ingest.services.fetching import import_url
from ingest.services.importing import ImportContext
from tests.ingest.page_server import Page, PageServer

pytestmark = pytest.mark.django_db

PARAGRAPHS = [
    "BANDUNG - Pemerintah kota membuka jalur sepeda baru sepanjang dua belas kilometer di pusat kota pada Senin.",
    "Wali kota mengatakan jalur itu akan diperpanjang ke kawasan timur tahun depan bila anggarannya disetujui.",
    "Warga menyambut jalur tersebut, meski sebagian pedagang khawatir kehilangan tempat parkir di depan toko.",
]
ARTICLE = (
    "<!doctype html><html lang='id'><head><title>Jalur sepeda baru</title></head><body>"
    "<nav><a href='/'>Beranda</a></nav><article><h1>Jalur Sepeda Baru Dibuka di Pusat Kota</h1>"
    + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    + "</article><footer>Hak cipta dilindungi.</footer></body></html>"
).encode()


def context() -> ImportContext:
    return ImportContext.load(channel=Source.Channel.COMMAND)


def test_a_page_is_imported_with_the_address_it_came_from_and_its_html_as_received():
    with PageServer(
        pages={
            "/s/abc": Page(status=301, headers={"Location": "/kota/jalur-sepeda"}),
            "/kota/jalur-sepeda": Page(body=ARTICLE),
        }
    ) as server:
        outcome = import_url(url=server.url("/s/abc"), context=context())

    assert outcome.status == "created", outcome.error
    source = outcome.source
    assert source.url == server.url("/kota/jalur-sepeda")
    assert source.raw_text == ARTICLE.decode()
    assert "jalur sepeda baru sepanjang dua belas kilometer" in source.body
    assert "Beranda" not in source.body
    assert outcome.name == server.url("/s/abc")


def test_a_plain_text_page_is_imported_as_text():
    text = "\n\n".join(PARAGRAPHS).encode()
    with PageServer(pages={"/plain": Page(body=text, headers={"Content-Type": "text/plain"})}) as server:
        outcome = import_url(url=server.url("/plain"), context=context())

    assert outcome.status == "created", outcome.error
    assert outcome.source.raw_text == text.decode()


def test_importing_the_same_page_again_changes_nothing():
    with PageServer(pages={"/a": Page(body=ARTICLE)}) as server:
        first = import_url(url=server.url("/a"), context=context())
        again = import_url(url=server.url("/a"), context=context())

    assert (first.status, again.status) == ("created", "unchanged")
    assert again.source == first.source
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    ("page", "overrides", "error"),
    [
        (Page(hold=30, body=ARTICLE), {"INGEST_FETCH_TIMEOUT_SECONDS": 1}, "Page not fetched: timed out."),
        (Page(status=302, headers={"Location": "/page"}), {}, "Page not fetched: too many redirects."),
        (Page(status=404, body=b"<html>gone</html>"), {}, "The site answered HTTP 404: no page to import."),
        (Page(status=503, body=b"<html>busy</html>"), {}, "The site answered HTTP 503: no page to import."),
        (
            Page(body=b"\x89PNG\r\n\x1a\n", headers={"Content-Type": "image/png"}),
            {},
            "The page is image/png, not HTML or plain text.",
        ),
        (
            Page(body=ARTICLE, headers={"Content-Type": "application/pdf"}),
            {},
            "The page is application/pdf, not HTML or plain text.",
        ),
        (
            Page(body=ARTICLE, declare_length=False),
            {"INGEST_MAX_BYTES": 500},
            "Page not fetched: the page is larger than 500 bytes.",
        ),
    ],
    ids=["timeout", "redirect-loop", "404", "503", "image", "pdf", "too-large"],
)
def test_a_page_that_cannot_be_imported_is_rejected_with_the_reason_and_nothing_is_stored(
    settings, page, overrides, error
):
    for name, value in overrides.items():
        setattr(settings, name, value)
    with PageServer(pages={"/page": page}) as server:
        outcome = import_url(url=server.url("/page"), context=context())

    assert outcome.status == "rejected"
    assert error in outcome.error
    assert outcome.source is None
    assert not Source.objects.exists()


def test_a_page_without_article_text_is_rejected_with_the_reason():
    empty = b"<html><head><title>Kosong</title></head><body></body></html>"
    with PageServer(pages={"/empty": Page(body=empty)}) as server:
        outcome = import_url(url=server.url("/empty"), context=context())

    assert outcome.status == "rejected"
    assert outcome.error == "The HTML page contains no article text"
    assert not Source.objects.exists()


def test_a_private_address_is_refused_before_any_request_when_the_test_allow_list_is_cleared(settings):
    settings.EGRESS_ALLOWED_NETWORKS = []
    with PageServer(pages={"/page": Page(body=ARTICLE)}) as server:
        outcome = import_url(url=server.url("/page"), context=context())

    assert outcome.status == "rejected"
    assert outcome.error == (
        "Address refused: The host resolves to an address that is not on the public internet."
    )
    assert server.requested == []
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("ftp://news.example/story", "Address refused: Use an http:// or https:// address."),
        ("file:///etc/passwd", "Address refused: Use an http:// or https:// address."),
        ("http://user:secret@news.example/", "Address refused: Remove the user name and password"),
    ],
)
def test_addresses_that_are_not_web_pages_are_refused(url, error):
    outcome = import_url(url=url, context=context())

    assert outcome.status == "rejected"
    assert outcome.error.startswith(error)
