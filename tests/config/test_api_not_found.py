"""An address the API does not have answers as the API does: JSON saying only "Not found.", in English."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/nope/", "/api/v1/briefs/x/revisions/abc/", "/api/v2/"])
def test_an_unknown_api_address_is_a_json_404(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": "Not found."}
    assert response["Content-Language"] == "en"


def test_a_missing_reader_page_is_still_the_readers_page(client):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.text
