"""Families of layouts behind the misses of the r6a pages (read only after their first, unseen score), each
written here in several variants of our own, with other names, verbs, word orders and punctuation: a rule
must hold for the family, not for the page that showed it."""

from __future__ import annotations

import pytest

from briefs.suggestions.confidence import HINT
from tests.briefs.suggestions.helpers import suggest


def _quoting(body: str, words: str):
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    return found[0]


# --- the attribution as a sentence of its own after a quotation closed on a full stop --------------------
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Lavrov kembali bicara soal sanksi.\n“Kami tidak akan tunduk pada tekanan Barat.” Imbuh Lavrov.",
            "sergey-lavrov",
        ),
        (
            "Peskov menyinggung latihan itu.\n“Latihan ini hanya memperkeruh keadaan di kawasan.” Jelas Peskov"
            " kepada wartawan.",
            "dmitry-peskov",
        ),
        (
            "Dubes itu menolak tuduhan. Pemerintah Barat “tidak berhak menghakimi negara berdaulat!” Tegas"
            " Zakharova.",
            "maria-zakharova",
        ),
        ("“Rudal itu jatuh di laut lepas. Tidak ada korban.” Ujar Kirby, Jumat malam.", "john-kirby"),
    ],
)
def test_a_capitalised_tag_after_the_full_stop_names_the_speaker(body: str, speaker: str):
    claim = _quoting(body, body.split("“")[1].split()[1])
    assert claim.speaker_key == speaker
    assert claim.confidence <= HINT  # a layout the confidence table has not measured


@pytest.mark.parametrize(
    "body",
    [
        "“Kami mengutuk uji coba rudal itu dengan tegas. Kata Kirby, dalam jumpa pers di Washington.",
        "“Kami mengutuk uji coba rudal itu dengan tegas. Kata Kirby dalam jumpa pers. “Ini pelanggaran.",
        "“Kami mengutuk uji coba rudal itu dengan tegas. Ujar Kirby, Kamis.",
    ],
)
def test_a_quotation_left_open_closes_at_a_capitalised_tag(body: str):
    claim = _quoting(body, "Kami mengutuk uji coba")
    assert claim.speaker_key == "john-kirby"
    assert "Kirby" not in claim.quote
    assert claim.confidence <= HINT


@pytest.mark.parametrize(
    "body",
    [
        "“Kami siap berunding kapan saja.” Jelas sekali Moskow tidak berniat mundur.",
        "“Kami siap berunding kapan saja.” Jelas Rusia tidak berniat mundur.",
        "“Kami siap berunding kapan saja.” Tegas dan singkat, pesan itu beredar luas.",
    ],
)
def test_a_capitalised_word_opening_an_ordinary_sentence_names_nobody(body: str):
    named = [claim.speaker_key for claim in suggest(body) if "siap berunding" in claim.quote]
    assert "russia" not in named


# --- the bare roots of headline-style leads -------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker", "stance"),
    [
        (
            "Menlu Rusia Sergey Lavrov kecam latihan gabungan Amerika Serikat di Semenanjung Korea.",
            "latihan gabungan",
            "sergey-lavrov",
            "condemns",
        ),
        (
            "Juru bicara Kremlin Dmitry Peskov tegaskan Moskow tidak pernah membeli senjata dari Pyongyang.",
            "tidak pernah membeli",
            "dmitry-peskov",
            "asserts",
        ),
        (
            "Pyongyang bantah laporan soal pengiriman rudal ke Rusia.",
            "pengiriman rudal",
            "north-korea",
            "denies",
        ),
        (
            "Kirby sebut Korea Utara telah mengirim ribuan peluru artileri.",
            "ribuan peluru",
            "john-kirby",
            "asserts",
        ),
        (
            "Kim Yo Jong kutuk rencana latihan militer sekutu, Sabtu (28/1), menambahkan pihaknya akan terus"
            " mendukung Rusia.",
            "rencana latihan",
            "kim-yo-jong",
            "condemns",
        ),
    ],
)
def test_a_bare_root_after_its_subject_reports(body: str, words: str, speaker: str, stance: str):
    claim = _quoting(body, words)
    assert (claim.speaker_key, claim.stance) == (speaker, stance)
    assert claim.confidence <= HINT


@pytest.mark.parametrize(
    "body",
    [
        "Sebut saja kesepakatan itu sebagai barter senjata dengan pangan dari Moskow.",
        "Pengamat itu menuai kritik karena pernyataannya soal Korea Utara pekan lalu.",
    ],
)
def test_bare_words_that_are_no_verb_report_nothing(body: str):
    assert suggest(body) == []


# --- "keduanya", "mereka berdua", "kedua pemimpin": the two a meeting joined ----------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Jepang dan Korea Selatan mengkritik latihan itu. Saat Lavrov bertemu Choe Son Hui di Moskow,"
            " keduanya mengecam sanksi sepihak negara-negara Barat terhadap Pyongyang.",
            "sanksi sepihak",
            "sergey-lavrov",
        ),
        (
            "Washington dan Seoul telah lama memperingatkan hal itu. Ketika Shoigu mengunjungi Kim Jong Un,"
            " kedua pemimpin itu menegaskan hubungan militer akan terus diperdalam.",
            "hubungan militer",
            "sergey-shoigu",
        ),
        (
            "Jepang dan Korea Selatan mengkritik pakta itu. Putin menjamu Menteri Luar Negeri Korea Utara Choe"
            " Son Hui di Kremlin. Keduanya menegaskan kemitraan kedua negara akan diperluas.",
            "kemitraan kedua negara",
            "vladimir-putin",
        ),
        (
            "Amerika Serikat dan Inggris mengecam kunjungan itu. Peskov berbicara dengan Lavrov di Moskow pada"
            " Selasa. Mereka berdua menyebut tuduhan Barat sebagai fitnah yang tidak berdasar.",
            "tuduhan Barat",
            "dmitry-peskov",
        ),
    ],
)
def test_a_dual_pronoun_refers_to_the_two_a_meeting_joined(body: str, words: str, speaker: str):
    assert _quoting(body, words).speaker_key == speaker


