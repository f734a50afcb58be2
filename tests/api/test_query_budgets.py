"""Every list costs a fixed number of queries, whatever its size (measured with 2 and 12 published
claims, each on its own source, outlet and speaker, on a cold cache).

Shared by every read: 1 query for the publication state (the latest change-feed event, by its primary
key: the Last-Modified). Lists read the public rows a publication wrote
(briefs/public/), each object's JSON stored whole, so no list joins or prefetches anything.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache

from briefs.models import Brief
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from briefs.services.review import reject_claim
from tests.api.conftest import marked_claim
from tests.briefs.factories import PropositionFactory

pytestmark = pytest.mark.django_db

STATE = 1
BUDGETS = {
    # page-number lists: + count + page
    "/api/v1/briefs/": STATE + 2,
    "/api/v1/briefs/budget-brief/revisions/": STATE + 2,
    "/api/v1/key-points/": STATE + 2,
    "/api/v1/actors/": STATE + 2,
    "/api/v1/outlets/": STATE + 2,
    # cursor lists: + page (a claim's figures, a source's claims are in its stored JSON)
    "/api/v1/claims/": STATE + 1,
    "/api/v1/sources/": STATE + 1,
    # the feed: + page
    "/api/v1/changes/": STATE + 1,
}


def publish_claims(count: int, reviewer) -> list:
    point = PropositionFactory(brief__slug="budget-brief", statement="Budget point.")
    for index in range(count):
        claim = marked_claim(f"UKUR{index}", key_point=point, reviewer=reviewer, status="approved")
        claim.figures.create(value=index, unit="containers")
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    return list(point.claims.all())


@pytest.mark.parametrize("size", [2, 12])
@pytest.mark.parametrize("url", list(BUDGETS))
def test_each_list_costs_the_same_number_of_queries_at_any_size(
    anonymous_api, reviewer, django_assert_num_queries, size, url
):
    claims = publish_claims(size, reviewer)
    if "changes" in url:  # one withdrawal event per claim, so the feed grows with the size too
        for claim in claims:
            reject_claim(claim=claim, reviewer=reviewer, note="budget")
        publish_revision(
            revision=assemble_brief(brief_id=Brief.objects.get(slug="budget-brief").pk).revision,
            reviewer=reviewer,
        )
    cache.clear()

    with django_assert_num_queries(BUDGETS[url]):
        response = anonymous_api.get(url)

    assert response.status_code == 200
    rows = response.json()["results"]
    assert len(rows) >= (1 if "briefs" in url or "key-points" in url else size)


@pytest.mark.parametrize("size", [2, 12])
def test_a_partner_token_costs_one_query_more(partner_api, reviewer, django_assert_num_queries, size):
    publish_claims(size, reviewer)
    partner_api.get("/api/v1/outlets/")  # records the token's first use (one UPDATE, then not for minutes)
    cache.clear()

    with django_assert_num_queries(BUDGETS["/api/v1/claims/"] + 1):
        assert partner_api.get("/api/v1/claims/").status_code == 200
