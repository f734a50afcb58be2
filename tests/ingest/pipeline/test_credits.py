"""Credits: the outlets a page cites, audited against what Indonesian pages commonly print, not against any
one page.

Each family is shown on snippets written for the test, in several word orders, with the look-alike it must
leave alone."""

from datetime import date

import pytest

from ingest.pipeline import process_article

REF = date(2025, 12, 31)
TITLE = "Pemerintah Umumkan Rencana Jembatan Baru"
LEDE = "Jakarta - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana pembangunan jembatan baru."
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan."
URL = "https://kabarcontoh.com/berita/jembatan-baru"


def _cited(sentence, profiles):
    text = "\n".join([TITLE, LEDE, sentence, P2, P3])
    return process_article(text, profiles=profiles, url=URL, reference_date=REF).metadata.cited_outlets


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("Hal itu disampaikan juru bicara, seperti dilaporkan Anadolu Agency, Senin (3/6/2024).", "Anadolu"),
        ("Mengutip laporan Politico, para diplomat membahas rancangan resolusi itu.", "Politico"),
        ("Pejabat itu mengatakan kepada CNBC bahwa pengiriman terus berlangsung.", "CNBC"),
        ("Kapal itu terlihat di pelabuhan, demikian dilaporkan 38 North pekan ini.", "38 North"),
        ("Media pemerintah Rusia RT melaporkan delegasi itu tiba pada Selasa pagi.", "RT"),
        ("Menurut Ukrainska Pravda, pasukan itu ditempatkan di dekat perbatasan.", "Ukrainska Pravda"),
        ("Menurut surat kabar JoongAng Ilbo, intelijen memantau kapal itu.", "JoongAng Ilbo"),
        ("Laporan itu dimuat Nikkei Asia pada Rabu (5/6/2024).", "Nikkei"),
        ("Menurut France 24, Paris mengecam kerja sama militer itu.", "France 24"),
        ('"Kami tidak akan diam," katanya kepada Fox News pada Minggu malam.', "Fox News"),
        ("Demikian laporan Rodong Sinmun pada Kamis pagi.", "Rodong Sinmun"),
        ("Menurut Financial Times, perundingan itu berlangsung dua hari.", "Financial Times"),
        ("Seperti dilaporkan CGTN, delegasi itu diterima di Beijing pada Jumat.", "CGTN"),
        ("Menurut Global Times, Beijing menyerukan semua pihak menahan diri.", "Global Times"),
        ("Dikutip dari South China Morning Post, kapal itu berlabuh dua hari.", "South China Morning Post"),
        ("Menurut Sky News, pesawat itu mendarat setelah terbang tiga jam.", "Sky News"),
    ],
)
def test_the_registry_knows_the_wires_and_foreign_outlets_pages_commonly_credit(sentence, outlet, profiles):
    assert _cited(sentence, profiles) == (outlet,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seperti dilaporkan Baltic Sentinel, kapal itu berlabuh selama dua hari penuh.",
        "Sebagaimana dilaporkan Baltic Sentinel pada Senin (3/6/2024), delegasi itu tiba.",
        "Hal itu dinukil dari Baltic Sentinel yang menerbitkan analisis tentang kedua negara.",
        "Mengutip laporan Baltic Sentinel, para diplomat membahas rancangan resolusi itu.",
        "Melansir laporan dari Baltic Sentinel, para diplomat membahas rancangan itu.",
        "Informasi itu bersumber dari Baltic Sentinel yang mengutip pejabat pertahanan.",
        "Kapal itu membawa peti kemas, lapor Baltic Sentinel mengutip militer Seoul.",
    ],
)
def test_an_outlet_the_registry_does_not_know_is_credited_after_a_strong_cue_in_any_form(sentence, profiles):
    assert _cited(sentence, profiles) == ("Baltic Sentinel",)


@pytest.mark.parametrize(
    "sentence",
    [
        # Where a thing came from, not an outlet: the gazetteer knows the place.
        "Rudal itu bersumber dari Korea Utara dan digunakan dalam beberapa serangan.",
        "Seperti dilaporkan dari Moskow, delegasi itu tiba pada Selasa pagi.",
        "Kapal itu membawa peti kemas, lapor Seoul dalam pernyataan resminya.",
        # A report, not a news outlet; an earlier report of the page itself.
        "Mengutip laporan Kementerian Pertahanan, para diplomat membahas resolusi itu.",
        "Seperti dilaporkan sebelumnya, kedua pemimpin bertemu tahun lalu.",
    ],
)
def test_a_place_or_a_state_body_after_a_strong_cue_is_no_outlet(sentence, profiles):
    assert _cited(sentence, profiles) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        '"Mereka lapar informasi," tulis Budi Santoso, kolumnis urusan luar negeri Financial Times.',
        "Menurut komentator urusan luar negeri Financial Times, Budi Santoso, para pemuda itu penasaran.",
        "Kata pengamat politik di Newsweek, Budi Santoso, kepada wartawan di Jakarta.",
    ],
)
def test_the_outlet_a_quoted_columnist_writes_for_is_their_affiliation_not_a_credit(sentence, profiles):
    assert _cited(sentence, profiles) == ()


