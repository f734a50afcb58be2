"""The editors' desk in the admin: annotate a Source, review claims, with fixed query costs."""

import datetime as dt
import re

import factory
import pytest
from django.urls import reverse

from briefs.models import Actor, Claim, ClaimSuggestion
from ops.models import AuditEntry
from tests.briefs.conftest import span
from tests.briefs.factories import ClaimFactory
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db

DENIAL = "Korea Utara membantah tuduhan pengiriman senjata ke Rusia."


def annotate(client, source, words, **fields):
    start, end = span(source.body, words)
    data = {"start": start, "end": end, "exact": words, "speaker": "Korut", "stance": "denies", **fields}
    return client.post(reverse("admin:ingest_source_add_claim", args=[source.pk]), data, follow=True)


def test_offsets_form_creates_a_draft_claim_and_resolves_an_alias_to_its_actor(
    editor_client, source, north_korea
):
    response = annotate(editor_client, source, DENIAL)

    claim = Claim.objects.get()
    assert (claim.speaker, claim.stance, claim.status, claim.exact) == (
        north_korea,
        "denies",
        "draft",
        DENIAL,
    )
    assert f'data-claims="{claim.pk}"' in response.text, "the new claim is highlighted in the body"


def test_offsets_form_refuses_words_that_are_not_at_those_offsets(editor_client, source, north_korea):
    response = annotate(editor_client, source, DENIAL, exact="Korea Utara mengakui semuanya.")

    assert "does not match the article" in response.text
    assert not Claim.objects.exists()


def test_unknown_speaker_is_refused_with_a_clear_message(editor_client, source):
    response = annotate(editor_client, source, DENIAL, speaker="Atlantis")

    assert "No actor is called “Atlantis”" in response.text
    assert not Claim.objects.exists()


def test_outsiders_and_partners_cannot_annotate(client, source, partner):
    url = reverse("admin:ingest_source_add_claim", args=[source.pk])
    assert client.post(url, {}).status_code == 302  # to the login page
    partner.is_staff = True
    partner.save()
    client.force_login(partner)
    assert client.post(url, {"start": 0, "end": 5}).status_code == 403
    assert not Claim.objects.exists()


@pytest.mark.parametrize("count", [10, 200])
def test_source_page_costs_the_same_queries_with_10_or_200_claims(
    editor_client, count, django_assert_max_num_queries
):
    source = SourceFactory(body=" ".join(f"Kalimat nomor {i}." for i in range(count)))
    sentences = [f"Kalimat nomor {i}." for i in range(count)]
    ClaimFactory.create_batch(
        count,
        source=source,
        start=factory.Iterator([source.body.index(sentence) for sentence in sentences]),
        end=factory.Iterator([source.body.index(sentence) + len(sentence) for sentence in sentences]),
    )

    with django_assert_max_num_queries(22):
        response = editor_client.get(reverse("admin:ingest_source_change", args=[source.pk]))

    assert response.status_code == 200
    assert response.text.count('class="claim-row') == count


@pytest.mark.parametrize("count", [10, 60])
def test_claim_changelist_costs_the_same_queries_at_any_size(
    reviewer_client, count, django_assert_max_num_queries
):
    ClaimFactory.create_batch(count)

    with django_assert_max_num_queries(12):
        response = reviewer_client.get(reverse("admin:briefs_claim_changelist"))

    assert response.status_code == 200
    assert f"{count} claims" in response.text


def test_reviewer_approves_on_the_claim_page_and_sees_the_audit_trail(
    reviewer_client, reviewer, editor, source
):
    claim = ClaimFactory(source=source, created_by=editor)

    reviewer_client.post(reverse("admin:briefs_claim_review", args=[claim.pk]), {"decision": "approve"})

    claim.refresh_from_db()
    assert (claim.status, claim.reviewed_by) == (Claim.Status.APPROVED, reviewer)
    page = reviewer_client.get(reverse("admin:briefs_claim_change", args=[claim.pk])).text
    assert "approved" in page and reviewer.username in page


def test_editor_has_no_review_actions_and_cannot_post_a_review(editor_client, editor, source):
    claim = ClaimFactory(source=source)

    changelist = editor_client.get(reverse("admin:briefs_claim_changelist")).text
    assert "approve_selected" not in changelist
    editor_client.post(reverse("admin:briefs_claim_review", args=[claim.pk]), {"decision": "approve"})
    claim.refresh_from_db()
    assert claim.status == Claim.Status.DRAFT
    assert not AuditEntry.objects.filter(action="approved").exists()


def test_bulk_approve_action_skips_the_reviewers_own_claims(reviewer_client, reviewer, editor):
    theirs = ClaimFactory(created_by=editor)
    own = ClaimFactory(created_by=reviewer)

    response = reviewer_client.post(
        reverse("admin:briefs_claim_changelist"),
        {"action": "approve_selected", "_selected_action": [theirs.pk, own.pk]},
        follow=True,
    )

    assert "1 claims approved." in response.text
    assert "four-eyes" in response.text
    assert list(Claim.objects.approved()) == [theirs]


