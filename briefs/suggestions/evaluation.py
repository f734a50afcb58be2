"""Precision and recall of suggestions against gold annotations.

Gold, per article: a list of ``{"quote_start": <the first words of the span>, "speaker": <actor key>,
"stance": <stance>}``. A suggestion matches a gold item when its quote contains ``quote_start``
(whitespace-insensitive) and its speaker is the gold speaker; each suggestion matches at most one item
and each item at most one suggestion (the tightest containing span first). Stance accuracy is the share
of matched pairs whose stances agree. Suggestions may be objects with attributes or plain dicts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def _norm(text: str) -> str:
    return " ".join(str(text or "").split())


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


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
            and (not by_speaker or _field(s, "speaker_key") == item["speaker"])
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
    """Precision, recall (right span and speaker), span-only recall, stance accuracy, and the details.

    Articles present in only one of the two mappings count as having nothing on the other side.
    """
    keys = sorted(set(suggestions_by_article) | set(gold))
    totals = {"gold": 0, "suggestions": 0, "matched": 0, "span_matched": 0, "stance_agreed": 0, "resolved": 0}
    articles: dict[str, Any] = {}
    for key in keys:
        suggestions = list(suggestions_by_article.get(key, ()))
        items = list(gold.get(key, ()))
        pairs, missed, extra = _match_article(suggestions, items, by_speaker=True)
        span_pairs, _, _ = _match_article(suggestions, items, by_speaker=False)
        agreed = sum(1 for item, s in pairs if _field(s, "stance") == item.get("stance"))
        resolved = sum(1 for s in suggestions if _field(s, "speaker_key"))
        totals["gold"] += len(items)
        totals["suggestions"] += len(suggestions)
        totals["matched"] += len(pairs)
        totals["span_matched"] += len(span_pairs)
        totals["stance_agreed"] += agreed
        totals["resolved"] += resolved
        articles[key] = {
            "gold": len(items),
            "suggestions": len(suggestions),
            "matched": len(pairs),
            "precision": _ratio(len(pairs), len(suggestions)),
            "recall": _ratio(len(pairs), len(items)),
            "missed": [dict(item) for item in missed],
            "extra": [
                {
                    "quote": _field(s, "quote"),
                    "speaker_key": _field(s, "speaker_key"),
                    "stance": _field(s, "stance"),
                }
                for s in extra
            ],
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
        **totals,
        "articles": articles,
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
