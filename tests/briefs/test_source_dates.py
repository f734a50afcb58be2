"""Dates are facts or say they are not: a guessed publication date is confirmed by a person before
readers see it, and a brief citing one is not published until then."""

import datetime as dt
import itertools
import json
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from briefs.models import BriefRevision
from briefs.public.backfill import rebuild_public_rows
from briefs.selectors.review import revision_review
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import PublishRefused, publish_revision
from briefs.services.source_dates import confirm_source_dates, correct_source_date
from ingest.models import Source
from ops.models import AuditEntry
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.caches import empty_caches
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db

WIB = ZoneInfo("Asia/Jakarta")
_articles = itertools.count()


def dated_source(
    *, confidence: float, display_date: bool = False, precision: str = "day", **kwargs
) -> Source:
    return SourceFactory(
        body=f"Pyongyang membantah mengirim senjata ({next(_articles)}). Kalimat 0. Kalimat 1.",
        published_at=dt.datetime(2023, 12, 4, tzinfo=WIB),
        published_at_source="header",
        published_at_precision=precision,
        published_at_confidence=confidence,
        published_at_display_date=display_date,
        published_at_note="'Senin, 4 Desember 2023' in the page header",
        **kwargs,
    )


@pytest.fixture
def key_point(db):
    return PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")


def pending_revision(key_point, reviewer, source) -> BriefRevision:
    approved_claims(1, key_point=key_point, reviewer=reviewer, source=source)
    return assemble_brief(brief_id=key_point.brief_id).revision


def test_a_low_confidence_date_is_refused_at_publication_and_accepted_once_confirmed(key_point, reviewer):
    source = dated_source(confidence=0.35)
    revision = pending_revision(key_point, reviewer, source)

    with pytest.raises(
        PublishRefused, match=r"1 cited source has an unconfirmed publication date.*2023-12-04"
    ):
        publish_revision(revision=revision, reviewer=reviewer)
    revision.refresh_from_db()
    assert revision.status == BriefRevision.Status.PENDING_REVIEW

    published = publish_revision(revision=revision, reviewer=reviewer, confirm_source_ids=[source.pk])

    assert published.status == BriefRevision.Status.PUBLISHED
    source.refresh_from_db()
    assert (source.published_at_confirmed_by, source.publication_date().status) == (reviewer, "confirmed")
    entry = AuditEntry.objects.get(action="date_confirmed", object_id=source.pk)
    assert entry.user == reviewer and "revision 1" in entry.note
    assert entry.before["confidence"] == 0.35 and entry.after["confirmed"] is True
    # The value was vouched for as it stood: the published snapshot is unchanged and still current.
    assert assemble_brief(brief_id=key_point.brief_id).status == "unchanged"


def test_a_display_date_is_refused_whatever_its_confidence(key_point, reviewer):
    revision = pending_revision(key_point, reviewer, dated_source(confidence=0.9, display_date=True))

    with pytest.raises(PublishRefused, match="unconfirmed publication date"):
        publish_revision(revision=revision, reviewer=reviewer)


def test_the_confidence_threshold_is_a_setting(key_point, reviewer, settings):
    revision = pending_revision(key_point, reviewer, dated_source(confidence=0.6))
    settings.SOURCE_DATE_MIN_CONFIDENCE = 0.7

    with pytest.raises(PublishRefused):
        publish_revision(revision=revision, reviewer=reviewer)
    settings.SOURCE_DATE_MIN_CONFIDENCE = 0.5
    assert publish_revision(revision=revision, reviewer=reviewer).status == "published"


def test_a_refused_publication_keeps_none_of_the_confirmations_it_was_given(key_point, reviewer):
    confirmed, guessed = dated_source(confidence=0.3), dated_source(confidence=0.3)
    approved_claims(1, key_point=key_point, reviewer=reviewer, source=confirmed)
    approved_claims(1, key_point=key_point, reviewer=reviewer, source=guessed)
    revision = assemble_brief(brief_id=key_point.brief_id).revision

    with pytest.raises(PublishRefused, match="1 cited source has"):
        publish_revision(revision=revision, reviewer=reviewer, confirm_source_ids=[confirmed.pk])

    confirmed.refresh_from_db()
    assert confirmed.published_at_confirmed_at is None
    assert not AuditEntry.objects.filter(action="date_confirmed").exists()


def test_confirming_a_source_the_revision_does_not_cite_is_refused(key_point, reviewer):
    revision = pending_revision(key_point, reviewer, dated_source(confidence=0.9))
    other = dated_source(confidence=0.2)

    with pytest.raises(PublishRefused, match="does not cite"):
        publish_revision(revision=revision, reviewer=reviewer, confirm_source_ids=[other.pk])


