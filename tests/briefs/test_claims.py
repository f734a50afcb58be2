"""Claims: anchored to exact words, reviewed by four eyes, re-anchored when the article changes."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from briefs.models import Claim
from briefs.services.claims import (
    FigureInput,
    StaleClaimEdit,
    create_claim,
    reanchor_claim,
    update_claim,
)
from briefs.services.review import ReviewRefused, approve_claim, reject_claim, review_claims
from ingest.services.corrections import correct_source
from ops.models import AuditEntry
from ops.selectors import audit_trail
from tests.briefs.conftest import span
from tests.briefs.factories import ClaimFactory

pytestmark = pytest.mark.django_db

DENIAL = "Korea Utara membantah tuduhan pengiriman senjata ke Rusia."
THOUSAND = "Korea Utara mengirim 1.000 kontainer ke Rusia."


@pytest.fixture
def denial(source, north_korea, editor) -> Claim:
    start, end = span(source.body, DENIAL)
    return create_claim(
        source=source,
        speaker=north_korea,
        stance="denies",
        start=start,
        end=end,
        exact=DENIAL,
        created_by=editor,
    )


def test_editor_creates_a_draft_claim_anchored_to_the_exact_words(denial, source, editor):
    assert denial.status == Claim.Status.DRAFT
    assert source.body[denial.start : denial.end] == DENIAL == denial.exact
    assert denial.prefix == "PYONGYANG - "
    assert denial.suffix.startswith('\n\n"Kami tidak pernah')
    assert len(denial.suffix) == 32
    [entry] = audit_trail(denial)
    assert (entry.action, entry.user, entry.after["stance"]) == ("created", editor, "denies")


def test_claim_is_refused_when_the_words_do_not_match_the_offsets(source, north_korea, editor):
    start, end = span(source.body, DENIAL)
    with pytest.raises(ValidationError, match="does not match the article"):
        create_claim(
            source=source, speaker=north_korea, stance="denies", start=start, end=end, exact="Something else",
            created_by=editor,
        )  # fmt: skip
    assert not Claim.objects.exists()


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (10, 5), (0, 10_000)])
def test_claim_is_refused_for_offsets_outside_the_body(source, north_korea, editor, start, end):
    with pytest.raises(ValidationError):
        create_claim(
            source=source, speaker=north_korea, stance="asserts", start=start, end=end, created_by=editor
        )


def test_event_range_must_be_ordered_and_dated_events_need_a_precision(source, north_korea, editor):
    from datetime import date

    start, end = span(source.body, THOUSAND)
    common = {"source": source, "speaker": north_korea, "stance": "asserts", "start": start, "end": end}
    with pytest.raises(ValidationError, match="ends before it starts"):
        create_claim(
            **common, created_by=editor, event_start=date(2023, 10, 1), event_end=date(2023, 9, 7),
            event_precision="range",
        )  # fmt: skip
    with pytest.raises(ValidationError, match="how precise"):
        create_claim(**common, created_by=editor, event_start=date(2023, 9, 1))


def test_reviewer_approves_a_claim_and_the_transition_is_audited(denial, reviewer):
    approved = approve_claim(claim=denial, reviewer=reviewer, note="Matches KCNA wording")

    assert approved.status == Claim.Status.APPROVED
    assert (approved.reviewed_by, approved.review_note) == (reviewer, "Matches KCNA wording")
    assert approved.reviewed_at is not None
    latest = audit_trail(denial).first()
    assert (latest.action, latest.user, latest.before, latest.after) == (
        "approved", reviewer, {"status": "draft"}, {"status": "approved"},
    )  # fmt: skip


def test_reviewer_cannot_approve_their_own_claim(source, north_korea, reviewer):
    start, end = span(source.body, DENIAL)
    own = create_claim(
        source=source, speaker=north_korea, stance="denies", start=start, end=end, created_by=reviewer
    )

    with pytest.raises(ReviewRefused, match="four-eyes"):
        approve_claim(claim=own, reviewer=reviewer)
    own.refresh_from_db()
    assert own.status == Claim.Status.DRAFT


def test_one_person_newsroom_setting_allows_self_review(source, north_korea, reviewer, settings):
    settings.CLAIMS_ALLOW_SELF_REVIEW = True
    start, end = span(source.body, DENIAL)
    own = create_claim(
        source=source, speaker=north_korea, stance="denies", start=start, end=end, created_by=reviewer
    )

    assert approve_claim(claim=own, reviewer=reviewer).status == Claim.Status.APPROVED


def test_editor_cannot_approve(denial, editor, partner):
    with pytest.raises(PermissionDenied):
        approve_claim(claim=denial, reviewer=partner)
    with pytest.raises(PermissionDenied):
        approve_claim(claim=denial, reviewer=editor)


def test_rejection_needs_a_note_for_the_annotator(denial, reviewer):
    with pytest.raises(ReviewRefused, match="Say why"):
        reject_claim(claim=denial, reviewer=reviewer, note="  ")

    rejected = reject_claim(claim=denial, reviewer=reviewer, note="Speaker is the ministry, not the state")
    assert rejected.status == Claim.Status.REJECTED


def test_approving_twice_is_refused_not_repeated(denial, reviewer):
    approve_claim(claim=denial, reviewer=reviewer)

    with pytest.raises(ReviewRefused, match="already approved"):
        approve_claim(claim=denial, reviewer=reviewer)
    assert AuditEntry.objects.filter(action="approved").count() == 1


def test_bulk_review_approves_the_rest_and_reports_each_refusal(reviewer, editor):
    theirs = ClaimFactory.create_batch(3, created_by=editor)
    own = ClaimFactory(created_by=reviewer)

    report = review_claims(claims=[*theirs, own], reviewer=reviewer, approve=True)

    assert {claim.pk for claim in report.done} == {claim.pk for claim in theirs}
    assert [(claim.pk, "four-eyes" in reason) for claim, reason in report.refused] == [(own.pk, True)]
    assert Claim.objects.approved().count() == 3


def test_changing_an_approved_claim_sends_it_back_to_review(denial, reviewer, editor):
    approved = approve_claim(claim=denial, reviewer=reviewer)

    edited = update_claim(
        claim=approved, edits={"stance": "condemns"}, user=editor, expected_version=approved.version
    )

    assert (edited.status, edited.stance, edited.reviewed_by) == (Claim.Status.DRAFT, "condemns", None)
    assert audit_trail(edited).first().before == {"stance": "denies", "status": "approved"}


def test_second_editor_with_a_stale_copy_is_refused(denial, editor):
    stale_version = denial.version
    update_claim(claim=denial, edits={"paraphrase": "First"}, user=editor, expected_version=stale_version)

    with pytest.raises(StaleClaimEdit):
        update_claim(
            claim=denial, edits={"paraphrase": "Second"}, user=editor, expected_version=stale_version
        )
    denial.refresh_from_db()
    assert denial.paraphrase == "First"


def test_fixing_the_body_moves_claims_with_their_words(denial, source, editor):
    new_body = "KOREA - " + source.body.replace("PYONGYANG - ", "", 1)

    correct_source(source=source, edits={"body": new_body}, user=editor, expected_version=source.version)

    denial.refresh_from_db()
    assert denial.status == Claim.Status.DRAFT
    assert new_body[denial.start : denial.end] == DENIAL
    assert audit_trail(denial).first().action.startswith("re-anchored")


def test_claim_whose_sentence_is_deleted_is_orphaned_not_moved_to_a_look_alike(source, white_house, editor):
    start, end = span(source.body, THOUSAND)
    thousand = create_claim(
        source=source, speaker=white_house, stance="asserts", start=start, end=end, created_by=editor
    )
    without_it = source.body.replace("Menurut Gedung Putih, " + THOUSAND + "\n\n", "")

    correct_source(source=source, edits={"body": without_it}, user=editor, expected_version=source.version)

    thousand.refresh_from_db()
    assert thousand.status == Claim.Status.ORPHANED
    assert thousand.exact == THOUSAND, "the orphan keeps its words so an editor can find them again"
    assert audit_trail(thousand).first().action == "orphaned"


def test_orphaned_claim_cannot_be_approved_until_re_anchored(source, white_house, editor, reviewer):
    start, end = span(source.body, THOUSAND)
    claim = create_claim(
        source=source, speaker=white_house, stance="asserts", start=start, end=end, created_by=editor
    )
    edited_body = source.body.replace("1.000 kontainer", "seribu kontainer")
    correct_source(source=source, edits={"body": edited_body}, user=editor, expected_version=source.version)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.ORPHANED

    with pytest.raises(ReviewRefused, match="re-anchor it first"):
        approve_claim(claim=claim, reviewer=reviewer)

    new_words = "Korea Utara mengirim seribu kontainer ke Rusia."
    start, end = span(edited_body, new_words)
    re_anchored = reanchor_claim(claim=claim, start=start, end=end, exact=new_words, user=editor)
    assert (re_anchored.status, re_anchored.exact) == (Claim.Status.DRAFT, new_words)
    assert approve_claim(claim=re_anchored, reviewer=reviewer).status == Claim.Status.APPROVED


def test_a_claim_states_at_most_claim_max_figures(source, north_korea, editor, settings):
    settings.CLAIM_MAX_FIGURES = 2
    start, end = span(source.body, THOUSAND)
    figures = [FigureInput(value=Decimal(1000), unit="kontainer")] * 3

    with pytest.raises(ValidationError, match="at most 2 figures"):
        create_claim(
            source=source, speaker=north_korea, stance="asserts", start=start, end=end, figures=figures,
            created_by=editor,
        )  # fmt: skip
    assert not Claim.objects.exists()


def test_a_quote_or_a_paraphrase_over_its_limit_is_refused(source, north_korea, editor, denial, monkeypatch):
    monkeypatch.setattr("briefs.services.claims.QUOTE_MAX_CHARS", len(DENIAL) - 1)
    monkeypatch.setattr("briefs.services.claims.PARAPHRASE_MAX_CHARS", 10)
    start, end = span(source.body, DENIAL)

    with pytest.raises(ValidationError, match="at most 57 characters"):
        create_claim(
            source=source, speaker=north_korea, stance="denies", start=start, end=end, created_by=editor
        )
    with pytest.raises(ValidationError, match="paraphrase is at most 10"):
        update_claim(
            claim=denial, edits={"paraphrase": "x" * 11}, user=editor, expected_version=denial.version
        )
    assert Claim.objects.count() == 1
