"""Families of stance behind the misses of the r7a pages (read only after their first, unseen score), each
written here in several variants of our own, with other names, words and word orders: a rule must hold for
the family, not for the page that showed it. Each family has its negative cases, the readings the seed and
tune gold keep as assertions."""

from __future__ import annotations

import pytest

from briefs.suggestions.rules import ASSERTS, CONDEMNS, CONFIRMS, PLEDGES, WARNS
from briefs.suggestions.stance import refine_stance
from tests.briefs.suggestions.helpers import suggest


def _stance(said: str) -> str:
    return refine_stance(ASSERTS, said, "")


# --- a price or a penalty announced warns ----------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Kami akan bekerja dengan sekutu agar rezim itu membayar mahal atas agresinya.",
        "Pemerintah akan memperketat sanksi terhadap perusahaan pelayaran tersebut.",
        "Washington siap menjatuhkan sangsi baru kepada para perantara senjata.",
        "Siapa pun yang membantu pengiriman itu akan membayar mahal.",
    ],
)
def test_a_price_or_penalty_announced_warns(said: str):
    assert _stance(said) == WARNS


# --- a threat to be faced or watched for warns -----------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Angkatan laut siap sepenuhnya untuk menghalau ancaman dari utara.",
        "Tokyo tidak akan mengabaikan potensi ancaman dari latihan gabungan itu.",
        "Kita harus tetap waspada terhadap gerakan pasukan di perbatasan.",
        "Hal ini menjadi sumber keprihatinan serius bagi kawasan Asia Timur.",
        "Kementerian akan mewaspadai ancaman siber dari kelompok peretas.",
    ],
)
def test_a_threat_to_face_or_watch_warns(said: str):
    assert _stance(said) == WARNS


@pytest.mark.parametrize(
    "said",
    [
        "Latihan itu bukan ancaman bagi negara mana pun.",
        "Kapal-kapal itu berlabuh di pelabuhan Rajin pekan lalu.",
    ],
)
def test_no_threat_named_stays_an_assertion(said: str):
    assert _stance(said) == ASSERTS


# --- a demand that it stop condemns ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "perdagangan senjata gelap antara kedua rezim harus segera dihentikan.",
        "Pengiriman amunisi lewat jalur kereta itu harus dihentikan.",
        "kerja sama militer yang ilegal ini harus segera dihentikan oleh Moskow.",
    ],
)
def test_a_demand_that_it_stop_condemns(said: str):
    assert _stance(said) == CONDEMNS


@pytest.mark.parametrize(
    "said",
    [
        # the gold's reading: a breach named, or a sign of despair, is an assertion
        "pengiriman rudal oleh Pyongyang melanggar resolusi Dewan Keamanan PBB.",
        "Kesepakatan itu sebagai tanda keputusasaan Kremlin dalam perang.",
    ],
)
def test_a_breach_or_despair_named_stays_an_assertion(said: str):
    assert _stance(said) == ASSERTS


# --- a finding vouched for in the first person confirms --------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Kami dapat memastikan bahwa kapal itu telah membongkar muatan amunisi.",
        "“Saya bisa mengonfirmasi pasukan itu sudah tiba di Kursk,”",
        "Kami memastikan bahwa pengiriman pertama telah selesai bulan lalu.",
    ],
)
def test_a_first_person_finding_confirms(said: str):
    assert _stance(said) == CONFIRMS


@pytest.mark.parametrize(
    "said",
    [
        # not first in the quotation: the quotation's first claim is what it asserts
        "Grup itu terus mencari pemasok. Kami dapat memastikan bahwa pengiriman awal selesai.",
        # "memastikan" as "to ensure", an undertaking, not a finding
        "Kami memastikan keamanan para diplomat di ibu kota.",
    ],
)
def test_a_first_person_finding_later_in_the_quote_is_not_the_stance(said: str):
    assert _stance(said) != CONFIRMS


# --- full support declared pledges -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "sepenuhnya mendukung langkah Moskow di medan perang.",
        "Pyongyang mendukung sepenuhnya operasi militer sekutunya.",
        "negaranya mendukung penuh perjuangan rakyat Rusia.",
    ],
)
def test_full_support_declared_pledges(said: str):
    assert _stance(said) == PLEDGES


