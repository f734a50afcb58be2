"""`make eval`: the importer and the claim suggestions, scored on articles nobody tuned the rules to.

    python -m bench.eval [--verbose] [--split tune|holdout|all] [--devcorpus var/devcorpus] [--seeds …] [--json …]
                         [--variants] [--without-address]

Two corpora, each article read from disk and taken through the pure pipeline (``ingest.pipeline``:
decode, clean, metadata) and the pure suggestion engine (``briefs.suggestions``), no database:

- the development corpus: page texts in ``var/devcorpus/`` (never committed; tests/data/devcorpus/
  README.md says how to gather them again) and one gold file per article in ``tests/data/devcorpus/``;
- the five seeds ($CORPUS, else ../shared/seeds), with the gold the seed tests use
  (tests/ingest/data/seed_metadata.json and tests/briefs/data/seed_claims.json).

Prints a table, writes ``var/eval.json``; ``--verbose`` lists every miss. The matching rules are in
``ingest/evaluation.py`` (metadata, cleaning) and ``briefs/suggestions/evaluation.py`` (statements).
``--split`` scores part of the development corpus: a gold file that names its ``split`` is in that part;
of the others every third in name order (the 3rd, 6th, …) is held out, so rules tuned on the rest can be
checked on articles their author did not read.
``--variants`` also scores copies of every text as they reach an importer after travelling (wrapped at 72
columns, CRLF, non-breaking spaces, HTML entities, mojibake, all at once: ``bench/variants.py``), with the
same gold, and prints one row of figures per copy; a rule that only holds on the stored spelling shows.
``--without-address`` processes the development texts without their URL, as a page pasted with no
address is imported: outlet, dateline and the rest from the text alone.
A missing corpus, a missing article or a gold phrase that is not in its text ends the run with a
message and a non-zero status: a figure computed on part of a corpus would look like a real one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bench.variants import VARIANTS
from briefs.suggestions import default_lexicon, suggest_claims
from briefs.suggestions.evaluation import evaluate, locates, speaker_agrees
from ingest.evaluation import FIELDS, ArticleGold, ArticleScore, PublishedGold, contains_phrase, score_article
from ingest.pipeline import decode_bytes, load_default_profiles, process_article

REPO = Path(__file__).resolve().parent.parent
DEV_GOLD = REPO / "tests" / "data" / "devcorpus"
DEV_TEXTS = REPO / "var" / "devcorpus"
SEED_METADATA = REPO / "tests" / "ingest" / "data" / "seed_metadata.json"
SEED_CLAIMS = REPO / "tests" / "briefs" / "data" / "seed_claims.json"
DEFAULT_JSON = REPO / "var" / "eval.json"
# The development pages were stored by the end of 2025: a fixed reference for years the text leaves out
# ("Jumat (9/5)") keeps the figures from drifting with the calendar.
DEV_REFERENCE = date(2025, 12, 31)
# A figure's value when its denominator is zero (no gold of that kind in the corpus).
EMPTY = None

SPLITS = ("all", "tune", "holdout")
# Every HOLDOUT_EVERY-th gold file (name order, the last of each group) is held out.
HOLDOUT_EVERY = 3

EXIT_CORPUS_MISSING = 2
EXIT_GOLD_MISMATCH = 3

GATHER_HELP = """\
The development corpus is not on this machine: {problem}

Its texts are public pages kept out of the repository. Gather them again with the search tool's
"pages" corpus, one query per gold file (each file in tests/data/devcorpus/ names its query, URL and
file name), saving each result's text exactly as received to var/devcorpus/<file>.
tests/data/devcorpus/README.md describes the procedure step by step.
"""


class EvalError(Exception):
    """Stops the run: the message says what is missing or wrong, ``status`` is the exit status."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Entry:
    """One article of a corpus: its text file, its metadata gold and its statement gold."""

    key: str
    path: Path
    gold: ArticleGold
    statements: tuple[dict[str, Any], ...]


# --- loading ---------------------------------------------------------------------------------------------


def declared_split(path: Path) -> str | None:
    """The split a gold file names in its ``split`` field ("tune" or "holdout"), else None."""
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("split")
    except (OSError, ValueError, AttributeError):
        return None
    return value if value in SPLITS[1:] else None


