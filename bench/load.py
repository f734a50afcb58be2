"""Bounded HTTP load on loopback: wrk when installed, else a small Python generator (a thread per connection).

Every run is bounded in time and, for the Python generator, in request count. A run that sees a single
non-2xx answer or socket error is reported as failed, never as a figure.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

WRK_THREADS = 2
CONNECTIONS = 16
MAX_REQUESTS_PER_RUN = 200_000


@dataclass(frozen=True)
class LoadResult:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    tool: str

    @property
    def ok(self) -> bool:
        return self.errors == 0 and self.requests > 0


def wrk_path() -> str | None:
    """wrk when installed, unless BENCH_LOAD=python asks for the Python generator."""
    if os.environ.get("BENCH_LOAD", "").strip().lower() == "python":
        return None
    return shutil.which("wrk")


def run_load(url: str, *, seconds: float, connections: int = CONNECTIONS) -> LoadResult:
    """Load ``url`` for ``seconds`` with ``connections`` connections."""
    wrk = wrk_path()
    if wrk:
        return _run_wrk(wrk, url, seconds=seconds, connections=connections)
    return _run_python(url, seconds=seconds, connections=connections)


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip())
    if not match:
        raise ValueError(f"unreadable wrk latency {value!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def _run_wrk(wrk: str, url: str, *, seconds: float, connections: int) -> LoadResult:
    duration = max(1, round(seconds))
    threads = min(WRK_THREADS, connections)
    completed = subprocess.run(
        [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency", url],
        capture_output=True,
        text=True,
        timeout=duration + 30,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"wrk failed ({completed.returncode}): {completed.stderr.strip() or completed.stdout}"
        )
    return parse_wrk(completed.stdout)


def parse_wrk(out: str) -> LoadResult:
    """The figures of ``wrk --latency`` output; non-2xx/3xx answers and socket errors count as errors."""
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1))
    p99 = _ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1))
    errors = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out)
    if non_2xx:
        errors += int(non_2xx.group(1))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket_errors:
        errors += sum(int(group) for group in socket_errors.groups())
    return LoadResult(rps=rps, p50_ms=p50, p99_ms=p99, requests=requests, errors=errors, tool="wrk")


def _run_python(url: str, *, seconds: float, connections: int) -> LoadResult:
    """A thread per connection, each on one keep-alive connection; stops at the deadline or the cap."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.perf_counter() + seconds
    cap = MAX_REQUESTS_PER_RUN // connections
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors = [0] * connections

    def worker(slot: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
        try:
            for _ in range(cap):
                if time.perf_counter() >= deadline:
                    return
                started = time.perf_counter()
                try:
                    conn.request("GET", path, headers={"Host": parts.hostname})
                    response = conn.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException):
                    errors[slot] += 1
                    conn.close()
                    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
                    continue
                latencies[slot].append((time.perf_counter() - started) * 1000)
                if response.status >= 400:
                    errors[slot] += 1
        finally:
            conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(slot,), daemon=True) for slot in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 10)
    elapsed = time.perf_counter() - started
    samples = sorted(value for per_thread in latencies for value in per_thread)
    if not samples:
        return LoadResult(rps=0.0, p50_ms=0.0, p99_ms=0.0, requests=0, errors=sum(errors) or 1, tool="python")
    return LoadResult(
        rps=len(samples) / elapsed,
        p50_ms=statistics.median(samples),
        p99_ms=samples[min(len(samples) - 1, int(len(samples) * 0.99))],
        requests=len(samples),
        errors=sum(errors),
        tool="python",
    )