def test_the_families_reach_the_suggestions():
    body = (
        "Menteri Luar Negeri Inggris James Cleverly mengecam pengiriman itu.\n"
        "“Kami akan memastikan bahwa rezim itu membayar mahal atas dukungannya,” kata Cleverly."
    )
    claims = [claim for claim in suggest(body) if "membayar mahal" in claim.quote]
    assert claims and claims[0].stance == WARNS


# --- a person the registry does not know, later called by the first word of the name -------------------
@pytest.mark.parametrize(
    ("body", "words", "name"),
    [
        (
            "Pengamat militer, Bayu Pranoto, menilai latihan itu berbahaya.\n"
            "“Kawasan ini bisa memanas dalam hitungan hari,” kata Bayu dalam diskusi daring, Senin.",
            "Kawasan ini bisa memanas",
            "Bayu Pranoto",
        ),
        (
            "Dosen hubungan internasional Rina Wulandari ikut berkomentar.\n"
            "Menurut Rina, pakta itu akan mengubah peta keamanan Asia Timur.",
            "pakta itu akan mengubah peta",
            "Rina Wulandari",
        ),
        (
            "Jang Minseok, wakil menteri pertahanan Korea Selatan, berbicara di Seoul.\n"
            "“Kami memantau setiap kapal yang berlayar ke Vladivostok,” ujar Jang.",
            "Kami memantau setiap kapal",
            "Jang Minseok",
        ),
    ],
)
def test_a_local_person_called_by_the_first_word_of_the_name(body: str, words: str, name: str):
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    assert found[0].speaker_name == name


def test_a_first_word_two_people_share_names_neither():
    body = (
        "Analis militer Bayu Pranoto menilai uji coba itu sebagai pesan politik. Peneliti senior Bayu"
        " Hartono menyebut hal serupa.\n"
        "“Rudal itu bukan barang baru,” kata Bayu."
    )
    found = [claim for claim in suggest(body) if "Rudal itu bukan barang baru" in claim.quote]
    assert found, suggest(body)
    assert found[0].speaker_name not in {"Bayu Pranoto", "Bayu Hartono"}


# --- a view voiced, its noun then a "bahwa" clause -------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ("Xi menyuarakan keyakinan bahwa Beijing tidak ingin melihat eskalasi.", "Beijing tidak ingin", "Xi"),
        (
            "Menteri Hadi Prasetyo melontarkan pendapat bahwa sanksi itu tidak efektif.",
            "sanksi itu tidak efektif",
            "Hadi Prasetyo",
        ),
        (
            "Perdana Menteri Sato Kenji juga mengekspresikan harapan kuat bahwa kedua Korea kembali berunding.",
            "kedua Korea kembali berunding",
            "Sato Kenji",
        ),
    ],
)
def test_a_view_voiced_before_bahwa_is_a_statement(body: str, words: str, speaker: str):
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    assert speaker in found[0].speaker_text
    assert found[0].stance == ASSERTS


def test_support_voiced_without_bahwa_is_no_statement():
    assert not suggest("Menlu Retno menyuarakan dukungan untuk rakyat Palestina.")


# --- a named speaker opening what a source reports -------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Kantor berita TASS melaporkan Kim Jong Un berjanji akan melakukan segala hal untuk membantu Moskow.",
            "melakukan segala hal",
            "kim-jong-un",
        ),
        (
            "Yonhap mengabarkan Menteri Luar Negeri Rusia Sergey Lavrov membantah adanya kesepakatan senjata.",
            "kesepakatan senjata",
            "sergey-lavrov",
        ),
        (
            "Media pemerintah memberitakan Presiden Vladimir Putin berjanji memperdalam kerja sama pertahanan.",
            "memperdalam kerja sama pertahanan",
            "vladimir-putin",
        ),
    ],
)
def test_a_name_after_a_verb_that_reports_a_clause_is_its_speaker(body: str, words: str, speaker: str):
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    assert min(found, key=lambda claim: len(claim.quote)).speaker_key == speaker


def test_a_name_after_a_verb_that_takes_a_person_is_still_its_object():
    body = "Putin menyambut Kim Jong Un di bandara, berjanji membantu pembangunan satelit."
    found = [claim for claim in suggest(body) if "membantu pembangunan satelit" in claim.quote]
    assert found and found[0].speaker_key == "vladimir-putin"
