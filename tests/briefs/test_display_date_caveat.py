"""The "probably the page's display date" caveat is shown to editors only for a source the importer flagged.

A date the importer read plainly must not be cast into doubt on the source page or the review page: the
caveat, its explanation and the confirm box's warning about the site's date of the day appear only on a
source whose ``published_at_display_date`` is set.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from briefs.services.assembly import assemble_brief
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db

WIB = ZoneInfo("Asia/Jakarta")
CAVEAT = "probably the page's display date"
EXPLANATION = "thinks it is the site's date of the day"
CONFIRM_WARNING = "not the site's date of the day"
_articles = itertools.count()


def header_dated_source(*, display_date: bool, confidence: float):
    """A source dated from a stamp in its page header (written for the test)."""
    return SourceFactory(
        body=f"Kementerian Luar Negeri Contoh membantah laporan itu ({next(_articles)}). Kalimat 0. Kalimat 1.",
        published_at=dt.datetime(2024, 3, 5, tzinfo=WIB),
        published_at_source="header",
        published_at_precision="day",
        published_at_confidence=confidence,
        published_at_display_date=display_date,
        published_at_note="'Selasa, 5 Maret 2024' in the page header",
    )


def page_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.parametrize("confidence", [0.3, 0.9])
def test_the_source_page_says_nothing_of_a_display_date_the_importer_did_not_suspect(
    editor_client, confidence
):
    source = header_dated_source(display_date=False, confidence=confidence)

    page = page_text(editor_client, reverse("admin:ingest_source_change", args=[source.pk]))

    assert "Selasa, 5 Maret 2024" in page  # the date and its note are there
    assert CAVEAT not in page.casefold()
    assert EXPLANATION not in page
    assert CONFIRM_WARNING not in page
    assert 'name="confirm_date"' in page  # a date can still be confirmed


def test_the_source_page_explains_a_flagged_display_date(editor_client):
    source = header_dated_source(display_date=True, confidence=0.2)

    page = page_text(editor_client, reverse("admin:ingest_source_change", args=[source.pk]))

    assert CAVEAT in page.casefold()
    assert EXPLANATION in page
    assert CONFIRM_WARNING in page


@pytest.mark.parametrize(("display_date", "caveat_shown"), [(False, False), (True, True)])
def test_the_review_page_gives_the_caveat_only_for_a_flagged_source(
    reviewer_client, reviewer, display_date, caveat_shown
):
    key_point = PropositionFactory(statement="The ministry denies the report.", brief__slug="denial")
    source = header_dated_source(display_date=display_date, confidence=0.3)
    approved_claims(1, key_point=key_point, reviewer=reviewer, source=source)
    revision = assemble_brief(brief_id=key_point.brief_id).revision

    page = page_text(reviewer_client, reverse("admin:briefs_briefrevision_change", args=[revision.pk]))

    assert "1 source has an unconfirmed date" in page
    assert (CAVEAT in page) is caveat_shown