def test_suggestions_can_be_found_accepted_and_dismissed_for_good(editor_client, source):
    editor_client.post(reverse("admin:ingest_source_suggest", args=[source.pk]))
    suggestions = list(ClaimSuggestion.objects.filter(source=source).order_by("start"))
    assert suggestions, "the rules find the attributed statements of the test article"
    first, *rest = suggestions

    editor_client.post(reverse("admin:ingest_source_decide_suggestion", args=[first.pk, "dismiss"]))
    editor_client.post(reverse("admin:ingest_source_suggest", args=[source.pk]))

    assert not ClaimSuggestion.objects.filter(source=source, quote=first.quote, status="pending").exists()
    accepted = next(s for s in rest if s.speaker_id)
    editor_client.post(reverse("admin:ingest_source_decide_suggestion", args=[accepted.pk, "accept"]))
    claim = Claim.objects.get(suggestion__pk=accepted.pk)
    assert (claim.start, claim.end, claim.origin, claim.status) == (
        accepted.start,
        accepted.end,
        "suggested",
        "draft",
    )


def test_changelist_action_finds_suggestions_in_the_selected_sources(editor_client, source):
    response = editor_client.post(
        reverse("admin:ingest_source_changelist"),
        {"action": "suggest_claims_for_selected", "_selected_action": [source.pk]},
        follow=True,
    )

    found = ClaimSuggestion.objects.filter(source=source).count()
    assert found > 0
    assert f"{found} new suggestions." in response.text


def test_a_suggestion_whose_speaker_is_ambiguous_shows_the_people_the_editor_chooses_from(editor_client):
    source = SourceFactory(
        body="Putin dan Kim Jong Un makan malam bersama di kapal. “Kita bersaudara,” katanya kepada wartawan."
    )
    editor_client.post(reverse("admin:ingest_source_suggest", args=[source.pk]))
    suggestion = ClaimSuggestion.objects.get(source=source, quote="Kita bersaudara")
    assert suggestion.speaker is None and suggestion.confidence < 0.6

    page = editor_client.get(reverse("admin:ingest_source_change", args=[source.pk])).text

    assert "one of: Vladimir Putin, Kim Jong Un" in page


def test_a_suggestion_given_to_one_of_two_people_shows_the_other_as_possible(editor_client):
    source = SourceFactory(
        body="Putin menjamu Kim Jong Un di Kremlin. Dia mengatakan bahwa kedua negara akan bekerja sama lebih erat."
    )
    editor_client.post(reverse("admin:ingest_source_suggest", args=[source.pk]))

    page = editor_client.get(reverse("admin:ingest_source_change", args=[source.pk])).text

    assert "or perhaps: Kim Jong Un" in page


def test_the_speaker_list_shows_each_actor_once_and_finds_it_by_any_name(editor_client, source):
    page = editor_client.get(reverse("admin:ingest_source_change", args=[source.pk])).text

    datalist = page.split('<datalist id="actor-names">', 1)[1].split("</datalist>", 1)[0]
    values = re.findall(r'<option value="([^"]*)"', datalist)
    assert len(values) == len(set(values)) == Actor.objects.count(), "one option per actor, none twice"
    north_korea = re.search(r'<option value="North Korea" label="([^"]*)"', datalist).group(1)
    assert "Korut" in north_korea and "DPRK" in north_korea, "typed aliases still find the actor"
    assert "North Korea" not in north_korea.split(", "), "the name is not repeated among its other names"


@pytest.mark.parametrize(
    ("language", "shown"), [("en", "7 Dec 2026, 10:41 WIB"), ("id", "7 Des 2026, 10.41 WIB")]
)
def test_the_panel_writes_when_a_suggestion_was_decided_like_every_moment(
    editor_client, source, language, shown
):
    editor_client.post(reverse("admin:ingest_source_suggest", args=[source.pk]))
    suggestion = ClaimSuggestion.objects.filter(source=source).first()
    editor_client.post(reverse("admin:ingest_source_decide_suggestion", args=[suggestion.pk, "dismiss"]))
    ClaimSuggestion.objects.filter(pk=suggestion.pk).update(
        decided_at=dt.datetime(2026, 12, 7, 3, 41, tzinfo=dt.UTC)
    )

    page = editor_client.get(
        reverse("admin:ingest_source_change", args=[source.pk]), HTTP_ACCEPT_LANGUAGE=language
    ).text

    assert f'<time datetime="2026-12-07T10:41:00+07:00">{shown}</time>' in page


def test_the_count_of_new_suggestions_reads_right_for_one_and_for_several():
    from django.utils import translation

    from briefs.admin.sources import new_suggestions_message

    assert new_suggestions_message(1) == "1 new suggestion."
    assert new_suggestions_message(3) == "3 new suggestions."
    with translation.override("id"):
        assert new_suggestions_message(1) == "1 saran baru."