def split_files(paths: Sequence[Path], split: str = "all") -> list[Path]:
    """The gold files of one part of the corpus (see ``--split``), in name order.

    A file that names its split keeps it; the others are split by position among themselves, so
    adding a file that names its split never moves an older file from one part to the other.
    """
    if split not in SPLITS:
        raise ValueError(f"split {split!r} is not one of {SPLITS}")
    ordered = sorted(paths, key=lambda path: path.name)
    if split == "all":
        return ordered
    declared = {path: declared_split(path) for path in ordered}
    positional = [path for path in ordered if declared[path] is None]
    held = {path for at, path in enumerate(positional) if at % HOLDOUT_EVERY == HOLDOUT_EVERY - 1}
    held |= {path for path, named in declared.items() if named == "holdout"}
    return [path for path in ordered if (path in held) == (split == "holdout")]


def load_dev_corpus(gold_dir: Path = DEV_GOLD, text_dir: Path = DEV_TEXTS, split: str = "all") -> list[Entry]:
    gold_files = split_files(list(gold_dir.glob("*.json")), split)
    if not gold_files:
        raise EvalError(f"no gold files (*.json) in {gold_dir}", EXIT_CORPUS_MISSING)
    if not text_dir.is_dir():
        raise EvalError(GATHER_HELP.format(problem=f"{text_dir} does not exist"), EXIT_CORPUS_MISSING)
    entries = [dev_entry(json.loads(path.read_text(encoding="utf-8")), text_dir) for path in gold_files]
    missing = [entry.path.name for entry in entries if not entry.path.is_file()]
    if missing:
        problem = f"{len(missing)} of {len(entries)} texts are missing from {text_dir}: {', '.join(missing)}"
        raise EvalError(GATHER_HELP.format(problem=problem), EXIT_CORPUS_MISSING)
    return entries


def dev_entry(data: Mapping[str, Any], text_dir: Path) -> Entry:
    """An :class:`Entry` from one gold file of tests/data/devcorpus (format in its README)."""
    key = Path(data["file"]).stem
    gold = ArticleGold(
        key=key,
        outlet_domain=data["outlet"]["domain"],
        outlet_name=data["outlet"].get("name"),
        url=data.get("url"),
        title=data.get("title"),
        published=PublishedGold.parse(data["published"]) if data.get("published") else None,
        dateline=data.get("dateline"),
        cited=tuple(data.get("cited", ())),
        clutter=tuple(data.get("clutter", ())),
        keep=tuple(data.get("keep", ())),
    )
    statements = tuple(
        {
            "quote_start": item["phrase"],
            "speaker": item["speaker"].get("actor"),
            "accept": list(item["speaker"].get("accept", ())),
            "names": list(item["speaker"].get("names", ())),
            "stance": item["stance"],
            "who": item["speaker"]["name"],
        }
        for item in data.get("statements", ())
    )
    return Entry(key=key, path=text_dir / data["file"], gold=gold, statements=statements)


def seed_dir() -> Path:
    """$CORPUS, else ../shared/seeds beside the repository (the seed tests' rule)."""
    configured = os.environ.get("CORPUS")
    folder = Path(configured) if configured else REPO.parent / "shared" / "seeds"
    return folder if folder.is_absolute() else (REPO / folder).resolve()


def load_seed_corpus(folder: Path) -> list[Entry]:
    metadata = json.loads(SEED_METADATA.read_text(encoding="utf-8"))
    claims = json.loads(SEED_CLAIMS.read_text(encoding="utf-8"))
    profiles = {profile.key: profile for profile in load_default_profiles()}
    entries = []
    for item in metadata["articles"]:
        matches = sorted(folder.glob(f"{item['prefix']}_*.txt")) if folder.is_dir() else []
        if len(matches) != 1:
            raise EvalError(
                f"seed {item['prefix']}_*.txt not found (once) in {folder}; set CORPUS to the seeds folder",
                EXIT_CORPUS_MISSING,
            )
        entries.append(
            Entry(
                key=item["prefix"],
                path=matches[0],
                gold=seed_gold(item, profiles[item["outlet"]].domain),
                statements=tuple(claims.get(item["prefix"], ())),
            )
        )
    return entries


