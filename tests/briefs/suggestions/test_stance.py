"""Stance: from the cue verb, from the quoted words, and from a denial in context."""

from __future__ import annotations

import pytest

from briefs.suggestions.rules import ASSERTS, CONDEMNS, CONFIRMS, PLEDGES, WARNS
from briefs.suggestions.stance import first_person_stance, refine_stance
from tests.briefs.suggestions.helpers import only, quoting, suggest


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Pyongyang membantah telah mengirim peluru ke Rusia bulan lalu.", "denies"),
        ("Moskow menyangkal laporan tentang pembelian roket dari Korut.", "denies"),
        ("Kremlin menolak tuduhan bahwa Rusia membeli senjata dari Korut.", "denies"),
        ("Seoul mengecam transfer senjata antara kedua negara itu.", "condemns"),
        ("Tokyo mengutuk peluncuran rudal balistik pada pagi hari.", "condemns"),
        ("Lavrov mencemooh klaim intelijen Barat soal amunisi itu.", "condemns"),
        ("Blinken memperingatkan bahwa sanksi baru segera dijatuhkan.", "warns"),
        ("Jepang mengingatkan bahwa setiap transfer melanggar resolusi.", "warns"),
        ("Pemerintah Jepang khawatir jika Pyongyang memperoleh teknologi kapal selam.", "warns"),
        ("Kim Jong Un berjanji untuk memperkuat kerja sama strategis dengan Moskow.", "pledges"),
        ("Seoul berkomitmen untuk membantu Ukraina dengan peralatan nonmematikan.", "pledges"),
        ("Gedung Putih mengonfirmasi bahwa kapal kedua telah tiba di Dunay.", "confirms"),
        ("Seoul mengkonfirmasi adanya pengiriman kontainer tambahan.", "confirms"),
        ("Korsel membenarkan laporan tentang pengiriman kontainer tambahan.", "confirms"),
        ("Peskov mempertanyakan sumber informasi intelijen tersebut.", "questions"),
        ("Lavrov meragukan keakuratan citra satelit yang dirilis Washington.", "questions"),
        ("Kirby mengatakan bahwa kapal itu berlayar dua kali pekan lalu.", "asserts"),
    ],
)
def test_cue_verbs_give_their_stance(sentence, stance):
    assert only(suggest(sentence)).stance == stance


def test_membantah_gives_denies():
    assert only(suggest("Korut membantah laporan intelijen tentang pengiriman roket.")).stance == "denies"


def test_first_person_verb_in_a_quote_gives_the_stance():
    assert only(suggest("“Kami mengecam keras latihan itu,” kata Peskov.")).stance == "condemns"
    assert only(suggest("“Kami khawatir pasokan akan bertambah,” kata Kirby.")).stance == "warns"
    assert only(suggest("“Beberapa sudah kami konfirmasi,” kata Lim Soosuk.")).stance == "confirms"


def test_first_person_denial_in_a_quote_gives_denies():
    assert only(suggest('"Kami tidak pernah melakukan transaksi itu," kata Peskov.')).stance == "denies"


def test_negation_in_a_quote_after_a_denial_gives_denies():
    body = 'Kremlin menolak tuduhan itu pada Selasa. "Mereka tidak memberikan bukti apa pun," kata Peskov.'
    assert [c.stance for c in suggest(body)] == ["denies", "denies"]


def test_negation_without_a_denial_in_context_stays_asserts():
    assert only(suggest('"Kapal itu tidak cukup besar untuk rudal," kata Kirby.')).stance == "asserts"


def test_reported_clause_opening_with_tidak_ada_is_a_denial():
    assert only(suggest("Rusia mengatakan tidak ada kesepakatan yang ditandatangani.")).stance == "denies"


def test_set_phrase_tidak_akan_tinggal_diam_warns():
    assert first_person_stance("Kami tidak akan tinggal diam melihat ini") == "warns"


