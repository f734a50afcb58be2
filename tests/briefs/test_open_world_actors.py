"""Speakers the registry does not know: proposed when a suggestion is accepted, then confirmed or merged."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from briefs.models import Actor, Claim, ClaimSuggestion
from briefs.services.actors import confirm_actor, merge_actor, propose_actor
from briefs.services.review import ReviewRefused, approve_claim
from briefs.services.suggestions import accept_suggestion, actor_lexicon, generate_suggestions
from ops.models import AuditEntry
from tests.briefs.factories import ClaimFactory
from tests.ingest.factories import SourceFactory

# Written for the tests: an envoy the registry does not know, quoted twice.
BODY = (
    "Duta Besar Rusia untuk PBB, Vassily Nebenzia, mengatakan bahwa panel itu bekerja sepihak.\n\n"
    "Nebenzia menambahkan bahwa laporan panel hanya mengulang berita surat kabar."
)


@pytest.fixture
def envoy_source(db):
    return SourceFactory(body=BODY, title="Veto di Dewan Keamanan")


def test_a_suggestion_names_the_unknown_speaker_with_role_and_affiliation(envoy_source):
    first, second = generate_suggestions(source=envoy_source)

    assert first.speaker is None
    assert (first.speaker_name, first.speaker_role) == ("Vassily Nebenzia", "Duta Besar Rusia untuk PBB")
    assert first.speaker_affiliation == Actor.objects.get(slug="russia")
    assert (second.speaker_name, second.speaker_text) == ("Vassily Nebenzia", "Nebenzia")


def test_accepting_proposes_one_unconfirmed_actor_and_audits_it(envoy_source, editor):
    first, second = generate_suggestions(source=envoy_source)

    claim = accept_suggestion(suggestion=first, user=editor)
    again = accept_suggestion(suggestion=second, user=editor)

    envoy = claim.speaker
    assert (envoy.name, envoy.confirmed, envoy.kind) == ("Vassily Nebenzia", False, Actor.Kind.PERSON)
    assert envoy.affiliation.slug == "russia" and envoy.description == "Duta Besar Rusia untuk PBB"
    assert again.speaker == envoy  # the second statement finds the proposal, no duplicate
    assert AuditEntry.objects.filter(action="actor proposed", object_id=envoy.pk).count() == 1


def test_a_proposed_speaker_is_not_recognised_until_confirmed_then_by_its_names(envoy_source, editor):
    claim = accept_suggestion(suggestion=generate_suggestions(source=envoy_source)[0], user=editor)
    envoy = claim.speaker
    envoy.aliases = ["Nebenzia"]
    envoy.save()
    later = SourceFactory(body="Nebenzia menegaskan bahwa Moskow akan memveto rancangan itu lagi.")

    assert envoy.slug not in {entry.key for entry in actor_lexicon().entries}
    assert generate_suggestions(source=later)[0].speaker is None

    confirm_actor(actor=envoy, user=editor)

    (suggestion,) = generate_suggestions(source=SourceFactory(body=later.body + " "))
    assert suggestion.speaker == envoy
    assert AuditEntry.objects.filter(action="actor confirmed", object_id=envoy.pk).exists()


def test_a_claim_by_an_unconfirmed_speaker_cannot_be_approved(envoy_source, editor, reviewer):
    claim = accept_suggestion(suggestion=generate_suggestions(source=envoy_source)[0], user=editor)

    with pytest.raises(ReviewRefused, match="was proposed from a claim suggestion and is not confirmed"):
        approve_claim(claim=claim, reviewer=reviewer)

    confirm_actor(actor=claim.speaker, user=editor)
    assert approve_claim(claim=claim, reviewer=reviewer).status == Claim.Status.APPROVED


def test_merging_a_proposal_moves_its_claims_and_names_to_the_existing_actor(editor):
    proposed = propose_actor(name="Sergei V. Lavrov", user=editor)
    claim = ClaimFactory(speaker=proposed)
    lavrov = Actor.objects.get(slug="sergey-lavrov")

    merged = merge_actor(actor=proposed, into=lavrov, user=editor)

    claim.refresh_from_db()
    lavrov.refresh_from_db()
    assert claim.speaker == merged == lavrov
    assert "Sergei V. Lavrov" in lavrov.aliases
    assert not Actor.objects.filter(pk=proposed.pk).exists()
    entry = AuditEntry.objects.get(action="actor merged", object_id=lavrov.pk)
    assert entry.after["merged"] == "Sergei V. Lavrov"


def test_a_confirmed_actor_is_never_merged_away(editor):
    with pytest.raises(ValidationError, match="only a proposed"):
        merge_actor(
            actor=Actor.objects.get(slug="john-kirby"),
            into=Actor.objects.get(slug="white-house"),
            user=editor,
        )


def test_proposing_a_name_the_registry_knows_returns_that_actor(editor):
    assert propose_actor(name="dmitri  peskov", user=editor).slug == "dmitry-peskov"
    assert not AuditEntry.objects.filter(action="actor proposed").exists()


def test_editor_confirms_and_merges_proposals_in_the_admin(editor_client, editor):
    first = propose_actor(name="Budi Santoso", role="juru bicara angkatan laut", user=editor)
    second = propose_actor(name="Dmitri Peskov Jr", user=editor)
    changelist = reverse("admin:briefs_actor_changelist")

    page = editor_client.get(changelist + "?confirmed__exact=0").text
    assert "Budi Santoso" in page and "John Kirby" not in page
    editor_client.post(changelist, {"action": "confirm_selected", "_selected_action": [first.pk]})
    response = editor_client.post(
        reverse("admin:briefs_actor_merge", args=[second.pk]), {"into": "Peskov"}, follow=True
    )

    first.refresh_from_db()
    assert first.confirmed
    assert "merged into" in response.text
    assert "Dmitri Peskov Jr" in Actor.objects.get(slug="dmitry-peskov").aliases


def test_the_merge_page_shows_why_a_merge_is_refused(editor_client, editor):
    proposed = propose_actor(name="Budi Santoso", user=editor)

    response = editor_client.post(
        reverse("admin:briefs_actor_merge", args=[proposed.pk]), {"into": "Nobody Known"}
    )

    assert response.status_code == 200
    assert "No actor is called" in response.text
    assert Actor.objects.filter(pk=proposed.pk).exists()


def test_the_annotation_panel_says_accepting_proposes_a_new_speaker(editor_client, envoy_source):
    generate_suggestions(source=envoy_source)

    page = editor_client.get(reverse("admin:ingest_source_change", args=[envoy_source.pk])).text

    assert "Vassily Nebenzia, Duta Besar Rusia untuk PBB" in page
    assert "accepting proposes an unconfirmed actor" in page
    assert ClaimSuggestion.objects.filter(source=envoy_source, speaker__isnull=True).count() == 2
