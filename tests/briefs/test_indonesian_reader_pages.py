"""Indonesian pages in Indonesian, past the brief page itself: the history, the feeds page, figures,
actors' names wherever they are shown, the precision notes, and a visible mark on what nobody translated."""

import datetime as dt

import pytest
from django.utils import translation

from briefs.models import Claim
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.briefs.test_reader_pages import publish

pytestmark = pytest.mark.django_db

UNTRANSLATED = "belum diterjemahkan"


def indonesian(client, path: str) -> str:
    return client.get(path, HTTP_ACCEPT_LANGUAGE="id").text


def test_a_month_precise_date_says_the_day_of_the_month_is_unknown(client, reviewer):
    point = PropositionFactory(
        statement="Rockets went to Wagner.",
        brief__slug="arms",
        event_start=dt.date(2022, 11, 1),
        event_precision=Claim.Precision.MONTH,
    )
    approved_claims(1, key_point=point, reviewer=reviewer)
    publish(point, reviewer)

    page = indonesian(client, "/briefs/arms/")
    assert "(tanggal pastinya tidak diketahui)" in page
    assert "(tanggal tidak diketahui)" not in page, "read as 'date unknown' beside the month it shows"
    with translation.override("id"):
        assert translation.gettext("month, day unknown") == "bulan dan tanggalnya tidak diketahui"
        assert translation.gettext("day, time unknown") == "tanggal dan jamnya tidak diketahui"


def test_an_english_paraphrase_is_marked_untranslated_on_indonesian_pages(client, reviewer):
    point = PropositionFactory(statement="Shells go west.", brief__slug="arms")
    (claim,) = approved_claims(1, key_point=point, reviewer=reviewer)
    Claim.objects.filter(pk=claim.pk).update(paraphrase="Kirby says shells go west.")
    publish(point, reviewer)

    for path in ("/briefs/arms/", f"/briefs/arms/key-points/{point.pk}/"):
        page = indonesian(client, path)
        assert (
            '<span class="statement-text" lang="en">Kirby says shells go west.</span> '
            f'<small class="untranslated">({UNTRANSLATED})</small>'
        ) in page, path
    english = client.get("/briefs/arms/").text
    assert '<span class="statement-text" lang="en">Kirby says shells go west.</span> <span' in english


def test_the_feeds_page_lists_the_indonesian_titles(client, reviewer):
    translated = PropositionFactory(
        brief__slug="senjata", brief__title="Arms transfers", brief__title_indonesian="Pengiriman senjata"
    )
    untranslated = PropositionFactory(brief__slug="kapal", brief__title="Ships")
    for point in (translated, untranslated):
        approved_claims(1, key_point=point, reviewer=reviewer)
        publish(point, reviewer)

    page = indonesian(client, "/feeds/")
    assert '/briefs/senjata/revisions/1/" lang="id">Pengiriman senjata</a> · revisi 1' in page
    assert (
        f'/briefs/kapal/revisions/1/" lang="en">Ships</a> <small class="untranslated">({UNTRANSLATED})</small>'
    ) in page
    assert (
        '/briefs/senjata/revisions/1/" lang="en">Arms transfers</a> · revision 1'
        in client.get("/feeds/").text
    )
