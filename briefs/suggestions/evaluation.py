"""Precision and recall of suggestions against gold annotations.

Gold, per article: a list of ``{"quote_start": <words from the span>, "speaker": <actor key or None>,
"stance": <stance>}``, optionally with ``"accept"`` (other actor keys an editor would take as the
speaker, e.g. the state an unnamed official speaks for) and ``"names"`` (words that name a speaker the
actor registry does not know yet). A suggestion locates a gold item when its quote contains
``quote_start`` (whitespace-insensitive); it has the right speaker when its actor key is the gold
speaker or one of ``accept``, or, having no actor key, when its speaker words (the words where it is
attributed, and the name and role it gives a speaker the registry does not know) contain one of
``names``.
Each suggestion matches at most one item and each item at most one suggestion (the tightest containing
span first). Stance accuracy is the share of matched pairs whose stances agree. A confident wrong
speaker is a suggestion with confidence of at least ``CONFIDENT`` that locates gold items but has the
right speaker for none of them: the error an editor is most likely to accept without checking.
Suggestions may be objects with attributes or plain dicts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

# Suggestions at or above this confidence are the ones an editor tends to accept as they stand.
CONFIDENT = 0.6


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def _norm(text: str) -> str:
    return " ".join(str(text or "").split())


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def speaker_agrees(item: Mapping[str, Any], suggestion: Any) -> bool:
    """Whether ``suggestion`` names the speaker of gold ``item`` (see the module docstring)."""
    key = _field(suggestion, "speaker_key")
    if key:
        return key == item.get("speaker") or key in (item.get("accept") or ())
    words = " | ".join(
        _norm(_field(suggestion, field) or "").casefold()
        for field in ("speaker_text", "speaker_name", "speaker_role")
    )
    return any(_norm(name).casefold() in words for name in item.get("names") or () if _norm(name))


def locates(item: Mapping[str, Any], suggestion: Any) -> bool:
    """Whether ``suggestion`` quotes gold ``item`` (its quote contains the gold words), whoever it names."""
    return _norm(item["quote_start"]) in _norm(_field(suggestion, "quote"))


def _confident_on_gold(
    suggestions: Sequence[Any], gold: Sequence[Mapping[str, Any]]
) -> tuple[int, list[Any]]:
    """How many confident suggestions locate gold items, and those among them with no right speaker."""
    located = 0
    wrong = []
    for suggestion in suggestions:
        if (_field(suggestion, "confidence") or 0.0) < CONFIDENT:
            continue
        items = [item for item in gold if locates(item, suggestion)]
        if not items:
            continue
        located += 1
        if not any(speaker_agrees(item, suggestion) for item in items):
            wrong.append(suggestion)
    return located, wrong


def _match_article(suggestions: Sequence[Any], gold: Sequence[Mapping[str, Any]], *, by_speaker: bool):
    used: set[int] = set()
    pairs: list[tuple[Mapping[str, Any], Any]] = []
    missed: list[Mapping[str, Any]] = []
    for item in gold:
        wanted = _norm(item["quote_start"])
        candidates = [
            (len(_norm(_field(s, "quote"))), at)
            for at, s in enumerate(suggestions)
            if at not in used
            and wanted in _norm(_field(s, "quote"))
            and (not by_speaker or speaker_agrees(item, s))
        ]
        if not candidates:
            missed.append(item)
            continue
        _, chosen = min(candidates)
        used.add(chosen)
        pairs.append((item, suggestions[chosen]))
    extra = [s for at, s in enumerate(suggestions) if at not in used]
    return pairs, missed, extra


def evaluate(
    suggestions_by_article: Mapping[str, Sequence[Any]], gold: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, Any]:
    """Precision, recall (right span and speaker), span-only recall, stance accuracy, the rate of confident
    wrong speakers, suggestions per gold item, and the details.

    Articles present in only one of the two mappings count as having nothing on the other side.
    """
    keys = sorted(set(suggestions_by_article) | set(gold))
    totals = {
        "gold": 0,
        "suggestions": 0,
        "matched": 0,
        "span_matched": 0,
        "stance_agreed": 0,
        "resolved": 0,
        "confident_located": 0,
        "confident_wrong_speaker": 0,
    }
    articles: dict[str, Any] = {}
    for key in keys:
        suggestions = list(suggestions_by_article.get(key, ()))
        items = list(gold.get(key, ()))
        pairs, missed, extra = _match_article(suggestions, items, by_speaker=True)
        span_pairs, _, _ = _match_article(suggestions, items, by_speaker=False)
        agreed = sum(1 for item, s in pairs if _field(s, "stance") == item.get("stance"))
        resolved = sum(1 for s in suggestions if _field(s, "speaker_key"))
        located, wrong = _confident_on_gold(suggestions, items)
        totals["gold"] += len(items)
        totals["suggestions"] += len(suggestions)
        totals["matched"] += len(pairs)
        totals["span_matched"] += len(span_pairs)
        totals["stance_agreed"] += agreed
        totals["resolved"] += resolved
        totals["confident_located"] += located
        totals["confident_wrong_speaker"] += len(wrong)
        articles[key] = {
            "gold": len(items),
            "suggestions": len(suggestions),
            "matched": len(pairs),
            "precision": _ratio(len(pairs), len(suggestions)),
            "recall": _ratio(len(pairs), len(items)),
            "missed": [dict(item) for item in missed],
            "span_missed": [dict(item) for item in items if not any(locates(item, s) for s in suggestions)],
            "confident_wrong_speaker": [_described(s) for s in wrong],
            "extra": [_described(s) for s in extra],
            "stance_mismatches": [
                {
                    "quote_start": item["quote_start"],
                    "gold": item.get("stance"),
                    "suggested": _field(s, "stance"),
                }
                for item, s in pairs
                if _field(s, "stance") != item.get("stance")
            ],
        }
    return {
        "precision": _ratio(totals["matched"], totals["suggestions"]),
        "precision_resolved": _ratio(totals["matched"], totals["resolved"]),
        "recall": _ratio(totals["matched"], totals["gold"]),
        "span_recall": _ratio(totals["span_matched"], totals["gold"]),
        "stance_accuracy": _ratio(totals["stance_agreed"], totals["matched"]),
        "wrong_speaker_rate": _ratio(totals["confident_wrong_speaker"], totals["confident_located"]),
        "suggestions_per_gold": _ratio(totals["suggestions"], totals["gold"]),
        **totals,
        "articles": articles,
    }


def _described(suggestion: Any) -> dict[str, Any]:
    return {
        "quote": _field(suggestion, "quote"),
        "speaker_key": _field(suggestion, "speaker_key"),
        "speaker_text": _field(suggestion, "speaker_text"),
        "stance": _field(suggestion, "stance"),
        "confidence": _field(suggestion, "confidence"),
    }


def format_report(result: Mapping[str, Any]) -> str:
    """A few lines for a terminal: the headline figures, then per article."""
    lines = [
        f"precision {result['precision']:.3f} ({result['matched']}/{result['suggestions']}), "
        f"recall {result['recall']:.3f} ({result['matched']}/{result['gold']}), "
        f"span recall {result['span_recall']:.3f}, stance accuracy {result['stance_accuracy']:.3f} "
        f"({result['stance_agreed']}/{result['matched']}), "
        f"precision over suggestions with a speaker {result['precision_resolved']:.3f}"
    ]
    for key, article in result["articles"].items():
        lines.append(
            f"  {key}: {article['matched']}/{article['gold']} gold found, "
            f"{article['suggestions']} suggested, {len(article['stance_mismatches'])} stance differences"
        )
    return "\n".join(lines)
