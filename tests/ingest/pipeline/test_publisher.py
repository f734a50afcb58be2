"""Who published a page: from its address, else from the signatures its text carries."""

import pytest

from ingest.pipeline import process_article
from ingest.pipeline.publisher import OutletSighting

P1 = "Pemerintah kota mengumumkan rencana pembangunan jembatan baru di atas sungai pada pekan depan."
P2 = "Warga menyambut baik rencana itu karena jembatan lama sudah rusak sejak musim hujan tahun lalu."
P3 = "Wali kota menegaskan bahwa anggaran untuk proyek tersebut sudah disetujui oleh dewan kota."


def _meta(lines, profiles, url=None):
    return process_article("\n".join(lines), profiles=profiles, url=url).metadata


def _outlet_provenance(meta):
    return next(item for item in meta.provenance if item.field == "outlet")


def test_a_registry_domain_in_the_address_names_the_outlet(profiles):
    meta = _meta(["SURABAYA - " + P1, P2], profiles, url="https://internasional.kompas.com/read/2021/1/x")
    assert (meta.outlet_key, meta.new_outlet) == ("kompas", None)
    assert meta.url == "https://internasional.kompas.com/read/2021/1/x"
    assert _outlet_provenance(meta).line is None and _outlet_provenance(meta).confidence >= 0.9


def test_an_unknown_domain_is_proposed_under_the_name_the_page_writes(profiles):
    lines = ["Jembatan Baru Dibuka", "Surabaya, Kabar Kita - " + P1, P2]
    meta = _meta(lines, profiles, url="https://m.kabarkita.co.id./berita/1")
    assert meta.outlet_key is None
    assert meta.new_outlet == OutletSighting(
        name="Kabar Kita", domain="kabarkita.co.id", signature="Kabar Kita -"
    )
    assert meta.dateline == "Surabaya"


def test_an_unknown_domain_the_page_never_names_is_proposed_by_its_domain(profiles):
    meta = _meta([P1, P2, P3], profiles, url="https://www.beritakita.news/a/b")
    assert meta.new_outlet == OutletSighting(name="Beritakita.news", domain="beritakita.news", signature="")


@pytest.mark.parametrize(
    ("lead", "name", "domain", "signature"),
    [
        ("KABARKITA.CO.ID, SURABAYA -- ", "Kabarkita.co.id", "kabarkita.co.id", "KABARKITA.CO.ID,"),
        ("KABARKITA.CO.ID - SURABAYA. ", "Kabarkita.co.id", "kabarkita.co.id", "KABARKITA.CO.ID -"),
        ("SURABAYA, KABAR.TV - ", "Kabar.tv", "kabar.tv", "KABAR.TV -"),
        ("Jawa Timur, WARTADUNIA.COM – ", "Wartadunia.com", "wartadunia.com", "WARTADUNIA.COM –"),
        ("Surabaya (KABARNEWS) - ", "Kabarnews", "", "(KABARNEWS) -"),
        ("Surabaya (KBN) - ", "KBN", "", "(KBN) -"),
    ],
)
def test_an_outlet_in_the_dateline_that_the_registry_lacks_is_proposed(
    lead, name, domain, signature, profiles
):
    meta = _meta(["Jembatan Baru Dibuka", lead + P1, P2], profiles)
    assert meta.outlet_key is None
    assert meta.new_outlet == OutletSighting(name=name, domain=domain, signature=signature)
    provenance = _outlet_provenance(meta)
    assert provenance.line == 2 and provenance.text.startswith(lead.strip())


def test_a_wire_credit_in_the_lead_is_found_below_an_archive_photo_caption(profiles):
    lines = [
        "Arsip - Wali kota meninjau jembatan lama di Surabaya, Kamis (7/9/2023). (ANTARA FOTO/Budi)",
        "Surabaya (ANTARA) - " + P1,
        P2,
    ]
    assert _meta(lines, profiles).outlet_key == "antara"


def test_an_outlet_name_in_the_header_stamp(profiles):
    lines = [
        "Jembatan Baru Dibuka untuk Warga",
        "Kabarkita.com - 03/02/2021, 08:40 WIB",
        "SURABAYA - " + P1,
        P2,
    ]
    assert _meta(lines, profiles).new_outlet == OutletSighting("Kabarkita.com", "kabarkita.com", "")


def test_a_copyright_line_is_the_last_resort(profiles):
    meta = _meta([P1, P2, P3, "Copyright © 2024 Kabarkita.id. All rights reserved."], profiles)
    assert meta.new_outlet == OutletSighting("Kabarkita.id", "kabarkita.id", "")
    assert _outlet_provenance(meta).confidence < 0.6


def test_nothing_to_go_on_gives_no_outlet(profiles):
    meta = _meta([P1, P2, P3], profiles)
    assert (meta.outlet_key, meta.new_outlet) == (None, None)
    assert not [item for item in meta.provenance if item.field == "outlet"]


