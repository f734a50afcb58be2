"""Metadata rules found missing on pages nobody had read (the r2a- articles of the development corpus),
each shown on a short snippet written for the test."""

from datetime import date, datetime, timedelta, timezone

from ingest.pipeline import process_article

WIB = timezone(timedelta(hours=7))
REF = date(2025, 12, 31)
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu."


def _meta(lines, profiles, url=None, reference=REF):
    return process_article("\n".join(lines), profiles=profiles, url=url, reference_date=reference).metadata


def test_a_stored_copys_day_stamp_dates_the_page(profiles):
    lede = "Jumlah korban perang jauh lebih besar dari perkiraan, kata anggota parlemen itu kepada wartawan."
    meta = _meta([" date 2025-09-02 " + lede, P2, P3], profiles)
    assert (meta.published_at, meta.published_at_precision) == (datetime(2025, 9, 2, tzinfo=WIB), "day")
    assert meta.published_at_confidence >= 0.5


def test_something_going_on_since_a_year_does_not_make_a_later_stamp_a_display_date(profiles):
    # "sejak tahun 2024" reaches up to the time of writing: the 2025 stamp is not "after every event".
    lede = "Lebih dari 10.000 tentara telah dikirim ke sana sejak tahun 2024, menurut laporan itu."
    meta = _meta(["date 2025-09-02", lede, P2, P3], profiles)
    assert meta.published_at == datetime(2025, 9, 2, tzinfo=WIB)
    assert not meta.published_at_display_date
    # A stamp far after a dated event stays a display date.
    dated = "Pemerintah mengumumkan rencana itu pada Selasa (13/9/2022) di Jakarta, kata pejabat itu."
    assert _meta(["date 2025-09-02", dated, P2, P3], profiles).published_at_confidence < 0.5


def test_a_stamp_with_its_time_on_a_tagline_line_is_the_page_date(profiles):
    lines = [
        "Intelijen: Seratus Tentara Tewas di Garis Depan",
        "",
        "KabarKita - Berita Hari Ini, Terbaru dan Viral - 19 Des 2024, 14:32",
        "Ani Wijaya",
        "Penulis",
        "",
        "Jakarta - Badan intelijen pada Kamis, 19 Desember 2024 melaporkan temuan barunya kepada parlemen.",
        P2,
    ]
    meta = _meta(lines, profiles)
    assert (meta.published_at, meta.published_at_precision) == (
        datetime(2024, 12, 19, 14, 32, tzinfo=WIB),
        "minute",
    )


def test_a_dated_caption_in_the_header_is_no_stamp(profiles):
    lines = [
        "Judul Berita Yang Cukup Panjang Sekali",
        "Presiden berpidato di depan parlemen pada 2 Januari 2024 pukul 10:00 WIB, disaksikan para menteri.",
        "Jakarta - Pemerintah pada Jumat (5/1/2024) mengumumkan rencana pembangunan jembatan baru.",
        P2,
    ]
    assert _meta(lines, profiles).published_at == datetime(2024, 1, 5, tzinfo=WIB)


def test_the_day_a_wire_was_cited_after_the_ledes_event_dates_the_copy(profiles):
    lines = [
        "Contoh.id - Pemimpin itu pulang membawa lima drone dari kunjungannya ke luar negeri pekan ini.",
        "Pada Sabtu (16/9) ia bertemu menteri pertahanan di Vladivostok dan melihat rudal baru.",
        '"Ia menerima lima drone," kata kantor berita TASS, seperti dikutip Aljazirah, Senin (18/9).',
        "Kunjungan itu dimulai pada Selasa (12/9/2023) dan berfokus pada urusan militer.",
    ]
    assert _meta(lines, profiles).published_at == datetime(2023, 9, 18, tzinfo=WIB)


def test_a_cited_day_before_the_ledes_day_or_long_after_it_does_not_replace_it(profiles):
    lede = "Contoh.id - Pemerintah pada Selasa (19/9/2023) mengumumkan rencana pembangunan jembatan baru."
    earlier = "Rencana itu pertama kali dilaporkan, seperti dikutip Reuters, Senin (18/9/2023), oleh pejabat."
    later = "Rencana itu, seperti dikutip Reuters, Senin (30/10/2023), masih dibahas oleh parlemen."
    for line in (earlier, later):
        assert _meta([lede, P2, line], profiles).published_at == datetime(2023, 9, 19, tzinfo=WIB)


def test_the_day_in_the_address_is_offered_as_a_guess_when_the_page_prints_no_date(profiles):
    lede = "SEOUL - Badan intelijen pada Kamis mengatakan seratus tentara tewas dalam pertempuran itu."
    url = "https://contoh-berita.com/2024/12/27/intelijen-seratus-tentara-tewas"
    meta = _meta([lede, P2, P3], profiles, url=url)
    assert meta.published_at == datetime(2024, 12, 27, tzinfo=WIB)
    assert meta.published_at_confidence < 0.5  # the editor confirms it: a repost is filed under its own day
    # A date the page prints wins; an address with the month only gives no date.
    dated = "SEOUL - Badan intelijen pada Kamis (19/12/2024) mengatakan seratus tentara tewas."
    assert _meta([dated, P2, P3], profiles, url=url).published_at == datetime(2024, 12, 19, tzinfo=WIB)
    assert (
        _meta([lede, P2, P3], profiles, url="https://contoh-berita.com/2024/12/berita").published_at is None
    )


