"""Measure how often each kind of evidence names the right speaker, for briefs/suggestions/confidence.py.

    python -m bench.calibrate [--devcorpus var/devcorpus] [--folds 4] [--before-tuning]

Runs the suggestions over the **tune** part of the development corpus (never the holdout: a table
measured there would make its figure meaningless) and prints, per evidence ("direct, name"): how many
suggestions quoted a gold statement, how many of those named its speaker rightly, the confidence the
table gives, and the counts to paste into ``MEASURED``. Then a check by leaving articles out: the
articles are dealt into ``--folds`` groups; each group is scored with a table measured on the others,
and the confident (≥ 0.6) wrong-speaker rate over all groups is printed. A table that only works on
the articles it was measured on shows here.

The rules were written by reading the tune articles, so on them nearly every speaker is right: a table
measured there would be sure of everything. ``--before-tuning`` measures instead each article with the
rules as they stood when it joined the corpus (the commit that added its gold file, exported with
``git archive`` into a temporary folder and run there), i.e. before anyone had read it: how often each
evidence is right on a page the rules have not seen. Those counts are the ones in ``MEASURED``.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.eval import DEV_GOLD, DEV_REFERENCE, DEV_TEXTS, REPO, EvalError, load_dev_corpus, run_corpus
from briefs.suggestions.confidence import SURE, confidence_for, table
from briefs.suggestions.evaluation import CONFIDENT, locates, speaker_agrees

Observation = tuple[str, bool]  # (evidence, right speaker) of one suggestion that quotes gold


def observations(statements: Sequence[Mapping[str, Any]], suggestions: Sequence[Any]) -> list[Observation]:
    """One per suggestion that quotes a gold statement: its evidence and whether its speaker is right."""
    found: list[Observation] = []
    for suggestion in suggestions:
        items = [item for item in statements if locates(item, suggestion)]
        if items:
            found.append((suggestion.evidence, any(speaker_agrees(item, suggestion) for item in items)))
    return found


# Run inside an older tree: that tree's cleaning and suggestions over the articles given on stdin,
# each suggestion with its evidence (kind of statement, how the speaker was found, "-nya" told apart).
_OLD_RULES = r"""
import inspect, json, re, sys
from datetime import date
from briefs.suggestions import engine
from briefs.suggestions.lexicon import default_lexicon
from ingest.pipeline import decode_bytes, load_default_profiles, process_article

nya = re.compile(r"[^\W\d_]+nya", re.IGNORECASE)
inferred = ("pronoun", "pronoun, far", "unresolved", "ambiguous")
evidence = {}
plain = engine._Reader._suggestion
def with_evidence(self, item):
    made = plain(self, item)
    how = item.speaker.how.replace(",", "")
    if item.speaker.how in inferred and nya.fullmatch(item.speaker.text.strip()):
        how += " -nya"
    who = self.lexicon.kind_of(item.speaker.key) or ("named" if getattr(item.speaker, "name", "") else "unnamed")
    evidence[(made.start, made.end, made.speaker_key, getattr(made, "speaker_name", ""))] = f"{item.kind}, {how}, {who}"
    return made
engine._Reader._suggestion = with_evidence
takes_url = "url" in inspect.signature(process_article).parameters
profiles, lexicon, out = load_default_profiles(), default_lexicon(), {}
for article in json.load(sys.stdin):
    raw = decode_bytes(open(article["path"], "rb").read()).text
    extra = {"url": article["url"]} if takes_url else {}
    body = process_article(raw, profiles=profiles, reference_date=date(2025, 12, 31), **extra).body
    out[article["key"]] = [
        {"quote": s.quote, "speaker_key": s.speaker_key, "speaker_text": s.speaker_text,
         "speaker_name": getattr(s, "speaker_name", ""), "speaker_role": getattr(s, "speaker_role", ""),
         "evidence": evidence[(s.start, s.end, s.speaker_key, getattr(s, "speaker_name", ""))]}
        for s in engine.suggest_claims(body, lexicon)
    ]
