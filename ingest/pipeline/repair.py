"""Characters spelled the wrong way by the way a copy travelled, spelled back as the page shows them.

Two spellings reach the importer from copies of ordinary pages:

- HTML entities: a copy taken from the page's source keeps "&ldquo;", "&#8211;" or "&amp;" where the
  page shows "“", "–" and "&";
- mojibake: a tool read the page's UTF-8 as Windows-1252 and saved what it saw, so "“" arrives as
  "â€œ", "–" as "â€“", "é" as "Ã©" and a non-breaking space as "Â" and a space; a tool that read it
  as Latin-1 (ISO-8859-1) shows the bytes 0x80-0x9F as C1 control characters instead ("“" as "â",
  0x80, 0x9C), and a copy misread twice spells each of those bytes again ("Ã¢Â\x80Â\x9c"), which the
  repeated repair reads back one layer at a time;
- a non-breaking space read as GBK (the Chinese code page, which copying sites that run on it apply to
  everything they take): its two UTF-8 bytes are the ideograph "聽", so "TRIBUNNEWS.COM - Intelijen"
  arrives as "TRIBUNNEWS.COM -聽Intelijen" and "ke Korea" as "ke聽Korea".

Left as they are, the title, the dateline ("MOSKOWâ€“") and the quotes come out wrong and the lines'
shapes (a sentence's closing quote, a dash after a place) are lost to the clutter rules. Both repairs
only touch what cannot be meant literally: an entity needs its closing semicolon, and a mojibake run must
be exactly the Windows-1252 reading of a valid UTF-8 sequence. Each is repeated until nothing changes
(a copy may have been escaped or misread twice), and each step shortens the text, so repairing a
repaired text changes nothing. The GBK space is spelled back only between characters that are not
ideographs: in Chinese text "聽" is a word ("listen"), never between two Latin letters.
"""

from __future__ import annotations

import html
import re

__all__ = ["repair_characters", "repair_gbk_spaces", "repair_mojibake", "unescape_entities"]

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Bytes 0x80-0xBF as Windows-1252 shows them (the five it leaves undefined as Latin-1 controls, as
# browsers read them): the continuation bytes of UTF-8. A tool that read the page as Latin-1 (ISO-8859-1)
# shows 0x80-0x9F as the C1 controls instead, so those are continuations too: no text means them literally.
_CONTINUATION = "".join(
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0xC0)
) + "".join(chr(byte) for byte in range(0x80, 0xA0))
_TAIL = f"[{re.escape(_CONTINUATION)}]"
# A lead byte (0xC2-0xF4, the same characters in both encodings) and as many continuations as it needs.
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_TAIL}|[\u00e0-\u00ef]{_TAIL}{{2}}|[\u00f0-\u00f4]{_TAIL}{{3}}")


# The bytes of U+00A0 in UTF-8 (C2 A0) read as GBK, with no ideograph (CJK, kana, hangul) on either side;
# another misread space beside it ("&nbsp;&nbsp;") does not count as one.
_IDEOGRAPH = "\u2e80-\u807c\u807e-\u9fff\uac00-\ud7af\uf900-\ufaff"
_GBK_NBSP = re.compile(f"(?<![{_IDEOGRAPH}])\u807d(?![{_IDEOGRAPH}])")


def unescape_entities(text: str) -> str:
    """``text`` with every complete HTML entity ("&quot;", "&#8220;", "&#x2013;") as its character."""
    while "&" in text:
        repaired = _ENTITY.sub(_unescape_one, text)
        if repaired == text:
            break
        text = repaired
    return text


def _unescape_one(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def repair_mojibake(text: str) -> str:
    """``text`` with every Windows-1252 misreading of a UTF-8 character read again as UTF-8."""
    while True:
        repaired = _MOJIBAKE.sub(_reread, text)
        if repaired == text:
            return text
        text = repaired


def _reread(match: re.Match[str]) -> str:
    run = match.group()
    try:
        raw = bytes(_byte(char) for char in run)
        return raw.decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run


def _byte(char: str) -> int:
    if ord(char) < 0x100 and not 0x80 <= ord(char) < 0xA0:
        return ord(char)
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)  # an undefined byte, kept as its Latin-1 control


def repair_gbk_spaces(text: str) -> str:
    """``text`` with every GBK reading of a non-breaking space outside Chinese text as that space."""
    return _GBK_NBSP.sub("\u00a0", text)


def repair_characters(text: str) -> str:
    """All repairs, mojibake first: an entity's "&" and ";" are ASCII and survive a misreading."""
    return unescape_entities(repair_gbk_spaces(repair_mojibake(text)))