def test_a_date_corrected_after_assembly_blocks_the_stale_revision(key_point, reviewer, editor):
    source = dated_source(confidence=0.9)
    revision = pending_revision(key_point, reviewer, source)
    correct_source_date(
        source=source, published_at=dt.datetime(2023, 12, 1, tzinfo=WIB), precision="month", user=editor
    )

    with pytest.raises(PublishRefused, match="was corrected after revision 1 was assembled"):
        publish_revision(revision=revision, reviewer=reviewer)


def test_the_review_page_lists_unconfirmed_dates_and_publishes_with_the_ticked_ones(
    reviewer_client, key_point, reviewer
):
    guessed = [dated_source(confidence=0.3), dated_source(confidence=0.9, display_date=True)]
    for source in guessed:
        approved_claims(1, key_point=key_point, reviewer=reviewer, source=source)
    approved_claims(1, key_point=key_point, reviewer=reviewer, source=dated_source(confidence=0.95))
    revision = assemble_brief(brief_id=key_point.brief_id).revision
    url = reverse("admin:briefs_briefrevision_change", args=[revision.pk])

    page = reviewer_client.get(url).text

    assert "2 sources have unconfirmed dates" in page
    assert page.count('name="confirm_source"') == 2
    assert "probably the page's display date" in page
    decide = reverse("admin:briefs_briefrevision_decide", args=[revision.pk])
    refused = reviewer_client.post(
        decide, {"decision": "publish", "confirm_source": [guessed[0].pk]}, follow=True
    )
    assert "1 cited source has an unconfirmed publication date" in refused.text
    revision.refresh_from_db()
    assert revision.status == "pending_review"

    reviewer_client.post(decide, {"decision": "publish", "confirm_source": [s.pk for s in guessed]})

    revision.refresh_from_db()
    assert revision.status == "published"
    assert AuditEntry.objects.filter(action="date_confirmed", user=reviewer).count() == 2


def test_an_editor_confirms_dates_from_the_source_list_and_the_change_is_audited(editor_client, editor):
    guessed, undated = dated_source(confidence=0.3), SourceFactory()
    changelist = reverse("admin:ingest_source_changelist")

    assert "unconfirmed" in editor_client.get(changelist).text
    editor_client.post(
        changelist, {"action": "confirm_dates_of_selected", "_selected_action": [guessed.pk, undated.pk]}
    )
    guessed.refresh_from_db()
    assert guessed.published_at_confirmed_at is None, "a source without a date has nothing to confirm"

    editor_client.post(changelist, {"action": "confirm_dates_of_selected", "_selected_action": [guessed.pk]})

    guessed.refresh_from_db()
    assert (guessed.published_at_confirmed_by, guessed.publication_date().status) == (editor, "confirmed")
    assert "published_at" in guessed.corrected_fields, "re-cleaning keeps the confirmed date"
    assert AuditEntry.objects.filter(action="date_confirmed", object_id=guessed.pk, user=editor).exists()


def test_an_editor_confirms_or_corrects_a_date_on_the_source_page(editor_client, editor):
    source = dated_source(confidence=0.3)
    url = reverse("admin:ingest_source_change", args=[source.pk])
    form = {
        "title": source.title,
        "body": source.body,
        "outlet": source.outlet_id,
        "byline": "",
        "editor": "",
        "published_at_0": "2023-12-04",
        "published_at_1": "00:00:00",
        "published_at_precision": "day",
        "dateline": "",
        "language": "id",
        "cited_outlets": "",
        "loaded_version": source.version,
    }

    assert 'name="confirm_date"' in editor_client.get(url).text
    editor_client.post(url, {**form, "confirm_date": "on"})
    source.refresh_from_db()
    assert source.publication_date().status == "confirmed"
    assert AuditEntry.objects.filter(action="date_confirmed", object_id=source.pk).count() == 1

    editor_client.post(url, {**form, "published_at_precision": "month", "loaded_version": source.version})

    source.refresh_from_db()
    assert source.publication_date().value == "2023-12"
    corrected = AuditEntry.objects.get(action="date_corrected", object_id=source.pk)
    assert (corrected.before["precision"], corrected.after["precision"]) == ("day", "month")


def test_a_date_only_source_is_its_calendar_day_in_the_api_with_its_precision(client, key_point, reviewer):
    source = dated_source(confidence=0.8)
    publish_revision(revision=pending_revision(key_point, reviewer, source), reviewer=reviewer)

    row = client.get(f"/api/v1/sources/{source.pk}/").json()

    assert row["publication_date"] == {"value": "2023-12-04", "precision": "day", "status": "extracted"}
    # The stored instant stays as it was for partners that read it; the date is ``publication_date``.
    assert row["published_at"] == "2023-12-04T00:00:00+07:00"


