"""The reporting vocabulary audited against Indonesian journalistic usage, not against any page: every
common root after a quote ("…," sindir X / akunya), as a verb before what was said (membeberkan,
mengimbau, menyanggah, mewanti-wanti, menjamin, menanyakan), in the passive of a sentence that names the
speaker of the one before ("Hal itu ditegaskan X"), and the word orders that put the speaker last ("…,"
Menteri Luar Negeri Rusia Sergei Lavrov mengatakan / "…, Blinken memperingatkan.")."""

from __future__ import annotations

import pytest

from tests.briefs.suggestions.helpers import suggest

# (snippet, speaker key or unknown speaker's name or None for anyone, stance or None, words in the quote)
CASES = [
    (
        "Lavrov tiba di Jakarta. “Kami tidak pernah menjual senjata kepada siapa pun,” akunya.",
        "sergey-lavrov",
        None,
        "tidak pernah menjual",
    ),
    ("“Itu fitnah belaka,” sergah Peskov.", "dmitry-peskov", "denies", "fitnah belaka"),
    ("“Barat hanya pandai bicara,” sindir Lavrov.", "sergey-lavrov", "condemns", "pandai bicara"),
    ("“Kami siap berunding kapan saja,” jawab Kirby.", "john-kirby", None, "siap berunding"),
    ("“Hentikan pengiriman rudal itu,” pinta Blinken.", "antony-blinken", None, "Hentikan"),
    ("“Semua pihak harus menahan diri,” imbau Lavrov.", "sergey-lavrov", None, "menahan diri"),
    ("“Tuduhan itu mengada-ada,” elak Peskov.", "dmitry-peskov", "denies", "mengada-ada"),
    ("“Sanksi ini sungguh tidak adil,” keluh Lavrov.", "sergey-lavrov", "condemns", "tidak adil"),
    (
        "Kerja sama itu, sindir Lavrov, hanya menguntungkan Washington.",
        "sergey-lavrov",
        "condemns",
        "menguntungkan Washington",
    ),
    (
        "Lavrov membeberkan bahwa Moskow tidak membeli peluru dari Pyongyang.",
        "sergey-lavrov",
        None,
        "tidak membeli peluru",
    ),
    ("Kirby mengungkap bahwa kapal itu membawa ribuan kontainer.", "john-kirby", None, "ribuan kontainer"),
    ("Kirby mengimbau agar Pyongyang berhenti mengirim rudal.", "john-kirby", None, "berhenti mengirim"),
    (
        "Blinken mengimbau Pyongyang untuk menghentikan uji coba rudal.",
        "antony-blinken",
        None,
        "menghentikan uji coba",
    ),
    (
        "Kirby memprediksi Pyongyang akan mengirim lebih banyak pasukan.",
        "john-kirby",
        None,
        "lebih banyak pasukan",
    ),
    (
        "Blinken meramalkan kerja sama itu akan semakin erat tahun depan.",
        "antony-blinken",
        None,
        "semakin erat",
    ),
    (
        "Lavrov menyindir Washington yang gemar menjatuhkan sanksi sepihak.",
        "sergey-lavrov",
        "condemns",
        "gemar menjatuhkan",
    ),
    (
        "Blinken mewanti-wanti bahwa pengiriman itu melanggar resolusi PBB.",
        "antony-blinken",
        "warns",
        "melanggar resolusi",
    ),
    (
        "Putin menjamin bahwa Rusia akan membantu Korea Utara membangun satelit.",
        "vladimir-putin",
        "pledges",
        "membangun satelit",
    ),
    (
        "Kim Jong Un berikrar akan selalu berdiri bersama rakyat Rusia.",
        "kim-jong-un",
        "pledges",
        "berdiri bersama",
    ),
    (
        "Peskov menyanggah bahwa Moskow menerima amunisi dari Pyongyang.",
        "dmitry-peskov",
        "denies",
        "menerima amunisi",
    ),
    (
        "Peskov mengelak bahwa ada kesepakatan senjata antara kedua negara.",
        "dmitry-peskov",
        "denies",
        "kesepakatan senjata",
    ),
    (
        "Blinken menanyakan apakah Moskow sungguh mematuhi sanksi PBB.",
        "antony-blinken",
        "questions",
        "mematuhi sanksi",
    ),
    (
        "Lavrov menepis tudingan itu dan mengimbuhkan bahwa Rusia menghormati hukum internasional.",
        "sergey-lavrov",
        None,
        "menghormati hukum",
    ),
    (
        "Kirby mengingatkan bahwa Washington akan menjatuhkan sanksi baru.",
        "john-kirby",
        "warns",
        "sanksi baru",
    ),
    (
        "Moskow siap meningkatkan kerja sama militer. Hal itu ditegaskan Lavrov dalam jumpa pers di Moskow.",
        "sergey-lavrov",
        None,
        "kerja sama militer",
    ),
    (
        "Pasokan peluru terus mengalir ke garis depan. Hal tersebut dikemukakan Kirby di Gedung Putih.",
        "john-kirby",
        None,
        "Pasokan peluru",
    ),
    (
        "Pasokan peluru terus mengalir ke garis depan. Hal itu dipaparkan oleh Kirby kepada wartawan.",
        "john-kirby",
        None,
        "Pasokan peluru",
    ),
    (
        "Pasokan peluru terus mengalir ke garis depan. Hal ini dijelaskan Kirby dalam jumpa pers.",
        "john-kirby",
        None,
        "Pasokan peluru",
    ),
    (
        "Pasokan peluru terus mengalir ke garis depan. Demikian ditegaskan Kirby.",
        "john-kirby",
        None,
        "Pasokan peluru",
    ),
    (
        "Pasokan peluru terus mengalir ke garis depan. Demikian dikatakan Kirby di Washington.",
        "john-kirby",
        None,
        "Pasokan peluru",
    ),
    (
        "Pasokan peluru terus mengalir ke garis depan. Pernyataan itu diutarakan Kirby pada Kamis.",
        "john-kirby",
        None,
        "Pasokan peluru",
    ),
    (
        "“Kami tidak akan mundur sedikit pun,” Menteri Luar Negeri Rusia Sergei Lavrov mengatakan.",
        "sergey-lavrov",
        None,
        "tidak akan mundur",
    ),
    (
        "“Kami tidak akan mundur sedikit pun,” juru bicara Kremlin Dmitry Peskov menegaskan.",
        "dmitry-peskov",
        None,
        "tidak akan mundur",
    ),
    ("“Kami tidak akan mundur sedikit pun,” Peskov menambahkan.", "dmitry-peskov", None, "tidak akan mundur"),
    ("Pasokan peluru itu melanggar sanksi PBB, Kirby menambahkan.", "john-kirby", None, "melanggar sanksi"),
    (
        "Pasokan peluru itu melanggar sanksi PBB, Blinken memperingatkan.",
        "antony-blinken",
        "warns",
        "melanggar sanksi",
    ),
    (
        "Pasokan peluru itu melanggar sanksi PBB, Blinken menulis di media sosial.",
        "antony-blinken",
        None,
        "melanggar sanksi",
    ),
    (
        "Pasokan peluru itu melanggar sanksi PBB, ungkap Kirby kepada wartawan.",
        "john-kirby",
        None,
        "melanggar sanksi",
    ),
    (
        "Pasokan peluru itu melanggar sanksi PBB, tegas Kirby dalam jumpa pers.",
        "john-kirby",
        None,
        "melanggar sanksi",
    ),
    (
        "Kirby dalam pernyataannya mengatakan bahwa pasokan peluru itu melanggar sanksi.",
        "john-kirby",
        None,
        "melanggar sanksi",
    ),
    (
        "Dalam keterangan tertulis, Kirby mengatakan pasokan peluru itu melanggar sanksi.",
        "john-kirby",
        None,
        "melanggar sanksi",
    ),
    (
        "Menurut keterangan Kirby, pasokan peluru itu melanggar sanksi.",
        "john-kirby",
        None,
        "melanggar sanksi",
    ),
    (
        "Kirby dalam konferensi pers di Washington, Kamis (12/10), menegaskan pasokan peluru itu melanggar sanksi.",
        "john-kirby",
        None,
        "melanggar sanksi",
    ),
    (
        "Seorang dosen hubungan internasional mengatakan bahwa aliansi itu rapuh.",
        None,
        None,
        "aliansi itu rapuh",
    ),
    ("Sejumlah anggota parlemen mengatakan bahwa aliansi itu rapuh.", None, None, "aliansi itu rapuh"),
    ("Para politisi oposisi menilai aliansi itu rapuh.", None, None, "aliansi itu rapuh"),
    (
        "Lavrov dikonfirmasi wartawan soal pasokan itu. Ia membantah adanya pengiriman peluru.",
        "sergey-lavrov",
        "denies",
        "pengiriman peluru",
    ),
    (
        "Ditanya soal pasokan itu, Lavrov menjawab bahwa Rusia tidak membutuhkan peluru.",
        "sergey-lavrov",
        None,
        "tidak membutuhkan",
    ),
    ("Kirby menuturkan, pasokan peluru itu melanggar sanksi.", "john-kirby", None, "melanggar sanksi"),
    ("Kirby melanjutkan, pasokan peluru itu melanggar sanksi.", "john-kirby", None, "melanggar sanksi"),
    ("Kirby menerangkan, pasokan peluru itu melanggar sanksi.", "john-kirby", None, "melanggar sanksi"),
    (
        "Peskov mengakui bahwa kedua negara membahas kerja sama militer.",
        "dmitry-peskov",
        None,
        "membahas kerja sama",
    ),
    (
        "Blinken menyerukan kepada Beijing untuk menekan Pyongyang.",
        "antony-blinken",
        None,
        "menekan Pyongyang",
    ),
    ("Blinken mendesak Beijing menekan Pyongyang.", "antony-blinken", None, "menekan Pyongyang"),
    ("Kirby mengonfirmasi pasukan Korut sudah berada di Kursk.", "john-kirby", "confirms", "berada di Kursk"),
    ("Peskov menuding Washington memperpanjang perang.", "dmitry-peskov", None, "memperpanjang perang"),
    ("Peskov menuduh Washington memperpanjang perang.", "dmitry-peskov", None, "memperpanjang perang"),
    ("Lavrov mengecam keras sanksi baru Washington.", "sergey-lavrov", "condemns", "sanksi baru"),
    ("Lavrov mengutuk sanksi baru Washington.", "sergey-lavrov", "condemns", "sanksi baru"),
    ("Lavrov mempertanyakan sanksi baru Washington.", "sergey-lavrov", "questions", "sanksi baru"),
    ("Peskov menolak tuduhan bahwa Moskow membeli peluru.", "dmitry-peskov", "denies", "Moskow membeli"),
    ("Menurut Kirby, pasokan peluru itu melanggar sanksi.", "john-kirby", None, "melanggar sanksi"),
    ("Pasokan peluru itu melanggar sanksi, menurut Kirby.", "john-kirby", None, "melanggar sanksi"),
    ("Kirby menyoroti bahwa pasokan peluru itu melanggar sanksi.", "john-kirby", None, "melanggar sanksi"),
    ("Kirby menyinggung pasokan peluru yang melanggar sanksi.", "john-kirby", None, "pasokan peluru"),
    ("Kirby mencatat bahwa pasokan peluru itu melanggar sanksi.", "john-kirby", None, "melanggar sanksi"),
    ("Kirby berucap bahwa pasokan peluru itu melanggar sanksi.", "john-kirby", None, "melanggar sanksi"),
    ("Kirby bertanya apakah Moskow sungguh mematuhi sanksi.", "john-kirby", "questions", "mematuhi sanksi"),
    ("Peskov menegaskan kembali bahwa Moskow tidak membeli peluru.", "dmitry-peskov", None, "tidak membeli"),
    ("Peskov lebih lanjut mengatakan Moskow tidak membeli peluru.", "dmitry-peskov", None, "tidak membeli"),
    ("“Kami tidak membeli peluru,” tegasnya. Peskov berbicara di Moskow.", None, None, "tidak membeli"),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” terangnya.",
        "dmitry-peskov",
        None,
        "tidak membeli",
    ),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” pungkasnya.",
        "dmitry-peskov",
        None,
        "tidak membeli",
    ),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” bebernya.",
        "dmitry-peskov",
        None,
        "tidak membeli",
    ),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” paparnya.",
        "dmitry-peskov",
        None,
        "tidak membeli",
    ),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” tandasnya.",
        "dmitry-peskov",
        None,
        "tidak membeli",
    ),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” ucapnya.",
        "dmitry-peskov",
        None,
        "tidak membeli",
    ),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” kilahnya.",
        "dmitry-peskov",
        "denies",
        "tidak membeli",
    ),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” jawabnya.",
        "dmitry-peskov",
        None,
        "tidak membeli",
    ),
    ("Peskov berbicara di Moskow. “Washington munafik,” sindirnya.", "dmitry-peskov", "condemns", "munafik"),
    ("Peskov berbicara di Moskow. “Hentikan provokasi itu,” pintanya.", "dmitry-peskov", None, "Hentikan"),
    (
        "Peskov berbicara di Moskow. “Kami tidak membeli peluru,” sergahnya.",
        "dmitry-peskov",
        "denies",
        "tidak membeli",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "stance", "words"), CASES)
