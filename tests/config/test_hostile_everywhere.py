"""Hostile text in every editorial field stays inert in the review preview, the admin and the API."""

import pytest
from django.urls import reverse

from briefs.models import BriefRevision
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision, reject_revision
from tests.briefs.factories import PropositionFactory
from tests.html_checks import HOSTILE, injections

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile_world(reviewer, hostile_claim):
    """A brief whose title, summary, key point, actor, quote, paraphrase and notes are all hostile."""
    key_point = PropositionFactory(statement=HOSTILE, brief__slug="hostile", brief__title=HOSTILE)
    key_point.brief.summary = HOSTILE
    key_point.brief.save()
    claim = hostile_claim
    key_point.claims.add(claim)
    published = publish_revision(
        revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer
    )
    # A second, pending revision for the preview, and a rejected one with a hostile note.
    PropositionFactory(brief=key_point.brief, statement=f"Second {HOSTILE}").claims.add(claim)
    rejected = assemble_brief(brief_id=key_point.brief_id).revision
    reject_revision(revision=rejected, reviewer=reviewer, note=HOSTILE)
    PropositionFactory(brief=key_point.brief, statement=f"Third {HOSTILE}").claims.add(claim)
    pending = assemble_brief(brief_id=key_point.brief_id).revision
    return {"brief": key_point.brief, "key_point": key_point, "published": published, "pending": pending}


def test_review_preview_history_and_admin_lists_are_inert(reviewer_client, hostile_world):
    brief, key_point = hostile_world["brief"], hostile_world["key_point"]
    pending: BriefRevision = hostile_world["pending"]
    assert pending.status == BriefRevision.Status.PENDING_REVIEW
    pages = [
        reverse("admin:briefs_briefrevision_change", args=[pending.pk]),
        reverse("admin:briefs_briefrevision_change", args=[hostile_world["published"].pk]),
        reverse("admin:briefs_briefrevision_changelist"),
        reverse("admin:briefs_brief_changelist"),
        reverse("admin:briefs_brief_change", args=[brief.pk]),
        reverse("admin:briefs_proposition_changelist"),
        reverse("admin:briefs_proposition_change", args=[key_point.pk]),
        reverse("admin:ops_auditentry_changelist"),
        reverse("admin:briefs_changeevent_changelist"),
    ]
    for url in pages:
        response = reviewer_client.get(url)
        assert response.status_code == 200, url
        assert injections(response.text) == [], url
    # The preview shows the hostile key point as text, not as markup.
    preview = reviewer_client.get(pages[0]).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in preview


def test_publishing_message_with_hostile_brief_is_inert(reviewer_client, hostile_world):
    pending = hostile_world["pending"]

    response = reviewer_client.post(
        reverse("admin:briefs_briefrevision_decide", args=[pending.pk]),
        {"decision": "publish", "note": HOSTILE},
        follow=True,
    )

    assert response.status_code == 200
    assert injections(response.text) == []


def test_reader_history_of_a_hostile_brief_is_inert(client, hostile_world):
    for url in ["/briefs/hostile/", "/briefs/hostile/revisions/", "/briefs/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert injections(response.text) == [], url


@pytest.mark.parametrize(
    "path",
    ["/api/v1/briefs/", "/api/v1/briefs/hostile/", "/api/v1/claims/", "/api/v1/actors/", "/api/v1/sources/"],
)
def test_api_answers_hostile_text_as_json_never_as_html(client, hostile_world, path):
    response = client.get(path, HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    # The text comes back exactly as written, for the partner's own escaping; nothing HTML-encoded it.
    assert any(HOSTILE in text for text in strings_in(response.json()))


def strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for item in value for text in strings_in(item)]
    return []


@pytest.mark.parametrize("path", ["/api/v1/briefs/hostile/", "/api/v1/claims/"])
def test_browsable_api_escapes_hostile_text(client, hostile_world, path):
    # Off in production (JSON only); where it is on, what it shows is escaped.
    response = client.get(path, HTTP_ACCEPT="text/html")

    assert response.status_code == 200
    assert injections(response.text) == []
