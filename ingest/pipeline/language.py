"""Indonesian or English? A stop-word vote, which is all two such different languages need."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_language"]

_STOP_WORDS = {
    "id": frozenset(
        [
            "yang",
            "dan",
            "di",
            "ke",
            "dari",
            "ini",
            "itu",
            "dengan",
            "untuk",
            "pada",
            "tidak",
            "dalam",
            "akan",
            "adalah",
            "telah",
            "bahwa",
            "juga",
            "oleh",
            "karena",
            "atau",
            "sebagai",
            "mereka",
            "kami",
            "kita",
            "tersebut",
            "sudah",
            "belum",
            "bisa",
            "dapat",
            "lebih",
            "para",
            "saat",
            "ketika",
            "setelah",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "with",
            "as",
            "was",
            "by",
            "it",
            "from",
            "at",
            "be",
            "this",
            "are",
            "have",
            "has",
            "not",
            "were",
            "which",
            "their",
            "they",
            "been",
            "would",
            "will",
            "an",
            "said",
            "after",
            "about",
        ]
    ),
}
_TOKEN = re.compile(r"[a-z]+")
_MIN_VOTES = 5
# The winner needs this many times the loser's votes; otherwise the text is mixed or too short.
_MARGIN = 2.0


def detect_language(text: str) -> str:
    """'id', 'en', or 'und' when the vote is too small or too close."""
    counts = Counter(_TOKEN.findall(text.lower()))
    votes = {language: sum(counts[word] for word in words) for language, words in _STOP_WORDS.items()}
    (best, best_votes), (_, runner_up) = sorted(votes.items(), key=lambda item: item[1], reverse=True)
    if best_votes < _MIN_VOTES or best_votes < _MARGIN * runner_up:
        return "und"
    return best
