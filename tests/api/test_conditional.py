"""ETag and Last-Modified on details and lists; 304 when the client's copy is current."""

from __future__ import annotations

import pytest
from django.utils.http import http_date

from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision

pytestmark = pytest.mark.django_db

URLS = [
    "/api/v1/briefs/",
    "/api/v1/briefs/published-brief/",
    "/api/v1/briefs/published-brief/revisions/",
    "/api/v1/briefs/published-brief/revisions/1/",
    "/api/v1/key-points/",
    "/api/v1/claims/",
    "/api/v1/sources/",
    "/api/v1/actors/",
    "/api/v1/outlets/",
    "/api/v1/changes/",
]


@pytest.mark.parametrize("url", URLS)
def test_a_matching_etag_gets_304_without_a_body(anonymous_api, world, url):
    first = anonymous_api.get(url)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]

    again = anonymous_api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


@pytest.mark.parametrize("url", URLS)
def test_if_modified_since_the_last_change_gets_304(anonymous_api, world, url):
    first = anonymous_api.get(url)

    assert anonymous_api.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert anonymous_api.get(url, HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 200


def test_details_carry_their_own_validators(anonymous_api, world):
    claim = world.public_claim
    for url in [
        f"/api/v1/claims/{claim.pk}/",
        f"/api/v1/sources/{claim.source_id}/",
        f"/api/v1/key-points/{world.key_point.pk}/",
        f"/api/v1/actors/{claim.speaker.slug}/",
        f"/api/v1/outlets/{claim.source.outlet.slug}/",
    ]:
        first = anonymous_api.get(url)
        assert anonymous_api.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304, url


def test_a_new_publication_changes_the_etag_and_the_date(anonymous_api, world, reviewer):
    before = anonymous_api.get("/api/v1/claims/")

    publish_revision(revision=world.pending, reviewer=reviewer)
    after = anonymous_api.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=before["ETag"])

    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert world.late_claim.pk in [row["id"] for row in after.json()["results"]]
    stale = anonymous_api.get("/api/v1/briefs/", HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert stale.status_code in {200, 304}  # same second: the ETag is what tells them apart
    assert anonymous_api.get("/api/v1/briefs/", HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 200


def test_a_new_pending_revision_changes_nothing_for_partners(anonymous_api, world):
    first = anonymous_api.get("/api/v1/briefs/published-brief/")
    assert assemble_brief(brief_id=world.brief.pk).revision.status == "pending_review"

    assert (
        anonymous_api.get("/api/v1/briefs/published-brief/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code
        == 304
    )
