"""Who carried a report is not who said it: a sentence whose subject speaks, tagged ", lapor BBC.", is the
subject's; and a body named after the state it belongs to ("media Jepang NHK melaporkan") speaks itself."""

from __future__ import annotations

import pytest

from tests.briefs.suggestions.helpers import only, suggest


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Komandan brigade Ukraina Taras Melnyk untuk pertama kalinya mengungkapkan bahwa unitnya bentrok "
            "dengan pasukan asing, lapor BBC.",
            "Taras Melnyk",
        ),
        (
            "Analis militer Darmawan Sutikno mengatakan bahwa gudang itu terbakar dua kali, lapor Kompas.",
            "Darmawan Sutikno",
        ),
        (
            "Juru bicara kota itu, Olena Kravets, menegaskan pasokan listrik sudah pulih, lapor Ukrinform.",
            "Olena Kravets",
        ),
    ],
)
def test_the_speaker_of_a_tagged_report_is_its_subject(sentence, name):
    found = suggest(sentence)
    assert found and all(s.speaker_name == name for s in found), found


def test_a_tagged_sentence_with_no_speaker_of_its_own_stays_the_carriers():
    found = suggest("Gudang amunisi di dekat perbatasan terbakar dua kali pekan ini, lapor Ukrinform.")
    assert found and all(s.speaker_name != "" or s.speaker_text for s in found)
    assert any("Ukrinform" in s.speaker_text for s in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Media Jepang NHK melaporkan bahwa kapal itu berlabuh di Nampo pada malam hari.", "NHK"),
        ("Harian Korea Selatan Dong-a Ilbo melaporkan bahwa kapal itu berlabuh di Nampo.", "Dong-a Ilbo"),
        ("Lembaga kajian Jerman SWP menyebutkan bahwa kapal itu berlabuh di Nampo.", "SWP"),
    ],
)
def test_a_body_named_after_its_state_speaks_itself(sentence, name):
    found = [s for s in suggest(sentence) if "kapal itu berlabuh" in s.quote]
    assert len(found) == 1 and found[0].speaker_name == name, found


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # a person the registry knows after the state: the person speaks, as before
        ("Presiden Korea Selatan Yoon mengatakan bahwa kapal itu berlabuh di Nampo.", "yoon-suk-yeol"),
        # a state with no descriptor before it: the state speaks
        ("Korea Selatan Senin mengatakan bahwa kapal itu berlabuh di Nampo.", "south-korea"),
    ],
)
def test_other_subjects_around_a_state_are_unchanged(sentence, key):
    found = [s for s in suggest(sentence) if "kapal itu berlabuh" in s.quote]
    assert len(found) == 1 and found[0].speaker_key == key, found


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Kantor berita itu mengutip Rusia mengatakan bahwa latihan tersebut bersifat rutin.", "russia"),
        ("Yonhap mengutip Jepang menyatakan bahwa kapal itu berlayar tanpa izin.", "japan"),
        ("Media itu juga mengutip Korea Selatan menyebutkan bahwa patroli telah ditambah.", "south-korea"),
    ],
)
def test_the_one_an_agency_quotes_before_the_verb_speaks(sentence, key):
    claim = only(suggest(sentence))
    assert claim.speaker_key == key


@pytest.mark.parametrize(
    "sentence",
    [
        # "mengutip" with what is quoted, then a verb of the agency's own: no one else speaks
        "Yonhap mengutip laporan itu dan menyatakan bahwa kapal itu berlayar tanpa izin.",
        # the quoted source is a document nobody is named for
        "Yonhap mengutip dokumen internal menyebutkan bahwa kapal itu berlayar tanpa izin.",
    ],
)
def test_no_actor_quoted_before_the_verb_leaves_the_agency(sentence):
    assert all(s.speaker_key in ("yonhap", None) for s in suggest(sentence))


@pytest.mark.parametrize(
    ("subject", "owner"),
    [
        ("Sumber NHK", "NHK"),
        ("Para pejabat Pentagram Group", "Pentagram Group"),
        ("Seorang analis Lowy", "Lowy"),
    ],
)
def test_unnamed_people_of_a_body_nobody_registered_carry_its_name(subject, owner):
    body = f"{subject} menyebutkan bahwa kapal itu berlabuh di Nampo pada malam hari."
    found = [s for s in suggest(body) if "kapal itu berlabuh" in s.quote]
    assert len(found) == 1 and owner in found[0].speaker_text, found
    assert found[0].confidence < 0.6


@pytest.mark.parametrize("subject", ["Sejumlah pejabat Senin", "Para analis Maret lalu"])
def test_a_day_or_month_after_unnamed_people_is_no_owner(subject):
    body = f"{subject} menyebutkan bahwa kapal itu berlabuh di Nampo pada malam hari."
    found = [s for s in suggest(body) if "kapal itu berlabuh" in s.quote]
    assert all("Senin" not in s.speaker_text and "Maret" not in s.speaker_text for s in found)