def test_reporting_vocabulary(text: str, speaker: str | None, stance: str | None, words: str):
    found = [claim for claim in suggest(text) if words in claim.quote]
    assert found, suggest(text)
    claim = found[0]
    if speaker is not None:
        assert speaker in (claim.speaker_key, claim.speaker_name)
    if stance is not None:
        assert claim.stance == stance


@pytest.mark.parametrize(
    "text",
    [
        "Analis senior RAND, Bruce Bennett, menilai bahwa pasokan itu besar. "
        "Analis itu menambahkan bahwa Moskow sangat bergantung pada Pyongyang.",
        "Pakar Korea Utara, Bruce Bennett, menilai bahwa pasokan itu besar. "
        "Pakar tersebut juga mengatakan Moskow sangat bergantung pada Pyongyang.",
        "Jenderal Ukraina Bruce Bennett menilai bahwa pasokan itu besar. "
        "Jenderal itu mengatakan Moskow sangat bergantung pada Pyongyang.",
        "Utusan Korea Utara Bruce Bennett menilai bahwa pasokan itu besar. "
        "Utusan tersebut mengatakan Moskow sangat bergantung pada Pyongyang.",
    ],
)
def test_a_role_named_again_with_a_demonstrative_is_the_person_who_holds_it(text: str):
    claim = suggest(text)[-1]
    assert claim.speaker_name == "Bruce Bennett" and "bergantung" in claim.quote


