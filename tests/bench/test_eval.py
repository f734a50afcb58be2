"""`make eval` itself: a tiny hand-made corpus end to end, the loud refusals, and the committed gold.

None of this reads var/devcorpus: the corpus run is `make eval`, never part of `make test`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import eval as evaluation
from bench.variants import VARIANTS
from briefs.suggestions.lexicon import load_actor_records
from briefs.suggestions.rules import STANCES
from ingest.pipeline.outlets import load_default_profiles, profile_for_domain

REPO = Path(__file__).resolve().parents[2]
SEED_OUTLETS = {"tribunnews", "liputan6", "okezone", "egindo", "detik"}
MAX_PHRASE_WORDS = 12

TEXT = """\
Pelabuhan Rajin Sibuk Lagi

Baca juga: Harga cabai naik di Medan

PYONGYANG - Kapal barang kembali terlihat di pelabuhan Rajin, menurut citra satelit terbaru.

"Kami melihat lebih dari sepuluh kontainer di dermaga," kata analis Budi Hartono kepada wartawan.

Kementerian Luar Negeri Rusia membantah tuduhan bahwa kapal itu membawa amunisi.
"""

GOLD = {
    "file": "contoh-pelabuhan-rajin.txt",
    "query": "pelabuhan Rajin kapal",
    "url": "https://beritacontoh.id/pelabuhan-rajin",
    "outlet": {"name": "Berita Contoh", "domain": "beritacontoh.id"},
    "title": "Pelabuhan Rajin Sibuk Lagi",
    "published": None,
    "dateline": "Pyongyang",
    "cited": [],
    "clutter": ["Baca juga: Harga cabai naik"],
    "keep": ["menurut citra satelit terbaru"],
    "statements": [
        {
            "phrase": "lebih dari sepuluh kontainer di dermaga",
            "stance": "asserts",
            "speaker": {"as_written": "analis Budi Hartono", "name": "Budi Hartono", "role": "analyst",
                        "actor": None, "names": ["Hartono"]},
        },
        {
            "phrase": "kapal itu membawa amunisi",
            "stance": "denies",
            "speaker": {"as_written": "Kementerian Luar Negeri Rusia", "name": "Russian Foreign Ministry",
                        "role": "ministry", "actor": "russia-foreign-ministry", "accept": ["russia"]},
        },
    ],
}  # fmt: skip


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, Path]:
    gold_dir, text_dir = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    text_dir.mkdir()
    (gold_dir / "contoh-pelabuhan-rajin.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (text_dir / GOLD["file"]).write_text(TEXT, encoding="utf-8")
    return gold_dir, text_dir


def test_a_small_corpus_is_scored_with_one_denominator_per_gold_item(corpus):
    run = evaluation.run_corpus(
        "dev corpus", evaluation.load_dev_corpus(*corpus), reference=evaluation.DEV_REFERENCE, check_gold=True
    )
    figures = evaluation.figures(run)

    # Not in the registry: proposed as a new outlet from the page's address, which the text never names.
    assert figures["outlet"] == {"value": 1.0, "numerator": 1, "denominator": 1}
    assert figures["outlet_text"] == {"value": 0.0, "numerator": 0, "denominator": 1}
    assert figures["metadata"]["denominator"] == 5
    assert (figures["clutter"]["denominator"], figures["kept"]["denominator"]) == (1, 1)
    assert (figures["found"]["denominator"], figures["right_speaker"]["denominator"]) == (2, 2)
    assert figures["cited_recall"] == {"value": None, "numerator": 0, "denominator": 0}
    assert ("contoh-pelabuhan-rajin", "outlet_text", "beritacontoh.id", "(none)") in evaluation.misses(run)
    table = evaluation.format_table([run], {"dev corpus": figures})
    assert "outlet recognised" in table and "0.00 (0/1)" in table and "n/a" in table


def test_the_holdout_is_every_third_gold_file_by_name(tmp_path):
    files = [tmp_path / f"{name}.json" for name in "fbdaec"]
    names = lambda split: [path.stem for path in evaluation.split_files(files, split)]  # noqa: E731

    assert names("holdout") == ["c", "f"]
    assert names("tune") == ["a", "b", "d", "e"]
    assert names("all") == ["a", "b", "c", "d", "e", "f"]


def run(gold_dir: Path, text_dir: Path, *extra: str) -> int:
    return evaluation.main(["--gold", str(gold_dir), "--devcorpus", str(text_dir), *extra])


def test_a_missing_corpus_folder_says_how_to_gather_it_and_fails(corpus, tmp_path, capsys):
    gold_dir, _ = corpus

    assert run(gold_dir, tmp_path / "nowhere") == evaluation.EXIT_CORPUS_MISSING
    err = capsys.readouterr().err
    assert "does not exist" in err and "tests/data/devcorpus/README.md" in err


def test_a_missing_article_is_named_and_fails_the_run(corpus, capsys):
    gold_dir, text_dir = corpus
    (text_dir / GOLD["file"]).unlink()

    assert run(gold_dir, text_dir) == evaluation.EXIT_CORPUS_MISSING
    assert "contoh-pelabuhan-rajin.txt" in capsys.readouterr().err


def test_a_gold_phrase_that_is_not_in_its_text_fails_the_run(corpus, capsys):
    gold_dir, text_dir = corpus
    (text_dir / GOLD["file"]).write_text(TEXT.replace("sepuluh kontainer", "dua kontainer"), encoding="utf-8")

    assert run(gold_dir, text_dir) == evaluation.EXIT_GOLD_MISMATCH
    assert "lebih dari sepuluh kontainer di dermaga" in capsys.readouterr().err


def test_the_whole_run_writes_the_figures_of_both_corpora(corpus, tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for item in json.loads(evaluation.SEED_METADATA.read_text(encoding="utf-8"))["articles"]:
        # Any text will do: this checks the run and the report, not the seeds' figures.
        (seeds / f"{item['prefix']}_x.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "eval.json"

    status = run(*corpus, "--seeds", str(seeds), "--json", str(out), "--verbose")

    assert status == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert (result["dev corpus"]["articles"], result["seeds"]["articles"]) == (1, 5)
    assert {key for key, _ in evaluation.MEASURES} <= set(result["seeds"]["figures"])
    assert "misses, dev corpus:" in capsys.readouterr().out


def test_variants_score_every_travelled_copy_of_both_corpora_with_the_same_gold(corpus, tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for item in json.loads(evaluation.SEED_METADATA.read_text(encoding="utf-8"))["articles"]:
        (seeds / f"{item['prefix']}_x.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "eval.json"

    status = run(*corpus, "--seeds", str(seeds), "--json", str(out), "--variants")

    assert status == 0
    variants = json.loads(out.read_text(encoding="utf-8"))["variants"]
    assert set(variants) == set(VARIANTS)
    # The small article survives every copy: its clutter goes and its lines stay, as in the stored text.
    for copy in variants.values():
        assert copy["dev corpus"]["clutter"]["value"] == 1.0
        assert copy["dev corpus"]["kept"]["value"] == 1.0
        assert copy["dev corpus"]["dateline"]["value"] == 1.0
    printed = capsys.readouterr().out
    assert "dev corpus / mojibake" in printed and "seeds / wrapped72" in printed


def test_without_the_address_every_field_comes_from_the_text_alone(corpus, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for item in json.loads(evaluation.SEED_METADATA.read_text(encoding="utf-8"))["articles"]:
        (seeds / f"{item['prefix']}_x.txt").write_text(TEXT, encoding="utf-8")
    with_address, without = tmp_path / "with.json", tmp_path / "without.json"

    assert run(*corpus, "--seeds", str(seeds), "--json", str(with_address)) == 0
    assert run(*corpus, "--seeds", str(seeds), "--json", str(without), "--without-address") == 0

    def outlet(path: Path) -> float:
        return json.loads(path.read_text(encoding="utf-8"))["dev corpus"]["figures"]["outlet"]["value"]

    # The small article never names its site: only its address does.
    assert (outlet(with_address), outlet(without)) == (1.0, 0.0)


# --- the committed development gold -------------------------------------------------------------------


def committed_gold() -> list[dict]:
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(evaluation.DEV_GOLD.glob("*.json"))
    ]


def test_the_committed_gold_spans_enough_articles_and_outlets_and_none_of_the_seed_outlets():
    gold = committed_gold()
    profiles = load_default_profiles()
    domains = {item["outlet"]["domain"] for item in gold}

    assert len(gold) >= 40 and len(domains) >= 20
    assert len({item["file"] for item in gold}) == len(gold)
    seeds = {
        p.key for domain in domains if (p := profile_for_domain(domain, profiles)) and p.key in SEED_OUTLETS
    }
    assert not seeds


def test_the_committed_gold_uses_short_phrases_known_stances_and_known_actors():
    actors = {record["key"] for record in load_actor_records()}
    for item in committed_gold():
        entry = evaluation.dev_entry(item, Path("unused"))  # parses dates and precisions
        assert item["url"].startswith("http") and item["query"], entry.key
        for phrase in (*item["clutter"], *item["keep"], *(s["phrase"] for s in item["statements"])):
            assert 0 < len(phrase.split()) <= MAX_PHRASE_WORDS, (entry.key, phrase)
        for statement in item["statements"]:
            speaker = statement["speaker"]
            assert statement["stance"] in STANCES, (entry.key, statement)
            assert {speaker["actor"], *speaker.get("accept", ())} - {None} <= actors, (entry.key, speaker)
            # A speaker must be matchable: an actor key, or the words that name an unregistered one.
            assert speaker["actor"] or speaker.get("accept") or speaker.get("names"), (entry.key, speaker)


def test_the_holdout_split_is_every_third_file_and_the_tune_split_the_rest():
    paths = [Path(f"{name}.json") for name in "gfedcba"]

    holdout = evaluation.split_files(paths, "holdout")
    tune = evaluation.split_files(paths, "tune")

    assert [path.stem for path in holdout] == ["c", "f"]
    assert [path.stem for path in tune] == ["a", "b", "d", "e", "g"]
    assert sorted(holdout + tune) == evaluation.split_files(paths, "all")


def test_a_gold_file_that_names_its_split_keeps_it_and_moves_no_other_file(tmp_path):
    files = [tmp_path / f"{name}.json" for name in "abcdef"]
    for path in files:
        path.write_text("{}", encoding="utf-8")
    added = tmp_path / "bb.json"
    added.write_text('{"split": "tune"}', encoding="utf-8")
    names = lambda split: [path.stem for path in evaluation.split_files([*files, added], split)]  # noqa: E731

    assert names("holdout") == ["c", "f"]
    assert names("tune") == ["a", "b", "bb", "d", "e"]
