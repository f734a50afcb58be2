"""A lead that opens with the site's own name tells who published the page, from the text alone.

Sites sign the lead's first words with their address or their brand in place of (or beside) a dateline:
"CONTOH.COM, Kepala …" (the address and a comma), "Amerika Serikat, CONTOH.COM Para pejabat …" (the place,
a comma, the address run into the lead with its dash lost), "5Contoh – Pemimpin …" (a brand that opens with
its number). A registry outlet's address there names that outlet, not a new one, and a sentence that
opens with a capitalised word is no signature.
"""

from datetime import date

import pytest

from ingest.pipeline import process_article

REF = date(2024, 11, 20)
HEADLINE = "Jembatan Baru di Atas Sungai Dibuka untuk Warga Kota"
P1 = "Pemerintah kota mengumumkan rencana pembangunan jembatan baru di atas sungai pada pekan depan."
P2 = "Warga menyambut baik rencana itu karena jembatan lama sudah rusak sejak musim hujan tahun lalu."


def _meta(lead, profiles):
    return process_article(
        "\n".join([HEADLINE, "", lead, "", P2]), profiles=profiles, reference_date=REF
    ).metadata


@pytest.mark.parametrize(
    ("lead", "name", "domain", "place"),
    [
        (f"KABARCONTOH.COM, {P1}", "Kabarcontoh.com", "kabarcontoh.com", None),
        (
            f"Amerika Serikat, WARTACONTOH.CO.ID {P1}",
            "Wartacontoh.co.id",
            "wartacontoh.co.id",
            "Amerika Serikat",
        ),
        (f"Surabaya, kabarkita.net {P1}", "kabarkita.net", "kabarkita.net", "Surabaya"),
        (f"5Contoh – {P1}", "5Contoh", "", None),
        (f"24Warta - {P1}", "24Warta", "", None),
    ],
)
def test_the_sites_name_opening_the_lead_is_proposed_as_the_publisher(lead, name, domain, place, profiles):
    meta = _meta(lead, profiles)

    assert meta.outlet_key is None
    assert meta.new_outlet is not None
    assert (meta.new_outlet.name, meta.new_outlet.domain) == (name, domain)
    assert meta.dateline == place


@pytest.mark.parametrize(
    "lead",
    [
        # A capitalised word opening a sentence is no signature.
        f"Pemerintah, kata wali kota, {P1[0].lower()}{P1[1:]}",
        # A registry outlet's address after the place names that outlet, not a new one.
        f"Jakarta, ANTARANEWS.COM {P1}",
        # A number in the lead is no brand.
        f"2024 – {P1}",
    ],
)
def test_a_lead_that_names_no_unknown_site_proposes_none(lead, profiles):
    assert _meta(lead, profiles).new_outlet is None
