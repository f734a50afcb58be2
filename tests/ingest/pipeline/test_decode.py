import codecs

import pytest

from ingest.pipeline.decode import decode_bytes
from ingest.pipeline.errors import IngestError

TEXT = "Jakarta - Kabar “terbaru” hari ini, Jum’at.\n"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \r\n\t \n", "empty", id="whitespace-only"),
        pytest.param(codecs.BOM_UTF8, "empty", id="bom-only"),
        pytest.param(b"%PDF-1.7\n%binary", "binary", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00", "binary", id="gif"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "binary", id="zip-docx"),
        pytest.param(b"\x1f\x8b\x08\x00\x00\x00", "binary", id="gzip"),
        pytest.param(b"\x7fELF\x02\x01\x01", "binary", id="elf"),
        pytest.param(b"hello\x00world, this has a NUL in it", "nul_bytes", id="nul"),
        pytest.param(b"caf\x81 au lait", "undecodable", id="cp1252-undefined-byte"),
        pytest.param(b"\x01\x02\x03\x04\x05abc\x06\x07\x08", "binary", id="control-characters"),
        pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "undecodable", id="utf16-lone-surrogate"),
    ],
)
def test_bad_input_is_rejected_with_a_code(data, code):
    with pytest.raises(IngestError) as caught:
        decode_bytes(data)
    assert caught.value.code == code
    assert str(caught.value)


def test_over_the_limit_is_rejected_with_sizes_in_the_message():
    with pytest.raises(IngestError) as caught:
        decode_bytes(b"a" * 3_100_000)
    assert caught.value.code == "too_large"
    assert str(caught.value) == "File is 3.1 MB; the limit is 2.0 MB"


def test_limit_is_configurable():
    with pytest.raises(IngestError, match="limit"):
        decode_bytes(b"abcdef", max_bytes=5)
    assert decode_bytes(b"abcde", max_bytes=5).text == "abcde"


def test_plain_utf8_is_decoded():
    decoded = decode_bytes(TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8"


def test_utf8_bom_is_stripped():
    decoded = decode_bytes(TEXT.encode("utf-8-sig"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    decoded = decode_bytes(bom + TEXT.encode(codec))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-16"


@pytest.mark.parametrize(("codec", "expected"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(codec, expected):
    decoded = decode_bytes(TEXT.encode(codec))
    assert decoded.text == TEXT
    assert decoded.encoding == expected


def test_invalid_utf8_falls_back_to_cp1252():
    decoded = decode_bytes("Jum’at “kutipan” café".encode("cp1252"))
    assert decoded.text == "Jum’at “kutipan” café"
    assert decoded.encoding == "cp1252"


def test_decoded_text_never_contains_nul():
    with pytest.raises(IngestError) as caught:
        decode_bytes(codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"))
    assert caught.value.code == "nul_bytes"
