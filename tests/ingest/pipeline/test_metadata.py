from datetime import date, datetime, timedelta, timezone

from ingest.pipeline.classify import classify_lines
from ingest.pipeline.html import HtmlExtract
from ingest.pipeline.metadata import extract_metadata
from ingest.pipeline.outlets import profile_from_dict

WIB = timezone(timedelta(hours=7))
REF = date(2025, 11, 1)
P2 = "Kebijakan itu disambut baik oleh para pelaku usaha yang selama ini menunggu kepastian hukum."
P3 = "Menteri menegaskan bahwa aturan pelaksanaannya akan diterbitkan dalam waktu dua minggu."


def _outlet(role):
    return profile_from_dict(
        {
            "key": "contoh",
            "name": "Contoh",
            "domain": "contoh.id",
            "country": "ID",
            "kind": "news_site",
            "signoff_role": role,
        }
    )


def _meta(lines, profiles, outlet=None, html=None):
    labels = classify_lines(lines, profiles=profiles, outlet=outlet)
    return extract_metadata(labels, profiles=profiles, outlet=outlet, reference_date=REF, html=html)


def test_byline_date_with_time_and_wib_is_high_confidence(profiles):
    lines = [
        "Judul Berita Yang Cukup Panjang Sekali",
        "Ani Wijaya , Jurnalis-Jum'at, 27 Oktober 2023 |17:33 WIB",
        "JAKARTA - Pemerintah mengumumkan kebijakan baru pada Kamis (26/10/2023) malam.",
        P2,
    ]
    meta = _meta(lines, profiles)
    assert meta.title == "Judul Berita Yang Cukup Panjang Sekali"
    assert meta.byline == ("Ani Wijaya",)
    assert meta.published_at == datetime(2023, 10, 27, 17, 33, tzinfo=WIB)
    assert meta.published_at_source == "byline"
    assert meta.published_at_confidence >= 0.9
    assert meta.dateline == "Jakarta"


def test_site_display_date_far_after_the_events_is_low_confidence(profiles):
    lines = [
        "Kamis, 2 Oktober 2025",
        "Judul Berita Yang Cukup Panjang Sekali",
        "JAKARTA - " + P2,
        P3,
        "Pemerintah mengumumkan kebijakan itu pertama kali pada Kamis (3/11/2022) malam.",
    ]
    meta = _meta(lines, profiles)
    assert meta.published_at == datetime(2025, 10, 2, tzinfo=WIB)
    assert meta.published_at_source == "header"
    assert meta.published_at_confidence <= 0.2
    assert "display date" in meta.published_at_note
    assert meta.page_date == datetime(2025, 10, 2, tzinfo=WIB)


def test_header_date_with_time_is_high_confidence(profiles):
    lines = [
        "Judul Berita Yang Cukup Panjang Sekali",
        "Ani Wijaya - detikNews",
        "Selasa, 13 Jun 2023 12:57 WIB",
        "Washington DC -",
        "Pemerintah mengumumkan kebijakan baru, seperti dilansir Reuters, Selasa (13/6/2023).",
        P2,
    ]
    meta = _meta(lines, profiles)
    assert meta.published_at == datetime(2023, 6, 13, 12, 57, tzinfo=WIB)
    assert (meta.published_at_source, meta.published_at_confidence) == ("header", 0.9)
    assert meta.dateline == "Washington DC"
    assert meta.cited_outlets == ("Reuters",)


def test_lede_date_is_used_without_byline_or_header_date(profiles):
    meta = _meta(
        ["Liputan6.com, Moskow - Kremlin pada Selasa (17/10/2023), menolak tuduhan itu.", P2], profiles
    )
    assert meta.published_at == datetime(2023, 10, 17, tzinfo=WIB)
    assert meta.published_at_source == "lede"
    assert 0.4 <= meta.published_at_confidence <= 0.7
    assert meta.title is None


def test_weekday_inferred_lede_year_is_marked_inferred(profiles):
    meta = _meta(
        ["Washington | EGINDO.co – Gedung Putih mengatakan hal itu pada Jumat (13 Oktober).", P2], profiles
    )
    assert meta.published_at == datetime(2023, 10, 13, tzinfo=WIB)
    assert meta.published_at_source == "inferred"
    assert 0.3 <= meta.published_at_confidence <= 0.6
    assert "weekday" in meta.published_at_note


def test_no_date_at_all(profiles):
    meta = _meta([P2, P3], profiles)
    assert meta.published_at is None
    assert (meta.published_at_source, meta.published_at_confidence) == ("none", 0.0)