def test_a_business_outlet_named_like_a_local_site_is_not_credited_by_the_sites_name(profiles):
    # A publisher called "… Insider" is no credit of Business Insider.
    sentence = "Menurut Insider Jakarta, rencana itu disambut baik warga setempat."
    assert "Business Insider" not in _cited(sentence, profiles)


def _cited_lines(lines, profiles):
    text = "\n".join([TITLE, *lines])
    return set(process_article(text, profiles=profiles, url=URL, reference_date=REF).metadata.cited_outlets)


@pytest.mark.parametrize(
    ("lines", "outlets"),
    [
        (
            [
                "Seoul (Antara/Yonhap-OANA) - Pemerintah mengumumkan rencana pembangunan jembatan baru di kota itu.",
                P2,
                P3,
            ],
            {"Antara", "Yonhap"},
        ),
        (
            [
                "Moskow (Antara/Sputnik) - Pemerintah mengumumkan rencana pembangunan jembatan baru di kota itu.",
                P2,
                P3,
            ],
            {"Antara", "Sputnik"},
        ),
        (
            [
                "Tokyo (ANTARA/Kyodo) - Pemerintah mengumumkan rencana pembangunan jembatan baru di kota itu.",
                P2,
                P3,
            ],
            {"Antara", "Kyodo"},
        ),
        ([LEDE, P2, P3, "Sumber : Reuters/AFP"], {"Reuters", "AFP"}),
        ([LEDE, P2, P3, "Sumber: AFP/Yonhap/rds"], {"AFP", "Yonhap"}),
        ([LEDE, P2, P3, "Sumber: CNA/SL"], {"CNA"}),
    ],
)
def test_a_copy_passed_between_agencies_credits_every_agency_its_signature_or_source_line_names(
    lines, outlets, profiles
):
    assert _cited_lines(lines, profiles) == outlets


# --- outlets credited by their web address -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "outlets"),
    [
        (
            "Dikutip dari 38north.org (12/12/2022), citra satelit menunjukkan kereta itu melintas.",
            ("38 North",),
        ),
        (
            "Seperti dilansir dari laman Aljazeera.com, menteri itu membantah laporan tersebut.",
            ("Al Jazeera",),
        ),
        ("Mengutip nknews.org, kapal itu terlihat berlabuh di pelabuhan Rajin pekan lalu.", ("NK News",)),
        (
            "Menurut situs berita kabarbaru.com, warga desa itu melihat konvoi truk militer.",
            ("kabarbaru.com",),
        ),
        ("Informasi lengkap dapat dibaca di situs kabarbaru.com yang diperbarui setiap hari.", ()),
        ("Warga dapat mengirim pertanyaan melalui surel info@kabarbaru.com setiap hari kerja.", ()),
        ("Seperti dilansir dari kabarcontoh.com sebelumnya, warga melihat konvoi truk militer.", ()),
    ],
)
def test_an_outlet_credited_by_its_web_address_is_the_outlet_that_address_belongs_to(
    sentence, outlets, profiles
):
    assert _cited(sentence, profiles) == outlets


# --- sign-offs, bylines and photo credits ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_lines", "outlets"),
    [
        ([P3, "(*/Antara)"], {"Antara"}),
        ([P3 + " [ant]"], {"Antara"}),
        ([P3 + " (*/ant)"], {"Antara"}),
        ([P3, "(Reuters/AP/ita)"], {"Reuters", "AP"}),
        ([P3, "(AFP/AP/Reuters/dil)"], {"AFP", "AP", "Reuters"}),
        ([P3, "(afp/ap)"], {"AFP"}),
    ],
)
def test_sign_offs_with_a_star_brackets_or_a_two_letter_wire_between_wires_credit_the_wires(
    last_lines, outlets, profiles
):
    assert _cited_lines([LEDE, P2, *last_lines], profiles) == outlets


