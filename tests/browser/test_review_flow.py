"""Two reviewers and an editor work a claim from the desk to a published revision, in Chromium."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from briefs.models import BriefRevision, Claim
from briefs.services.roles import REVIEWERS, ensure_editorial_groups
from tests.briefs.conftest import BODY
from tests.briefs.factories import ActorFactory, ClaimFactory, PropositionFactory
from tests.browser.conftest import log_in
from tests.factories import UserFactory
from tests.ingest.factories import SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENT = "The stance is a denial, not an assertion."


@pytest.fixture
def second_reviewer(db):
    groups = ensure_editorial_groups()
    return UserFactory(username="rani-reviewer", is_staff=True, groups=[groups[REVIEWERS]])


@pytest.fixture
def person(browser, live_server):
    """A logged-in page of its own (own cookies) for each person taking part."""
    contexts = []

    def open_as(user):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, live_server, user.username)
        return page

    yield open_as
    for context in contexts:
        context.close()


def test_a_claim_sent_back_fixed_approved_by_another_and_published_from_the_desk(
    person, live_server, editor, reviewer, second_reviewer, screenshots
):
    key_point = PropositionFactory(
        statement="North Korea denies shipping weapons to Russia.", brief__title="Arms transfers"
    )
    claim = ClaimFactory(
        source=SourceFactory(body=BODY),
        speaker=ActorFactory(name="Kim Yong Bok", slug="kim-yong-bok"),
        created_by=editor,
        content_changed_by=editor,
        content_changed_at=timezone.now(),
    )
    key_point.claims.add(claim)
    desk = f"{live_server.url}/admin/desk/"

    # The first reviewer finds the claim on the desk and sends it back with a comment.
    rudi = person(reviewer)
    rudi.goto(desk)
    rudi.locator(f"#queue-to_review a[href$='/claim/{claim.pk}/change/']").click()
    rudi.fill("#review-note", COMMENT)
    rudi.click("#review-form button[value=request_changes]")
    expect(rudi.locator(".messagelist .success")).to_contain_text("Sent back to its editor")
    rudi.goto(desk)
    expect(rudi.locator("[data-queue=to_review]").first).to_have_text("0")
    rudi.screenshot(path=screenshots / "1-reviewer-desk-after-sending-back.png", full_page=True)

    # The editor sees it on the desk with the comment, and fixes the stance on the claim's page.
    edna = person(editor)
    edna.goto(desk)
    sent_back = edna.locator("#queue-sent_back")
    expect(sent_back).to_contain_text(COMMENT)
    edna.screenshot(path=screenshots / "2-editor-desk.png", full_page=True)
    sent_back.locator(f"a[href$='/claim/{claim.pk}/change/']").click()
    expect(edna.locator("#changes-requested")).to_contain_text(COMMENT)
    edna.select_option("#id_stance", "denies")
    edna.click("input[name=_save]")
    expect(edna.locator(".messagelist .success")).to_be_visible()
    edna.goto(desk)
    expect(edna.locator("[data-queue=sent_back]").first).to_have_text("0")

    # Another reviewer approves it from their own desk (the one who asked for changes could too).
    rani = person(second_reviewer)
    rani.goto(desk)
    rani.locator(f"#queue-to_review a[href$='/claim/{claim.pk}/change/']").click()
    rani.click("#review-form button[value=approve]")
    expect(rani.locator(".messagelist .success")).to_contain_text("Claim approved.")
    notice = rani.locator(".messagelist .info")
    expect(notice).to_contain_text("a new revision of “Arms transfers” is assembled")
    rani.screenshot(path=screenshots / "3-approved.png", full_page=True)

    # The revision the approval set off waits on the desk; it is read and published from there.
    rani.goto(desk)
    revisions = rani.locator("#queue-revisions")
    expect(revisions).to_contain_text("Arms transfers #1")
    revisions.locator("a", has_text="Arms transfers #1").click()
    expect(rani.locator(".revision-diff")).to_contain_text("North Korea denies shipping weapons to Russia.")
    rani.screenshot(path=screenshots / "4-revision-review.png", full_page=True)
    rani.click("#publish-form button[value=publish]")
    expect(rani.locator(".messagelist .success")).to_contain_text("Revision 1 published")
    rani.goto(desk)
    expect(rani.locator("[data-queue=revisions]").first).to_have_text("0")

    claim.refresh_from_db()
    assert (claim.status, claim.stance, claim.reviewed_by) == ("approved", "denies", second_reviewer)
    revision = BriefRevision.objects.get(brief=key_point.brief)
    assert (revision.status, revision.reviewed_by) == ("published", second_reviewer)
    assert Claim.objects.get().changes_requested_by == reviewer

    # Readers see it.
    rani.goto(f"{live_server.url}/briefs/{key_point.brief.slug}/")
    expect(rani.locator("main")).to_contain_text("North Korea denies shipping weapons to Russia.")
    rani.screenshot(path=screenshots / "5-published.png", full_page=True)