def test_a_research_institutes_report_is_not_a_cited_outlet(profiles):
    line = "Menurut laporan Institut Jerman untuk Urusan Internasional, ekspor itu mencapai 13.000 kontainer."
    assert _meta(
        [line, P2, "Pada Oktober 2024, CNN melaporkan 1.500 tentara telah dikirim."], profiles
    ).cited_outlets == ("CNN",)


def test_a_source_line_naming_a_wire_with_its_media_noun_credits_the_wire_once(profiles):
    lines = [
        "SEOUL - Badan intelijen mengatakan seratus tentara tewas, lapor Yonhap.",
        P2,
        "Sumber: Kantor Berita Yonhap",
    ]
    assert _meta(lines, profiles).cited_outlets == ("Yonhap",)


def test_the_indonesian_spelling_of_al_jazeera_is_al_jazeera(profiles):
    line = '"Ia menerima lima drone," kata kantor berita TASS, seperti dikutip Aljazirah, Senin (18/9/2023).'
    assert set(_meta([line, P2, P3], profiles).cited_outlets) == {"TASS", "Al Jazeera"}


def test_a_reposted_articles_site_byline_is_its_source_and_leaves_the_headline(profiles):
    lines = [
        "Kim Bawa Pulang Lima Drone dari Rusia By KabarSatu",
        "",
        "Kim Bawa Pulang Lima Drone dari Rusia",
        "",
        "By KabarSatu.com",
        "September 18, 2023",
        "Moskwa - Pemimpin itu mengakhiri kunjungannya selama hampir sepekan di Rusia pada Senin.",
        P2,
    ]
    meta = _meta(lines, profiles, url="https://contohblog.blogspot.com/2023/09/kim-bawa-pulang.html")
    assert meta.title == "Kim Bawa Pulang Lima Drone dari Rusia"
    assert meta.cited_outlets == ("KabarSatu",)


def test_a_headline_ending_in_by_is_kept_when_nothing_credits_a_site(profiles):
    lines = ["Jembatan Baru Diresmikan By Night", "Jakarta - " + P2, P3]
    assert _meta(lines, profiles).title == "Jembatan Baru Diresmikan By Night"


def test_a_statement_made_the_day_after_the_ledes_event_dates_the_copy(profiles):
    lines = [
        "Jakarta – Presiden menyebut rudal asing dipakai untuk menyerang ibu kota pada Kamis (24/04/2025).",
        "Serangan itu memaksanya memperpendek kunjungan ke luar negeri yang sudah dijadwalkan.",
        "“Layanan khusus kami sedang memeriksa semua detailnya,” katanya pada Jumat (25/04/2025).",
    ]
    assert _meta(lines, profiles).published_at == datetime(2025, 4, 25, tzinfo=WIB)


def test_the_published_stamp_wins_over_a_last_update_printed_above_it(profiles):
    title = "Judul Berita Yang Cukup Panjang Sekali"
    published = datetime(2024, 1, 12, 10, 0, tzinfo=WIB)
    two_lines = [
        title,
        "Diperbarui 13 Jan 2024, 08:00 WIB",
        "Diterbitkan 12 Jan 2024, 10:00 WIB",
        "JAKARTA - " + P2,
        P3,
    ]
    one_line = [
        title,
        "Diperbarui: 13/01/2024 08:00 WIB | Terbit: 12/01/2024 10:00 WIB",
        "JAKARTA - " + P2,
        P3,
    ]
    assert _meta(two_lines, profiles).published_at == published
    assert _meta(one_line, profiles).published_at == published


def test_a_lone_last_update_stamp_is_only_a_guess(profiles):
    meta = _meta(
        ["Judul Berita Yang Cukup Panjang Sekali", "Updated 13 Jan 2024 08:00 WIB", "JAKARTA - " + P2, P3],
        profiles,
    )
    assert meta.published_at == datetime(2024, 1, 13, 8, 0, tzinfo=WIB)
    assert meta.published_at_confidence < 0.5


def test_a_credit_closing_a_caption_above_the_lead_is_a_photo_credit_not_a_citation(profiles):
    lines = [
        "Intelijen: Seratus Tentara Tewas di Garis Depan",
        "Presiden berbicara kepada wartawan di Seoul tentang penempatan tentara itu, menurut laporan media",
        "(Antara)",
        "",
        "Jakarta - Badan intelijen pada Kamis, 19 Desember 2024 melaporkan temuan barunya kepada parlemen.",
        P2,
        "Hal itu dilaporkan oleh kantor berita Yonhap sebelumnya. (ant/abc)",
    ]
    assert set(_meta(lines, profiles).cited_outlets) == {"Yonhap", "Antara"}  # the closing sign-off counts
    assert _meta(lines[:-1], profiles).cited_outlets == ()