def test_an_unconfirmed_date_is_never_given_as_a_value_by_the_api_or_the_source_page(
    client, key_point, reviewer
):
    source = dated_source(confidence=0.9)
    publish_revision(revision=pending_revision(key_point, reviewer, source), reviewer=reviewer)
    # A revision published before revisions stored what they cite is read from the live rows by a
    # rebuild; a later stricter threshold has made the date a guess again by then.
    BriefRevision.objects.filter(brief_id=key_point.brief_id).update(cited={}, cited_hash="")
    Source.objects.filter(pk=source.pk).update(published_at_display_date=True)
    rebuild_public_rows()

    row = client.get(f"/api/v1/sources/{source.pk}/").json()
    page = client.get(reverse("source_detail", args=[source.pk])).text

    assert row["publication_date"] == {"value": None, "precision": "day", "status": "unconfirmed"}
    assert "not confirmed yet" in page
    assert 'datetime="2023-12-04' not in page


def test_a_date_flagged_after_publication_is_public_as_published_and_the_next_revision_says_so(
    client, key_point, reviewer
):
    source = dated_source(confidence=0.9)
    publish_revision(revision=pending_revision(key_point, reviewer, source), reviewer=reviewer)
    addresses = [f"/api/v1/sources/{source.pk}/", reverse("source_detail", args=[source.pk])]
    published = [client.get(address).content for address in addresses]

    Source.objects.filter(pk=source.pk).update(published_at_display_date=True)
    revision = assemble_brief(brief_id=key_point.brief_id).revision

    empty_caches()
    assert [client.get(address).content for address in addresses] == published
    assert json.loads(published[0])["publication_date"]["status"] == "extracted"
    [change] = [c for c in revision_review(revision).diff if c["note"] == "source's publication date changed"]
    assert (change["before"], change["after"]) == ("2023-12-04 (day, extracted)", "— (day, unconfirmed)")
    with pytest.raises(PublishRefused, match="unconfirmed publication date"):
        publish_revision(revision=revision, reviewer=reviewer)


def test_a_corrected_date_is_public_only_once_a_publication_contains_it(client, key_point, reviewer, editor):
    source = dated_source(confidence=0.9)
    publish_revision(revision=pending_revision(key_point, reviewer, source), reviewer=reviewer)
    addresses = [f"/api/v1/sources/{source.pk}/", reverse("source_detail", args=[source.pk])]
    published = [client.get(address).content for address in addresses]

    correct_source_date(
        source=source, published_at=dt.datetime(2023, 11, 1, tzinfo=WIB), precision="month", user=editor
    )
    empty_caches()
    assert [client.get(address).content for address in addresses] == published

    publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)
    empty_caches()
    assert client.get(addresses[0]).json()["publication_date"]["value"] == "2023-11"
    assert 'datetime="2023-11"' in client.get(addresses[1]).text


def test_the_review_page_warns_when_key_points_changed_after_the_summary(
    reviewer_client, key_point, reviewer
):
    brief = key_point.brief
    brief.summary_updated_at = timezone.now()  # written after its first key point
    brief.save(update_fields=["summary_updated_at"])
    revision = pending_revision(key_point, reviewer, dated_source(confidence=0.9))
    url = reverse("admin:briefs_briefrevision_change", args=[revision.pk])

    assert "The summary may be out of date" not in reviewer_client.get(url).text

    added = PropositionFactory(brief=brief, statement="Russia sends technology in return.")
    page = reviewer_client.get(url).text

    assert "The summary may be out of date" in page
    assert "Russia sends technology in return." in page.split("The summary may be out of date", 1)[1]
    assert (
        "North Korea ships munitions to Russia."
        not in page.split("stale-heading", 1)[1].split("</section>")[0]
    )
    assert f"/admin/briefs/proposition/{added.pk}/change/" in page


def test_editing_the_summary_in_the_admin_clears_the_warning(editor_client, key_point):
    brief = key_point.brief
    brief.summary_updated_at = key_point.created_at - dt.timedelta(days=1)
    brief.save(update_fields=["summary_updated_at"])
    from briefs.selectors.review import stale_key_points

    assert [stale.key_point for stale in stale_key_points(brief)] == [key_point]
    response = editor_client.post(
        reverse("admin:briefs_brief_change", args=[brief.pk]),
        {
            "title": brief.title,
            "slug": brief.slug,
            "language": brief.language,
            "summary": "Rewritten for the new key point.",
            "key_points-TOTAL_FORMS": "0",
            "key_points-INITIAL_FORMS": "0",
            "former_slugs-TOTAL_FORMS": "0",
            "former_slugs-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302
    brief.refresh_from_db()
    assert brief.summary == "Rewritten for the new key point."
    assert stale_key_points(brief) == []


def test_confirming_an_undated_source_changes_nothing(editor):
    from django.core.exceptions import ValidationError

    undated = SourceFactory()
    with pytest.raises(ValidationError, match="No publication date to confirm"):
        confirm_source_dates(source_ids=[undated.pk], user=editor)
