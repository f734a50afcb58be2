"""Reviewers decide in the admin with a structured diff; readers only ever see published revisions."""

import pytest
from django.urls import reverse

from briefs.models import Actor, BriefRevision
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision, reject_revision
from ingest.models import Outlet, Source
from tests.briefs.factories import PropositionFactory, approved_claims

pytestmark = pytest.mark.django_db


@pytest.fixture
def key_point(db):
    return PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")


@pytest.fixture
def published(key_point, reviewer) -> BriefRevision:
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    return publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)


@pytest.fixture
def pending(published, key_point, reviewer) -> BriefRevision:
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    return assemble_brief(brief_id=key_point.brief_id).revision


def test_reviewer_sees_what_changed_since_the_publication_and_a_preview(reviewer_client, pending, published):
    page = reviewer_client.get(reverse("admin:briefs_briefrevision_change", args=[pending.pk])).text

    assert f"What changed since published revision {published.number}" in page
    assert "Russia sends technology in return." in page and "added" in page
    assert "Preview, as readers will see it" in page
    assert 'value="publish"' in page


def test_the_review_diff_names_its_sections_in_the_reviewers_words_not_the_codes(
    reviewer_client, pending, published
):
    page = reviewer_client.get(reverse("admin:briefs_briefrevision_change", args=[pending.pk])).text
    table = page.split('class="revision-diff"', 1)[1].split("</table>", 1)[0]

    assert "<td>Key points</td><td><strong>added</strong></td>" in table
    assert "key_points" not in table and "corroboration" not in table

    indonesian = reviewer_client.get(
        reverse("admin:briefs_briefrevision_change", args=[pending.pk]), HTTP_ACCEPT_LANGUAGE="id"
    ).text
    assert "<td>Poin utama</td><td><strong>ditambahkan</strong></td>" in indonesian


def test_the_review_page_says_which_cited_source_actor_and_outlet_were_edited(
    reviewer_client, published, key_point
):
    claim = key_point.claims.first()
    source, actor = claim.source, claim.speaker
    Source.objects.filter(pk=source.pk).update(title="Judul yang diperbaiki")
    Actor.objects.filter(pk=actor.pk).update(name="Nama Baru Juru")
    Outlet.objects.filter(pk=source.outlet_id).update(name="Harian Berganti")
    pending = assemble_brief(brief_id=key_point.brief_id).revision

    page = reviewer_client.get(reverse("admin:briefs_briefrevision_change", args=[pending.pk])).text

    assert "source title changed" in page and "Judul yang diperbaiki" in page
    assert "actor renamed" in page and "Nama Baru Juru" in page
    assert "outlet renamed" in page and "Harian Berganti" in page


def test_reviewer_publishes_from_the_review_page(reviewer_client, pending, published):
    url = reverse("admin:briefs_briefrevision_decide", args=[pending.pk])

    reviewer_client.post(url, {"decision": "publish", "note": "Checked against sources"})

    pending.refresh_from_db()
    published.refresh_from_db()
    assert (pending.status, pending.review_note, published.status) == (
        "published",
        "Checked against sources",
        "superseded",
    )


def test_an_out_of_date_revision_says_so_and_offers_no_publish_button(reviewer_client, pending, key_point):
    PropositionFactory(brief=key_point.brief, statement="Ships were seen at Rajin.")
    newer = assemble_brief(brief_id=key_point.brief_id).revision
    assert newer.number > pending.number

    page = reviewer_client.get(reverse("admin:briefs_briefrevision_change", args=[pending.pk])).text

    assert "A newer revision exists" in page and "Replaced before review by a newer revision" in page
    assert reverse("admin:briefs_briefrevision_change", args=[newer.pk]) in page
    # Replaced, it is no longer the reviewer's to decide (docs/briefs.md): neither button.
    assert 'value="publish"' not in page and 'value="reject"' not in page
    current = reviewer_client.get(reverse("admin:briefs_briefrevision_change", args=[newer.pk])).text
    assert "A newer revision exists" not in current and 'value="publish"' in current


def test_editor_cannot_publish_from_the_review_page(editor_client, pending):
    page = editor_client.get(reverse("admin:briefs_briefrevision_change", args=[pending.pk])).text
    assert 'value="publish"' not in page

    editor_client.post(
        reverse("admin:briefs_briefrevision_decide", args=[pending.pk]), {"decision": "publish"}
    )

    pending.refresh_from_db()
    assert pending.status == "pending_review"


def test_reader_sees_the_published_revision(client, published):
    response = client.get("/briefs/arms/")

    assert response.status_code == 200
    assert "North Korea ships munitions to Russia." in response.text
    assert "reviewed by the editors" in response.text and "rudi-reviewer" not in response.text


def test_pending_rejected_and_unknown_revisions_are_404_for_everyone(
    client, reviewer_client, pending, reviewer
):
    assert client.get(f"/briefs/arms/revisions/{pending.number}/").status_code == 404
    assert reviewer_client.get(f"/briefs/arms/revisions/{pending.number}/").status_code == 404
    reject_revision(revision=pending, reviewer=reviewer, note="Not yet")
    assert client.get(f"/briefs/arms/revisions/{pending.number}/").status_code == 404
    assert client.get("/briefs/arms/revisions/99/").status_code == 404
    assert client.get("/briefs/nothing-here/").status_code == 404


def test_brief_without_a_publication_is_404(client, key_point, reviewer):
    approved_claims(1, key_point=key_point, reviewer=reviewer)
    assemble_brief(brief_id=key_point.brief_id)

    assert client.get("/briefs/arms/").status_code == 404
    assert "arms" not in client.get("/briefs/").text


def test_an_older_publication_stays_readable_and_points_to_the_current_one(
    client, published, pending, reviewer
):
    publish_revision(revision=pending, reviewer=reviewer)

    response = client.get(f"/briefs/arms/revisions/{published.number}/")

    assert response.status_code == 200
    assert "an older version" in response.text