def seed_gold(item: Mapping[str, Any], domain: str) -> ArticleGold:
    """The seed tests' expectations as an :class:`ArticleGold`.

    A date the seed gold only accepts with low confidence (a site's display date) is no publication
    date; a date at midnight is a day, any other time a minute.
    """
    published = None
    if item["confidence"][1] >= 0.5:
        value = datetime.fromisoformat(item["published_at"])
        timed = (value.hour, value.minute) != (0, 0)
        published = PublishedGold(value if timed else value.date(), "minute" if timed else "day")
    return ArticleGold(
        key=item["prefix"],
        outlet_domain=domain,
        title=item["title"],
        published=published,
        dateline=item["dateline"],
        cited=tuple(item["cited"]),
        clutter=tuple(item["gone"]),
        keep=(item["body_starts"], *item["kept"], item["body_ends"]),
    )


def gold_problems(entry: Entry, raw: str) -> list[str]:
    """Gold phrases that are not in the article's text: the gold or the gathered file is wrong."""
    phrases = [*entry.gold.clutter, *entry.gold.keep, *(item["quote_start"] for item in entry.statements)]
    return [
        f"{entry.path.name}: {phrase!r} is not in the text"
        for phrase in phrases
        if not contains_phrase(raw, phrase)
    ]


# --- running ---------------------------------------------------------------------------------------------


@dataclass
class CorpusRun:
    name: str
    entries: list[Entry]
    scores: dict[str, ArticleScore]
    suggestions: dict[str, list[Any]]
    claims: dict[str, Any]


def run_corpus(
    name: str,
    entries: Sequence[Entry],
    *,
    reference: date,
    check_gold: bool,
    transform: Callable[[str], str] | None = None,
    with_address: bool = True,
) -> CorpusRun:
    """Score ``entries``; ``transform`` makes the copy of each text that is processed (``--variants``),
    the gold is checked against the text as stored. Without the address every field comes from the
    text alone, as for a page pasted or uploaded with no URL (``--without-address``)."""
    profiles = load_default_profiles()
    lexicon = default_lexicon()
    scores: dict[str, ArticleScore] = {}
    suggestions: dict[str, list[Any]] = {}
    problems: list[str] = []
    for entry in entries:
        raw = decode_bytes(entry.path.read_bytes()).text
        if check_gold:
            problems.extend(gold_problems(entry, raw))
        if transform is not None:
            raw = transform(raw)
        # As an import with the page's address (--url-of) would; the outlet also from the text alone.
        url = entry.gold.url if with_address else None
        article = process_article(raw, profiles=profiles, reference_date=reference, url=url)
        text_only = process_article(raw, profiles=profiles, reference_date=reference) if url else article
        scores[entry.key] = score_article(entry.gold, article, profiles, text_only)
        suggestions[entry.key] = suggest_claims(article.body, lexicon)
    if problems:
        raise EvalError("the gold does not fit the texts:\n  " + "\n  ".join(problems), EXIT_GOLD_MISMATCH)
    claims = evaluate(suggestions, {entry.key: list(entry.statements) for entry in entries})
    return CorpusRun(name=name, entries=list(entries), scores=scores, suggestions=suggestions, claims=claims)


# --- figures ---------------------------------------------------------------------------------------------

MEASURES = (
    ("outlet", "outlet recognised"),
    ("outlet_text", "outlet recognised from the text alone"),
    ("title", "title right"),
    ("date", "publication date right"),
    ("dateline", "dateline right"),
    ("cited", "cited wires/outlets right (whole set)"),
    ("metadata", "metadata fields right (all five)"),
    ("cited_recall", "cited outlets found (per outlet)"),
    ("cited_precision", "cited outlets that are right"),
    ("clutter", "clutter lines removed"),
    ("kept", "article lines kept"),
    ("found", "statements found (span)"),
    ("right_speaker", "statements found with the right speaker"),
    ("stance", "stance agrees (of those)"),
    ("wrong_speaker", "confident (>=0.6) wrong-speaker rate"),
    ("precision", "suggestions matching a gold statement"),
    ("per_gold", "suggestions per gold statement"),
)


