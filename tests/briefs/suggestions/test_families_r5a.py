"""Families of layouts behind the misses of pages nobody had read (round r5a), each written here in several
variants of our own: a rule must hold for the family, not for the page that showed it."""

from __future__ import annotations

import pytest

from tests.briefs.suggestions.helpers import suggest


def _quoting(body: str, words: str):
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    return found[0]


@pytest.mark.parametrize(
    "body",
    [
        "“Pasukan itu belum pernah melihat internet,” cuit Kirby di media sosial.",
        "Kirby menulis di X. “Pasukan itu belum pernah melihat internet,” kicaunya.",
        "Kirby mencuit bahwa pasukan itu belum pernah melihat internet.",
        "“Pasukan itu belum pernah melihat internet,” cuit Kirby .",
    ],
)
def test_what_was_posted_is_said(body: str):
    assert _quoting(body, "belum pernah melihat").speaker_key == "john-kirby"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Sementara itu, Korea Selatan mengusulkan bahwa kesepakatan itu lebih besar dari dugaan.",
            "south-korea",
        ),
        ("Lavrov menyarankan bahwa kesepakatan itu lebih besar dari dugaan.", "sergey-lavrov"),
        ("Kirby berargumen bahwa kesepakatan itu lebih besar dari dugaan.", "john-kirby"),
        ("Peskov beralasan bahwa kesepakatan itu lebih besar dari dugaan.", "dmitry-peskov"),
    ],
)
def test_any_active_verb_before_bahwa_reports(body: str, speaker: str):
    assert _quoting(body, "lebih besar dari dugaan").speaker_key == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Kirby mengetahui bahwa kesepakatan itu lebih besar dari dugaan.",
        "Kirby mendengar bahwa kesepakatan itu lebih besar dari dugaan.",
        "Data itu membuktikan bahwa kesepakatan itu lebih besar dari dugaan.",
    ],
)
def test_verbs_of_knowing_before_bahwa_report_nobody(body: str):
    assert suggest(body) == []


def test_a_verb_known_only_by_its_bahwa_does_not_open_a_statement_inside_another():
    body = (
        "Badan Intelijen Nasional mengatakan militer Rusia mengeluh bahwa pasukan itu kurang terlatih "
        "dan mengatakan mereka dikerahkan sebagai penyerang."
    )
    assert {claim.speaker_key for claim in suggest(body)} == {"south-korea-nis"}


@pytest.mark.parametrize(
    ("body", "speaker", "stance"),
    [
        (
            "Laporan itu menyusul pengumuman Presiden Volodymyr Zelensky pada tanggal 25 Oktober bahwa "
            "pasukan asing akan tiba.",
            "volodymyr-zelensky",
            "asserts",
        ),
        (
            "Ia menanggapi tuduhan Presiden Zelensky bahwa pasukan asing akan tiba.",
            "volodymyr-zelensky",
            "asserts",
        ),
        (
            "Hal itu menanggapi bantahan juru bicara Kremlin Dmitry Peskov kemarin bahwa pasukan asing akan tiba.",
            "dmitry-peskov",
            "denies",
        ),
        (
            "Langkah itu menyusul janji Putin pekan lalu bahwa pasukan asing akan tiba.",
            "vladimir-putin",
            "pledges",
        ),
        ("Langkah itu menyusul kecaman Lavrov bahwa pasukan asing akan tiba.", "sergey-lavrov", "condemns"),
    ],
)
def test_a_statement_named_by_its_noun_with_a_title_or_a_time(body: str, speaker: str, stance: str):
    claim = _quoting(body, "pasukan asing akan tiba")
    assert (claim.speaker_key, claim.stance) == (speaker, stance)


@pytest.mark.parametrize(
    "body",
    [
        "Militer Korea Utara mengklaim pasukannya membebaskan desa itu, menurut perintah Kim Jong Un.",
        "Militer Korea Utara mengklaim pasukannya membebaskan desa itu, menurut instruksi Kim Jong Un.",
        "Menurut arahan Kim Jong Un, pasukan itu membebaskan desa tersebut pekan lalu.",
        "Menurut perjanjian Putin dan Kim Jong Un, pasukan itu membebaskan desa tersebut pekan lalu.",
    ],
)
def test_menurut_an_order_or_a_rule_is_no_attribution(body: str):
    assert all(claim.speaker_key != "kim-jong-un" for claim in suggest(body))