def test_a_cue_with_its_own_stance_wins_over_the_words():
    assert refine_stance("condemns", "kami tidak pernah", "tuduhan") == "condemns"


@pytest.mark.parametrize(
    ("said", "stance"),
    [
        ("Mereka terus mengulanginya tanpa memberikan bukti apa pun", "denies"),
        ("tuduhan semacam itu sebagai rumor belaka", "denies"),
        ("mereka tidak pernah menjual peluru ke negara mana pun", "denies"),
        ("Kami akan selalu berdiri di samping sahabat kami", "pledges"),
        ("Moskow memberikan dukungan penuh kepada sekutunya", "pledges"),
        ("Langkah itu sama saja dengan menghancurkan kamera pengawas", "condemns"),
        ("Veto itu adalah pengakuan bersalah yang sinis", "condemns"),
        ("pihaknya akan melakukan pembalasan yang setimpal", "warns"),
        ("hubungan kedua negara itu mengkhawatirkan", "warns"),
        ("Rusia akan terus memperkuat hubungan dengan Pyongyang", "asserts"),
    ],
)
def test_a_neutral_cue_gives_way_to_what_the_words_say(said, stance):
    assert refine_stance("asserts", said, "") == stance


def test_a_negation_in_a_purpose_clause_is_not_a_denial():
    said = "Ini seperti menutup jendela agar tidak terlihat dari luar"
    assert refine_stance("asserts", said, "menolak tuduhan itu") == "asserts"


def test_a_commitment_is_not_a_condemnation_for_naming_what_it_resists():
    said = "Kami akan selalu mendukung sekutu kami melawan gerakan hegemoni"
    assert refine_stance("asserts", said, "") == "pledges"


def test_a_statement_that_names_a_threat_warns():
    claim = only(
        suggest("Kirby mengatakan pengiriman rudal itu merupakan ancaman besar bagi keamanan kawasan.")
    )
    assert claim.stance == "warns"
    claim = only(suggest("Menurut Kirby, hal ini menjadi ancaman tidak hanya bagi Eropa tetapi juga Asia."))
    assert claim.stance == "warns"
    claim = only(suggest('"Mereka akan menjadi sasaran militer yang sah," kata Kirby.'))
    assert claim.stance == "warns"


def test_a_reported_intention_of_the_speaker_pledges():
    claim = only(suggest("Lavrov menyatakan berniat untuk bekerja sama dengan pemerintahan baru di Seoul."))
    assert claim.stance == "pledges"


def test_a_plain_violation_of_international_law_condemns():
    claim = only(suggest('"Peluncuran itu terang-terangan melanggar hukum internasional," kata Kirby.'))
    assert claim.stance == "condemns"


def test_serious_concern_raised_warns():
    claim = only(
        suggest(
            "Jepang menyampaikan kekhawatiran serius tentang transfer teknologi rudal ke Pyongyang, "
            "kementerian luar negeri Jepang mengatakan Senin."
        )
    )
    assert claim.stance == "warns"


def test_a_readiness_to_act_is_a_pledge_but_being_ready_is_not():
    assert refine_stance("asserts", "Ukraina siap untuk menyerahkan tentara yang ditangkap", "") == "pledges"
    assert refine_stance("asserts", "pasukan itu siap tempur di perbatasan", "") == "asserts"


@pytest.mark.parametrize(
    ("said", "context", "stance"),
    [
        # a dismissal written with the emphatic -lah
        ("tuduhan soal pengiriman peluru itu tidaklah benar", "", "denies"),
        # the speaker's own plan, with the speaker as the clause's subject
        ("mereka berencana memperluas kerja sama dengan Pyongyang di semua bidang", "", "pledges"),
        # someone else's plan stays a report of it
        ("berencana untuk mengirim ratusan drone ke Moskow", "", "asserts"),
        # a refusal to comment denies nothing, even with a denial nearby
        ("Kami tidak mengomentari hal ini dengan cara apa pun", "Kremlin membantah tuduhan itu.", "asserts"),
        # a concession inside an assertion is no denial
        (
            "AS yakin peluru telah dikirim dan cukup untuk Rusia, tapi tidak cukup untuk mengubah perang",
            "Pyongyang membantah klaim itu.",
            "asserts",
        ),
        ("sebuah penghakiman sejarah atas organisasi ilegal yang bersekongkol", "", "condemns"),
    ],
)
def test_stance_from_the_words_of_round_r4b_layouts(said, context, stance):
    assert refine_stance("asserts", said, context) == stance