def test_a_header_line_opening_with_the_sites_own_name(profiles):
    lines = ["KABARKITA.COM, DUNIA.", "Pemerintah kota mengumumkan rencana itu pada Senin.", P1, P2]
    assert _meta(lines, profiles).new_outlet == OutletSighting("Kabarkita.com", "kabarkita.com", "")
    # A registry outlet at the head of a line credits its copy or its photo; it is not the publisher.
    assert _meta(["Kompas.com/Ani", P1, P2], profiles).new_outlet is None


def test_a_network_site_on_a_subdomain_is_proposed_under_its_own_name_not_taken_for_a_dateline(profiles):
    lines = ["Jembatan Baru Dibuka", "SUARA LEMBAH - " + P1, P2, P3]
    meta = _meta(lines, profiles, url="https://suaralembah.jaringanwarta.com/daerah/pr-1/jembatan")
    assert meta.new_outlet.name == "Suara Lembah"
    assert meta.new_outlet.domain == "jaringanwarta.com"
    assert meta.dateline is None


@pytest.mark.parametrize(
    ("lead", "name", "dateline"),
    [
        ("NUSAKINI – ", "Nusakini", None),
        ("Jakarta, Nusa Kini - ", "Nusa Kini", "Jakarta"),
        ("WARTA PRIANGAN - ", "Warta Priangan", None),
    ],
)
def test_without_an_address_an_unknown_name_in_the_dateline_is_proposed_as_the_outlet_not_the_place(
    lead, name, dateline, profiles
):
    meta = _meta(["Jembatan Baru Dibuka", lead + P1, P2], profiles)
    assert meta.new_outlet is not None and meta.new_outlet.name == name
    assert meta.dateline == dateline


def test_a_site_inviting_readers_to_follow_it_names_itself(profiles):
    lines = [P1, P2, P3, "Dapatkan breaking news Kabarkita.co lewat Grup Telegram dan ikuti kami."]
    meta = _meta(lines, profiles)
    assert meta.new_outlet == OutletSighting("Kabarkita.co", "kabarkita.co", "")
    assert _outlet_provenance(meta).confidence < 0.5
    # A wire named in such a line is a credit the site follows, not the site.
    assert _meta([P1, P2, P3, "Ikuti berita Reuters.com di Google News"], profiles).new_outlet is None


def test_the_pages_first_line_with_the_sites_name_and_its_tagline(profiles):
    lines = ["kabarkita.co portal berita harian tentang kota, desa dan olahraga", P1, P2]
    assert _meta(lines, profiles).new_outlet == OutletSighting("kabarkita.co", "kabarkita.co", "")


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("Copyright © 2024 Kabar Pesisir. All rights reserved.", "Kabar Pesisir"),
        ("Copyright © 2024 PT Warta Selatan Media. All rights reserved.", "Warta Selatan Media"),
        ("© 2023 KabarNusa. Hak cipta dilindungi undang-undang.", "KabarNusa"),
        ("Copyright © Suara Teluk All Rights Reserved", "Suara Teluk"),
    ],
)
def test_a_copyright_line_names_its_holder_without_the_rights_sentence(footer, name, profiles):
    assert _meta([P1, P2, P3, footer], profiles).new_outlet == OutletSighting(name, "", "")


# A site's address as the subject of a verb of gathering others' reports is the site writing the article.
@pytest.mark.parametrize(
    ("line", "domain"),
    [
        ("Kabarcontoh.co.id mengutip laporan terbaru dari kementerian, jumlahnya naik.", "kabarcontoh.co.id"),
        ("Seperti biasa, WARTACONTOH.COM merangkum keterangan dari tiga pejabat kota.", "wartacontoh.com"),
        ("Beritakita.net telah menghimpun data dari dinas perhubungan setempat.", "beritakita.net"),
        ("Portalcontoh.id juga melansir pernyataan wali kota pada Senin malam.", "portalcontoh.id"),
    ],
)
def test_a_site_gathering_the_articles_sources_in_its_own_voice_is_the_publisher(line, domain, profiles):
    meta = _meta(["Jembatan Baru Dibuka", P1, line, P3], profiles)
    assert meta.outlet_key is None
    assert meta.new_outlet is not None and meta.new_outlet.domain == domain


@pytest.mark.parametrize(
    "line",
    [
        # A registry outlet doing so on another page: that page's copy of its story, not a new outlet.
        "Kompas.com mengutip laporan terbaru dari kementerian, jumlahnya naik.",
        # The address credited, as the object: a source, not the writer.
        "Menurut situs kabarcontoh.co.id, jumlahnya naik pekan ini.",
        # An address that does something else.
        "Kabarcontoh.co.id menolak memberikan keterangan lebih lanjut kepada warga.",
    ],
)
def test_an_address_credited_or_doing_something_else_names_no_publisher(line, profiles):
    assert _meta(["Jembatan Baru Dibuka", P1, line, P3], profiles).new_outlet is None
