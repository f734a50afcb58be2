"""`make bench-growth` works end to end on tiny sizes. Not timed: no figure is compared with a target,
only the shape of what it measured (the query counts, which do not depend on noise, are checked)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.bench_smoke
def test_the_growth_benchmark_measures_every_scale(tmp_path):
    output = tmp_path / "growth.json"
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    command = [sys.executable, "-m", "bench.growth", "--batch", "15", "--claims", "20", "--page-claims", "4"]
    command += ["--rounds", "1", "--output", str(output)]

    completed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)

    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    figures = json.loads(output.read_text())
    assert [row["table_rows"] for row in figures["import"]] == [0, 150, 1500]
    assert all(row["articles_per_s"] > 0 for row in figures["import"])
    assert [row["claims"] for row in figures["assembly"]] == [20, 200, 2000]
    assert len({row["queries"] for row in figures["assembly"]}) == 1, "assembly queries do not grow"
    pages = figures["pages"]
    assert [row["claims"] for row in pages] == [4, 40, 400]
    assert pages[0]["bytes"] < pages[1]["bytes"] < pages[2]["bytes"]
    assert {row["cached_queries"] for row in pages} == {0}, "a cached page costs no query at any size"
    missing = figures["missing_source"]
    assert [row["publications"] for row in missing] == [1, 50]
    assert len({row["queries"] for row in missing}) == 1, (
        "a 404 costs the same queries however much is published"
    )
    assert "wrote" in completed.stdout
