"""An editor pastes an article an e-mail client hard-wrapped: it must import as the unwrapped page does.

Every line of the copy is broken near 60, 70 or 80 columns, with the page's blank lines kept or none at all.
The quotation and the words that say who spoke ("…," kata …) must stay in one paragraph, or the claim
suggestion loses its speaker; headings, the byline, the caption and the "Baca juga" teaser stay apart.
The article is written for the test (invented people and outlet, real structure).
"""

from __future__ import annotations

import textwrap

import pytest

from briefs.services.suggestions import generate_suggestions
from ingest.models import Source
from ingest.pipeline.normalise import unwrap_hard_wrapped
from ingest.services.importing import ImportContext, import_article

ARTICLE = """Menhan Korea Selatan Tuding Pyongyang Kirim Peluru ke Moskow

Oleh: Rina Kartika

Selasa, 14 Mei 2024 | 10:15 WIB

JAKARTA, Warta Contoh - Menteri Pertahanan Korea Selatan menuding Korea Utara telah mengirim jutaan \
butir peluru artileri ke Rusia sejak musim panas tahun lalu.

"Kami melihat kontainer itu bergerak setiap pekan. Jumlahnya tidak kecil dan terus bertambah dari bulan \
ke bulan. Kami mencatat semuanya dengan teliti," kata Budi Santoso, juru bicara kementerian, kepada \
wartawan di Seoul.

Baca juga: Pyongyang Bantah Kirim Senjata ke Moskow

Menurut Budi, pengiriman itu melanggar sejumlah resolusi Dewan Keamanan PBB yang melarang perdagangan \
senjata dengan Korea Utara.

Bukti dari Citra Satelit

Analis pertahanan Sari Wulandari dari lembaga kajian Pusat Telaah Asia mengatakan: "Pola pelayarannya \
sangat teratur. Kapal yang sama kembali setiap sembilan hari ke pelabuhan yang sama."

Peneliti maritim Dewi Lestari dari Universitas Nusantara Contoh ikut memantau pelayaran itu sejak awal.

"Kami sudah memperingatkan mereka soal ini sejak awal tahun. Mereka diam," kata Dewi.

"Kapal-kapal itu berlayar tanpa transponder selama berhari-hari. Semuanya melanggar," ujar Dewi.

"Kami tidak menuduh siapa pun tanpa bukti, dan semua data sudah kami serahkan. Silakan periksa," kata Dewi.

"Ini bukan tuduhan tanpa dasar. Kami punya citra satelit, kami punya catatan pelayaran, dan kami punya \
saksi mata di pelabuhan," ujar Budi Santoso dalam jumpa pers yang sama.

Foto: Kapal kargo bersandar di pelabuhan Rajin. (Dok. Warta Contoh)

Sementara itu, Kementerian Luar Negeri Rusia menolak tuduhan tersebut. "Semua kerja sama kami dengan \
Pyongyang sah dan sesuai hukum internasional. Tidak ada yang perlu disembunyikan," tegas juru bicara \
Maria Zakharova.

Pemerintah Korea Utara belum memberikan tanggapan atas tudingan terbaru ini.
"""

WIDTHS = (60, 70, 80)


def _hard_wrapped(text: str, width: int, *, blank_lines: bool) -> str:
    """Every line wrapped at ``width``, as a mail client sends it; the page's blank lines kept or dropped."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
        elif blank_lines:
            out.append("")
    return "\n".join(out)


def _paste(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Import ``text`` as an editor's paste, ask for suggestions, and forget the Source again (the next
    copy would otherwise be "unchanged"): its body paragraphs and each suggestion's speaker and quote."""
    context = ImportContext.load(channel=Source.Channel.ADMIN)
    outcome = import_article(data=text.encode("utf-8"), name="tempelan.txt", context=context)
    assert outcome.status == "created", outcome.error
    source = outcome.source
    speakers = [
        (suggestion.speaker_name or suggestion.speaker_text, suggestion.quote)
        for suggestion in generate_suggestions(source=source)
    ]
    paragraphs = source.body.split("\n\n")
    source.delete()
    return paragraphs, speakers


@pytest.fixture
def unwrapped(db):
    return _paste(ARTICLE)


def test_the_unwrapped_page_keeps_each_quotation_with_its_speaker(unwrapped):
    paragraphs, speakers = unwrapped

    assert not any(paragraph.startswith("Baca juga") for paragraph in paragraphs)
    assert "Bukti dari Citra Satelit" in paragraphs
    assert ("Budi Santoso", "Ini bukan tuduhan tanpa dasar.") in [
        (speaker, quote[:30]) for speaker, quote in speakers
    ]
    assert any("Maria Zakharova" in speaker for speaker, _ in speakers)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_copy_wrapped_with_blank_lines_imports_as_the_page_does(unwrapped, width):
    wrapped = _hard_wrapped(ARTICLE, width, blank_lines=True)
    assert max(len(line) for line in wrapped.split("\n")) <= width < len(ARTICLE.split("\n")[6])

    assert _paste(wrapped) == unwrapped


@pytest.mark.parametrize("width", WIDTHS)
def test_a_copy_wrapped_without_blank_lines_keeps_every_quotation_with_its_speaker(unwrapped, width):
    paragraphs, speakers = _paste(_hard_wrapped(ARTICLE, width, blank_lines=False))

    assert speakers == unwrapped[1]
    # Without blank lines a break after a full stop may be a paragraph's end: the words are the same, and
    # no paragraph ends inside a quotation, so every quotation keeps its "…," kata ….
    assert " ".join(paragraphs) == " ".join(unwrapped[0])
    for paragraph in paragraphs:
        assert paragraph.count('"') % 2 == 0, paragraph
    assert "Bukti dari Citra Satelit" in paragraphs
    assert "Pemerintah Korea Utara belum memberikan tanggapan atas tudingan terbaru ini." in paragraphs


def _wrapped_by_hand(text: str, width: int) -> str:
    """Wrapped near ``width`` but not by a tool: every other paragraph is broken a few columns early, so
    the longest line says a width at which some breaks come before a word that would have fitted."""
    out: list[str] = []
    paragraphs = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs += 1
            ragged = width - 6 if paragraphs % 2 else width
            out.extend(textwrap.wrap(line, width=ragged, break_long_words=False, break_on_hyphens=False))
        else:
            out.append("")
    return "\n".join(out)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_copy_wrapped_by_hand_loses_no_line_of_its_lead(unwrapped, width):
    """A lead that opens with its dateline and breaks before a word that would have fitted: its lines
    used to be taken for section labels above the article and dropped, date and dateline with them."""
    paragraphs, speakers = _paste(_wrapped_by_hand(ARTICLE, width))

    assert paragraphs == unwrapped[0]
    assert speakers == unwrapped[1]


def test_a_wrapped_quotation_that_opens_with_baca_is_no_teaser():
    """“Baca …” opening a quotation is speech, not a "Baca juga" link: its lines stay one paragraph."""
    paragraph = (
        "“Baca laporan itu dengan teliti, dan bacalah lampirannya juga dengan sabar. Semua angkanya sudah "
        "kami periksa dua kali dan tidak ada yang kami sembunyikan dari publik,” kata Budi Santoso kepada "
        "wartawan di Jakarta pada hari Senin."
    )
    lines = textwrap.wrap(paragraph, width=76)
    assert lines[0].endswith("sabar."), "a break after a full stop inside the quotation"

    assert unwrap_hard_wrapped(lines) == [paragraph]
