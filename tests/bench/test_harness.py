"""The benchmark harness itself works: a tiny `make bench` end to end (its own gunicorn, throwaway
database), and the wrk output it reads. Not a timed test: no figure is compared with a target here."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.load import parse_wrk

REPO = Path(__file__).resolve().parents[2]
KEYS = {
    "import": {"articles_per_s", "ratio_vs_bulk_insert"},
    "suggest": {"articles_per_s", "precision", "recall"},
    "assembly": {
        "seconds_1000_claims",
        "seconds_10000_claims",
        "queries_1000_claims",
        "queries_10000_claims",
    },
    "brief_page": {
        "cached_rps",
        "cached_ratio_vs_hello",
        "cached_ratio_vs_page_sized_hello",
        "uncached_rps",
        "uncached_ratio_vs_template_baseline",
        "cached_p99_ms",
        "uncached_p99_ms",
    },
    "api": {"list_rps", "list_ratio_vs_drf_baseline", "list_p99_ms"},
    "requests": {
        "cached_queries",
        "cached_cache_round_trips",
        "uncached_queries",
        "uncached_cache_round_trips",
    },
    "machine": {"cpus", "python", "django", "database"},
}

WRK_OUTPUT = """\
Running 2s test @ http://127.0.0.1:8000/bench/hello/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.01ms    1.20ms  30.11ms   90.00%
  Latency Distribution
     50%    2.80ms
     75%    3.10ms
     90%    3.90ms
     99%   12.00ms
  10933 requests in 2.00s, 1.93MB read
  Non-2xx or 3xx responses: 3
Requests/sec:   5466.12
Transfer/sec:    0.96MB
"""


def test_wrk_output_is_read_with_its_errors():
    result = parse_wrk(WRK_OUTPUT)

    assert (result.rps, result.p50_ms, result.p99_ms, result.requests) == (5466.12, 2.8, 12.0, 10933)
    assert result.errors == 3 and not result.ok, "a non-2xx answer makes the run fail, never a figure"


@pytest.mark.bench_smoke
def test_a_tiny_bench_run_writes_every_figure(tmp_path):
    output = tmp_path / "bench.json"
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env["BENCH_LOAD"] = "python"  # the fallback generator; `make bench` uses wrk when installed
    command = [sys.executable, "-m", "bench", "--articles", "40", "--claims", "20", "60"]
    command += ["--brief-claims", "20", "--suggest-articles", "5", "--rounds", "1", "--seconds", "1"]
    command += ["--output", str(output)]

    completed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)

    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    figures = json.loads(output.read_text())
    assert {key: set(values) for key, values in figures.items()} == KEYS
    details = json.loads((tmp_path / "bench-details.json").read_text())
    assert details["import"]["statuses"] == {"created": 40, "unchanged": 0, "rejected": 0}
    for section in ("import", "suggest", "assembly", "brief_page"):
        for name, value in figures[section].items():
            assert isinstance(value, int | float) and value > 0, (section, name, value)
    assert figures["assembly"]["queries_1000_claims"] == figures["assembly"]["queries_10000_claims"]
    assert figures["requests"]["cached_queries"] == 0 and figures["requests"]["cached_cache_round_trips"] <= 1
    api = figures["api"]
    if api["list_rps"] is None:  # the API is not there (yet): said so in the report, never a zero
        assert set(api.values()) == {None}
        assert details["http"]["unavailable"]["api"] and "UNAVAILABLE" in completed.stdout
    else:
        assert all(value > 0 for value in api.values())
    assert "brief page, cached" in completed.stdout and f"wrote {output}" in completed.stdout
    workdir = re.search(r"throwaway state in (\S+)", completed.stdout).group(1)
    pid = int(re.search(r"gunicorn pid (\d+)", completed.stdout).group(1))
    assert not Path(workdir).exists(), "the throwaway database and logs are removed"
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the harness stopped the gunicorn it started


@pytest.mark.parametrize("argument", ["--rounds", "--seconds"])
def test_the_harness_refuses_nonsense_sizes(argument):
    completed = subprocess.run(
        [sys.executable, "-m", "bench", argument, "0"], cwd=REPO, capture_output=True, text=True, timeout=60
    )

    assert completed.returncode == 2 and argument in completed.stderr
