"""Credits: the outlets a page cites, audited against what Indonesian pages commonly print, not against any
one page.

Each family is shown on snippets written for the test, in several word orders, with the look-alike it must
leave alone."""

from datetime import date

import pytest

from ingest.pipeline import process_article
from tests.ingest.pipeline.helpers import reader

REF = date(2025, 12, 31)
TITLE = "Pemerintah Umumkan Rencana Jembatan Baru"
LEDE = "Jakarta - Pemerintah pada Selasa (12/11/2024) mengumumkan rencana pembangunan jembatan baru."
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu ke depan."
URL = "https://kabarcontoh.com/berita/jembatan-baru"
FILLER = "Kedua negara juga membahas kerja sama di bidang perdagangan dan pendidikan tinggi."

_article = reader(reference_date=REF, url=URL)


def _cited(sentence, profiles):
    return _article([TITLE, LEDE, sentence, P2, P3], profiles).metadata.cited_outlets


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
    return set(_article([TITLE, *lines], profiles).metadata.cited_outlets)


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


# Families of misses pages nobody had read showed, each on snippets written for the test, with the
# look-alike it must leave alone.


# --- "mengutip X yang mengatakan": a person quoted, not an outlet's copy taken ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Pejabat itu tidak dapat memastikan angkanya, namun mengutip Darmono yang mengatakan gudang itu penuh.",
        "Laporan itu dilansir Hartawan, yang menegaskan bahwa kiriman kedua sudah berangkat pekan lalu.",
        "Juru bicara kementerian mengutip Suryadi yang juga menyatakan bahwa jalur kereta dibuka kembali.",
    ],
)
def test_a_name_that_goes_on_to_say_something_is_a_person_not_a_credit(line, profiles):
    assert _cited_lines([line, FILLER], profiles) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # An outlet that reports stays a credit.
        ("Kabar itu mengutip Reuters yang melaporkan bahwa kapal itu berlabuh di utara.", "Reuters"),
        # A registry outlet stays a credit even when the verb is a person's.
        ("Keterangan itu mengutip Yonhap yang mengatakan bahwa latihan ditunda.", "Yonhap"),
        # An unknown outlet without a saying verb after it stays a credit.
        ("Hal itu dilansir Harian Contoh Raya pada Selasa malam.", "Harian Contoh Raya"),
    ],
)
def test_outlets_after_the_same_cue_are_still_credited(line, expected, profiles):
    assert expected in _cited_lines([line, FILLER], profiles)


# --- a registry outlet that compiled what the article gives is credited -------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TASS telah mengumpulkan pernyataan utama presiden setelah pertemuan itu.", "TASS"),
        ("Reuters menghimpun keterangan dari tiga pejabat yang hadir dalam rapat itu.", "Reuters"),
        ("AFP merangkum isi pidato sang menteri dalam lima pokok.", "AFP"),
    ],
)
def test_an_outlet_that_compiled_the_statements_is_credited(line, expected, profiles):
    assert expected in _cited_lines([line, FILLER], profiles)


def test_a_person_who_compiles_is_no_credit(profiles):
    line = "Darmono telah mengumpulkan bantuan dari warga untuk para pengungsi."
    assert _cited_lines([line, FILLER], profiles) == set()


# --- a site that credits itself under its name misspelt by a letter credits no one --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Menurut laporan dari Kabarconto dan sumber lain, jalur itu ditutup sejak pagi.",
        "Menurut analisis Kabarcontoh, kerja sama itu akan berlanjut tahun depan.",
        "Seperti dilaporkan Kabarkontoh sebelumnya, gudang itu dijaga ketat.",
    ],
)
def test_the_sites_own_name_misspelt_is_no_credit(line, profiles):
    assert _cited_lines([line, FILLER], profiles) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Two letters apart: another outlet.
        ("Menurut laporan dari Kabarcontah Raya, jalur itu ditutup sejak pagi.", "Kabarcontah Raya"),
        ("Seperti dilaporkan Kabarkota, gudang itu dijaga ketat.", "Kabarkota"),
        # A registry outlet is never the site's own misspelling.
        ("Seperti dilaporkan Reuters, gudang itu dijaga ketat.", "Reuters"),
    ],
)
def test_other_names_stay_credits(line, expected, profiles):
    assert expected in _cited_lines([line, FILLER], profiles)


# --- a copy signed through a no-break space read as GBK -----------------------------------------------------


