"""The rules against gold annotations of the five seed articles.

The seeds are read from $CORPUS, or ../shared/seeds next to the repository; a missing corpus fails the
test (it is never skipped). Each article goes through the real ingest pipeline and then the engine;
tests/briefs/data/seed_claims.json holds the gold (key: the file's 3-digit prefix). A statement by
several parties (a joint statement) is attributed to the first party named.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefs.suggestions.evaluation import evaluate, format_report
from briefs.suggestions.lexicon import load_actor_records
from briefs.vocabulary import STANCES
from ingest.pipeline import process_article
from ingest.pipeline.outlets import load_default_profiles
from tests.briefs.suggestions.helpers import suggest

REPO_ROOT = Path(__file__).resolve().parents[3]
GOLD_PATH = REPO_ROOT / "tests" / "briefs" / "data" / "seed_claims.json"
MIN_RECALL = 0.85
MIN_PRECISION = 0.7


def corpus_dir() -> Path:
    configured = os.environ.get("CORPUS")
    folder = Path(configured) if configured else REPO_ROOT.parent / "shared" / "seeds"
    if not folder.is_absolute():
        folder = (REPO_ROOT / folder).resolve()
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        pytest.fail(f"seed corpus not found: no *.txt in {folder} (set CORPUS to the seeds folder)")
    return folder


@pytest.fixture(scope="module")
def bodies() -> dict[str, str]:
    profiles = load_default_profiles()
    return {
        path.name[:3]: process_article(path.read_text(encoding="utf-8"), profiles=profiles).body
        for path in sorted(corpus_dir().glob("*.txt"))
    }


@pytest.fixture(scope="module")
def gold() -> dict[str, list[dict[str, str]]]:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def test_gold_covers_every_seed_and_quotes_the_cleaned_bodies(bodies, gold):
    keys = {record["key"] for record in load_actor_records()}
    assert set(gold) == set(bodies)
    for article, items in gold.items():
        assert items, article
        for item in items:
            assert set(item) == {"quote_start", "speaker", "stance"}
            assert item["quote_start"] in bodies[article], (article, item["quote_start"])
            assert item["speaker"] in keys and item["stance"] in STANCES


def test_suggestions_reach_the_recall_and_precision_targets(bodies, gold, capsys):
    result = evaluate({article: suggest(body) for article, body in bodies.items()}, gold)
    with capsys.disabled():
        print("\nseed corpus:", format_report(result))
        for article, detail in result["articles"].items():
            for item in detail["missed"]:
                print(f"  {article} missed: {item}")
            for item in detail["stance_mismatches"]:
                print(f"  {article} stance: {item}")
    assert result["recall"] >= MIN_RECALL, result["articles"]
    assert result["precision"] >= MIN_PRECISION, result["articles"]
