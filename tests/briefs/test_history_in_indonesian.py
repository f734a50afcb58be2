"""The public history on an Indonesian page words what changed as the rest of the Indonesian page does:
key points by their Indonesian statements, figures and timeline dates in Indonesian, the timeline's
untranslated paraphrases marked, routes with the places' Indonesian names; the English page is unchanged."""

import datetime as dt

import pytest

from briefs.models import Actor, Claim, ClaimFigure, Movement, Place, Proposition
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.briefs.test_reader_pages import publish

pytestmark = pytest.mark.django_db

UNTRANSLATED = "belum diterjemahkan"


@pytest.fixture
def corrected(reviewer):
    """A brief published twice. The first publication: a key point with an Indonesian statement, dated
    October 2023; the White House says more than 1,000 containers went (said 13 Oct 2023), by air from
    Pyongyang to Moscow in October 2023; a report paraphrased in English dates trains on 26 Feb 2024.
    The second: the key point reworded (in both languages), the figure corrected to 2,000, the
    paraphrased report redated to 4 Mar 2024, the flight's period corrected to November 2023."""
    Actor.objects.filter(slug="white-house").update(name_indonesian="Gedung Putih")
    point = PropositionFactory(
        statement="Shells go west.",
        statement_indonesian="Peluru dikirim ke barat.",
        brief__slug="arms",
        event_start=dt.date(2023, 10, 1),
        event_precision=Claim.Precision.MONTH,
    )
    stated, paraphrased = approved_claims(
        2, key_point=point, reviewer=reviewer, speaker=Actor.objects.get(slug="white-house")
    )
    ClaimFigure.objects.create(claim=stated, value=1000, unit="containers", qualifier="more_than")
    Claim.objects.filter(pk=stated.pk).update(said_on=dt.date(2023, 10, 13), said_on_precision="day")
    Claim.objects.filter(pk=paraphrased.pk).update(
        paraphrase="Kirby says trains left Najin.",
        event_start=dt.date(2024, 2, 26),
        event_precision=Claim.Precision.DAY,
    )
    Movement.objects.create(
        claim=stated,
        origin=Place.objects.get(name="Pyongyang"),
        destination=Place.objects.get(name="Moscow"),
        mode=Movement.Mode.AIR,
        period_start=dt.date(2023, 10, 1),
        period_precision=Claim.Precision.MONTH,
    )
    publish(point, reviewer)

    Proposition.objects.filter(pk=point.pk).update(
        statement="Shells went west.", statement_indonesian="Peluru sudah dikirim ke barat."
    )
    ClaimFigure.objects.filter(claim=stated).update(value=2000)
    Claim.objects.filter(pk=paraphrased.pk).update(event_start=dt.date(2024, 3, 4))
    Movement.objects.filter(claim=stated).update(period_start=dt.date(2023, 11, 1))
    publish(point, reviewer)
    return point


def indonesian_history(client) -> str:
    page = client.get("/briefs/arms/revisions/", HTTP_ACCEPT_LANGUAGE="id").text
    return page[page.index('<li id="revision-2">') : page.index('<li id="revision-1">')]


def test_a_reworded_key_point_reads_in_its_indonesian_statements(client, corrected):
    changes = indonesian_history(client)
    assert (
        "Poin utama dirumuskan ulang: <q>Peluru sudah dikirim ke barat.</q> "
        "<small>(sebelumnya <q>Peluru dikirim ke barat.</q>)</small>"
    ) in changes
    assert "Shells" not in changes


def test_a_corrected_figure_reads_as_the_key_figures_write_it(client, corrected):
    changes = indonesian_history(client)
    assert "Angka penting dihapus: lebih dari 1.000 kontainer" in changes
    assert "Angka penting ditambahkan: lebih dari 2.000 kontainer" in changes
    assert "containers" not in changes and "more than" not in changes


def test_a_redated_timeline_entry_has_indonesian_dates_and_marks_the_untranslated_paraphrase(
    client, corrected
):
    changes = indonesian_history(client)
    marked = f'<span lang="en">Kirby says trains left Najin.</span> <small class="untranslated">({UNTRANSLATED})</small>'
    assert f"Entri lini masa dihapus: 26 Feb 2024 — {marked}" in changes
    assert f"Entri lini masa ditambahkan: 4 Mar 2024 — {marked}" in changes
    # The key point's own entry reads as its statement, in Indonesian, like the brief page's timeline.
    assert "Entri lini masa dihapus: Okt 2023 — Peluru dikirim ke barat." in changes
    assert "Entri lini masa ditambahkan: Okt 2023 — Peluru sudah dikirim ke barat." in changes


def test_a_corrected_route_names_the_places_in_indonesian(client, corrected):
    changes = indonesian_history(client)
    assert "Rute dikoreksi di peta: Pyongyang → Moskow, lewat udara" in changes
    assert "Moscow" not in changes and "by air" not in changes


def test_the_english_history_states_the_changes_as_the_snapshots_word_them(client, corrected):
    page = client.get("/briefs/arms/revisions/").text
    for change in (
        "Key point reworded: <q>Shells went west.</q> <small>(was <q>Shells go west.</q>)</small>",
        "Timeline entry removed: Oct 2023 — Shells go west.",
        "Timeline entry added: 4 Mar 2024 — Kirby says trains left Najin.",
        "Key figure removed: more than 1,000 containers",
        "Key figure added: more than 2,000 containers",
        "Route corrected on the map: Pyongyang → Moscow, by air",
    ):
        assert change in page
    assert "Peluru" not in page and "Moskow" not in page and "not yet translated" not in page