def figures(run: CorpusRun) -> dict[str, dict[str, Any]]:
    scores = list(run.scores.values())
    claims = run.claims
    result = {name: _share(sum(s.fields[name].ok for s in scores), len(scores)) for name in FIELDS}
    from_text = [s.outlet_from_text for s in scores if s.outlet_from_text is not None]
    result["outlet_text"] = _share(sum(check.ok for check in from_text), len(from_text))
    result["metadata"] = _share(
        sum(c.ok for s in scores for c in s.fields.values()), len(FIELDS) * len(scores)
    )
    result["cited_recall"] = _share(sum(s.cited_both for s in scores), sum(s.cited_expected for s in scores))
    result["cited_precision"] = _share(sum(s.cited_both for s in scores), sum(s.cited_got for s in scores))
    result["clutter"] = _share(
        sum(c.ok for s in scores for c in s.clutter), sum(len(s.clutter) for s in scores)
    )
    result["kept"] = _share(sum(c.ok for s in scores for c in s.kept), sum(len(s.kept) for s in scores))
    result["found"] = _share(claims["span_matched"], claims["gold"])
    result["right_speaker"] = _share(claims["matched"], claims["gold"])
    result["stance"] = _share(claims["stance_agreed"], claims["matched"])
    result["wrong_speaker"] = _share(claims["confident_wrong_speaker"], claims["confident_located"])
    result["precision"] = _share(claims["matched"], claims["suggestions"])
    result["per_gold"] = _share(claims["suggestions"], claims["gold"])
    return result


def _share(numerator: int, denominator: int) -> dict[str, Any]:
    value = round(numerator / denominator, 3) if denominator else EMPTY
    return {"value": value, "numerator": numerator, "denominator": denominator}


def misses(run: CorpusRun) -> list[tuple[str, str, str, str]]:
    """(article, field, expected, got) for every miss, metadata first, then statements."""
    found: list[tuple[str, str, str, str]] = []
    for entry in run.entries:
        for name, expected, got in run.scores[entry.key].misses():
            found.append((entry.key, name, _text(expected), _text(got)))
        detail = run.claims["articles"].get(entry.key, {})
        suggestions = run.suggestions[entry.key]
        for item in entry.statements:
            where = [s for s in suggestions if locates(item, s)]
            wanted = f"{item.get('who') or item['speaker']}: {item['quote_start']}"
            if not where:
                found.append((entry.key, "statement", wanted, "no suggestion quotes it"))
            elif not any(speaker_agrees(item, s) for s in where):
                got = "; ".join(
                    f"{s.speaker_key or '-'} ({s.speaker_text}, {s.confidence:.2f})" for s in where
                )
                found.append((entry.key, "speaker", wanted, got))
        for item in detail.get("stance_mismatches", ()):
            found.append((entry.key, "stance", f"{item['gold']}: {item['quote_start']}", item["suggested"]))
    return found


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or "(none)"
    return "(none)" if value is None else str(value)


# --- output ----------------------------------------------------------------------------------------------


