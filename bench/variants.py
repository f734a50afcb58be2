"""Copies of a page as they reach the importer after travelling: the eval's ``--variants``.

The development texts are each one stored copy of a page. Editors also paste copies that an e-mail
client wrapped at 72 columns, with a blank line after every line or none at all, that a Windows tool
saved with CRLF, that carry the page's non-breaking spaces or HTML entities, or whose UTF-8 was read as
Windows-1252 once (mojibake: "â€œ" for "“").
Each function below makes such a copy of a text; ``make eval EVAL_ARGS=--variants`` scores every copy
with the same gold, so a rule that only works on the stored spelling shows as a drop in its row.

Every transform is deterministic and keeps the words: only the characters that carry them change.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable

__all__ = ["VARIANTS", "crlf", "entities", "mojibake", "nbsp", "spaced", "unspaced", "wrapped"]

WRAP_WIDTH = 72
# One space in NBSP_EVERY becomes a non-breaking space (pages put them around dashes and after labels).
NBSP_EVERY = 4


def wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """Every line hard-wrapped at ``width`` columns, as a mail client sends it; blank lines stay."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def spaced(text: str) -> str:
    """A blank line after every line, as some browsers copy a page's blocks."""
    return re.sub(r"\n+", "\n\n", text)


def unspaced(text: str) -> str:
    """No blank lines at all, as a copy that kept only the line breaks has it."""
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", text)


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def nbsp(text: str) -> str:
    """Every ``NBSP_EVERY``-th space (and every space before a dash) a non-breaking space."""
    out: list[str] = []
    seen = 0
    for at, char in enumerate(text):
        if char == " ":
            seen += 1
            if seen % NBSP_EVERY == 0 or text[at + 1 : at + 2] in ("-", "–", "—"):
                out.append("\u00a0")
                continue
        out.append(char)
    return "".join(out)


def entities(text: str) -> str:
    """Markup-escaped, with every character outside ASCII as an entity (``&ldquo;``, ``&#8211;``), as a
    copy of the page's source text has it."""
    escaped = html.escape(text, quote=True)
    named = {code: name for name, code in html.entities.name2codepoint.items()}
    return "".join(
        char if ord(char) < 128 else (f"&{named[ord(char)]};" if ord(char) in named else f"&#{ord(char)};")
        for char in escaped
    )


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 once: "“" becomes "â€œ", "é" becomes "Ã©"; a byte cp1252 leaves
    undefined stays the control character Latin-1 gives it, as browsers do."""
    out: list[str] = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "wrapped72": wrapped,
    "spaced": spaced,
    "unspaced": unspaced,
    "crlf": crlf,
    "nbsp": nbsp,
    "entities": entities,
    "mojibake": mojibake,
    "all": lambda text: crlf(mojibake(nbsp(wrapped(text)))),
}
