import pytest

# A short article written for the tests (not from the corpus): a headline, a byline with a WIB time,
# a dateline lead, a credited wire, and the usual clutter.
SAMPLE_ARTICLE = """Iklan
Kapal Kargo Terlihat di Pelabuhan Utara

Penulis: Budi Santoso
Rabu, 4 Oktober 2023 09:15 WIB

SURABAYA - Sebuah kapal kargo terlihat bersandar di pelabuhan utara pada Selasa pagi, kata petugas.
"Kami sedang memeriksa muatannya," ujar kepala pelabuhan André Wijaya, seperti dilansir Reuters.
Baca juga: Harga Cabai Naik Lagi
Petugas menolak menjelaskan isi kontainer yang diturunkan dari kapal itu dan tidak memberi tanggal.
Advertisement
(bud/ani)
"""


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE_ARTICLE.encode("utf-8")
