"""Error pages: a reader who follows a dead link or meets a server error gets the site, in their language,
and a way on; the 500 page needs nothing that may be the reason for the error (database, context)."""

from __future__ import annotations

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from briefs import page_cache

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading", "way_on"),
    [("en", "Page not found", "Read the briefs"), ("id", "Halaman tidak ditemukan", "Baca laporan ringkas")],
)
def test_a_missing_page_is_a_styled_404_in_the_readers_language(client, language, heading, way_on):
    response = client.get("/briefs/no-such-brief/", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 404
    page = response.text
    assert f'<html lang="{language}">' in page
    assert f"<h1>{heading}</h1>" in page
    assert "/static/css/site.css" in page and 'class="site-header"' in page
    assert f'href="{reverse("briefs:index")}">{way_on}</a>' in page
    assert "no-such-brief" not in page, "the page names no address: hidden and missing pages read the same"


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Something went wrong"), ("id", "Terjadi kesalahan")]
)
def test_a_server_error_is_a_styled_500_that_needs_no_database(
    language, heading, monkeypatch, django_assert_num_queries
):
    def database_down():
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(page_cache, "public_state", database_down)
    client = Client(raise_request_exception=False)

    with django_assert_num_queries(0):
        response = client.get("/briefs/", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 500
    page = response.text
    assert f'<html lang="{language}">' in page
    assert f"<h1>{heading}</h1>" in page
    assert "<style>" in page, "styled without the static files storage"
    assert "could not connect" not in page, "the error itself is for the log, not the reader"


def test_reader_pages_link_to_neither_the_admin_nor_the_health_check(client):
    for path in ("/", "/briefs/", "/briefs/no-such-brief/"):
        page = client.get(path).text
        assert reverse("admin:index") not in page, path
        assert reverse("healthz") not in page, path


def test_switching_language_on_an_error_page_returns_to_it(client):
    response = client.get(
        reverse("switch_language", args=["id"]), HTTP_REFERER="http://testserver/briefs/no-such-brief/"
    )

    assert response.status_code == 302
    # The same address in the language chosen.
    assert response["Location"] == "http://testserver/id/briefs/no-such-brief/"
    assert client.get("/briefs/no-such-brief/").text.count("Halaman tidak ditemukan") >= 1


def test_switching_language_never_follows_a_referer_off_the_site(client):
    response = client.get(reverse("switch_language", args=["id"]), HTTP_REFERER="https://evil.example/x")

    assert response["Location"] == "/id/"