def test_a_copy_signed_through_a_gbk_space_credits_the_outlet_that_signs_it(profiles):
    lede = "TRIBUNNEWS.COM -聽Pemerintah mengumumkan rencana pembangunan jembatan baru di kota itu."
    meta = _article(["Jembatan Baru Akan Dibangun Tahun Depan", lede, P2, P3], profiles).metadata
    assert meta.cited_outlets == ("Tribunnews",)
    assert meta.dateline is None


# --- state bodies, acronyms, channels and the outlet a statement was told to --------------------------------


def test_a_state_body_is_no_outlet_however_strong_the_cue(profiles):
    lede = "Jakarta - Badan Intelijen Pertahanan Negara (BIPN) melaporkan adanya pergerakan pasukan baru."
    quoted = '"Pasukan itu bergerak pada malam hari," kata seorang perwira, dikutip BIPN, Senin (4/3/2024).'
    agency = "Pasukan itu membawa senjata ringan, dilansir Intelijen Negara Contoh di situs webnya."
    meta = _article([lede, quoted, agency, P2, P3], profiles).metadata
    assert meta.cited_outlets == ()


def test_an_acronym_of_an_outlet_is_still_credited(profiles):
    lede = "Jakarta - Pasukan baru terlihat di perbatasan, menurut Kantor Berita Contoh (KBC)."
    quoted = '"Pasukan itu bergerak pada malam hari," kata seorang perwira, dikutip KBC, Senin (4/3/2024).'
    meta = _article([lede, quoted, P2, P3], profiles).metadata
    assert "KBC" in meta.cited_outlets


def test_a_registry_name_that_lost_its_spaces_is_that_outlet(profiles):
    quoted = (
        '"Pasukan itu bergerak pada malam hari," kata Kyivindependent dalam laporannya, Senin (4/3/2024).'
    )
    meta = _article([LEDE, quoted, P2, P3], profiles).metadata
    assert meta.cited_outlets == ("Kyiv Independent",)


def test_an_outlets_channel_and_the_copy_it_took_the_story_from_are_credited(profiles):
    cited = "Pejabat itu belum menanggapi laporan tersebut, seperti dikutip detikINET dari Nypost, Kamis (7/3/2024)."
    meta = _article([LEDE, P2, cited, P3], profiles).metadata
    assert set(meta.cited_outlets) == {"detikNews", "New York Post"}


def test_where_a_wire_filed_from_is_no_credit(profiles):
    cited = "Pejabat itu belum menanggapi laporan tersebut, seperti dilansir Reuters dari Moskow, Kamis (7/3/2024)."
    assert _article([LEDE, P2, cited, P3], profiles).metadata.cited_outlets == ("Reuters",)


def test_a_news_agency_keeps_the_last_word_of_its_name(profiles):
    cited = "Menurut laporan dari Central News Agency, keluarga para pekerja itu mulai khawatir."
    meta = _article([LEDE, P2, cited, P3], profiles).metadata
    assert meta.cited_outlets == ("Central News Agency",)


def test_a_wire_alone_in_parentheses_closing_the_article_is_its_credit(profiles):
    last = "Pemerintah juga berjanji membangun jalan baru menuju jembatan itu tahun depan. (AFP)"
    assert _article([LEDE, P2, P3, last], profiles).metadata.cited_outlets == ("AFP",)
    # A word in parentheses that names no outlet is no credit.
    for word in ("kiri", "Ani"):
        closing = last.replace("(AFP)", f"({word})")
        assert _article([LEDE, P2, P3, closing], profiles).metadata.cited_outlets == (), word


def test_the_outlet_a_statement_was_told_to_is_credited_by_a_citing_verb_without_a_name(profiles):
    told = '"Kerja sama itu akan terbatas," ujar Ani Wijaya, peneliti senior, kepada Warta Dunia, dilansir Senin (4/3/2024).'
    meta = _article([LEDE, P2, told, P3], profiles).metadata
    assert meta.cited_outlets == ("Warta Dunia",)
    told_an_official = told.replace("Warta Dunia", "Presiden Budi")
    assert _article([LEDE, P2, told_an_official, P3], profiles).metadata.cited_outlets == ()


def test_the_outlet_that_asked_the_question_is_credited(profiles):
    asked = "Ditanya oleh AFP tentang rencana itu pada Jumat, juru bicara kementerian menolak berkomentar."
    assert _article([LEDE, P2, asked, P3], profiles).metadata.cited_outlets == ("AFP",)


def test_a_broadcasters_international_channel_is_the_broadcaster(profiles):
    cited = '"Jembatan itu mulai dibangun tahun depan," kata juru bicara itu dikutip dari CNN International.'
    assert _article([LEDE, P2, cited, P3], profiles).metadata.cited_outlets == ("CNN",)