@pytest.mark.parametrize("acronym", ["DIA", "IA"])
def test_an_acronym_in_capitals_is_no_pronoun(acronym: str):
    body = (
        "Putin bertemu Kim di Vladivostok. "
        f"Badan Pengawas Logistik Korsel ({acronym}) menyatakan bahwa ribuan kontainer telah dikirim."
    )
    claim = _quoting(body, "ribuan kontainer")
    assert claim.speaker_key not in ("vladimir-putin", "kim-jong-un")


@pytest.mark.parametrize(
    "body",
    [
        "Intelijen Korea Selatan mengatakan ribuan tentara telah tiba.",
        "Ribuan tentara telah tiba, kata agen mata-mata Seoul pada hari Jumat.",
        "Badan intelijen Seoul menyebut ribuan tentara telah tiba.",
        "Dinas mata-mata Korsel menilai ribuan tentara telah tiba.",
    ],
)
def test_the_intelligence_of_a_state_is_its_spy_agency(body: str):
    assert _quoting(body, "tentara telah tiba").speaker_key == "south-korea-nis"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Pejabat intelijen Korea Selatan mengatakan ribuan tentara telah tiba.", "south-korea"),
        ("Intelijen militer Ukraina mengatakan ribuan tentara telah tiba.", "ukraine"),
    ],
)
def test_an_official_or_military_intelligence_is_not_the_spy_agency(body: str, speaker: str):
    assert _quoting(body, "ribuan tentara").speaker_key == speaker


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Wakil kepala dinas sandi Ukraina, Taras Bondar, dalam sebuah wawancara dengan Harian Nusantara menyebut "
            "bahwa pasokan itu besar.",
            "Taras Bondar",
        ),
        (
            "Duta Besar Rusia untuk PBB, Vassily Nebenzia, saat berbicara kepada Harian Nusantara Raya menilai "
            "bahwa pasokan itu besar.",
            "Vassily Nebenzia",
        ),
        ("Taras Bondar, dalam obrolan dengan CNN, menyebut bahwa pasokan itu besar.", "Taras Bondar"),
        (
            "Taras Bondar dalam obrolan dengan Harian Nusantara menyebut bahwa pasokan itu besar.",
            "Taras Bondar",
        ),
    ],
)
def test_where_or_to_whom_between_subject_and_verb_is_not_the_speaker(body: str, name: str):
    claim = _quoting(body, "pasokan itu besar")
    assert claim.speaker_name == name


def test_a_registry_speaker_keeps_the_verb_past_an_interview_outlet():
    body = "Lavrov, dalam wawancara dengan Harian Nusantara Raya, menegaskan bahwa pasokan itu besar."
    assert _quoting(body, "pasokan itu besar").speaker_key == "sergey-lavrov"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "“Pasukan kami ikut membebaskan desa itu,” ungkap KCNA, mengutip pernyataan dari Komisi Militer "
            "Pusat Korea Utara.",
            "north-korea",
        ),
        ("“Pasukan kami ikut membebaskan desa itu,” lapor KCNA mengutip Kim Jong Un.", "kim-jong-un"),
        (
            "“Pasukan kami ikut membebaskan desa itu,” tulis Yonhap, mengutip ucapan Yoon Suk Yeol.",
            "yoon-suk-yeol",
        ),
    ],
)
def test_an_agency_after_a_quote_relays_whom_it_quotes(body: str, speaker: str):
    assert _quoting(body, "membebaskan desa").speaker_key == speaker


