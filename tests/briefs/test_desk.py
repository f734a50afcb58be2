"""The editors' and reviewers' desk: claim → key point in one place, orphans, change requests, notices."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from briefs.desk.queues import desk_for
from briefs.key_point_ranking import ClaimText, KeyPointText, numbers, rank_key_points
from briefs.models import Actor, BriefRevision, Claim, ClaimSuggestion, Proposition
from briefs.services.assembly import assemble_brief
from briefs.services.notifications import notify_desk
from briefs.services.publishing import publish_revision
from briefs.services.roles import REVIEWERS, ensure_editorial_groups
from ingest.models import Outlet
from ops.models import AuditEntry
from tests.briefs.conftest import span
from tests.briefs.factories import (
    ActorFactory,
    BriefFactory,
    ClaimFactory,
    PropositionFactory,
    approved_claims,
)
from tests.factories import UserFactory
from tests.ingest.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db

DENIAL = "Korea Utara membantah tuduhan pengiriman senjata ke Rusia."
SHIPMENT = "Menurut Gedung Putih, Korea Utara mengirim 1.000 kontainer ke Rusia."


def post_annotation(client, source, words, **fields):
    start, end = span(source.body, words)
    data = {"start": start, "end": end, "exact": words, "speaker": "Korut", "stance": "denies", **fields}
    return client.post(reverse("admin:ingest_source_add_claim", args=[source.pk]), data, follow=True)


def texts(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


# --- Ranking --------------------------------------------------------------------------------------------


def test_ranking_uses_the_english_paraphrase_speakers_and_figures_across_languages():
    claim = ClaimText(
        quote="Korea Utara mengirim 1.000 kontainer ke Rusia",
        paraphrase="North Korea shipped containers of munitions to Russia",
        speaker_names=("White House",),
    )
    points = [
        KeyPointText(id=1, statement="Russia and North Korea signed a defence pact."),
        KeyPointText(
            id=2,
            statement="North Korea shipped over 1,000 containers of munitions to Russia.",
            speaker_names=("White House",),
        ),
        KeyPointText(id=3, statement="Ukraine reports new drone attacks."),
    ]

    ranked = rank_key_points(claim, points)

    assert [entry.id for entry in ranked] == [2, 1]
    assert ranked[0].actors == 1.0 and ranked[0].figures == 1.0
    assert numbers(["1.000 kontainer", "1,000 containers", "1000"]) == {"1000"}


def test_unrelated_key_points_are_not_suggested():
    claim = ClaimText(quote="Cuaca cerah hari ini", paraphrase="The weather is fine")
    assert rank_key_points(claim, [KeyPointText(id=1, statement="Munitions reached Russia.")]) == []


# --- Annotation panel: key point, new speaker, stance ---------------------------------------------------


def test_annotation_links_a_new_key_point_and_proposes_a_new_speaker_in_one_step(editor_client, source):
    brief = BriefFactory(title="Arms transfers")
    response = post_annotation(
        editor_client,
        source,
        DENIAL,
        speaker="",
        new_speaker_name="Kim Yong Bok",
        new_speaker_role="juru bicara kementerian",
        new_speaker_affiliation="Korut",
        new_speaker_aliases="Kim Y. B., Menteri Kim",
        new_key_point_brief=brief.pk,
        new_key_point="North Korea denies shipping weapons to Russia.",
    )

    claim = Claim.objects.get()
    actor = claim.speaker
    assert (actor.name, actor.confirmed, actor.affiliation.slug) == ("Kim Yong Bok", False, "north-korea")
    assert actor.aliases == ["Kim Y. B.", "Menteri Kim"]
    point = Proposition.objects.get(brief=brief)
    assert list(point.claims.all()) == [claim]
    assert point.content_changed_by.username == "edna-editor", "four eyes at publication knows who"
    assert any("proposed as a new speaker" in text for text in texts(response))
    assert AuditEntry.objects.filter(target_type="briefs.proposition", action="created").exists()


def test_a_refused_approval_says_the_editor_described_the_speaker_not_a_suggestion(editor, reviewer, source):
    editor_client, reviewer_client = Client(), Client()
    editor_client.force_login(editor)
    reviewer_client.force_login(reviewer)
    post_annotation(editor_client, source, DENIAL, speaker="", new_speaker_name="Kim Yong Bok")
    claim = Claim.objects.get()
    assert claim.speaker.proposed_via == Actor.ProposedVia.ANNOTATION

    response = review(reviewer_client, claim, "approve")

    refusal = " ".join(texts(response))
    assert "“Kim Yong Bok” was described as a new speaker by edna-editor while annotating" in refusal
    assert "suggestion" not in refusal
    claim.refresh_from_db()
    assert claim.status == "draft"


def test_a_second_claim_for_a_speaker_proposed_earlier_says_how_it_came_in(editor_client, source):
    Actor.objects.create(
        name="Kim Yong Bok",
        slug="kim-yong-bok",
        confirmed=False,
        proposed_via=Actor.ProposedVia.SUGGESTION,
    )

    response = post_annotation(editor_client, source, DENIAL, speaker="", new_speaker_name="Kim Yong Bok")

    notices = " ".join(texts(response))
    assert "“Kim Yong Bok” is a proposed speaker (proposed from a claim suggestion), not confirmed" in notices
    assert "proposed as a new speaker" not in notices, "it was not made now"
    assert Actor.objects.filter(name="Kim Yong Bok").count() == 1


def test_annotation_links_an_existing_key_point(editor_client, source):
    point = PropositionFactory(statement="North Korea denies the shipments.")
    post_annotation(editor_client, source, DENIAL, key_point=point.pk)

    assert list(point.claims.all()) == [Claim.objects.get()]


def test_stance_has_no_default_and_is_required(editor_client, source):
    form = editor_client.get(reverse("admin:ingest_source_change", args=[source.pk])).context["annotate_form"]
    assert form["stance"].value() in (None, "")

    response = post_annotation(editor_client, source, DENIAL, stance="")

    assert not Claim.objects.exists()
    assert not any("created" in text for text in texts(response))
    assert any("Stance" in text for text in texts(response))


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"speaker": "", "new_speaker_name": ""}, "Choose the speaker"),
        ({"new_speaker_name": "Someone Else"}, "not both"),
        ({"new_key_point": "A new point.", "new_key_point_brief": ""}, "Choose the brief"),
        ({"key_point": 999_999}, "Select a valid choice"),
    ],
)
def test_every_refusal_of_the_panel_is_an_error_and_saves_nothing(editor_client, source, fields, expected):
    PropositionFactory()
    response = post_annotation(editor_client, source, DENIAL, **fields)

    assert response.status_code == 200
    assert not Claim.objects.exists()
    assert not any("created" in text for text in texts(response))
    assert any(expected in text for text in texts(response)), texts(response)


def test_candidates_endpoint_ranks_key_points_for_the_words_being_annotated(editor_client, source):
    PropositionFactory(statement="Ukraine reports drone attacks.")
    wanted = PropositionFactory(statement="North Korea shipped containers of munitions to Russia.")
    url = reverse("admin:ingest_source_key_point_candidates", args=[source.pk])

    response = editor_client.get(url, {"quote": SHIPMENT, "paraphrase": "North Korea shipped munitions"})

    assert response.json()["candidates"][0]["id"] == wanted.pk


def test_candidates_rank_by_a_new_speaker_typed_inline_and_its_affiliation(editor_client, source):
    """The quote is Indonesian and no paraphrase is written yet: the speaker being described is what
    brings the key point up."""
    wanted = PropositionFactory(statement="North Korea denies selling weapons to anyone.")
    url = reverse("admin:ingest_source_key_point_candidates", args=[source.pk])
    quote = {"quote": "Kami tidak pernah menjual senjata kepada siapa pun"}
    assert editor_client.get(url, quote).json()["candidates"] == []

    typed = editor_client.get(
        url, {**quote, "new_speaker_name": "Kim Yong Bok", "new_speaker_affiliation": "Korut"}
    )
    by_alias = editor_client.get(
        url,
        {**quote, "new_speaker_name": "Kim Yong Bok", "new_speaker_aliases": "Jubir Pyongyang, North Korea"},
    )

    assert [candidate["id"] for candidate in typed.json()["candidates"]] == [wanted.pk]
    assert typed.json()["candidates"][0]["reasons"] == ["speaker"]
    assert [candidate["id"] for candidate in by_alias.json()["candidates"]] == [wanted.pk]


def test_a_claim_made_on_a_suggestions_span_accepts_it(editor_client, source, north_korea):
    start, end = span(source.body, DENIAL)
    suggestion = ClaimSuggestion.objects.create(
        source=source,
        quote=DENIAL,
        start=start,
        end=end,
        speaker=north_korea,
        stance="denies",
        confidence=0.9,
    )

    response = post_annotation(editor_client, source, DENIAL)

    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.claim) == ("accepted", Claim.objects.get())
    assert 'id="decided-suggestions"' in response.text, "the Source page lists decided suggestions"


# --- Claim page: key points -----------------------------------------------------------------------------


def test_claim_page_shows_ranked_key_points_and_links_one(editor_client, source, white_house):
    start, end = span(source.body, SHIPMENT)
    claim = ClaimFactory(
        source=source,
        speaker=white_house,
        start=start,
        end=end,
        exact=SHIPMENT,
        paraphrase="North Korea shipped containers",
    )
    wanted = PropositionFactory(statement="North Korea shipped 1,000 containers to Russia.")
    page = editor_client.get(reverse("admin:briefs_claim_change", args=[claim.pk]))
    assert page.context["key_point_candidates"][0].key_point == wanted

    editor_client.post(reverse("admin:briefs_claim_key_points", args=[claim.pk]), {"key_point": wanted.pk})

    assert list(claim.key_points.all()) == [wanted]
    assert "View on site" not in page.text, "no public page for a claim nobody published"


def test_linking_without_a_choice_is_an_error(editor_client, source):
    claim = ClaimFactory(source=source)
    response = editor_client.post(reverse("admin:briefs_claim_key_points", args=[claim.pk]), {}, follow=True)

    assert any("Pick a key point" in text for text in texts(response))
    assert not claim.key_points.exists()


# --- Change requests, the desk, notices -----------------------------------------------------------------


@pytest.fixture
def second_reviewer(db):
    groups = ensure_editorial_groups()
    return UserFactory(
        username="rani-reviewer", is_staff=True, groups=[groups[REVIEWERS]], email="rani@example.org"
    )


def review(client, claim, decision, note=""):
    url = reverse("admin:briefs_claim_review", args=[claim.pk])
    return client.post(url, {"decision": decision, "note": note}, follow=True)


def test_sent_back_with_a_comment_fixed_by_the_editor_then_approved_by_another(
    editor, reviewer, second_reviewer, source
):
    claim = ClaimFactory(
        source=source, created_by=editor, content_changed_by=editor, content_changed_at=timezone.now()
    )
    reviewer_client, editor_client, other_client = Client(), Client(), Client()
    reviewer_client.force_login(reviewer)
    editor_client.force_login(editor)
    other_client.force_login(second_reviewer)
    assert [row.pk for row in desk_for(reviewer).queues["to_review"].rows] == [claim.pk]

    review(reviewer_client, claim, "request_changes", "The stance is a denial, not an assertion.")

    assert [row.pk for row in desk_for(editor).queues["sent_back"].rows] == [claim.pk]
    assert desk_for(reviewer).queues["to_review"].count == 0
    page = editor_client.get(reverse("admin:briefs_claim_change", args=[claim.pk]))
    assert "The stance is a denial" in page.text and 'id="changes-requested"' in page.text
    desk = editor_client.get(reverse("admin:desk"))
    assert "The stance is a denial" in desk.text

    claim.refresh_from_db()
    editor_client.post(
        reverse("admin:briefs_claim_change", args=[claim.pk]),
        {
            "speaker": claim.speaker_id,
            "stance": "denies",
            "paraphrase": "",
            "loaded_version": claim.version,
            "movements-TOTAL_FORMS": 0,
            "movements-INITIAL_FORMS": 0,
            "figures-TOTAL_FORMS": 0,
            "figures-INITIAL_FORMS": 0,
        },
    )
    claim.refresh_from_db()
    assert claim.stance == "denies"
    assert desk_for(editor).queues["sent_back"].count == 0
    assert [row.pk for row in desk_for(second_reviewer).queues["to_review"].rows] == [claim.pk]

    response = review(other_client, claim, "approve")
    claim.refresh_from_db()
    assert claim.status == "approved"
    assert any("no key point" in text for text in texts(response)), "says where the change goes"


@pytest.mark.parametrize(
    ("who", "note", "expected"),
    [
        ("reviewer", "", "Say what should change"),
        ("editor", "Fix it.", "Only reviewers"),
        ("author", "Fix it.", "four-eyes"),
    ],
)
def test_refused_change_requests_say_why_and_change_nothing(editor, reviewer, source, who, note, expected):
    author = reviewer if who == "author" else editor
    claim = ClaimFactory(source=source, created_by=author)
    client = Client()
    client.force_login(reviewer if who in ("reviewer", "author") else editor)

    response = review(client, claim, "request_changes", note)

    claim.refresh_from_db()
    assert claim.changes_requested_at is None
    assert not any("Sent back" in text for text in texts(response))
    assert any(expected in text for text in texts(response)), texts(response)


@pytest.mark.parametrize("size", [5, 50])
def test_desk_costs_the_same_queries_at_two_sizes(
    reviewer_client, reviewer, editor, size, django_assert_max_num_queries
):
    source = SourceFactory(body=" ".join(f"Kalimat {i}." for i in range(size)))
    for i in range(size):
        sentence = f"Kalimat {i}."
        start = source.body.index(sentence)
        ClaimFactory(source=source, start=start, end=start + len(sentence), exact=sentence, created_by=editor)
    Actor.objects.create(name=f"Proposed {size}", slug=f"proposed-{size}", confirmed=False)
    for i in range(size):
        SourceFactory(outlet=OutletFactory(status=Outlet.Status.UNCONFIRMED), body=f"Berita {i}.")

    # Session and user (2), then two per queue the reviewer can act on (count, first rows): to review,
    # sent back, orphans, revisions to publish, actors, outlets and dates to confirm (14), and the 2FA
    # device check. Each outlet's number of sources is counted in the rows' query.
    with django_assert_max_num_queries(20):
        response = reviewer_client.get(reverse("admin:desk"))

    assert response.status_code == 200
    assert f'data-queue="to_review">{size}<' in response.text
    assert f'data-queue="outlets">{size}<' in response.text


def test_outlets_the_importer_proposed_wait_on_the_desk_to_be_confirmed_or_merged(editor_client):
    proposed = OutletFactory(
        name="Kabar Kita", status=Outlet.Status.UNCONFIRMED, seen_as="https://kabarkita.id/1 in a.txt"
    )
    SourceFactory.create_batch(2, outlet=proposed)
    known = OutletFactory(name="Harian Lama")
    desk = editor_client.get(reverse("admin:desk"))

    queue = desk.text.split('id="queue-outlets"', 1)[1].split("</section>", 1)[0]
    assert "Kabar Kita" in queue and "kabarkita.id/1 in a.txt" in queue and "2 sources" in queue
    assert "Harian Lama" not in queue, "a confirmed outlet waits for nobody"
    assert reverse("admin:ingest_outlet_change", args=[proposed.pk]) in queue

    # The queue's Confirm button runs the outlets' own audited action on this one outlet.
    changelist = reverse("admin:ingest_outlet_changelist") + "?status__exact=unconfirmed"
    assert f'action="{changelist.replace("&", "&amp;")}"' in queue
    merge = editor_client.post(changelist, {"action": "merge_selected", "_selected_action": proposed.pk})
    assert 'id="merge-proposals"' in merge.text and "Kabar Kita" in merge.text
    editor_client.post(changelist, {"action": "confirm_selected", "_selected_action": proposed.pk})

    proposed.refresh_from_db()
    assert proposed.status == Outlet.Status.CONFIRMED
    assert 'data-queue="outlets">0<' in editor_client.get(reverse("admin:desk")).text
    assert known.status == Outlet.Status.CONFIRMED


def test_a_proposed_speaker_is_confirmed_from_the_desk_with_the_audited_action(editor_client):
    proposed = ActorFactory(name="Juru Bicara Baru", confirmed=False)
    queue = editor_client.get(reverse("admin:desk")).text.split('id="queue-actors"', 1)[1]
    queue = queue.split("</section>", 1)[0]
    changelist = reverse("admin:briefs_actor_changelist") + "?confirmed__exact=0"
    assert f'action="{changelist}"' in queue and 'value="confirm_selected"' in queue

    response = editor_client.post(
        changelist, {"action": "confirm_selected", "_selected_action": proposed.pk}, follow=True
    )

    proposed.refresh_from_db()
    assert proposed.confirmed
    assert texts(response) == ["1 actor confirmed."]
    assert AuditEntry.objects.filter(action="actor confirmed", object_id=str(proposed.pk)).exists()
    assert 'data-queue="actors">0<' in editor_client.get(reverse("admin:desk")).text


def test_the_actors_confirmed_message_is_plural_in_english_and_worded_in_indonesian(editor_client):
    proposed = ActorFactory.create_batch(2, confirmed=False)
    changelist = reverse("admin:briefs_actor_changelist")
    data = {"action": "confirm_selected", "_selected_action": [actor.pk for actor in proposed]}

    assert texts(editor_client.post(changelist, data, follow=True)) == ["2 actors confirmed."]
    third = ActorFactory(confirmed=False)
    data["_selected_action"] = [third.pk]
    indonesian = editor_client.post(changelist, data, follow=True, HTTP_ACCEPT_LANGUAGE="id")
    assert texts(indonesian) == ["1 aktor dikonfirmasi."]


def test_the_desk_shows_times_in_the_admins_localized_format(reviewer_client):
    key_point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    revision = assemble_brief(brief_id=key_point.brief_id).revision
    assembled = datetime(2026, 12, 7, 12, 9, tzinfo=UTC)
    BriefRevision.objects.filter(pk=revision.pk).update(created_at=assembled)
    with translation.override("en"):  # the page's language, whatever an earlier request activated
        shown = date_format(timezone.localtime(assembled), "DATETIME_FORMAT")

    desk = reviewer_client.get(reverse("admin:desk")).text

    assert f"assembled {shown}" in desk
    assert "2026-12-07 19:09" not in desk


def test_a_pending_revision_outdated_by_a_newer_one_is_not_offered_for_publishing(reviewer_client, reviewer):
    first_point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    brief_id = first_point.brief_id
    approved_claims(1, key_point=first_point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=brief_id).revision, reviewer=reviewer)
    # An editor's draft claim brought a new key point: assembled with 0 reports, left pending.
    PropositionFactory(brief_id=brief_id, statement="Russia sends technology in return.")
    outdated = assemble_brief(brief_id=brief_id).revision
    PropositionFactory(brief_id=brief_id, statement="Seoul counts the containers.")
    newer = assemble_brief(brief_id=brief_id).revision

    def listed() -> str:
        desk = reviewer_client.get(reverse("admin:desk")).text
        return desk.split('id="queue-revisions"', 1)[1].split("</section>", 1)[0]

    queue = listed()
    assert f"#{newer.number}<" in queue and f"#{outdated.number}<" not in queue
    publish_revision(revision=newer, reviewer=reviewer)
    assert 'data-queue="revisions">0<' in reviewer_client.get(reverse("admin:desk")).text
    assert "Nothing waiting." in listed()


def test_index_shows_the_desk_counts(reviewer_client, editor, source):
    ClaimFactory(source=source, created_by=editor)
    response = reviewer_client.get(reverse("admin:index"))
    assert 'id="desk-module"' in response.text
    assert 'data-queue="to_review">1<' in response.text


def test_notices_are_sent_once_for_new_work_and_at_most_every_n_minutes(
    editor, second_reviewer, source, settings, django_capture_on_commit_callbacks
):
    settings.DESK_NOTIFY_MINUTES = 15
    ClaimFactory(source=source, created_by=editor)
    start = timezone.now()

    with django_capture_on_commit_callbacks(execute=True):
        assert notify_desk(now=start) == 1
    assert len(mail.outbox) == 1 and "1 new claims to review" in mail.outbox[0].body
    assert mail.outbox[0].to == ["rani@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        assert notify_desk(now=start) == 0, "nothing new: a duplicate run sends nothing"

    ClaimFactory(source=source, created_by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        assert notify_desk(now=start + timedelta(minutes=5)) == 0, "too soon after the last notice"
        assert notify_desk(now=start + timedelta(minutes=16)) == 1
    assert len(mail.outbox) == 2


# --- Orphans --------------------------------------------------------------------------------------------


def orphan(source, words):
    start, end = span(source.body, words)
    return ClaimFactory(source=source, start=start, end=end, exact=words, status=Claim.Status.ORPHANED)


def test_an_orphan_is_re_anchored_from_its_page_and_audited(editor_client, source):
    claim = orphan(source, DENIAL)
    page = editor_client.get(reverse("admin:briefs_claim_reanchor", args=[claim.pk]))
    assert page.status_code == 200 and claim.exact in page.text

    start, end = span(source.body, SHIPMENT)
    response = editor_client.post(
        reverse("admin:briefs_claim_reanchor", args=[claim.pk]),
        {"decision": "reanchor", "start": start, "end": end, "exact": SHIPMENT},
        follow=True,
    )

    claim.refresh_from_db()
    assert (claim.status, claim.exact) == ("draft", SHIPMENT)
    assert AuditEntry.objects.filter(object_id=claim.pk, action="re-anchored").exists()
    assert any("re-anchored" in text for text in texts(response))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"decision": "reanchor", "start": 0, "end": 5, "exact": "wrong"}, "does not match"),
        ({"decision": "reanchor"}, "Select the claim"),
        ({"decision": "withdraw", "note": ""}, "Say why"),
    ],
)
def test_refused_re_anchoring_or_withdrawal_is_a_form_error(editor_client, source, data, expected):
    claim = orphan(source, DENIAL)
    response = editor_client.post(reverse("admin:briefs_claim_reanchor", args=[claim.pk]), data)

    assert response.status_code == 200
    assert expected in response.text
    claim.refresh_from_db()
    assert claim.status == "orphaned"


def test_an_orphan_can_be_withdrawn_with_a_reason(editor_client, source):
    claim = orphan(source, DENIAL)
    editor_client.post(
        reverse("admin:briefs_claim_reanchor", args=[claim.pk]),
        {"decision": "withdraw", "note": "Gone from the text."},
    )
    claim.refresh_from_db()
    assert claim.status == "withdrawn"
    assert AuditEntry.objects.get(object_id=claim.pk, action="withdrawn").note == "Gone from the text."
