"""Four eyes means two people: whoever annotated a claim or last changed its content cannot approve it,
and a reviewer cannot publish a revision carrying their own changes that nobody else approved.
CLAIMS_ALLOW_SELF_REVIEW relaxes both; every refusal says why and is in the audit trail."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

import pytest
from django.urls import reverse

from briefs.models import Brief, BriefRevision, Claim, ClaimFigure, Proposition
from briefs.services.assembly import assemble_brief
from briefs.services.claims import create_claim, reanchor_claim, update_claim
from briefs.services.editing import key_point_snapshots, record_key_point_edits, save_brief
from briefs.services.publishing import PublishRefused, publish_revision
from briefs.services.review import ReviewRefused, approve_claim, review_claims
from briefs.services.roles import REVIEWERS, ensure_editorial_groups
from ingest.services.corrections import correct_source
from ops.models import AuditEntry
from tests.briefs.conftest import span
from tests.briefs.factories import BriefFactory, PropositionFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DENIAL = "Korea Utara membantah tuduhan pengiriman senjata ke Rusia."
THOUSAND = "Korea Utara mengirim 1.000 kontainer ke Rusia."
ROLES = ["creator", "last_editor", "other"]
REFUSALS = {
    "creator": "You annotated this claim",
    "last_editor": "You made the last change to this claim",
}


@pytest.fixture
def people(db) -> dict:
    """Three reviewers: whoever made it, whoever changed it last, and a second pair of eyes."""
    group = ensure_editorial_groups()[REVIEWERS]
    return {
        role: UserFactory(username=f"{role.replace('_', '-')}-rev", is_staff=True, groups=[group])
        for role in ROLES
    }


@pytest.fixture(params=[False, True], ids=["four-eyes", "self-review-allowed"])
def self_review(request, settings) -> bool:
    settings.CLAIMS_ALLOW_SELF_REVIEW = request.param
    return request.param


def refusals(action: str) -> list[tuple]:
    return list(AuditEntry.objects.filter(action=action).values_list("user__username", "note"))


# --- Claims ----------------------------------------------------------------------------------------------


@pytest.fixture
def reworded(source, north_korea, people) -> Claim:
    """Annotated by one reviewer ("denies"), then turned around by another ("confirms", new paraphrase)."""
    start, end = span(source.body, DENIAL)
    claim = create_claim(
        source=source,
        speaker=north_korea,
        stance="denies",
        start=start,
        end=end,
        paraphrase="North Korea denies shipping arms.",
        created_by=people["creator"],
    )
    return update_claim(
        claim=claim,
        edits={"stance": "confirms", "paraphrase": "North Korea confirms shipping arms."},
        user=people["last_editor"],
        expected_version=claim.version,
    )


@pytest.mark.parametrize("role", ROLES)
def test_who_may_approve_a_claim(role, self_review, reworded, people):
    person = people[role]

    if self_review or role == "other":
        assert approve_claim(claim=reworded, reviewer=person).status == Claim.Status.APPROVED
        assert refusals("approval refused") == []
        return
    with pytest.raises(ReviewRefused, match=REFUSALS[role]) as refused:
        approve_claim(claim=reworded, reviewer=person)
    reworded.refresh_from_db()
    assert reworded.status == Claim.Status.DRAFT and reworded.reviewed_by is None
    assert refusals("approval refused") == [(person.username, str(refused.value))]
    assert "four-eyes" in str(refused.value)


def test_the_claim_records_who_changed_its_content_last(reworded, people):
    assert (reworded.created_by, reworded.content_changed_by) == (people["creator"], people["last_editor"])
    assert reworded.content_changed_at is not None


def test_reviewing_does_not_make_the_reviewer_its_last_editor(reworded, people):
    approved = approve_claim(claim=reworded, reviewer=people["other"])

    assert approved.content_changed_by == people["last_editor"]


def test_re_anchoring_by_hand_makes_that_person_the_last_editor(reworded, source, people):
    start, end = span(source.body, THOUSAND)

    reanchor_claim(claim=reworded, start=start, end=end, user=people["other"])

    with pytest.raises(ReviewRefused, match=REFUSALS["last_editor"]):
        approve_claim(claim=reworded, reviewer=people["other"])
    assert approve_claim(claim=reworded, reviewer=people["last_editor"]).status == Claim.Status.APPROVED


def test_fixing_the_article_so_the_quote_moves_makes_the_fixer_the_last_editor(reworded, source, people):
    new_body = "KOREA - " + source.body.replace("PYONGYANG - ", "", 1)

    correct_source(
        source=source, edits={"body": new_body}, user=people["other"], expected_version=source.version
    )

    reworded.refresh_from_db()
    assert reworded.content_changed_by == people["other"]
    with pytest.raises(ReviewRefused, match=REFUSALS["last_editor"]):
        approve_claim(claim=reworded, reviewer=people["other"])


def test_bulk_review_refuses_the_last_editor_and_approves_the_rest(reworded, source, north_korea, people):
    start, end = span(source.body, THOUSAND)
    theirs = create_claim(
        source=source,
        speaker=north_korea,
        stance="asserts",
        start=start,
        end=end,
        created_by=people["creator"],
    )

    report = review_claims(claims=[reworded, theirs], reviewer=people["last_editor"], approve=True)

    assert [claim.pk for claim in report.done] == [theirs.pk]
    assert [(claim.pk, REFUSALS["last_editor"] in why) for claim, why in report.refused] == [
        (reworded.pk, True)
    ]
    assert [name for name, _ in refusals("approval refused")] == [people["last_editor"].username]


# --- Claims in the admin: the review buttons, the bulk action, figures edited inline ---------------------


def admin_client(client, user):
    client.force_login(user)
    return client


def test_admin_review_button_refuses_the_last_editor_with_the_reason(client, reworded, people):
    reviewer_client = admin_client(client, people["last_editor"])

    page = reviewer_client.get(reverse("admin:briefs_claim_change", args=[reworded.pk])).text
    response = reviewer_client.post(
        reverse("admin:briefs_claim_review", args=[reworded.pk]), {"decision": "approve"}, follow=True
    )

    assert REFUSALS["last_editor"] in page, "said before the reviewer clicks"
    assert REFUSALS["last_editor"] in response.text
    reworded.refresh_from_db()
    assert reworded.status == Claim.Status.DRAFT
    assert [name for name, _ in refusals("approval refused")] == [people["last_editor"].username]


def test_admin_bulk_approve_refuses_the_creator_and_the_last_editor(client, reworded, source, people):
    reviewer_client = admin_client(client, people["creator"])

    response = reviewer_client.post(
        reverse("admin:briefs_claim_changelist"),
        {"action": "approve_selected", "_selected_action": [reworded.pk]},
        follow=True,
    )

    assert REFUSALS["creator"] in response.text
    assert not Claim.objects.approved().exists()


def test_a_figure_edited_in_the_admin_makes_its_editor_the_last_editor(client, reworded, people):
    approve_claim(claim=reworded, reviewer=people["other"])
    reworded.refresh_from_db()
    editor_client = admin_client(client, people["other"])
    data = {
        "speaker": reworded.speaker_id,
        "stance": reworded.stance,
        "paraphrase": reworded.paraphrase,
        "said_on": "",
        "said_on_precision": "day",
        "event_start": "",
        "event_end": "",
        "event_precision": "",
        "loaded_version": reworded.version,
        "movements-TOTAL_FORMS": 0,
        "movements-INITIAL_FORMS": 0,
        "figures-TOTAL_FORMS": 1,
        "figures-INITIAL_FORMS": 0,
        "figures-MIN_NUM_FORMS": 0,
        "figures-MAX_NUM_FORMS": 1000,
        "figures-0-value": "1000",
        "figures-0-unit": "containers",
        "figures-0-qualifier": "more_than",
    }

    response = editor_client.post(reverse("admin:briefs_claim_change", args=[reworded.pk]), data)

    assert response.status_code == 302
    reworded.refresh_from_db()
    assert ClaimFigure.objects.get(claim=reworded).value == Decimal("1000")
    assert (reworded.status, reworded.content_changed_by) == (Claim.Status.DRAFT, people["other"])
    with pytest.raises(ReviewRefused, match=REFUSALS["last_editor"]):
        approve_claim(claim=reworded, reviewer=people["other"])


# --- Publishing revisions ----------------------------------------------------------------------------------


def _claim(source, speaker, words: str, *, annotator, approver) -> Claim:
    start, end = span(source.body, words)
    claim = create_claim(
        source=source, speaker=speaker, stance="asserts", start=start, end=end, created_by=annotator
    )
    return approve_claim(claim=claim, reviewer=approver)


@pytest.fixture
def published_brief(source, north_korea, editor, reviewer) -> Brief:
    """A brief published once by a reviewer outside the matrix, on a claim annotated by an editor."""
    point = PropositionFactory(brief=BriefFactory(slug="arms"), statement="Arms went north.")
    point.claims.add(_claim(source, north_korea, DENIAL, annotator=editor, approver=reviewer))
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    return point.brief


@pytest.fixture
def pending(published_brief, people) -> BriefRevision:
    """The creator added a key point; the last editor rewrote the summary; nobody else looked yet."""
    added = Proposition.objects.create(brief=published_brief, position=9, statement="Ships were counted.")
    record_key_point_edits(before={}, point_ids=[added.pk], user=people["creator"])
    published_brief.refresh_from_db()
    published_brief.summary = "Rewritten by the last editor."
    save_brief(brief=published_brief, user=people["last_editor"])
    return assemble_brief(brief_id=published_brief.pk).revision


PUBLISH_REFUSALS = {
    "creator": "key point “Ships were counted.”",
    "last_editor": "the brief's title, summary or language",
}


@pytest.mark.parametrize("role", ROLES)
def test_who_may_publish_a_revision(role, self_review, pending, people):
    person = people[role]

    if self_review or role == "other":
        assert publish_revision(revision=pending, reviewer=person).status == BriefRevision.Status.PUBLISHED
        assert refusals("publication refused") == []
        return
    with pytest.raises(PublishRefused, match="four-eyes") as refused:
        publish_revision(revision=pending, reviewer=person)
    assert PUBLISH_REFUSALS[role] in str(refused.value)
    pending.refresh_from_db()
    assert pending.status == BriefRevision.Status.PENDING_REVIEW and pending.reviewed_by is None
    assert refusals("publication refused") == [(person.username, str(refused.value))]


def test_an_annotator_may_publish_their_claim_once_another_reviewer_approved_it(
    published_brief, source, north_korea, people
):
    point = published_brief.key_points.get()
    point.claims.add(
        _claim(source, north_korea, THOUSAND, annotator=people["creator"], approver=people["other"])
    )

    revision = assemble_brief(brief_id=published_brief.pk).revision

    assert publish_revision(revision=revision, reviewer=people["creator"]).status == "published"


def test_a_self_approved_claim_blocks_its_author_once_the_setting_is_off(
    published_brief, source, north_korea, people, settings
):
    settings.CLAIMS_ALLOW_SELF_REVIEW = True
    point = published_brief.key_points.get()
    own = _claim(source, north_korea, THOUSAND, annotator=people["creator"], approver=people["creator"])
    point.claims.add(own)
    revision = assemble_brief(brief_id=published_brief.pk).revision
    settings.CLAIMS_ALLOW_SELF_REVIEW = False

    with pytest.raises(PublishRefused, match="claim “"):
        publish_revision(revision=revision, reviewer=people["creator"])
    assert publish_revision(revision=revision, reviewer=people["other"]).status == "published"


def test_a_change_another_reviewer_published_no_longer_blocks_its_author(
    pending, published_brief, source, north_korea, editor, people
):
    publish_revision(revision=pending, reviewer=people["other"])
    point = published_brief.key_points.get(statement="Arms went north.")
    point.claims.add(_claim(source, north_korea, THOUSAND, annotator=editor, approver=people["other"]))

    later = assemble_brief(brief_id=published_brief.pk).revision

    assert publish_revision(revision=later, reviewer=people["last_editor"]).status == "published"


def test_a_key_point_reworded_after_assembly_is_not_in_the_revision(pending, published_brief, people):
    point = published_brief.key_points.get(statement="Arms went north.")
    before = key_point_snapshots(point_ids=[point.pk])
    Proposition.objects.filter(pk=point.pk).update(statement="Reworded later.")
    record_key_point_edits(before=before, point_ids=[point.pk], user=people["other"])

    # The pending revision was assembled before that edit, so it carries nothing of "other"'s.
    assert publish_revision(revision=pending, reviewer=people["other"]).status == "published"


# --- Publishing in the admin: key points and briefs edited there are attributed ------------------------


def test_the_review_page_says_why_before_the_reviewer_clicks_and_the_decision_is_refused(
    client, pending, people
):
    reviewer_client = admin_client(client, people["last_editor"])
    page_url = reverse("admin:briefs_briefrevision_change", args=[pending.pk])

    page = html.unescape(reviewer_client.get(page_url).text)
    response = reviewer_client.post(
        reverse("admin:briefs_briefrevision_decide", args=[pending.pk]), {"decision": "publish"}, follow=True
    )

    assert PUBLISH_REFUSALS["last_editor"] in page and 'value="publish"' not in page
    assert PUBLISH_REFUSALS["last_editor"] in html.unescape(response.text)
    pending.refresh_from_db()
    assert pending.status == BriefRevision.Status.PENDING_REVIEW
    assert [name for name, _ in refusals("publication refused")] == [people["last_editor"].username]


def test_a_key_point_edited_in_the_admin_blocks_its_editor(client, published_brief, people):
    point = published_brief.key_points.get()
    editor_client = admin_client(client, people["other"])

    response = editor_client.post(
        reverse("admin:briefs_proposition_change", args=[point.pk]),
        {
            "brief": published_brief.pk,
            "position": point.position,
            "statement": "Arms went north by sea.",
            "event_start": "",
            "event_end": "",
            "event_precision": "",
            "claims": list(point.claims.values_list("pk", flat=True)),
        },
    )

    assert response.status_code == 302
    point.refresh_from_db()
    assert point.content_changed_by == people["other"]
    revision = assemble_brief(brief_id=published_brief.pk).revision
    with pytest.raises(PublishRefused, match="Arms went north by sea."):
        publish_revision(revision=revision, reviewer=people["other"])
    assert publish_revision(revision=revision, reviewer=people["creator"]).status == "published"


def test_a_key_point_deleted_in_the_brief_form_blocks_who_deleted_it(
    client, published_brief, people, reviewer
):
    extra = PropositionFactory(brief=published_brief, statement="To be dropped.")
    publish_revision(revision=assemble_brief(brief_id=published_brief.pk).revision, reviewer=reviewer)
    point = published_brief.key_points.get(statement="Arms went north.")
    editor_client = admin_client(client, people["other"])

    response = editor_client.post(
        reverse("admin:briefs_brief_change", args=[published_brief.pk]),
        {
            "title": published_brief.title,
            "slug": published_brief.slug,
            "language": published_brief.language,
            "summary": published_brief.summary,
            "key_points-TOTAL_FORMS": 2,
            "key_points-INITIAL_FORMS": 2,
            "key_points-MIN_NUM_FORMS": 0,
            "key_points-MAX_NUM_FORMS": 1000,
            "key_points-0-id": point.pk,
            "key_points-0-brief": published_brief.pk,
            "key_points-0-position": point.position,
            "key_points-0-statement": point.statement,
            "key_points-1-id": extra.pk,
            "key_points-1-brief": published_brief.pk,
            "key_points-1-position": extra.position,
            "key_points-1-statement": extra.statement,
            "key_points-1-DELETE": "on",
            "former_slugs-TOTAL_FORMS": 0,
            "former_slugs-INITIAL_FORMS": 0,
            "former_slugs-MIN_NUM_FORMS": 0,
            "former_slugs-MAX_NUM_FORMS": 1000,
        },
    )

    assert response.status_code == 302, response.context["errors"] if response.context else response
    assert not Proposition.objects.filter(pk=extra.pk).exists()
    published_brief.refresh_from_db()
    assert published_brief.content_changed_by == people["other"]
    assert AuditEntry.objects.filter(action="deleted", target_type="briefs.proposition").exists()
    revision = assemble_brief(brief_id=published_brief.pk).revision
    with pytest.raises(PublishRefused, match="the brief's title, summary or language"):
        publish_revision(revision=revision, reviewer=people["other"])


def test_an_english_rendering_is_claim_content_its_translator_may_not_approve(reworded, people):
    translated = update_claim(
        claim=reworded,
        edits={"quote_english": "North Korea confirms shipping arms."},
        user=people["other"],
        expected_version=reworded.version,
    )

    assert translated.content_changed_by == people["other"]
    with pytest.raises(ReviewRefused, match="four-eyes"):
        approve_claim(claim=translated, reviewer=people["other"])
    assert approve_claim(claim=translated, reviewer=people["last_editor"]).status == Claim.Status.APPROVED


def test_dating_a_statement_by_its_month_is_claim_content_its_editor_may_not_approve(reworded, people):
    approve_claim(claim=reworded, reviewer=people["other"])
    reworded.refresh_from_db()

    dated = update_claim(
        claim=reworded,
        edits={"said_on": dt.date(2023, 8, 14), "said_on_precision": "month"},
        user=people["other"],
        expected_version=reworded.version,
    )

    # Stored as the month's first day, like a month-precise event date; back to review, audited.
    assert (dated.said_on, dated.said_on_precision) == (dt.date(2023, 8, 1), "month")
    assert (dated.status, dated.content_changed_by) == (Claim.Status.DRAFT, people["other"])
    edit = AuditEntry.objects.filter(action="edited", object_id=dated.pk).latest("pk")
    assert edit.after["said_on_precision"] == "month"
    with pytest.raises(ReviewRefused, match="four-eyes"):
        approve_claim(claim=dated, reviewer=people["other"])
    assert approve_claim(claim=dated, reviewer=people["last_editor"]).status == Claim.Status.APPROVED


def test_an_indonesian_title_or_key_point_waits_for_another_reviewer(published_brief, people):
    published_brief.title_indonesian = "Senjata ke utara"
    save_brief(brief=published_brief, user=people["last_editor"])
    point = published_brief.key_points.get()
    before = key_point_snapshots(point_ids=[point.pk])
    Proposition.objects.filter(pk=point.pk).update(statement_indonesian="Senjata dikirim ke utara.")
    record_key_point_edits(before=before, point_ids=[point.pk], user=people["creator"])
    revision = assemble_brief(brief_id=published_brief.pk).revision

    assert revision.content["title_indonesian"] == "Senjata ke utara"
    assert revision.content["key_points"][0]["statement_indonesian"] == "Senjata dikirim ke utara."
    for author in ("last_editor", "creator"):
        with pytest.raises(PublishRefused, match="four-eyes"):
            publish_revision(revision=revision, reviewer=people[author])
    assert (
        publish_revision(revision=revision, reviewer=people["other"]).status == BriefRevision.Status.PUBLISHED
    )