def test_a_speaker_who_quotes_a_report_still_speaks():
    body = "“Pasukan kami ikut membebaskan desa itu,” kata Kirby, mengutip laporan intelijen."
    assert _quoting(body, "membebaskan desa").speaker_key == "john-kirby"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "“Kami mengecam pengiriman pasukan itu,” Kementerian Luar Negeri Korea Selatan mengutip pernyataannya.",
            "south-korea-foreign-ministry",
        ),
        ("“Kami mengecam pengiriman pasukan itu,” KCNA mengutip keterangan resminya.", "kcna"),
        ("“Kami mengecam pengiriman pasukan itu,” Kremlin mengutip siaran persnya.", "kremlin"),
    ],
)
def test_a_speaker_quoting_its_own_statement_speaks(body: str, speaker: str):
    assert _quoting(body, "mengecam pengiriman").speaker_key == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Korea Selatan menyampaikan protes keras atas pengiriman pasukan itu, kata Kementerian Luar "
            "Negeri sambil menyerukan penarikan mereka.",
            "south-korea-foreign-ministry",
        ),
        (
            "Korea Selatan menerima tamu dari Moskow. “Kami mengutuk keras pengiriman pasukan,” Kementerian Luar "
            "Negeri mengutip pernyataannya.",
            "south-korea-foreign-ministry",
        ),
        (
            "Rusia menerima delegasi Korea Utara. Kementerian Luar Negeri mengatakan pengiriman pasukan itu "
            "tidak pernah terjadi.",
            "russia-foreign-ministry",
        ),
    ],
)
def test_an_office_named_without_its_state_is_that_of_the_state_the_story_is_told_from(
    body: str, speaker: str
):
    claim = _quoting(body, "pengiriman pasukan")
    assert claim.speaker_key == speaker
    assert claim.confidence < 0.6  # a reading of the story, not a name: a hint to check


def test_an_office_with_its_state_after_it_is_that_state_s():
    body = "Korea Selatan menerima tamu dari Moskow. Kementerian Luar Negeri Ukraina mengatakan kunjungan itu lancar."
    assert _quoting(body, "kunjungan itu lancar").speaker_key == "ukraine"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Taras Melnyk, Dewan Riset Keamanan, mengatakan beberapa tentara tiba di Kursk.",
            "Taras Melnyk",
            "Dewan Riset Keamanan",
        ),
        (
            "Rina Hartati, Lembaga Kajian Pertahanan, menilai beberapa tentara tiba di Kursk.",
            "Rina Hartati",
            "Lembaga Kajian Pertahanan",
        ),
        (
            "Budi Santoso, Universitas Nusantara, berpendapat beberapa tentara tiba di Kursk.",
            "Budi Santoso",
            "Universitas Nusantara",
        ),
        (
            # the sentence before ends on a capitalised word: the name still opens its phrase
            "Pasukan itu bergerak ke perbatasan Rusia. Taras Melnyk, Dewan Riset Keamanan, mengatakan "
            "beberapa tentara tiba di Kursk.",
            "Taras Melnyk",
            "Dewan Riset Keamanan",
        ),
    ],
)
def test_an_institution_in_apposition_gives_a_name_its_role(body: str, name: str, role: str):
    claim = _quoting(body, "beberapa tentara tiba")
    assert (claim.speaker_name, claim.speaker_role) == (name, role)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Badan Sandi Angkatan Darat Ukraina (BSAD) melaporkan pergerakan itu. "
            "BSAD juga mengatakan, bukti itu berasal dari sebuah stasiun radio.",
            "ukraine",
        ),
        (
            "Badan Pengawas Logistik Korsel (BPLK) memantau jalur kereta. "
            "Menurut BPLK, bukti itu berasal dari sebuah stasiun radio.",
            "south-korea",
        ),
        (
            "Dinas Keamanan Federal Rusia (FSB) menangkap dua orang. "
            "Bukti itu berasal dari sebuah stasiun radio, kata FSB.",
            "russia",
        ),
    ],
)
def test_an_acronym_glossed_after_an_institution_stands_for_it(body: str, speaker: str):
    claim = _quoting(body, "ukti itu berasal")
    assert claim.speaker_key == speaker
    assert claim.confidence < 0.6  # read through the institution's name: a hint


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "“Pasukan itu tiba di Kursk pada pagi hari, kata Kirby kepada wartawan.\nIa tidak merinci.",
            "john-kirby",
        ),
        ('"Pasukan itu tiba di Kursk pada pagi hari, ujar Peskov di Moskow.', "dmitry-peskov"),
        (
            "Lavrov tiba di Pyongyang.\n“Pasukan itu tiba di Kursk pada pagi hari, tambahnya.\nIa tidak merinci.",
            "sergey-lavrov",
        ),
    ],
)
def test_a_quotation_left_open_closes_where_its_attribution_begins(body: str, speaker: str):
    claim = _quoting(body, "tiba di Kursk")
    assert claim.speaker_key == speaker
    assert claim.quote == "Pasukan itu tiba di Kursk pada pagi hari"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Badan Pengawas Logistik Korsel (BPLK) menyatakan bahwa ribuan kontainer dikirim. "
            "“Pasokan terus berlanjut,” kata badan tersebut.",
            "south-korea",
        ),
        (
            "Lembaga Kajian Strategis Jepang merilis laporan baru. Lembaga itu menilai pasokan terus berlanjut.",
            "japan",
        ),
        (
            "Dinas Intelijen Luar Negeri Rusia menerbitkan rilis. “Pasokan terus berlanjut,” ungkap dinas tersebut.",
            "russia",
        ),
    ],
)
def test_an_institution_spoken_of_again_is_the_one_its_head_word_named(body: str, speaker: str):
    claim = _quoting(body, "asokan terus berlanjut")
    assert claim.speaker_key == speaker and claim.confidence < 0.6