def test_an_unnamed_relay_after_the_sentence_leaves_it_to_the_subject_of_its_verb():
    body = (
        "Kementerian Unifikasi mengatakan pada Kamis bahwa ratusan gerbong melintasi perbatasan, "
        "menurut seorang anggota parlemen."
    )
    assert suggest(body)[0].speaker_key == "south-korea-unification-ministry"


def test_a_title_before_a_name_is_not_an_unnamed_person():
    body = (
        "Anggota parlemen Korea Selatan Yoo Sang-bum mengatakan bahwa jumlah itu naik. "
        "“Jumlah itu terus bertambah,” kata anggota parlemen Yoo kepada wartawan."
    )
    claim = suggest(body)[-1]
    assert claim.speaker_name == "Yoo Sang-bum" and claim.evidence == "direct, name, person"


def test_no_statement_in_verbs_that_only_look_like_reporting():
    assert suggest("Delegasi itu melanjutkan perjalanan ke Vladivostok pada Kamis pagi.") == []
    assert suggest("Para menteri bertanya-tanya soal jadwal rapat yang berubah.") == []


# The word orders journalists use around a named speaker: adverbials between subject and verb, a wire
# credited after the attribution, a sentence that names the speaker of the one before.
WORD_ORDERS = [
    ("Lavrov tiba di Jakarta. Pasokan peluru itu tidak ada, ujar beliau.", "sergey-lavrov", "tidak ada"),
    ("Menurut pengakuan Peskov, pasokan peluru itu tidak pernah ada.", "dmitry-peskov", "tidak pernah ada"),
    (
        "Menurut keterangan tertulis Kementerian Luar Negeri Rusia, pasokan peluru itu tidak pernah ada.",
        "russia-foreign-ministry",
        "tidak pernah ada",
    ),
    (
        "Sementara itu, Peskov menegaskan pasokan peluru itu tidak pernah ada.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "Di sisi lain, juru bicara Kremlin Dmitry Peskov menegaskan pasokan peluru itu tidak pernah ada.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "Peskov, saat dihubungi wartawan, menegaskan pasokan peluru itu tidak pernah ada.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "Peskov pada Senin (12/2) menegaskan pasokan peluru itu tidak pernah ada.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "Peskov kepada wartawan di Moskow menegaskan pasokan peluru itu tidak pernah ada.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "Peskov melalui akun Telegram resminya menegaskan pasokan peluru itu tidak pernah ada.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "“Pasokan peluru itu tidak pernah ada,” ucap Peskov saat dihubungi, Senin (12/2).",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "“Pasokan peluru itu tidak pernah ada,” kata Peskov, seperti dikutip TASS.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "“Pasokan peluru itu tidak pernah ada,” tutur Peskov sebagaimana dilansir Reuters.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    (
        "Pernyataan itu disampaikan Peskov setelah pertemuan. Pasokan peluru itu tidak pernah ada, katanya.",
        "dmitry-peskov",
        "tidak pernah ada",
    ),
    ("Peskov mengaku tidak mengetahui soal pasokan peluru itu.", "dmitry-peskov", "tidak mengetahui"),
    ("Peskov enggan mengomentari pasokan peluru itu.", None, None),
    ("Kirby juga menyampaikan bahwa pasokan peluru itu melanggar sanksi.", "john-kirby", "melanggar sanksi"),
    ("Kirby turut menyampaikan bahwa pasokan peluru itu melanggar sanksi.", "john-kirby", "melanggar sanksi"),
    ("Kirby kembali menegaskan bahwa pasokan peluru itu melanggar sanksi.", "john-kirby", "melanggar sanksi"),
    (
        "Kirby sebelumnya pernah menyatakan bahwa pasokan peluru itu melanggar sanksi.",
        "john-kirby",
        "melanggar sanksi",
    ),
    (
        "Kirby dalam keterangannya menegaskan bahwa pasokan peluru itu melanggar sanksi.",
        "john-kirby",
        "melanggar sanksi",
    ),
    (
        "Ketika ditanya wartawan, Kirby menjawab pasokan peluru itu melanggar sanksi.",
        "john-kirby",
        "melanggar sanksi",
    ),
    (
        "Pasokan peluru itu melanggar sanksi. Demikian diungkapkan Kirby dalam jumpa pers.",
        "john-kirby",
        "melanggar sanksi",
    ),
    (
        "Pasokan peluru itu melanggar sanksi. Begitu kata Kirby dalam jumpa pers.",
        "john-kirby",
        "melanggar sanksi",
    ),
    ("Pasokan peluru itu melanggar sanksi, sebut Kirby.", "john-kirby", "melanggar sanksi"),
    ("Pasokan peluru itu melanggar sanksi, demikian Kirby.", "john-kirby", "melanggar sanksi"),
    (
        "Pasokan peluru itu melanggar sanksi. Begitu ujar Kirby di Washington.",
        "john-kirby",
        "melanggar sanksi",
    ),
    (
        "Pasokan peluru itu melanggar sanksi. Begitu diungkapkan Kirby kepada wartawan.",
        "john-kirby",
        "melanggar sanksi",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), WORD_ORDERS)
def test_word_orders_around_a_named_speaker(text: str, speaker: str | None, words: str | None):
    found = suggest(text)
    if words is None:
        assert found == []  # a refusal to comment says nothing
        return
    claim = next(claim for claim in found if words in claim.quote)
    assert speaker is None or claim.speaker_key == speaker