def test_editor_from_initials_signoff(profiles):
    meta = _meta(["JAKARTA - " + P2, P3, "(ani/bud)"], profiles, outlet=_outlet("initials"))
    assert meta.editor == "bud"


def test_editor_from_name_signoff(profiles):
    meta = _meta(["JAKARTA - " + P2, P3, "(Budi Santoso)"], profiles, outlet=_outlet("editor"))
    assert meta.editor == "Budi Santoso"


def test_author_signoff_does_not_make_an_editor(profiles):
    meta = _meta(["JAKARTA - " + P2, P3, "(Contoh.com/Ani)"], profiles, outlet=_outlet("author"))
    assert meta.editor is None
    assert meta.byline == ("Ani",)


def test_signoff_is_ignored_for_an_unknown_outlet(profiles):
    assert _meta(["JAKARTA - " + P2, P3, "(ani/bud)"], profiles).editor is None


def test_editor_initials_from_source_line(profiles):
    meta = _meta(["JAKARTA - " + P2, P3, "Sumber : CNA/SL"], profiles)
    assert meta.editor == "SL"
    assert meta.cited_outlets == ("CNA",)


def test_editor_line(profiles):
    lines = [
        "Judul Berita Yang Cukup Panjang",
        "Penulis: Ani Wijaya dan Budi Santoso",
        "Editor: Citra",
        "JAKARTA - " + P2,
    ]
    meta = _meta(lines, profiles)
    assert meta.byline == ("Ani Wijaya", "Budi Santoso")
    assert meta.editor == "Citra"


def test_cited_outlets_follow_crediting_words_in_order(profiles):
    lines = [
        "MOSKOW - Kremlin membantah tuduhan itu, seperti dilansir kantor berita Interfax, Selasa.",
        "Menurut Associated Press, kontainer itu dikirim lewat laut, dikutip dari Al Jazeera.",
        "Dilansir dari Harian Nusantara Raya, pernyataan itu muncul kemarin.",
        "Ia juga mengutip Interfax sekali lagi.",
    ]
    meta = _meta(lines, profiles)
    assert meta.cited_outlets == ("Interfax", "AP", "Al Jazeera", "Harian Nusantara Raya")


def test_photo_credit_is_not_a_citation(profiles):
    lines = [
        "Judul Berita Yang Cukup Panjang",
        "Presiden meninjau lokasi banjir (Foto: Reuters)",
        "AFP",
        "Warga mengungsi ke tempat aman pada Senin pagi setelah air naik.",
        "JAKARTA - " + P2,
        P3,
    ]
    assert _meta(lines, profiles).cited_outlets == ()


def test_officials_after_weak_cues_are_not_outlets(profiles):
    lines = ["JAKARTA - Pernyataan yang dirilis oleh Menteri Luar Negeri itu dikutip dari Presiden Joko.", P2]
    assert _meta(lines, profiles).cited_outlets == ()


def test_publisher_is_not_its_own_citation(profiles):
    okezone = next(p for p in profiles if p.key == "okezone")
    lines = ["MOSKOW - " + P2, "Seperti dilansir Okezone dan Reuters, hal itu terjadi kemarin."]
    assert _meta(lines, profiles, outlet=okezone).cited_outlets == ("Reuters",)


def test_language_vote(profiles):
    assert _meta(["JAKARTA - " + P2, P3], profiles).language == "id"
    english = [
        "The ministry said that the meeting was held behind closed doors and it was not open to the press.",
        "Officials from both countries have said they will meet again in the capital.",
    ]
    assert _meta(english, profiles).language == "en"
    assert _meta(["Halo"], profiles).language == "und"


def test_html_metadata_wins_over_text_rules(profiles):
    lines = ["Judul Dari Teks Yang Panjang", "Penulis: Ani Wijaya", "JAKARTA - " + P2]
    html = HtmlExtract(
        text="",
        title="Judul Dari Metadata",
        author="Budi Santoso, Citra Dewi",
        published_at=datetime(2024, 1, 2, 3, 4, tzinfo=WIB),
    )
    meta = _meta(lines, profiles, html=html)
    assert meta.title == "Judul Dari Metadata"
    assert meta.byline == ("Budi Santoso", "Citra Dewi")
    assert (meta.published_at, meta.published_at_source) == (datetime(2024, 1, 2, 3, 4, tzinfo=WIB), "html")
