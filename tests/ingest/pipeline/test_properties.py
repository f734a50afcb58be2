"""Properties that must hold for any input, not just for the examples we thought of."""

import codecs
import re
import textwrap
import unicodedata

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from ingest.pipeline import decode_bytes, process_article
from ingest.pipeline.errors import IngestError
from ingest.pipeline.outlets import load_default_profiles

PROFILES = load_default_profiles()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that look like pages: prose, clutter, bylines, dates, datelines, odd characters.
_FRAGMENTS = st.sampled_from(
    [
        "Advertisement",
        "Baca juga: Judul Lain Yang Menarik",
        "Baca Juga",
        "Penulis: Ani Wijaya",
        "Editor: Budi",
        "Kamis, 2 Oktober 2025",
        "Selasa (17/10/2023)",
        "JAKARTA -",
        "MOSKOW - Kremlin menolak tuduhan itu pada Jumat (13/10), kata juru bicara.",
        "(abc/xyz)",
        "Sumber: CNA/SL",
        "A",
        "AFP",
        "© 2025 Contoh",
        "Judul Berita Yang Cukup Panjang",
        "Pemerintah mengumumkan kebijakan baru, seperti dilansir Reuters, Senin.",
        "Warga mengungsi (Foto: Dok. Contoh)",
        "",
        "\u00a0\u200b\t",
    ]
)
_LINES = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=80)), max_size=25)
# A page that has at least one line of article prose somewhere: a page without one is rejected ("no article
# text"), so properties of what the importer keeps are drawn from pages it keeps.
_PROSE = st.sampled_from(
    [
        "Pemerintah mengumumkan kebijakan baru, seperti dilansir Reuters, Senin.",
        "MOSKOW - Kremlin menolak tuduhan itu pada Jumat (13/10), kata juru bicara.",
        "Warga kota menyatakan bahwa kebijakan itu akan membantu mereka pada tahun depan.",
    ]
)


def _with_prose(texts):
    return st.tuples(texts, _PROSE, st.booleans()).map(
        lambda drawn: f"{drawn[1]}\n{drawn[0]}" if drawn[2] else f"{drawn[0]}\n{drawn[1]}"
    )


_PAGES_WITH_PROSE = _with_prose(_LINES.map("\n".join))
_WORDS = st.lists(
    st.sampled_from(
        [
            "kata",
            "yang",
            "dan",
            "pemerintah",
            "menyatakan",
            "bahwa",
            "kebijakan",
            "baru",
            "itu",
            "warga",
            "kota",
        ]
    )
)


def _via_utf16(text):
    """The text as it comes back from a UTF-16 upload (or unchanged where decoding refuses it)."""
    try:
        return decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")).text
    except IngestError:
        return text


def _process(text):
    try:
        return process_article(text, profiles=PROFILES)
    except IngestError:
        return None


@SETTINGS
@given(st.binary(max_size=400))
def test_decode_bytes_raises_only_ingest_error(data):
    try:
        decoded = decode_bytes(data)
    except IngestError as err:
        # A property over any bytes: some decode and some are refused, so pytest.raises cannot be used.
        assert err.code and str(err)  # noqa: PT017 - see above
        return
    assert "\x00" not in decoded.text
    decoded.text.encode("utf-8")  # no lone surrogates


@SETTINGS
@given(st.text(max_size=600))
def test_process_article_raises_only_ingest_error_on_any_text(text):
    _process(text)


@SETTINGS
@given(_LINES)
def test_process_article_raises_only_ingest_error_on_page_like_text(lines):
    _process("\n".join(lines))


@SETTINGS
@given(st.one_of(_with_prose(st.text(max_size=600)), _PAGES_WITH_PROSE))
# A lone dateline that opens the lead only once the byline under it and the repeated line above are gone.
@example(
    "Menteri itu berbicara kepada wartawan, seperti dilansir AFP, Selasa.\n7\nK -\nPenulis: B\n"
    "Menteri itu berbicara kepada wartawan, seperti dilansir AFP, Selasa."
)
def test_cleaning_is_idempotent(text):
    article = _process(text)
    assume(article is not None)
    again = process_article(article.body, profiles=PROFILES)
    assert again.body == article.body
    assert again.content_hash == article.content_hash


@SETTINGS
@given(_PAGES_WITH_PROSE)
def test_hash_is_stable_under_encoding_and_layout_noise(text):
    article = _process(text)
    assume(article is not None)
    variants = [
        # Line feeds as CRLF; a CRLF already there stays one ("\r\r\n" would be two line breaks).
        re.sub(r"\r?\n", "\r\n", text),
        "\ufeff" + text,
        text.replace("\n", "  \n"),
        unicodedata.normalize("NFD", text),
        _via_utf16(text),
    ]
    for variant in variants:
        other = _process(variant)
        assert other is not None and other.content_hash == article.content_hash


@SETTINGS
@given(
    st.lists(
        st.lists(_WORDS.filter(lambda words: len(words) >= 12), min_size=1, max_size=3),
        min_size=2,
        max_size=6,
    )
)
def test_hash_is_stable_under_rewrapping_at_72_columns(sentence_groups):
    paragraphs = [
        ". ".join(" ".join(words) for words in group).capitalize() + "." for group in sentence_groups
    ]
    text = "JAKARTA - " + "\n\n".join(paragraphs)
    wrapped = "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in text.split("\n\n"))
    original = process_article(text, profiles=PROFILES)
    rewrapped = process_article(wrapped, profiles=PROFILES)
    assert rewrapped.content_hash == original.content_hash
    assert rewrapped.body == original.body
