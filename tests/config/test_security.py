"""Django hardening: headers, cookies, CSRF, password hashing, sessions, hostile text and input limits."""

import importlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from briefs.models import Claim
from ingest.models import Source
from tests.html_checks import HOSTILE, injections
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db


def test_argon2_is_the_first_password_hasher_outside_tests():
    base = importlib.import_module("config.settings.base")
    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


@pytest.mark.parametrize("url", ["/briefs/", "/admin/login/", "/healthz"])
def test_security_headers_on_public_admin_and_json_responses(client, url):
    response = client.get(url)

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_session_cookie_is_http_only_and_same_site(client, editor):
    response = client.post(
        reverse("admin:login"), {"username": editor.username, "password": "correct horse battery"}
    )

    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_login_rotates_the_session(client, editor):
    session = client.session
    session["before-login"] = True
    session.save()
    before = session.session_key

    client.post(reverse("admin:login"), {"username": editor.username, "password": "correct horse battery"})

    assert client.session.session_key != before


@pytest.fixture
def strict_editor(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    return client


def test_csrf_is_enforced_on_admin_forms_uploads_and_annotation(strict_editor):
    source = SourceFactory()

    upload = strict_editor.post(
        reverse("admin:ingest_source_upload"), {"files": SimpleUploadedFile("a.txt", b"x")}
    )
    annotate = strict_editor.post(reverse("admin:ingest_source_add_claim", args=[source.pk]), {"start": 0})
    change = strict_editor.post(reverse("admin:ingest_source_change", args=[source.pk]), {"title": "x"})

    assert (upload.status_code, annotate.status_code, change.status_code) == (403, 403, 403)
    assert Source.objects.get().title == source.title


def test_hostile_text_is_inert_in_admin_lists_forms_previews_and_messages(
    editor_client, reviewer_client, hostile_claim
):
    claim, source = hostile_claim, hostile_claim.source
    start = claim.start
    pages = [
        (editor_client, reverse("admin:ingest_source_changelist")),
        (editor_client, reverse("admin:ingest_source_change", args=[source.pk])),
        (editor_client, reverse("admin:briefs_claim_changelist")),
        (editor_client, reverse("admin:briefs_claim_change", args=[claim.pk])),
        (editor_client, reverse("admin:briefs_actor_changelist")),
        (reviewer_client, reverse("admin:briefs_claim_change", args=[claim.pk])),
    ]
    for client, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert injections(response.text) == [], url

    # A message that quotes the claim (annotation success) is escaped too.
    response = editor_client.post(
        reverse("admin:ingest_source_add_claim", args=[source.pk]),
        {
            "start": start,
            "end": start + len(HOSTILE),
            "exact": HOSTILE,
            "speaker": HOSTILE,
            "stance": "asserts",
        },
        follow=True,
    )
    assert "Draft claim #" in response.text
    assert injections(response.text) == []


def test_too_many_files_in_one_upload_is_a_400_not_a_500(editor_client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 5
    files = [SimpleUploadedFile(f"{i}.txt", b"JAKARTA - Teks.") for i in range(6)]

    response = editor_client.post(reverse("admin:ingest_source_upload"), {"files": files})

    assert response.status_code == 400
    assert not Source.objects.exists()


def test_oversize_file_is_rejected_with_a_clear_message(upload_articles, editor_client, settings):
    settings.INGEST_MAX_BYTES = 1000
    big = SimpleUploadedFile("big.txt", b"JAKARTA - Teks panjang sekali. " * 100)

    response = upload_articles(editor_client, [big])

    assert response.status_code == 200
    assert "limit" in response.text
    assert not Source.objects.exists()


def test_oversize_request_body_is_a_400(editor_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    source = SourceFactory()

    response = editor_client.post(
        reverse("admin:ingest_source_add_claim", args=[source.pk]), {"paraphrase": "x" * 5000, "start": 0}
    )

    assert response.status_code == 400


@pytest.mark.parametrize(
    "speaker",
    [
        pytest.param("Kor%00ut", id="nul"),
        pytest.param("Korut%ED%B3%BF", id="lone-surrogate-bytes"),
        pytest.param("%1B%5B31mKorut", id="control-characters"),
    ],
)
def test_nul_control_characters_and_lone_surrogates_never_cause_a_500(editor_client, speaker):
    source = SourceFactory(body="Korea Utara membantah semuanya.")
    body = f"start=0&end=11&exact=Korea+Utara&stance=denies&speaker={speaker}"

    response = editor_client.generic(
        "POST",
        reverse("admin:ingest_source_add_claim", args=[source.pk]),
        body,
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 302
    response = editor_client.get(response["Location"])
    assert "No actor is called" in response.text or "Null characters are not allowed" in response.text
    assert not Claim.objects.exists()
