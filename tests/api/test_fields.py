"""Field allowlists: each endpoint publishes exactly these keys. A new field is a decision, made here:
no review notes, raw text, tokens, reviewers, annotators or internal hashes and versions."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

CLAIM = {
    "id", "url", "source", "outlet", "speaker", "stance", "quote", "quote_english", "prefix", "suffix",
    "start", "end", "paraphrase", "said_on", "event_date", "figures", "key_points", "briefs", "approved_at", "updated_at",
}  # fmt: skip
SOURCE_METADATA = {
    "title", "byline", "editor", "published_at", "published_at_source", "published_at_confidence",
    "publication_date", "dateline", "language", "cited_outlets",
}  # fmt: skip
BRIEF = {"slug", "url", "title", "language", "summary", "revision", "published_at", "revisions_url"}
REVISION = {"brief", "number", "url", "status", "published_at", "superseded_at"}
KEY_POINT = {
    "id", "url", "brief", "position", "statement", "event_date", "positions", "corroboration",
    "discrepancies", "claims",
}  # fmt: skip
ACTOR = {
    "slug",
    "url",
    "name",
    "name_indonesian",
    "kind",
    "country",
    "description",
    "description_indonesian",
    "aliases",
    "affiliation",
}
OUTLET = {"slug", "url", "name", "domain", "country", "kind"}
CHANGE = {"id", "kind", "occurred_at", "brief", "revision", "claim", "url", "data"}

FORBIDDEN = {
    "review_note", "reviewed_by", "created_by", "raw_text", "removed_lines", "content_hash", "body_hash",
    "version", "key_hash", "token", "secret", "imported_by", "original_filename", "encoding",
    "corrected_fields", "published_at_note", "status_note", "origin", "signatures",
}  # fmt: skip


def keys(client, url) -> set[str]:
    data = client.get(url).json()
    row = data["results"][0] if "results" in data else data
    return set(row)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/api/v1/briefs/", BRIEF),
        ("/api/v1/briefs/published-brief/", BRIEF | {"content"}),
        ("/api/v1/briefs/published-brief/revisions/", REVISION),
        ("/api/v1/briefs/published-brief/revisions/1/", REVISION | {"content"}),
        ("/api/v1/key-points/", KEY_POINT),
        ("/api/v1/claims/", CLAIM),
        ("/api/v1/sources/", {"id", "url", "outlet", "claims", "updated_at"} | SOURCE_METADATA),
        ("/api/v1/actors/", ACTOR),
        ("/api/v1/outlets/", OUTLET),
        ("/api/v1/changes/", CHANGE),
    ],
)
def test_each_list_and_detail_publishes_exactly_its_fields(anonymous_api, world, url, expected):
    assert keys(anonymous_api, url) == expected


def test_details_of_claims_sources_key_points_actors_outlets(anonymous_api, world):
    claim = world.public_claim
    assert keys(anonymous_api, f"/api/v1/claims/{claim.pk}/") == CLAIM
    source_keys = {"id", "url", "outlet", "body", "claims", "updated_at"} | SOURCE_METADATA
    assert keys(anonymous_api, f"/api/v1/sources/{claim.source_id}/") == source_keys
    assert keys(anonymous_api, f"/api/v1/key-points/{world.key_point.pk}/") == KEY_POINT
    assert keys(anonymous_api, f"/api/v1/actors/{claim.speaker.slug}/") == ACTOR
    assert keys(anonymous_api, f"/api/v1/outlets/{claim.source.outlet.slug}/") == OUTLET


def test_a_source_shows_its_cleaned_body_and_public_claims_never_the_raw_text(anonymous_api, world):
    claim = world.public_claim
    source = anonymous_api.get(f"/api/v1/sources/{claim.source_id}/").json()

    assert source["body"] == claim.source.body
    assert source["claims"] == [
        {
            "id": claim.pk,
            "url": f"http://testserver/api/v1/claims/{claim.pk}/",
            "speaker": "juru-publik",
            "stance": "asserts",
            "quote": claim.exact,
            "start": claim.start,
            "end": claim.end,
        }
    ]
    assert "MENTAHRAW" not in str(source)


def test_nested_objects_hold_no_forbidden_keys(anonymous_api, editor_token_api, world):
    def walk(node):
        if isinstance(node, dict):
            assert not FORBIDDEN & set(node), FORBIDDEN & set(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for url in [
        "/api/v1/briefs/published-brief/",
        "/api/v1/briefs/published-brief/revisions/1/",
        "/api/v1/key-points/",
        "/api/v1/claims/",
        f"/api/v1/sources/{world.public_claim.source_id}/",
        "/api/v1/actors/",
        "/api/v1/outlets/",
        "/api/v1/changes/",
    ]:
        walk(anonymous_api.get(url).json())
        walk(editor_token_api.get(url).json())