@pytest.mark.parametrize(
    ("body", "speaker", "sure"),
    [
        ("“Pasukan itu dipindahkan ke garis depan,” disampaikan Kirby di Gedung Putih.", "john-kirby", True),
        (
            "“Pasukan itu dipindahkan ke garis depan,” ditegaskan oleh juru bicara Kremlin Dmitry Peskov.",
            "dmitry-peskov",
            True,
        ),
        (
            "“Pasukan itu dipindahkan ke garis depan,” dilansir Intelijen Ukraina di situs webnya.",
            "ukraine",
            False,
        ),
        ("“Pasukan itu dipindahkan ke garis depan,” dilaporkan Yonhap.", "yonhap", False),
    ],
)
def test_a_passive_after_a_quote_names_its_speaker_or_its_source(body: str, speaker: str, sure: bool):
    claim = _quoting(body, "dipindahkan ke garis depan")
    assert claim.speaker_key == speaker
    assert (claim.confidence >= 0.6) is sure  # a source carrying it is only a guess


def test_a_quote_credited_with_dikutip_dari_has_no_speaker_in_the_credit():
    assert suggest("“Pasukan itu dipindahkan ke garis depan,” dikutip dari Reuters.") == []


@pytest.mark.parametrize(
    ("body", "speaker", "stance", "said"),
    [
        (
            "Ivanov tiba di Seoul. Ivanov “menegaskan bahwa latihan itu bukan ancaman bagi siapa pun”.",
            "Ivanov",
            "asserts",
            "latihan itu bukan ancaman bagi siapa pun",
        ),
        (
            "Peskov “membantah bahwa Moskow membeli peluru dari Pyongyang”.",
            "dmitry-peskov",
            "denies",
            "Moskow membeli peluru dari Pyongyang",
        ),
        (
            "Dalam jumpa pers, Lavrov “menegaskan kerja sama itu sah menurut hukum internasional”.",
            "sergey-lavrov",
            "asserts",
            "kerja sama itu sah menurut hukum internasional",
        ),
    ],
)
def test_a_quotation_that_opens_on_its_reporting_verb_is_the_subject_s(
    body: str, speaker: str, stance: str, said: str
):
    claim = _quoting(body, said)
    assert speaker in (claim.speaker_key, claim.speaker_text)
    assert (claim.stance, claim.quote) == (stance, said)


def test_a_word_quoted_after_a_reporting_verb_stays_in_the_reported_clause():
    claim = _quoting("Kirby menyebut pengiriman itu “mengkhawatirkan”.", "pengiriman itu")
    assert claim.speaker_key == "john-kirby" and "mengkhawatirkan" in claim.quote


def test_a_quotation_going_on_is_never_surer_than_the_one_it_continues():
    body = (
        "Badan Pengawas Logistik Korsel (BPLK) menyatakan bahwa ribuan kontainer dikirim. "
        "“Pasokan terus berlanjut,” kata badan tersebut dalam pernyataannya. "
        "“Militer kami terus memantau skala dukungan itu bersama negara-negara sekutu.”"
    )
    claims = suggest(body)
    first = next(claim for claim in claims if "Pasokan terus" in claim.quote)
    going_on = next(claim for claim in claims if "Militer kami" in claim.quote)
    assert going_on.speaker_key == first.speaker_key
    assert going_on.confidence <= first.confidence < 0.6
