"""Turn an uploaded file's bytes into text, or refuse it with a reason an editor can act on.

Editors paste or upload articles saved by browsers, word processors and e-mail clients, so the
same article arrives as UTF-8, UTF-8 with a BOM, UTF-16 (Windows "Unicode" text) or cp1252. The
order of the checks matters: byte-order marks are trusted first because they are unambiguous;
UTF-16 without a BOM is recognised by its NUL-byte rhythm before the NUL check would reject it;
binary signatures are checked before any text decoding so a PDF is reported as a PDF and not as
"undecodable"; strict UTF-8 beats cp1252 because any valid UTF-8 that is not ASCII is almost
never intended as cp1252.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ingest.pipeline.errors import IngestError

__all__ = ["DEFAULT_MAX_BYTES", "DecodedText", "decode_bytes"]

DEFAULT_MAX_BYTES = 2_000_000

# Magic numbers of formats editors upload by mistake. Only signatures long or odd enough never to
# begin a real text file are listed (a bare "MZ" or "BM" could start a line of prose).
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a GZIP archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh91AY&SY", "a BZIP2 archive"),
    (b"\xfd7zXZ\x00", "an XZ archive"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"%!PS", "a PostScript document"),
    (b"{\\rtf", "an RTF document (save it as plain text)"),
)
_RIFF_KINDS: dict[bytes, str] = {
    b"WEBP": "a WebP image",
    b"WAVE": "a WAV audio file",
    b"AVI ": "an AVI video",
}

# cp1252 leaves these five bytes undefined; Python's codec raises on them, which is what we want.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

# Above this share of control characters the "text" is really binary data that happened to
# decode (e.g. a cp1252 reading of compressed bytes).
_MAX_CONTROL_SHARE = 0.10
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# The characters _is_control accepts, as one class so that counting them is a single scan in C.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# UTF-16 without a BOM: mostly-Latin text puts a NUL in every other byte. Require a strong,
# one-sided pattern so that a binary file with scattered NULs is not mistaken for it.
_UTF16_MIN_BYTES = 4
_UTF16_NUL_SIDE_SHARE = 0.6
_UTF16_OTHER_SIDE_SHARE = 0.05


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from an upload, with the encoding that was used (shown to the editor)."""

    text: str
    encoding: str


def decode_bytes(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Decode ``data`` to text or raise :class:`IngestError` saying why it cannot be ingested."""
    if not data:
        raise IngestError("empty", "File is empty")
    if len(data) > max_bytes:
        raise IngestError("too_large", f"File is {_human_size(len(data), max_bytes)}")
    decoded = _decode_by_bom(data) or _decode_utf16_without_bom(data)
    if decoded is None:
        _reject_binary(data)
        decoded = _decode_utf8_or_cp1252(data)
    _reject_bad_text(decoded.text)
    return decoded


def _human_size(size: int, limit: int) -> str:
    """'3.1 MB; the limit is 2.0 MB' — with exact byte counts when rounding would hide the gap."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if limit >= scale:
            shown, shown_limit = f"{size / scale:.1f}", f"{limit / scale:.1f}"
            if shown != shown_limit:
                return f"{shown} {unit}; the limit is {shown_limit} {unit}"
            break
    return f"{size:,} bytes; the limit is {limit:,} bytes"


def _decode_by_bom(data: bytes) -> DecodedText | None:
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(_strict(data, "utf-8-sig"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return DecodedText(_strict(data, "utf-16"), "utf-16")
    return None


def _decode_utf16_without_bom(data: bytes) -> DecodedText | None:
    if len(data) < _UTF16_MIN_BYTES or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls = data[0::2].count(0) / half
    odd_nuls = data[1::2].count(0) / half
    if odd_nuls >= _UTF16_NUL_SIDE_SHARE and even_nuls <= _UTF16_OTHER_SIDE_SHARE:
        encoding = "utf-16-le"
    elif even_nuls >= _UTF16_NUL_SIDE_SHARE and odd_nuls <= _UTF16_OTHER_SIDE_SHARE:
        encoding = "utf-16-be"
    else:
        return None
    return DecodedText(_strict(data, encoding), encoding)


def _strict(data: bytes, encoding: str) -> str:
    """Decode strictly: a BOM or NUL rhythm promised this encoding, so errors mean corruption.

    Python's UTF-16 codec rejects lone surrogates, which is exactly the guarantee we need (a lone
    surrogate cannot be stored in PostgreSQL or encoded back to UTF-8).
    """
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(
            "undecodable",
            f"File looks like {encoding.upper()} text but byte {exc.start} is invalid in that encoding",
        ) from None


def _reject_binary(data: bytes) -> None:
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError("binary", f"File is {kind}, not text")
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        raise IngestError("binary", f"File is {_RIFF_KINDS[data[8:12]]}, not text")
    if 0 in data:
        raise IngestError(
            "nul_bytes", f"File contains NUL bytes (first at byte {data.index(0)}); not plain text"
        )


def _decode_utf8_or_cp1252(data: bytes) -> DecodedText:
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    undefined = next((i for i, byte in enumerate(data) if byte in _CP1252_UNDEFINED), None)
    if undefined is not None:
        raise IngestError(
            "undecodable",
            f"File is neither UTF-8 nor Windows-1252 text (byte {undefined} is 0x{data[undefined]:02X})",
        )
    return DecodedText(data.decode("cp1252"), "cp1252")


def _reject_bad_text(text: str) -> None:
    if "\x00" in text:
        raise IngestError("nul_bytes", "File contains NUL characters; not plain text")
    if not text.strip():
        raise IngestError("empty", "File contains only whitespace" if text else "File is empty")
    controls = len(_CONTROL.findall(text))
    if controls / len(text) > _MAX_CONTROL_SHARE:
        raise IngestError(
            "binary", f"File looks binary: {controls} of its {len(text)} characters are control characters"
        )


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 or 0x7F <= code <= 0x9F) and ch not in _ALLOWED_CONTROLS
