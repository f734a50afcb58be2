"""An actor's Indonesian name and description: written by editors, published with the next revision,
shown on Indonesian pages (the description with a visible fallback), stated by the API."""

import pytest
from django.urls import reverse

from briefs.models import Actor, BriefRevision
from briefs.public.capture import capture_cited
from briefs.services.assembly import assemble_brief
from briefs.services.editing import save_actor
from briefs.services.publishing import publish_revision
from tests.briefs.factories import PropositionFactory, approved_claims

pytestmark = pytest.mark.django_db


def publish(key_point, reviewer):
    return publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)


@pytest.fixture
def white_house(db):
    """The registry's White House (seeded), with its Indonesian name written."""
    Actor.objects.filter(slug="white-house").update(name_indonesian="Gedung Putih")
    return Actor.objects.get(slug="white-house")


@pytest.fixture
def kirby(white_house):
    Actor.objects.filter(slug="john-kirby").update(
        affiliation=white_house, description="National Security Council spokesman.", description_indonesian=""
    )
    return Actor.objects.get(slug="john-kirby")


@pytest.fixture
def key_point(kirby, reviewer):
    point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    approved_claims(2, key_point=point, reviewer=reviewer, speaker=kirby)
    publish(point, reviewer)
    return point


def test_indonesian_pages_show_the_affiliations_indonesian_name(client, key_point):
    brief = client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text
    assert '<small lang="id">Gedung Putih</small>' in brief
    index = client.get(reverse("actor_index"), HTTP_ACCEPT_LANGUAGE="id").text
    assert '<span lang="id">Gedung Putih</span>' in index
    actor = client.get(reverse("actor_detail", args=["john-kirby"]), HTTP_ACCEPT_LANGUAGE="id").text
    assert '<p class="meta" lang="id">Gedung Putih</p>' in actor

    english = client.get("/briefs/arms/").text
    assert '<small lang="en">White House</small>' in english and "Gedung Putih" not in english


def test_an_untranslated_description_is_shown_marked_on_indonesian_pages(client, key_point):
    page = client.get(reverse("actor_detail", args=["john-kirby"]), HTTP_ACCEPT_LANGUAGE="id").text
    assert (
        '<p lang="en">National Security Council spokesman. '
        '<small class="untranslated">(belum diterjemahkan)</small></p>'
    ) in page
    # A person's name that nobody wrote in Indonesian is the name: no mark.
    assert '<h1 lang="en">John Kirby</h1>' in page


def test_an_edited_translation_reaches_readers_only_with_the_next_publication(
    client, key_point, kirby, editor, reviewer, django_capture_on_commit_callbacks
):
    kirby.description_indonesian = "Juru bicara Dewan Keamanan Nasional."
    with django_capture_on_commit_callbacks(execute=True):
        save_actor(actor=kirby, user=editor)  # asks for the assembly of the brief quoting Kirby
    address = reverse("actor_detail", args=["john-kirby"])
    assert "Juru bicara Dewan" not in client.get(address, HTTP_ACCEPT_LANGUAGE="id").text

    pending = BriefRevision.objects.filter(
        brief=key_point.brief, status=BriefRevision.Status.PENDING_REVIEW
    ).get()
    with django_capture_on_commit_callbacks(execute=True):  # the publication purges the cached pages
        publish_revision(revision=pending, reviewer=reviewer)
    page = client.get(address, HTTP_ACCEPT_LANGUAGE="id").text
    assert '<p lang="id">Juru bicara Dewan Keamanan Nasional.</p>' in page


def test_an_affiliations_new_indonesian_name_makes_a_revision_of_its_members_briefs(
    key_point, white_house, editor, django_capture_on_commit_callbacks
):
    white_house.name_indonesian = "Istana Kepresidenan AS"
    with django_capture_on_commit_callbacks(execute=True):
        save_actor(actor=white_house, user=editor)
    pending = BriefRevision.objects.get(brief=key_point.brief, status=BriefRevision.Status.PENDING_REVIEW)
    (position,) = pending.content["key_points"][0]["positions"]
    assert position["actor"]["affiliation_indonesian"] == "Istana Kepresidenan AS"


def test_actors_without_translations_are_cited_as_before(reviewer):
    """No new keys unless written: the cited material of every existing brief hashes as it did."""
    point = PropositionFactory()
    (claim,) = approved_claims(1, key_point=point, reviewer=reviewer)
    (actor,) = capture_cited(claims=[claim.pk])["actors"]
    assert "name_indonesian" not in actor and "description_indonesian" not in actor


def test_the_api_states_the_indonesian_name_and_description(client, key_point):
    actor = client.get("/api/v1/actors/john-kirby/").json()
    assert actor["name_indonesian"] == "" and actor["description_indonesian"] == ""
    assert actor["affiliation"]["name_indonesian"] == "Gedung Putih"


def test_search_names_the_affiliation_in_the_page_language(client, key_point):
    indonesian = client.get("/search/?q=Kirby", HTTP_ACCEPT_LANGUAGE="id").text
    assert "Gedung Putih" in indonesian
    english = client.get("/search/?q=Kirby").text
    assert "White House" in english and "Gedung Putih" not in english
