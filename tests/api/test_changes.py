"""The change feed: publications, supersessions and corrections of published claims, in order, with
stable ids and a cursor a partner stores to sync incrementally."""

from __future__ import annotations

import pytest

from briefs.models import ChangeEvent
from briefs.services.assembly import assemble_brief
from briefs.services.claims import reanchor_source_claims, update_claim
from briefs.services.publishing import publish_revision
from briefs.services.review import approve_claim, reject_claim

pytestmark = pytest.mark.django_db


def republish(brief, reviewer) -> None:
    publish_revision(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer)


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


def test_a_correction_is_an_event_only_once_a_publication_states_it(partner_api, world, reviewer, editor):
    start = feed(partner_api)["next_since"]
    public = world.public_claim
    served = partner_api.get(f"/api/v1/claims/{public.pk}/").json()
    update_claim(claim=world.draft_claim, edits={"paraphrase": "x"}, user=editor, expected_version=1)
    reject_claim(claim=public, reviewer=reviewer, note="wrong speaker")
    approve_claim(claim=public, reviewer=reviewer)
    public.refresh_from_db()
    update_claim(claim=public, edits={"paraphrase": "Edited"}, user=editor, expected_version=public.version)
    public.refresh_from_db()
    approve_claim(claim=public, reviewer=reviewer)

    # Edits of live rows are nothing public: no event, the claim is served as published.
    assert feed(partner_api, since=start)["results"] == []
    assert partner_api.get(f"/api/v1/claims/{public.pk}/").json() == served

    republish(world.brief, reviewer)
    events = feed(partner_api, since=start)["results"]

    assert [(e["kind"], e["claim"], e["revision"]) for e in events] == [
        ("revision.superseded", None, 1),
        ("revision.published", None, 3),
        ("claim.corrected", public.pk, 3),
    ]
    assert events[-1]["data"] == {"reason": "republished", "visible": True}
    assert events[-1]["url"].endswith(f"/api/v1/claims/{public.pk}/")
    assert "Edited" not in str(events)  # the feed names what changed, the resource says how
    assert partner_api.get(f"/api/v1/claims/{public.pk}/").json()["paraphrase"] == "Edited"


def test_a_source_body_change_that_orphans_a_published_claim_withdraws_it_at_the_next_publication(
    partner_api, world, reviewer
):
    claim = world.public_claim
    source = claim.source
    source.body = "Teks yang sama sekali lain."
    source.save()
    reanchor_source_claims(source=source)

    assert not ChangeEvent.objects.filter(claim_id=claim.pk).exists()
    assert partner_api.get(f"/api/v1/claims/{claim.pk}/").status_code == 200

    republish(world.brief, reviewer)

    event = ChangeEvent.objects.get(claim_id=claim.pk)
    assert (event.kind, event.data["visible"]) == ("claim.withdrawn", False)
    assert partner_api.get(f"/api/v1/claims/{claim.pk}/").status_code == 404


def test_pages_follow_the_limit_and_resume_without_gaps(partner_api, world, reviewer):
    for _ in range(3):
        reject_claim(claim=world.public_claim, reviewer=reviewer, note="n")
        approve_claim(claim=world.public_claim, reviewer=reviewer)
        republish(world.brief, reviewer)  # supersedes, publishes, corrects the re-reviewed claim
    every = [e["id"] for e in feed(partner_api)["results"]]

    seen, since = [], "0"
    while True:
        page = feed(partner_api, since=since, limit=2)
        seen += [e["id"] for e in page["results"]]
        since = page["next_since"]
        if not page["has_more"]:
            break
    assert seen == every and len(every) == 10


def test_the_feed_filters_by_kind_and_brief_and_refuses_a_bad_cursor(partner_api, world, reviewer):
    reject_claim(claim=world.public_claim, reviewer=reviewer, note="n")
    approve_claim(claim=world.public_claim, reviewer=reviewer)
    republish(world.brief, reviewer)
    assert {e["kind"] for e in feed(partner_api, kind="claim.corrected")["results"]} == {"claim.corrected"}
    assert feed(partner_api, brief="pending-brief")["results"] == []
    assert partner_api.get("/api/v1/changes/", {"since": "abc"}).status_code == 400


def test_the_feed_is_append_only(world):
    event = ChangeEvent.objects.first()
    event.data = {"tampered": True}
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_an_unknown_parameter_on_the_change_feed_is_a_400_not_copied_into_next(partner_api, world):
    response = partner_api.get("/api/v1/changes/", {"since": "0", "bogus": "1"})

    assert response.status_code == 400
    assert set(response.json()) == {"bogus", "accepted_parameters"}
    assert {"since", "limit", "kind", "brief"} <= set(response.json()["accepted_parameters"])