def format_table(runs: Sequence[CorpusRun], table: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> str:
    headers = [_heading(run) for run in runs]
    width = max(len(label) for _, label in MEASURES) + 2
    column = max(22, *(len(header) + 2 for header in headers))
    lines = ["measure".ljust(width) + "".join(header.rjust(column) for header in headers)]
    lines.append("-" * (width + column * len(runs)))
    for key, label in MEASURES:
        cells = [_cell(table[run.name][key]) for run in runs]
        lines.append(label.ljust(width) + "".join(cell.rjust(column) for cell in cells))
    return "\n".join(lines)


def _heading(run: CorpusRun) -> str:
    outlets = len({entry.gold.outlet_domain for entry in run.entries})
    return f"{run.name} ({len(run.entries)} art., {outlets} outlets)"


def _cell(figure: Mapping[str, Any]) -> str:
    if figure["value"] is None:
        return "n/a"
    return f"{figure['value']:.2f} ({figure['numerator']}/{figure['denominator']})"


# The figures a copy's spelling can move, one row per variant in ``--variants``.
VARIANT_MEASURES = ("metadata", "title", "date", "dateline", "cited", "clutter", "kept")


def run_variants(
    corpora: Sequence[tuple[CorpusRun, date]], names: Sequence[str] = tuple(VARIANTS)
) -> dict[str, dict[str, dict[str, Any]]]:
    """{variant: {corpus: figures}}: each corpus run again on every variant copy of its texts."""
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for variant in names:
        result[variant] = {}
        for run, reference in corpora:
            again = run_corpus(
                run.name, run.entries, reference=reference, check_gold=False, transform=VARIANTS[variant]
            )
            result[variant][run.name] = figures(again)
    return result


def format_variants(
    original: Mapping[str, Mapping[str, Any]], variants: Mapping[str, Mapping[str, Mapping[str, Any]]]
) -> str:
    """One row per corpus and variant ("stored" first), one column per measure, values only."""
    rows = {"stored": original, **variants}
    corpora = list(original)
    width = max(len(name) for name in corpora) + max(len(name) for name in rows) + 5
    lines = ["corpus / copy".ljust(width) + "".join(name.rjust(10) for name in VARIANT_MEASURES)]
    lines.append("-" * (width + 10 * len(VARIANT_MEASURES)))
    for corpus in corpora:
        for variant, table in rows.items():
            cells = [table[corpus][key]["value"] for key in VARIANT_MEASURES]
            shown = ["n/a" if value is None else f"{value:.2f}" for value in cells]
            lines.append(f"{corpus} / {variant}".ljust(width) + "".join(cell.rjust(10) for cell in shown))
    return "\n".join(lines)


def report(runs: Sequence[CorpusRun]) -> dict[str, Any]:
    return {
        run.name: {
            "articles": len(run.entries),
            "outlets": len({entry.gold.outlet_domain for entry in run.entries}),
            "figures": figures(run),
            "misses": [
                {"article": article, "field": field, "expected": expected, "got": got}
                for article, field, expected, got in misses(run)
            ],
        }
        for run in runs
    }


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--verbose", action="store_true", help="list every miss: article, field, expected, got"
    )
    parser.add_argument("--devcorpus", type=Path, default=DEV_TEXTS, help="folder of the development texts")
    parser.add_argument("--gold", type=Path, default=DEV_GOLD, help="folder of the development gold files")
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default="all",
        help="score the tune part, the holdout (every third gold file by name, from the third) or all",
    )
    parser.add_argument(
        "--seeds", type=Path, default=None, help="seed folder (default: $CORPUS or ../shared/seeds)"
    )
    parser.add_argument(
        "--variants",
        action="store_true",
        help="also score re-wrapped and re-encoded copies of every text (bench/variants.py)",
    )
    parser.add_argument(
        "--without-address",
        action="store_true",
        help="process the development texts without their URL: every field from the text alone",
    )
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the figures")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        name = "dev corpus" if args.split == "all" else f"dev {args.split}"
        dev = run_corpus(
            name,
            load_dev_corpus(args.gold, args.devcorpus, args.split),
            reference=DEV_REFERENCE,
            check_gold=True,
            with_address=not args.without_address,
        )
        seed_metadata = json.loads(SEED_METADATA.read_text(encoding="utf-8"))
        seed_reference = date.fromisoformat(seed_metadata["reference_date"])
        seeds = run_corpus(
            "seeds", load_seed_corpus(args.seeds or seed_dir()), reference=seed_reference, check_gold=False
        )
    except EvalError as exc:
        print(f"make eval: {exc}", file=sys.stderr)
        return exc.status
    runs = [dev, seeds]
    result = report(runs)
    table = {name: data["figures"] for name, data in result.items()}
    print(format_table(runs, table))
    if args.variants:
        variants = run_variants([(dev, DEV_REFERENCE), (seeds, seed_reference)])
        print("\ncopies that travelled (bench/variants.py):")
        print(format_variants(table, variants))
        result["variants"] = variants
    if args.verbose:
        for run in runs:
            print(f"\nmisses, {run.name}:")
            for item in result[run.name]["misses"]:
                print(
                    f"  {item['article']} | {item['field']} | expected {item['expected']} | got {item['got']}"
                )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten: {_shown(args.json)}")
    return 0


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
