"""A repeated read is answered from the web process's memory until the next publication
(briefs/api/conditional.py): one query, the same body and validators, never a stale or a leaked answer."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from briefs.models import ApiToken
from briefs.services.assembly import assemble_brief
from briefs.services.partners import revoke_token
from briefs.services.publishing import publish_revision
from tests.api.conftest import marked_claim
from tests.briefs.factories import PropositionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def key_point(reviewer):
    point = PropositionFactory(brief__slug="kept-brief", statement="Kept point.")
    marked_claim("SIMPAN1", key_point=point, reviewer=reviewer, status="approved")
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    return point


def test_a_repeated_list_costs_one_query_and_says_the_same(
    anonymous_api, key_point, django_assert_num_queries
):
    first = anonymous_api.get("/api/v1/claims/?page_size=5")

    with django_assert_num_queries(1):  # the latest change-feed event: what the key and ETag rest on
        again = anonymous_api.get("/api/v1/claims/?page_size=5")

    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert again["Last-Modified"] == first["Last-Modified"]
    assert again["Content-Type"] == first["Content-Type"]


def test_a_kept_answer_still_gets_304_for_a_matching_etag(anonymous_api, key_point):
    etag = anonymous_api.get("/api/v1/claims/")["ETag"]
    anonymous_api.get("/api/v1/claims/")

    assert anonymous_api.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_publication_replaces_the_kept_answer_at_once(anonymous_api, key_point, reviewer):
    before = anonymous_api.get("/api/v1/claims/").json()["results"]
    marked_claim("SIMPAN2", key_point=key_point, reviewer=reviewer, status="approved")
    publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)

    after = anonymous_api.get("/api/v1/claims/").json()["results"]

    assert len(after) == len(before) + 1
    assert any("SIMPAN2" in claim["quote"] for claim in after)


def test_each_address_has_its_own_answer(anonymous_api, key_point, reviewer, settings):
    settings.ALLOWED_HOSTS = ["testserver", "mirror.example.org"]
    marked_claim("SIMPAN3", key_point=key_point, reviewer=reviewer, status="approved")
    publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)

    one = anonymous_api.get("/api/v1/claims/?page_size=1").json()
    two = anonymous_api.get("/api/v1/claims/?page_size=2").json()
    elsewhere = anonymous_api.get("/api/v1/claims/?page_size=1", HTTP_HOST="mirror.example.org").json()

    assert (len(one["results"]), len(two["results"])) == (1, 2)
    assert one["next"].startswith("http://testserver/")
    assert elsewhere["next"].startswith("http://mirror.example.org/")


def test_a_revoked_token_is_refused_although_its_answer_is_kept(partner_api, key_point):
    assert partner_api.get("/api/v1/claims/").status_code == 200
    revoke_token(token=ApiToken.objects.get(), revoked_by=None)

    assert partner_api.get("/api/v1/claims/").status_code == 401


def test_an_empty_list_is_not_kept_so_a_former_address_is_looked_up_every_time(anonymous_api, key_point):
    # An empty list may be a renamed brief's old address (briefs/addresses.py): each request must take
    # the path that looks for it, not a kept answer (which costs the state query alone).
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = anonymous_api.get("/api/v1/briefs/no-such-brief/revisions/")
        assert response.status_code == 200
        assert response.json()["results"] == []
        assert len(queries) > 1, "answered from a kept empty list"
