"""The change feed: publications, supersessions and corrections of published claims, in order, with
stable ids and a cursor a partner stores to sync incrementally."""

from __future__ import annotations

import pytest

from briefs.models import ChangeEvent
from briefs.services.claims import reanchor_source_claims, update_claim
from briefs.services.publishing import publish_revision
from briefs.services.review import approve_claim, reject_claim

pytestmark = pytest.mark.django_db


def feed(client, since=None, **params) -> dict:
    query = {**({"since": since} if since is not None else {}), **params}
    response = client.get("/api/v1/changes/", query)
    assert response.status_code == 200, response.content
    return response.json()


def test_a_publication_is_one_event_and_the_next_one_supersedes_it(partner_api, world, reviewer):
    first = feed(partner_api)
    assert [(e["kind"], e["brief"], e["revision"]) for e in first["results"]] == [
        ("revision.published", "published-brief", 1)
    ]
    assert first["has_more"] is False

    publish_revision(revision=world.pending, reviewer=reviewer)
    later = feed(partner_api, since=first["next_since"])

    assert [(e["kind"], e["revision"]) for e in later["results"]] == [
        ("revision.superseded", 1),
        ("revision.published", 2),
    ]
    assert int(later["results"][0]["id"]) > int(first["next_since"])
    assert later["results"][1]["url"].endswith("/api/v1/briefs/published-brief/revisions/2/")
    assert feed(partner_api, since=later["next_since"])["results"] == []
    assert feed(partner_api, since=later["next_since"])["next_since"] == later["next_since"]


def test_pending_and_rejected_revisions_make_no_event(world):
    kinds = list(ChangeEvent.objects.values_list("kind", "revision__status"))
    assert kinds == [("revision.published", "published")]


def test_corrections_of_published_claims_are_events_others_are_not(partner_api, world, reviewer, editor):
    start = feed(partner_api)["next_since"]
    update_claim(claim=world.draft_claim, changes={"paraphrase": "x"}, user=editor, expected_version=1)
    reject_claim(claim=world.public_claim, reviewer=reviewer, note="wrong speaker")
    approve_claim(claim=world.public_claim, reviewer=reviewer)
    public = world.public_claim
    public.refresh_from_db()
    update_claim(claim=public, changes={"paraphrase": "Edited"}, user=editor, expected_version=public.version)

    events = feed(partner_api, since=start)["results"]

    assert [(e["kind"], e["claim"], e["data"]["reason"], e["data"]["visible"]) for e in events] == [
        ("claim.corrected", public.pk, "rejected", False),
        ("claim.corrected", public.pk, "approved", True),
        ("claim.corrected", public.pk, "edited", False),
    ]
    assert events[0]["url"].endswith(f"/api/v1/claims/{public.pk}/")
    assert "Edited" not in str(events)  # the feed names what changed, the resource says how


def test_a_source_body_change_that_orphans_a_published_claim_is_an_event(world):
    source = world.public_claim.source
    source.body = "Teks yang sama sekali lain."
    source.save()
    reanchor_source_claims(source=source)

    event = ChangeEvent.objects.get(kind="claim.corrected")
    assert event.claim_id == world.public_claim.pk and event.data["visible"] is False


def test_pages_follow_the_limit_and_resume_without_gaps(partner_api, world, reviewer):
    for _ in range(3):
        reject_claim(claim=world.public_claim, reviewer=reviewer, note="n")
        approve_claim(claim=world.public_claim, reviewer=reviewer)
    every = [e["id"] for e in feed(partner_api)["results"]]

    seen, since = [], "0"
    while True:
        page = feed(partner_api, since=since, limit=2)
        seen += [e["id"] for e in page["results"]]
        since = page["next_since"]
        if not page["has_more"]:
            break
    assert seen == every and len(every) == 7


def test_the_feed_filters_by_kind_and_brief_and_refuses_a_bad_cursor(partner_api, world, reviewer):
    reject_claim(claim=world.public_claim, reviewer=reviewer, note="n")
    assert {e["kind"] for e in feed(partner_api, kind="claim.corrected")["results"]} == {"claim.corrected"}
    assert feed(partner_api, brief="pending-brief")["results"] == []
    assert partner_api.get("/api/v1/changes/", {"since": "abc"}).status_code == 400


def test_the_feed_is_append_only(world):
    event = ChangeEvent.objects.first()
    event.data = {"tampered": True}
    with pytest.raises(ValueError, match="append-only"):
        event.save()
