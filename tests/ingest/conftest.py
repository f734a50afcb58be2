import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

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


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real corpus; a missing corpus is an error, never a skip."""
    path = Path(os.environ.get("CORPUS") or REPO.parent / "shared" / "seeds")
    if not path.is_absolute():
        path = (REPO / path).resolve()
    files = sorted(path.glob("*.txt")) if path.is_dir() else []
    if not files:
        raise RuntimeError(f"the seed corpus is missing: no .txt files in {path} (set CORPUS to its folder)")
    return path