def test_what_a_state_received_is_no_party_to_a_meeting():
    body = (
        "Seoul mengkritik langkah itu. Rusia menerima rudal dari Korea Utara, menurut intelijen. Mereka"
        " membantah laporan tersebut pada Jumat."
    )
    assert _quoting(body, "laporan tersebut").speaker_key == "russia"


# --- the source last, with its verb and a time: "…, media pemerintah Korea Utara melaporkan Kamis." -------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Choe Son Hui dan Lavrov membahas kerja sama energi lalu meninjau pelabuhan baru, media pemerintah"
            " Korea Utara melaporkan Jumat.",
            "meninjau pelabuhan baru",
            "north-korea",
        ),
        (
            "Rusia telah menembakkan puluhan rudal buatan Korea Utara sejak Desember, Kirby mengatakan kepada"
            " wartawan, Senin.",
            "puluhan rudal",
            "john-kirby",
        ),
        (
            "Kapal-kapal itu mematikan transponder saat berlayar ke pelabuhan Dunay, otoritas Korea Selatan"
            " mengatakan, Rabu (6/3).",
            "mematikan transponder",
            "south-korea",
        ),
    ],
)
def test_the_source_closing_a_sentence_with_a_time_speaks(body: str, words: str, speaker: str):
    assert _quoting(body, words).speaker_key == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Korea Utara mengirim lebih banyak peluru artileri bulan ini, kantor berita Yonhap melaporkan Selasa (5/3).",
        "Pasukan itu sudah berada di Kursk, Reuters melaporkan pekan lalu.",
        "Rudal itu jatuh di laut, Yonhap melaporkan pada hari Jumat.",
    ],
)
def test_a_day_after_the_verb_is_nothing_said(body: str):
    assert not [claim for claim in suggest(body) if claim.quote.split()[0] in ("Selasa", "pekan", "pada")]


# --- a name after a kin word is whose relative speaks ------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Saudari berpengaruh sang pemimpin Korea Utara Kim Jong Un, itu pun menyebut bahwa Pyongyang akan"
            " berdiri bersama Moskow.",
            "berdiri bersama Moskow",
        ),
        (
            "Adik perempuan Kim Jong Un mengatakan Seoul akan membayar mahal atas provokasi itu.",
            "membayar mahal",
        ),
        (
            "Pernyataan itu dirilis Selasa. “Kami tidak akan pernah berunding,” kata adik Kim Jong Un tersebut.",
            "tidak akan pernah berunding",
        ),
    ],
)
def test_a_sibling_named_by_her_brother_is_the_registry_sibling(body: str, words: str):
    assert _quoting(body, words).speaker_key == "kim-yo-jong"


@pytest.mark.parametrize(
    "body",
    [
        "Istri Presiden Vladimir Putin mengatakan kunjungan itu berjalan lancar dan penuh persahabatan.",
        "Putri Presiden Yoon Suk Yeol menyebut acara itu sebagai perayaan yang meriah bagi keluarga.",
    ],
)
def test_a_relative_the_registry_does_not_know_is_not_the_named_person(body: str):
    named = {claim.speaker_key for claim in suggest(body)}
    assert not named & {"vladimir-putin", "yoon-suk-yeol"}


def test_the_person_without_a_kin_word_still_speaks():
    assert _quoting(
        "Kim Jong Un mengatakan Korea Utara akan terus mendukung Rusia.", "terus mendukung"
    ).speaker_key == ("kim-jong-un")


# --- a doubt voiced, a suggestion made -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Peskov ragu bahwa sanksi baru itu akan mengubah kebijakan Moskow.",
            "sanksi baru itu",
            "dmitry-peskov",
        ),
        (
            "Kirby masih ragu-ragu apakah kapal itu membawa amunisi ke Rusia.",
            "kapal itu membawa",
            "john-kirby",
        ),
        (
            "Seoul ragu bahwa Pyongyang akan menghentikan pengiriman senjata.",
            "menghentikan pengiriman",
            "south-korea",
        ),
    ],
)
def test_a_doubt_voiced_questions(body: str, words: str, speaker: str):
    claim = _quoting(body, words)
    assert (claim.speaker_key, claim.stance) == (speaker, "questions")


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Lavrov menyarankan Pyongyang dapat menjadi mitra dagang utama Moskow.",
            "mitra dagang",
            "sergey-lavrov",
        ),
        (
            "Kirby mengusulkan sekutu memperketat pengawasan kapal di Laut Jepang.",
            "pengawasan kapal",
            "john-kirby",
        ),
        (
            "Korea Selatan telah menyarankan Dewan Keamanan memperbarui panel pemantau sanksi.",
            "panel pemantau",
            "south-korea",
        ),
    ],
)
def test_a_suggestion_is_what_was_said(body: str, words: str, speaker: str):
    assert _quoting(body, words).speaker_key == speaker