json.dump(out, sys.stdout)
"""


@dataclass(frozen=True)
class _Old:
    """A suggestion made by an older tree (what the matching reads from it)."""

    quote: str
    speaker_key: str | None
    speaker_text: str
    speaker_name: str
    speaker_role: str
    evidence: str


def _git() -> str:
    return shutil.which("git") or "git"


def added_in(path: Path) -> str:
    """The commit that added a gold file: the rules as they stood before its article was read."""
    result = subprocess.run(  # noqa: S603, S607 - git with an argv list, no shell; the path is a gold file
        [_git(), "log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(REPO))],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()[-1]


def before_tuning(entries: Sequence[Any], text_dir: Path) -> dict[str, list[Observation]]:
    """Per article, the observations of the rules as they stood when the article joined the corpus."""
    by_commit: dict[str, list[Any]] = {}
    for entry in entries:
        by_commit.setdefault(added_in(DEV_GOLD / f"{entry.key}.json"), []).append(entry)
    found: dict[str, list[Observation]] = {}
    for commit, group in sorted(by_commit.items()):
        with tempfile.TemporaryDirectory() as folder:
            archive = subprocess.run(  # noqa: S603, S607 - git with an argv list; the commit comes from git log
                [_git(), "archive", commit], cwd=REPO, capture_output=True, check=True
            )
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(folder, filter="data")
            articles = [
                {"key": e.key, "path": str((text_dir / e.path.name).resolve()), "url": e.gold.url}
                for e in group
            ]
            result = subprocess.run(  # noqa: S603 - this interpreter running the code written above, no shell
                [sys.executable, "-c", _OLD_RULES],
                cwd=folder,
                input=json.dumps(articles),
                capture_output=True,
                text=True,
                check=False,
                env={"PYTHONPATH": folder, "PATH": "/usr/bin:/bin"},
            )
        if result.returncode != 0:
            raise EvalError(f"the rules of {commit[:7]} failed:\n{result.stderr}", result.returncode)
        made = json.loads(result.stdout)
        for entry in group:
            found[entry.key] = observations(entry.statements, [_Old(**s) for s in made[entry.key]])
        print(f"  {commit[:7]}: {len(group)} articles", file=sys.stderr)
    return found


def count(observed: Iterable[Observation]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {}
    for evidence, right in observed:
        pair = counts.setdefault(evidence, [0, 0])
        pair[0] += 1
        pair[1] += int(right)
    return {key: (seen, right) for key, (seen, right) in sorted(counts.items())}


def confident_wrong(observed: Iterable[Observation], calibrated: Mapping[str, float]) -> tuple[int, int]:
    """(confident suggestions, of which wrong) under ``calibrated``."""
    confident = [right for evidence, right in observed if confidence_for(evidence, calibrated) >= CONFIDENT]
    return len(confident), sum(1 for right in confident if not right)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devcorpus", type=Path, default=DEV_TEXTS)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument(
        "--sure", type=float, default=SURE, help="the lower bound an evidence needs to be confident"
    )
    parser.add_argument(
        "--before-tuning", action="store_true", help="measure with the rules of each article's day"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        entries = load_dev_corpus(DEV_GOLD, args.devcorpus, split="tune")
        run = run_corpus("tune", entries, reference=DEV_REFERENCE, check_gold=True)
    except EvalError as error:
        print(error, file=sys.stderr)
        return error.status
    if args.before_tuning:
        per_article = before_tuning(entries, args.devcorpus)
    else:
        per_article = {e.key: observations(e.statements, run.suggestions[e.key]) for e in entries}
    everything = [o for found in per_article.values() for o in found]
    measured = count(everything)
    calibrated = table(measured, args.sure)
    print(f"{'evidence':34} {'quoted':>6} {'right':>6} {'share':>6} {'confidence':>10}")
    for evidence, (seen, right) in measured.items():
        print(
            f"{evidence:34} {seen:6d} {right:6d} {right / seen:6.2f} {confidence_for(evidence, calibrated):10.2f}"
        )
    located, wrong = confident_wrong(everything, calibrated)
    print(f"\nmeasured on all tune articles: {wrong} wrong of {located} confident")

    keys = sorted(per_article)
    located = wrong = 0
    for fold in range(args.folds):
        held = set(keys[fold :: args.folds])
        trained = table(count(o for key in keys if key not in held for o in per_article[key]), args.sure)
        fold_located, fold_wrong = confident_wrong((o for key in held for o in per_article[key]), trained)
        located, wrong = located + fold_located, wrong + fold_wrong
    share = wrong / located if located else 0.0
    print(f"leaving a {args.folds}th out in turn: {wrong} wrong of {located} confident ({share:.3f})")
    if args.before_tuning:
        today = [o for e in entries for o in observations(e.statements, run.suggestions[e.key])]
        located, wrong = confident_wrong(today, calibrated)
        print(f"today's rules on the same articles, with this table: {wrong} wrong of {located} confident")
    print("\nMEASURED = {")
    for evidence, (seen, right) in measured.items():
        print(f'    "{evidence}": ({seen}, {right}),')
    print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
