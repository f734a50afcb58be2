"""Editors import sources and create draft claims through the API: the same services, validation and
messages as the admin, with a token or with a session and its CSRF token."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.middleware.csrf import _get_new_csrf_string

from briefs.models import Claim
from ingest.models import Source
from tests.api.conftest import marked_claim
from tests.ingest.conftest import SAMPLE_ARTICLE

pytestmark = pytest.mark.django_db


def with_csrf(client) -> dict:
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    return {"HTTP_X_CSRFTOKEN": token}


def test_an_editor_imports_pasted_text_through_the_import_service(editor_token_api, editor):
    response = editor_token_api.post("/api/v1/sources/", {"text": SAMPLE_ARTICLE}, format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "created"
    source = Source.objects.get(pk=body["source"]["id"])
    assert source.import_channel == Source.Channel.API and source.imported_by == editor
    assert source.raw_text == SAMPLE_ARTICLE
    assert body["source"]["title"] == "Kapal Kargo Terlihat di Pelabuhan Utara"
    assert body["source"]["cited_outlets"] == ["Reuters"]
    assert "raw_text" not in body["source"]


def test_the_same_article_again_is_unchanged(editor_token_api):
    editor_token_api.post("/api/v1/sources/", {"text": SAMPLE_ARTICLE}, format="json")
    again = editor_token_api.post(
        "/api/v1/sources/",
        {"file": SimpleUploadedFile("again.txt", SAMPLE_ARTICLE.replace("\n", "\r\n").encode("utf-8-sig"))},
        format="multipart",
    )

    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert Source.objects.count() == 1


def test_an_editor_uploads_a_file_with_a_session_and_csrf(editor_api):
    upload = SimpleUploadedFile("kapal.txt", SAMPLE_ARTICLE.encode("utf-16"))

    refused = editor_api.post("/api/v1/sources/", {"file": upload}, format="multipart")
    upload.seek(0)
    accepted = editor_api.post(
        "/api/v1/sources/", {"file": upload}, format="multipart", **with_csrf(editor_api)
    )

    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
    assert accepted.status_code == 201, accepted.content
    assert Source.objects.get().original_filename == "kapal.txt"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"%PDF-1.7 binary", "PDF"),
        (b"text with a \x00 NUL byte", "NUL"),
    ],
)
def test_rejected_files_get_the_importers_message(editor_token_api, data, message):
    response = editor_token_api.post(
        "/api/v1/sources/", {"file": SimpleUploadedFile("bad.txt", data)}, format="multipart"
    )

    assert response.status_code == 400
    assert message.lower() in " ".join(response.json()["file"]).lower()
    assert not Source.objects.exists()


def test_text_and_file_together_or_neither_are_refused(editor_token_api):
    assert editor_token_api.post("/api/v1/sources/", {}, format="json").status_code == 400
    both = editor_token_api.post(
        "/api/v1/sources/",
        {"text": "a", "file": SimpleUploadedFile("a.txt", b"b")},
        format="multipart",
    )
    assert both.status_code == 400


def test_an_editor_creates_a_draft_claim_with_the_claims_service(editor_token_api, editor, world):
    source = world.draft_claim.source
    words = "Pernyataan RAHASIADRAFT"
    start = source.body.index(words)

    response = editor_token_api.post(
        "/api/v1/claims/",
        {
            "source": source.pk,
            "speaker": "Korut",
            "stance": "denies",
            "start": start,
            "end": start + len(words),
            "exact": words,
            "paraphrase": "North Korea denies.",
            "figures": [{"value": "1000", "unit": "containers", "qualifier": "more_than"}],
        },
        format="json",
    )

    assert response.status_code == 201, response.content
    claim = Claim.objects.get(pk=response.json()["id"])
    assert (claim.status, claim.created_by, claim.speaker.slug) == ("draft", editor, "north-korea")
    assert claim.exact == words and claim.figures.get().unit == "containers"
    assert response.json()["status"] == "draft"
    # Drafts are worked on in the admin: the API publishes only what a publication cites.
    assert editor_token_api.get(f"/api/v1/claims/{claim.pk}/").status_code == 404


def test_an_editor_dates_a_statement_by_its_month_through_the_api(editor_token_api, world):
    source = world.draft_claim.source
    words = "Pernyataan RAHASIADRAFT"
    start = source.body.index(words)
    claim = {"source": source.pk, "speaker": "Korut", "stance": "denies", "start": start}
    claim |= {"end": start + len(words), "said_on": "2023-08-14", "said_on_precision": "month"}

    response = editor_token_api.post("/api/v1/claims/", claim, format="json")

    assert response.status_code == 201, response.content
    assert (response.json()["said_on"], response.json()["said_on_precision"]) == ("2023-08-01", "month")
    refused = editor_token_api.post("/api/v1/claims/", claim | {"said_on_precision": "range"}, format="json")
    assert refused.status_code == 400 and "said_on_precision" in refused.json()


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"exact": "not these words"}, "exact", "does not match the article"),
        ({"start": 5, "end": 5}, "start", ""),
        ({"speaker": "Nobody Atall"}, "speaker", "No actor is called"),
        ({"event_end": "2023-09-01"}, "event_start", "needs its first date"),
        ({"event_start": "2023-09-01"}, "event_precision", "how precise"),
        ({"stance": "shouts"}, "stance", ""),
    ],
)
def test_invalid_claims_get_the_same_messages_as_in_the_admin(
    editor_token_api, world, change, field, message
):
    payload = {"source": world.draft_claim.source_id, "speaker": "north-korea", "stance": "denies"}
    payload |= {"start": 0, "end": 7} | change

    response = editor_token_api.post("/api/v1/claims/", payload, format="json")

    assert response.status_code == 400, response.content
    assert field in response.json()
    assert message in " ".join(response.json()[field])


def test_approved_claims_are_published_only_once_a_revision_cites_them(editor_token_api, reviewer, world):
    claim = marked_claim("RAHASIAKLAIM", key_point=world.key_point, reviewer=reviewer, status="approved")
    assert editor_token_api.get(f"/api/v1/claims/{claim.pk}/").status_code == 404


@pytest.mark.parametrize("self_review", [False, True], ids=["four-eyes", "self-review-allowed"])
def test_a_reviewer_who_creates_a_claim_through_the_api_cannot_approve_it(
    reviewer, world, settings, self_review
):
    from rest_framework.test import APIClient

    from briefs.services.partners import issue_token
    from briefs.services.review import ReviewRefused, approve_claim
    from ops.models import AuditEntry

    settings.CLAIMS_ALLOW_SELF_REVIEW = self_review
    api = APIClient()
    api.credentials(
        HTTP_AUTHORIZATION=f"Bearer {issue_token(user=reviewer, name='desk', created_by=None).plain}"
    )
    source = world.draft_claim.source
    words = "Pernyataan RAHASIADRAFT"
    start = source.body.index(words)

    response = api.post(
        "/api/v1/claims/",
        {
            "source": source.pk,
            "speaker": "Korut",
            "stance": "denies",
            "start": start,
            "end": start + len(words),
        },
        format="json",
    )

    assert response.status_code == 201, response.content
    claim = Claim.objects.get(pk=response.json()["id"])
    assert (claim.created_by, claim.content_changed_by) == (reviewer, reviewer)
    if self_review:
        assert approve_claim(claim=claim, reviewer=reviewer).status == Claim.Status.APPROVED
        return
    with pytest.raises(ReviewRefused, match="You annotated this claim"):
        approve_claim(claim=claim, reviewer=reviewer)
    assert AuditEntry.objects.filter(action="approval refused", user=reviewer, object_id=claim.pk).exists()