@pytest.mark.parametrize(
    ("byline", "outlets", "writers"),
    [
        ("Penulis: Ani Wijaya (AFP)", {"AFP"}, ("Ani Wijaya",)),
        ("Reporter: Ani Wijaya (Reuters)", {"Reuters"}, ("Ani Wijaya",)),
        ("Oleh Ani Wijaya (Yonhap)", {"Yonhap"}, ("Ani Wijaya",)),
        ("Oleh Ani Wijaya, Jakarta", set(), ("Ani Wijaya",)),
    ],
)
def test_a_byline_signed_with_a_wire_credits_it_and_a_place_after_the_writer_is_no_writer(
    byline, outlets, writers, profiles
):
    text = "\n".join([TITLE, byline, LEDE, P2, P3])
    metadata = process_article(text, profiles=profiles, url=URL, reference_date=REF).metadata
    assert set(metadata.cited_outlets) == outlets
    assert metadata.byline == writers


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters tidak dapat memverifikasi laporan itu secara independen.",
        "Reuters tidak dapat segera mengonfirmasi klaim tersebut.",
        "Reuters could not independently verify the report.",
    ],
)
def test_a_wire_saying_it_could_not_verify_a_claim_is_its_copy(sentence, profiles):
    assert _cited_lines([LEDE, P2 + " " + sentence, P3], profiles) == {"Reuters"}


@pytest.mark.parametrize(
    "caption",
    [
        "Presiden Rusia itu di Moskow. (Sputnik/Ani Wijaya/Pool via REUTERS)",
        "Pemimpin itu meninjau uji coba. (KCNA/via REUTERS)",
        "Pemimpin itu meninjau uji coba. (KCNA via REUTERS)",
    ],
)
def test_a_picture_passed_on_by_a_wire_is_no_citation_however_its_credit_is_slashed(caption, profiles):
    assert _cited_lines([LEDE, P2, caption, P3], profiles) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Dikutip dari Twitter pribadinya, menteri itu menyampaikan belasungkawa.",
        "Dilansir dari X, juru bicara itu menolak tuduhan tersebut.",
        "Seperti dilansir Instagram resmi kedutaan, acara itu dihadiri ratusan orang.",
        "Dikutip dari YouTube, video itu memperlihatkan konvoi truk militer.",
        "Dikutip dari Google Maps, jarak kedua kota itu sekitar 200 kilometer.",
        "Menurut laporan PBB, sanksi itu telah dilanggar berkali-kali.",
        "Mengutip Human Rights Watch, ribuan orang telah mengungsi dari kota itu.",
        "Menurut laporan Bank Dunia, ekonomi kawasan itu tumbuh melambat.",
        "Dilansir dari NATO, aliansi itu akan menambah pasukan di kawasan timur.",
    ],
)
def test_platforms_and_international_bodies_after_a_cue_are_no_outlets(sentence, profiles):
    assert _cited(sentence, profiles) == ()


def test_a_registry_name_of_several_words_is_one_outlet_not_also_its_first_word(profiles):
    assert _cited("Mengutip Stars and Stripes, pangkalan itu menerima pasukan.", profiles) == (
        "Stars and Stripes",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Seperti yang dilaporkan Baltic Sentinel, kapal itu berlabuh selama dua hari.",
        "Dikutip dari media lokal Baltic Sentinel, warga melihat konvoi truk militer.",
        "Dilansir dari kantor berita resmi Baltic Sentinel, pejabat itu membantah laporan.",
        "Dilansir dari surat kabar terkemuka Baltic Sentinel, kapal itu berlabuh dua hari.",
        "Dikutip dari situs web Baltic Sentinel, kapal itu berlabuh dua hari.",
        "Hal itu dilaporkan pertama kali oleh Baltic Sentinel pada Senin pekan lalu.",
    ],
)
def test_a_strong_cue_credits_an_unknown_outlet_through_yang_a_described_media_noun_or_pertama_kali(
    sentence, profiles
):
    assert _cited(sentence, profiles) == ("Baltic Sentinel",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Menurut Ketua RT setempat, warga sudah diminta waspada sejak pekan lalu.",
        "Warga melapor kepada RT dan RW setempat setelah melihat kejadian itu.",
        "Hal itu disampaikan Ketua RT 05 kepada wartawan di lokasi kejadian.",
    ],
)
def test_a_neighbourhood_unit_is_not_russia_today(sentence, profiles):
    assert _cited(sentence, profiles) == ()


def test_russia_today_after_a_cue_is_still_credited(profiles):
    assert _cited("Menurut RT, delegasi itu tiba di Pyongyang pada Selasa pagi.", profiles) == ("RT",)


@pytest.mark.parametrize(
    ("signoff", "outlets"),
    [
        ("(ant/sbs)", {"Antara"}),
        ("(Yonhap/mbc)", {"Yonhap"}),
        ("(nbc/dil)", set()),
        ("(AFP/dpa)", {"AFP", "DPA"}),
    ],
)
def test_a_desks_lower_case_code_spelling_a_broadcasters_acronym_is_initials(signoff, outlets, profiles):
    assert _cited_lines([LEDE, P2, P3 + " " + signoff], profiles) == outlets