@pytest.mark.parametrize(
    "body",
    [
        "NIS menegaskan akan menghormati keinginan para tawanan itu.",
        "Kirby mengatakan akan terus memasok amunisi ke Ukraina.",
        "Lavrov menyatakan bakal segera mengunjungi Pyongyang bulan depan.",
    ],
)
def test_a_clause_opening_on_what_will_be_done_is_the_speaker_s_undertaking(body: str):
    assert only(suggest(body)).stance == "pledges"


def test_what_someone_else_will_do_stays_an_assertion():
    assert only(suggest("Kirby mengatakan Rusia akan memasok amunisi ke Korea Utara.")).stance == "asserts"


@pytest.mark.parametrize(
    "body",
    [
        "Ivanov mengatakan latihan itu bukan ancaman bagi siapa pun.",
        "Peskov menegaskan kerja sama itu bukanlah ancaman bagi negara tetangga.",
        "Lavrov menyebut latihan itu tidak berbahaya dan bukan ancaman terhadap Seoul.",
    ],
)
def test_a_danger_denied_is_no_warning(body: str):
    assert only(suggest(body)).stance != "warns"


# --- a doubt voiced -----------------------------------------------------------------------------------------
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
    claim = quoting(body, words)
    assert (claim.speaker_key, claim.stance) == (speaker, "questions")


# Stance families, each written here in several variants of our own (other names, words and word orders):
# a rule must hold for the family, not for the page that showed it. Each family has its negative cases,
# the readings the seed and tune gold keep as assertions.


def _stance(said: str) -> str:
    return refine_stance(ASSERTS, said, "")


# --- a price or a penalty announced warns -------------------------------------------------------------------
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


# --- a threat to be faced or watched for warns --------------------------------------------------------------
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


# --- a demand that it stop condemns -------------------------------------------------------------------------
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


# --- a finding vouched for in the first person confirms -----------------------------------------------------
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


# --- full support declared pledges --------------------------------------------------------------------------
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


@pytest.mark.parametrize(
    "sentence",
    [
        "Rusia mengatakan negaranya akan selalu mendukung Korea Utara dalam sengketa itu.",
        "Rusia menegaskan Moskow bakal terus mendukung Pyongyang sampai sanksi dicabut.",
        "Rusia menyatakan pihaknya akan dukung Belarus melawan tekanan Barat.",
    ],
)
def test_support_promised_to_a_party_named_pledges(sentence):
    assert only(suggest(sentence)).stance == "pledges"


@pytest.mark.parametrize(
    "sentence",
    [
        # support for an effort, not a party: the annotators read it either way, so it stays an assertion
        "Rusia mengatakan negaranya akan mendukung upaya perundingan di kawasan itu.",
        # support that was given, not promised
        "Rusia mengatakan Korea Utara telah mendukung Moskow sejak awal perang.",
    ],
)
def test_other_support_stays_an_assertion(sentence):
    assert only(suggest(sentence)).stance == "asserts"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jepang mengatakan Moskow masih enggan mendukung penuh program rudal Pyongyang.",
        "Jepang mengatakan Beijing tidak akan mendukung Rusia dalam perang itu.",
        "Jepang mengatakan Moskow belum mendukung sepenuhnya rencana itu.",
    ],
)
def test_support_withheld_is_no_pledge(sentence):
    assert only(suggest(sentence)).stance != "pledges"
