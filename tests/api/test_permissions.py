"""Who sees what: anonymous, partner, editor and reviewer × every endpoint × draft, pending, published and
rejected material. The API publishes; everyone reads the same published material (drafts stay in the
admin), and only editors and reviewers write."""

from __future__ import annotations

import pytest
from django.middleware.csrf import _get_new_csrf_string

from tests.api.conftest import PERSONAS, assert_no_secret

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/briefs/",
    "/api/v1/briefs/published-brief/revisions/",
    "/api/v1/briefs/pending-brief/revisions/",
    "/api/v1/briefs/rejected-brief/revisions/",
    "/api/v1/key-points/",
    "/api/v1/claims/",
    "/api/v1/sources/",
    "/api/v1/actors/",
    "/api/v1/outlets/",
    "/api/v1/changes/",
]


def detail_urls(world) -> list[tuple[str, str, int]]:
    """(what, url, expected status) for material in every state."""
    rows = [
        ("published brief", "/api/v1/briefs/published-brief/", 200),
        ("pending-only brief", "/api/v1/briefs/pending-brief/", 404),
        ("rejected-only brief", "/api/v1/briefs/rejected-brief/", 404),
        ("published revision", "/api/v1/briefs/published-brief/revisions/1/", 200),
        ("pending revision", "/api/v1/briefs/published-brief/revisions/2/", 404),
        ("pending-only revision", "/api/v1/briefs/pending-brief/revisions/1/", 404),
        ("rejected revision", "/api/v1/briefs/rejected-brief/revisions/1/", 404),
        ("published key point", f"/api/v1/key-points/{world.key_point.pk}/", 200),
    ]
    for name, claim, status in [
        ("published", world.public_claim, 200),
        ("draft", world.draft_claim, 404),
        ("rejected", world.rejected_claim, 404),
        ("pending (approved later)", world.late_claim, 404),
        ("approved, never cited", world.loose_claim, 404),
        ("pending-only brief's", world.pending_brief_claim, 404),
        ("rejected brief's", world.rejected_brief_claim, 404),
    ]:
        rows += [
            (f"{name} claim", f"/api/v1/claims/{claim.pk}/", status),
            (f"{name} claim's source", f"/api/v1/sources/{claim.source_id}/", status),
            (f"{name} claim's speaker", f"/api/v1/actors/{claim.speaker.slug}/", status),
            (f"{name} claim's outlet", f"/api/v1/outlets/{claim.source.outlet.slug}/", status),
        ]
    for point in (world.pending_only, world.rejected_only):
        key_point = point.brief.key_points.get()
        rows.append((f"{point.get_status_display()} key point", f"/api/v1/key-points/{key_point.pk}/", 404))
    return rows


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_persona_reads_published_material_only(request, persona, world):
    client = request.getfixturevalue(persona)
    for what, url, expected in detail_urls(world):
        response = client.get(url)
        assert response.status_code == expected, f"{persona}: {what} {url} → {response.status_code}"
        assert_no_secret(response)
        if expected == 404:
            # Nothing about what stands behind the address: no model name, no query.
            assert response.json() == {"detail": "Not found."}, f"{persona}: {what} {url}"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("url", LISTS)
def test_lists_hold_published_material_only(request, persona, url, world):
    response = request.getfixturevalue(persona).get(url)

    assert response.status_code == 200
    assert_no_secret(response)


@pytest.mark.parametrize("persona", PERSONAS)
def test_lists_show_the_published_material(request, persona, world):
    client = request.getfixturevalue(persona)
    assert [b["slug"] for b in client.get("/api/v1/briefs/").json()["results"]] == ["published-brief"]
    assert [c["id"] for c in client.get("/api/v1/claims/").json()["results"]] == [world.public_claim.pk]
    assert [s["id"] for s in client.get("/api/v1/sources/").json()["results"]] == [
        world.public_claim.source_id
    ]
    assert [a["slug"] for a in client.get("/api/v1/actors/").json()["results"]] == ["juru-publik"]
    assert [o["slug"] for o in client.get("/api/v1/outlets/").json()["results"]] == ["harian-publik"]
    assert [k["id"] for k in client.get("/api/v1/key-points/").json()["results"]] == [world.key_point.pk]
    revisions = client.get("/api/v1/briefs/published-brief/revisions/").json()["results"]
    assert [(r["number"], r["status"]) for r in revisions] == [(1, "published")]
    assert client.get("/api/v1/briefs/pending-brief/revisions/").json()["results"] == []


def test_a_key_point_is_served_as_published_not_as_edited_since(anonymous_api, world):
    point = anonymous_api.get(f"/api/v1/key-points/{world.key_point.pk}/").json()

    assert point["statement"] == "Published point PUBLIK."
    assert point["claims"] == [world.public_claim.pk]


def _csrf(client) -> str:
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    return token


def claim_payload(source) -> dict:
    return {"source": source.pk, "speaker": "north-korea", "stance": "denies", "start": 0, "end": 10}


WRITES = [
    ("post", "/api/v1/claims/"),
    ("post", "/api/v1/sources/"),
]


@pytest.mark.parametrize(("method", "url"), WRITES)
def test_anonymous_cannot_write(anonymous_api, method, url, world):
    response = getattr(anonymous_api, method)(url, {"text": "x"}, format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("method", "url"), WRITES)
def test_partners_cannot_write(partner_api, method, url, world):
    assert getattr(partner_api, method)(url, {"text": "x"}, format="json").status_code == 403


@pytest.mark.parametrize("persona", ["editor_api", "reviewer_api"])
def test_editors_and_reviewers_write_with_session_and_csrf(request, persona, world):
    client = request.getfixturevalue(persona)
    payload = claim_payload(world.draft_claim.source)

    assert client.post("/api/v1/claims/", payload, format="json").status_code == 403  # no CSRF token
    response = client.post("/api/v1/claims/", payload, format="json", HTTP_X_CSRFTOKEN=_csrf(client))
    assert response.status_code == 201, response.content


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_nobody_changes_or_deletes_through_the_api(request, persona, method, world):
    client = request.getfixturevalue(persona)
    response = getattr(client, method)(f"/api/v1/claims/{world.public_claim.pk}/", {}, format="json")

    assert response.status_code in {401, 403, 405}
    assert client.get(f"/api/v1/claims/{world.public_claim.pk}/").status_code == 200


def test_an_unknown_or_revoked_token_is_refused_even_for_public_reads(anonymous_api, world):
    anonymous_api.credentials(HTTP_AUTHORIZATION="Bearer bdk_not-a-real-token")

    assert anonymous_api.get("/api/v1/briefs/").status_code == 401
