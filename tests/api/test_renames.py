"""Stable public addresses: a renamed brief or actor answers at every old address with a permanent
redirect to the same page under the new one (reader pages and the API), partners hear of the rename in
the change feed and by webhook, and nothing unpublished is revealed by an old address."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from briefs.models import Brief, ChangeEvent, Webhook, WebhookDelivery
from briefs.services import webhooks
from briefs.services.editing import save_actor, save_brief
from ops.models import AuditEntry
from tests.api.receiver import Receiver

pytestmark = pytest.mark.django_db

OLD = "published-brief"


def rename_brief(brief: Brief, slug: str, user) -> Brief:
    brief = Brief.objects.get(pk=brief.pk)
    brief.slug = slug
    return save_brief(brief=brief, user=user)


def rename_actor(actor, slug: str, user):
    actor.refresh_from_db()
    actor.slug = slug
    return save_actor(actor=actor, user=user)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (f"/briefs/{OLD}/", "/briefs/arms-transfers/"),
        (f"/briefs/{OLD}/revisions/", "/briefs/arms-transfers/revisions/"),
        (
            f"/briefs/{OLD}/revisions/1/?utm_source=mail",
            "/briefs/arms-transfers/revisions/1/?utm_source=mail",
        ),
        (f"/briefs/{OLD}/key-points/KP/", "/briefs/arms-transfers/key-points/KP/"),
        (f"/briefs/{OLD}/revisions/1/key-points/KP/", "/briefs/arms-transfers/revisions/1/key-points/KP/"),
        # The Indonesian addresses too, to the Indonesian page.
        (f"/id/briefs/{OLD}/", "/id/briefs/arms-transfers/"),
        (f"/id/briefs/{OLD}/revisions/", "/id/briefs/arms-transfers/revisions/"),
        (
            f"/id/briefs/{OLD}/revisions/1/key-points/KP/?x=1",
            "/id/briefs/arms-transfers/revisions/1/key-points/KP/?x=1",
        ),
        (f"/api/v1/briefs/{OLD}/", "/api/v1/briefs/arms-transfers/"),
        (
            f"/api/v1/briefs/{OLD}/revisions/?page_size=1",
            "/api/v1/briefs/arms-transfers/revisions/?page_size=1",
        ),
        (f"/api/v1/briefs/{OLD}/revisions/1/", "/api/v1/briefs/arms-transfers/revisions/1/"),
    ],
)
def test_every_old_address_of_a_renamed_brief_redirects_permanently(client, world, editor, old, new):
    key_point = str(world.brief.key_points.get().pk)
    old, new = old.replace("KP", key_point), new.replace("KP", key_point)
    rename_brief(world.brief, "arms-transfers", editor)

    response = client.get(old)

    assert (response.status_code, response["Location"]) == (301, new)
    assert client.get(new).status_code == 200


def test_an_old_address_keeps_its_form_whatever_language_the_reader_asks_for(client, world, editor):
    """A redirect may be cached for everyone: the unprefixed address leads to the unprefixed one (which
    negotiates the language again), an Indonesian one to the Indonesian one."""
    rename_brief(world.brief, "arms-transfers", editor)

    for asked in ("en", "id"):
        unprefixed = client.get(f"/briefs/{OLD}/", HTTP_ACCEPT_LANGUAGE=asked)
        indonesian = client.get(f"/id/briefs/{OLD}/", HTTP_ACCEPT_LANGUAGE=asked)
        assert unprefixed["Location"] == "/briefs/arms-transfers/", asked
        assert indonesian["Location"] == "/id/briefs/arms-transfers/", asked


def test_a_chain_of_renames_redirects_in_one_hop_to_the_newest(client, world, editor):
    rename_brief(world.brief, "arms-b", editor)
    rename_brief(world.brief, "arms-c", editor)

    for old in (OLD, "arms-b"):
        response = client.get(f"/briefs/{old}/")
        assert (response.status_code, response["Location"]) == (301, "/briefs/arms-c/")
    assert client.get("/briefs/arms-c/").status_code == 200


def test_renaming_back_to_a_former_slug_answers_there_again(client, world, editor):
    rename_brief(world.brief, "arms-b", editor)
    rename_brief(world.brief, OLD, editor)

    assert client.get(f"/briefs/{OLD}/").status_code == 200
    assert client.get("/briefs/arms-b/")["Location"] == f"/briefs/{OLD}/"


def test_a_slug_that_never_existed_is_still_404(client, partner_api, world, editor):
    rename_brief(world.brief, "arms-transfers", editor)

    assert client.get("/briefs/never-was/").status_code == 404
    assert client.get("/briefs/never-was/revisions/").status_code == 404
    assert partner_api.get("/api/v1/briefs/never-was/").status_code == 404
    assert client.get("/actors/never-was/").status_code == 404


def test_an_unpublished_brief_renamed_reveals_nothing_at_its_old_address(client, partner_api, world, editor):
    missing = client.get("/briefs/never-was/")
    rename_brief(Brief.objects.get(slug="pending-brief"), "pending-renamed", editor)

    hidden = client.get("/briefs/pending-brief/")

    assert (hidden.status_code, hidden.content) == (404, missing.content)
    assert partner_api.get("/api/v1/briefs/pending-brief/").status_code == 404
    assert not ChangeEvent.objects.filter(kind="brief.renamed").exists()
    assert AuditEntry.objects.filter(action="renamed", target_type="briefs.brief").count() == 1


def test_a_renamed_actor_keeps_its_page_and_its_api_address(client, partner_api, world, editor):
    actor = world.public_claim.speaker
    old = actor.slug

    rename_actor(actor, "juru-baru", editor)

    page = client.get(f"/actors/{old}/")
    api = partner_api.get(f"/api/v1/actors/{old}/?format=json")
    assert (page.status_code, page["Location"]) == (301, "/actors/juru-baru/")
    assert (api.status_code, api["Location"]) == (301, "/api/v1/actors/juru-baru/?format=json")
    # Published snapshots still carry the old slug; the page finds the actor's positions by id.
    assert client.get("/actors/juru-baru/").status_code == 200
    indonesian = client.get(f"/id/actors/{old}/")
    assert (indonesian.status_code, indonesian["Location"]) == (301, "/id/actors/juru-baru/")
    assert client.get("/id/actors/juru-baru/").status_code == 200
    assert partner_api.get("/api/v1/actors/juru-baru/").json()["slug"] == "juru-baru"


def test_a_hidden_actor_renamed_stays_404_and_unannounced(client, world, editor):
    actor = world.draft_claim.speaker
    old = actor.slug

    rename_actor(actor, "juru-tersembunyi", editor)

    assert client.get(f"/actors/{old}/").status_code == 404
    assert not ChangeEvent.objects.filter(kind="actor.renamed").exists()


def test_the_change_feed_carries_brief_and_actor_renames(partner_api, world, editor):
    rename_brief(world.brief, "arms-transfers", editor)
    rename_actor(world.public_claim.speaker, "juru-baru", editor)

    events = partner_api.get("/api/v1/changes/").json()["results"]

    renames = [event for event in events if event["kind"].endswith(".renamed")]
    assert [(event["kind"], event["data"]) for event in renames] == [
        ("brief.renamed", {"old_slug": OLD, "new_slug": "arms-transfers"}),
        ("actor.renamed", {"old_slug": "juru-publik", "new_slug": "juru-baru"}),
    ]
    assert renames[0]["brief"] == "arms-transfers"
    assert renames[0]["url"].endswith("/api/v1/briefs/arms-transfers/")
    assert renames[1]["url"].endswith("/api/v1/actors/juru-baru/")
    assert partner_api.get("/api/v1/changes/", {"kind": "brief.renamed"}).json()["results"] == renames[:1]


def test_webhooks_carry_a_rename_signed_like_a_publication(
    api_partner, world, editor, settings, django_capture_on_commit_callbacks
):
    hook = Webhook.objects.create(partner=api_partner, url="http://127.0.0.1:9/unused", secret="s3cret")
    with Receiver(statuses=[204]) as receiver:
        hook.url = receiver.url
        hook.save()
        with django_capture_on_commit_callbacks(execute=True):
            rename_brief(world.brief, "arms-transfers", editor)

    delivery = WebhookDelivery.objects.get()
    event = ChangeEvent.objects.get(kind="brief.renamed")
    assert (delivery.status, delivery.event, delivery.revision) == ("delivered", event, None)
    [request] = receiver.received
    assert request.headers["X-Briefdesk-Event"] == "brief.renamed"
    assert webhooks.verify(
        secret="s3cret",
        timestamp=request.headers["X-Briefdesk-Timestamp"],
        body=request.body,
        signature=request.headers["X-Briefdesk-Signature"],
    )
    body = json.loads(request.body)
    assert (body["event_id"], body["old_slug"], body["new_slug"]) == (str(event.pk), OLD, "arms-transfers")
    assert body["brief"]["url"].endswith("/api/v1/briefs/arms-transfers/")
    assert body["brief"]["title"] == "Published brief PUBLIK", "the published title, not a later edit"


def test_a_page_cached_under_the_old_address_is_not_served_after_the_rename(
    client, world, editor, django_capture_on_commit_callbacks
):
    pages = [
        f"/briefs/{OLD}/revisions/",
        f"/briefs/{OLD}/",
        f"/briefs/{OLD}/key-points/{world.brief.key_points.get().pk}/",
    ]
    for page in pages:
        assert client.get(page).status_code == 200  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        rename_brief(world.brief, "arms-transfers", editor)

    for page in pages:
        assert client.get(page).status_code == 301, page


def test_the_claims_of_a_renamed_brief_are_found_by_its_new_slug(partner_api, world, editor):
    assert partner_api.get("/api/v1/claims/", {"brief": OLD}).json()["results"]  # the index is cached

    rename_brief(world.brief, "arms-transfers", editor)

    found = partner_api.get("/api/v1/claims/", {"brief": "arms-transfers"}).json()["results"]
    assert [claim["id"] for claim in found] == [world.public_claim.pk]


def test_renaming_in_the_admin_keeps_the_old_address_and_shows_it(editor_client, client, world):
    brief = world.brief
    form = {
        "title": brief.title,
        "slug": "arms-transfers",
        "language": brief.language,
        "summary": brief.summary,
        "key_points-TOTAL_FORMS": 0,
        "key_points-INITIAL_FORMS": 0,
        "key_points-MIN_NUM_FORMS": 0,
        "key_points-MAX_NUM_FORMS": 1000,
        "former_slugs-TOTAL_FORMS": 0,
        "former_slugs-INITIAL_FORMS": 0,
        "former_slugs-MIN_NUM_FORMS": 0,
        "former_slugs-MAX_NUM_FORMS": 1000,
    }

    response = editor_client.post(reverse("admin:briefs_brief_change", args=[brief.pk]), form)

    assert response.status_code == 302
    assert client.get(f"/briefs/{OLD}/")["Location"] == "/briefs/arms-transfers/"
    page = editor_client.get(reverse("admin:briefs_brief_change", args=[brief.pk])).text
    assert OLD in page and "redirect here" in page


def test_a_new_brief_that_takes_an_old_slug_answers_there_itself(client, world, editor):
    rename_brief(world.brief, "arms-transfers", editor)

    save_brief(brief=Brief(slug=OLD, title="Another brief"), user=editor)

    assert client.get(f"/briefs/{OLD}/").status_code == 404, "the new brief is not published yet"
    assert client.get("/briefs/arms-transfers/").status_code == 200
