"""From a suggestion to a claim on a key point, with a speaker nobody had recorded yet, in Chromium."""

import pytest
from playwright.sync_api import expect

from briefs.models import Actor, Claim, ClaimSuggestion
from tests.briefs.conftest import BODY, span
from tests.briefs.factories import PropositionFactory
from tests.browser.conftest import log_in
from tests.ingest.factories import SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUOTE = '"Kami tidak pernah menjual senjata kepada siapa pun," kata juru bicara kementerian.'


@pytest.fixture
def suggested():
    """A Source with one suggestion whose speaker the rules could not name, and two key points."""
    source = SourceFactory(body=BODY, title="Bantahan Pyongyang")
    start, end = span(BODY, QUOTE)
    suggestion = ClaimSuggestion.objects.create(
        source=source,
        quote=QUOTE,
        start=start,
        end=end,
        speaker_text="juru bicara kementerian",
        stance="denies",
        confidence=0.8,
    )
    wanted = PropositionFactory(statement="North Korea denies selling weapons to anyone.")
    PropositionFactory(brief=wanted.brief, statement="Ukraine reports new drone attacks.")
    return source, suggestion, wanted


def test_a_suggestion_becomes_a_claim_on_a_suggested_key_point_with_a_new_speaker(
    page, live_server, editor, suggested, screenshots
):
    source, suggestion, wanted = suggested
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/ingest/source/{source.pk}/change/")
    expect(page.locator("#annotate-form.js-annotate")).to_have_count(1)

    page.locator(f"#suggestion-{suggestion.pk} .suggestion-use").click()
    form = page.locator("#annotate-form")
    expect(form.locator("[name=exact]")).to_have_value(QUOTE)
    expect(form.locator("[name=stance]")).to_have_value("denies")

    # Nobody in the registry: describe the speaker inline.
    page.locator("#new-speaker summary").click()
    form.locator("[name=new_speaker_name]").fill("Kim Yong Bok")
    form.locator("[name=new_speaker_role]").fill("juru bicara kementerian")
    form.locator("[name=new_speaker_affiliation]").fill("Korut")
    form.locator("[name=paraphrase]").fill("North Korea denies selling weapons to anyone.")
    form.locator("[name=paraphrase]").press("Tab")  # a changed paraphrase ranks the key points again

    candidate = page.locator(f"#key-point-candidates button[data-id='{wanted.pk}']")
    expect(candidate).to_be_visible()
    expect(page.locator("#key-point-candidates button").first).to_have_attribute("data-id", str(wanted.pk))
    candidate.click()
    expect(candidate).to_have_attribute("aria-pressed", "true")
    expect(form.locator("[name=key_point]")).to_have_value(str(wanted.pk))
    page.screenshot(path=screenshots / "1-suggestion-in-the-form.png", full_page=True)
    form.locator("button[type=submit]").click()

    expect(page.locator(".messagelist .success")).to_contain_text("Draft claim")
    expect(page.locator(".messagelist")).to_contain_text("“Kim Yong Bok” is proposed as a new speaker")
    expect(page.locator(f"#suggestion-{suggestion.pk}.suggestion-accepted")).to_have_count(1)
    page.screenshot(path=screenshots / "2-claim-created.png", full_page=True)

    claim = Claim.objects.get()
    speaker = Actor.objects.get(name="Kim Yong Bok")
    assert (claim.exact, claim.stance, claim.speaker) == (QUOTE, "denies", speaker)
    assert (speaker.confirmed, speaker.affiliation.slug) == (False, "north-korea")
    assert list(claim.key_points.all()) == [wanted]
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.claim) == ("accepted", claim)


def test_key_points_are_suggested_while_a_new_speaker_is_typed(page, live_server, editor, suggested):
    source, _suggestion, wanted = suggested
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/ingest/source/{source.pk}/change/")
    expect(page.locator("#annotate-form.js-annotate")).to_have_count(1)

    def ranking(response) -> bool:
        return f"/admin/ingest/source/{source.pk}/key-points/" in response.url

    # The Indonesian quote alone matches no English key point.
    with page.expect_response(ranking) as answer:
        page.fill("#annotate-find", "Kami tidak pernah menjual senjata")
        page.press("#annotate-find", "Enter")
    assert answer.value.json()["candidates"] == []
    expect(page.locator("#key-point-candidates button")).to_have_count(0)

    # Describing the speaker, without leaving the field, brings up the key point that names their state.
    page.locator("#new-speaker summary").click()
    page.locator("#annotate-form [name=new_speaker_name]").press_sequentially("Kim Yong Bok")
    page.locator("#annotate-form [name=new_speaker_affiliation]").press_sequentially("Korut")

    expect(page.locator("#key-point-candidates button")).to_have_count(1)
    expect(page.locator("#key-point-candidates button")).to_have_attribute("data-id", str(wanted.pk))
    expect(page.locator("#annotate-form [name=new_speaker_affiliation]")).to_be_focused()
