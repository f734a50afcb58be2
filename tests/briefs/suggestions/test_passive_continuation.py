"""A sentence that opens on a reporting verb's passive, naming no agent ("Dikatakan bahwa …",
"Disebutkannya, …"), goes on with what the last speaker said. A new kind of inference: a hint (< 0.6)."""

from __future__ import annotations

import pytest

from tests.briefs.suggestions.helpers import suggest

_BEFORE = "Kementerian Pertahanan Rusia mengatakan konvoi itu telah tiba di perbatasan pada malam hari. "


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        ("Dikatakan bahwa para pengemudi truk juga kekurangan bahan bakar.", "para pengemudi truk"),
        ("Disebutkannya, gudang amunisi di Belgorod sudah hampir penuh.", "gudang amunisi di Belgorod"),
        ("Ditambahkan pula bahwa konvoi kedua akan berangkat pekan depan.", "konvoi kedua akan berangkat"),
        ("Lebih lanjut, dijelaskan bahwa seluruh muatan diperiksa di Rostov.", "seluruh muatan diperiksa"),
    ],
)
def test_a_passive_opener_goes_on_with_the_last_speaker(follow_up, said):
    found = [s for s in suggest(_BEFORE + follow_up) if said in s.quote]
    assert len(found) == 1, found
    assert found[0].speaker_key == "russia-defence-ministry"
    assert found[0].confidence < 0.6


def test_a_person_named_before_keeps_speaking_after_dikatakannya():
    body = (
        "Pengamat militer Darmawan Sutikno menyampaikan bahwa pabrik itu bekerja siang dan malam. "
        "Dikatakannya, produksi peluru naik dua kali lipat sejak Maret."
    )
    found = [s for s in suggest(body) if "produksi peluru" in s.quote]
    assert len(found) == 1 and "Darmawan Sutikno" in found[0].speaker_name + found[0].speaker_text


@pytest.mark.parametrize(
    "follow_up",
    [
        # an agent or a place of saying follows: other rules read those, or nobody speaks
        "Dikatakan oleh seorang sopir, jalan itu rusak parah sejak musim hujan.",
        "Disebutkan dalam dokumen itu, gudang amunisi di Belgorod sudah penuh.",
        # "dikatakan sebagai": what something is called, no statement
        "Dikatakan sebagai jalur terpendek, rute itu dipakai sejak tahun lalu.",
    ],
)
def test_an_agent_or_a_description_after_the_passive_is_no_continuation(follow_up):
    assert not any(s.cue.startswith("di") and s.cue != "dikutip" for s in suggest(_BEFORE + follow_up))


def test_with_no_speaker_before_a_passive_opener_says_nothing():
    body = "Cuaca di perbatasan memburuk sejak Senin. Dikatakan bahwa jalan menuju gudang tertutup salju."
    assert suggest(body) == []
