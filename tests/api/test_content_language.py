"""Content-Language says the language of the body: the API answers in English, whatever the caller's
Accept-Language or language cookie, so no English body goes out marked Indonesian."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/v1/", 200),
        ("get", "/api/v1/briefs/", 200),
        ("get", "/api/v1/briefs/no-such-brief/", 404),
        ("get", "/api/v1/briefs/?page=99", 404),
        ("get", "/api/v1/changes/?since=x", 400),
        ("post", "/api/v1/claims/", 401),  # DRF's own message, which its catalogue translates
        ("get", "/api/v1/no-such-list/", 404),  # the site's 404 page, rendered in English too
    ],
)
def test_api_answers_are_english_and_say_so(client, language, method, path, status):
    response = getattr(client, method)(path, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == status
    assert response["Content-Language"] == "en"
    if status == 401:
        assert "Authentication credentials were not provided." in response.text


def test_the_language_cookie_does_not_change_the_api_either(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"
    response = client.post("/api/v1/claims/")
    assert response["Content-Language"] == "en"
    assert "Authentication credentials were not provided." in response.text


def test_reader_pages_still_follow_the_reader(client):
    response = client.get("/briefs/", HTTP_ACCEPT_LANGUAGE="id")
    assert response["Content-Language"] == "id" and '<html lang="id">' in response.text
