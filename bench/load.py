"""Bounded HTTP load on loopback: wrk when installed, else a small Python generator (a thread per connection).

Every run is bounded in time and, for the Python generator, in request count. A run that sees a single
non-2xx answer or socket error is reported as failed, never as a figure.

``run_mix`` (the load test, ``bench/loadtest.py``) mixes classes of requests by weight, each with its own
paths and headers, optionally paced to a total rate, and keeps latencies and status codes per class.
"""

from __future__ import annotations

import http.client
import os
import random
import re
import shutil
import statistics
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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


def run_load(
    url: str, *, seconds: float, connections: int = CONNECTIONS, headers: Mapping[str, str] | None = None
) -> LoadResult:
    """Load ``url`` for ``seconds`` with ``connections`` connections, sending ``headers`` with each request."""
    wrk = wrk_path()
    if wrk:
        return _run_wrk(wrk, url, seconds=seconds, connections=connections, headers=headers or {})
    return _run_python(url, seconds=seconds, connections=connections, headers=headers or {})


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip())
    if not match:
        raise ValueError(f"unreadable wrk latency {value!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def _run_wrk(
    wrk: str, url: str, *, seconds: float, connections: int, headers: Mapping[str, str]
) -> LoadResult:
    duration = max(1, round(seconds))
    threads = min(WRK_THREADS, connections)
    header_args = [argument for name, value in headers.items() for argument in ("-H", f"{name}: {value}")]
    completed = subprocess.run(  # noqa: S603 - argv of wrk from shutil.which and our own loopback URL, no shell
        [
            wrk,
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "5s",
            "--latency",
            *header_args,
            url,
        ],
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


def _run_python(url: str, *, seconds: float, connections: int, headers: Mapping[str, str]) -> LoadResult:
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
                    conn.request("GET", path, headers={"Host": parts.hostname, **headers})
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
        p99_ms=percentile(samples, 0.99),
        requests=len(samples),
        errors=sum(errors),
        tool="python",
    )


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest rank in already sorted ``samples`` (0 when there are none)."""
    if not samples:
        return 0.0
    return samples[min(len(samples) - 1, int(len(samples) * fraction))]


# --- a weighted mix of request classes (the load test) --------------------------------------------------


@dataclass(frozen=True)
class MixClass:
    """One class of requests: picked with probability ``weight`` / total weight, then one of ``paths`` and
    one of ``headers`` at random (e.g. one partner token per request)."""

    weight: float
    paths: Sequence[str]
    headers: Sequence[Mapping[str, str]] = ({},)


@dataclass
class ClassResult:
    requests: int = 0
    errors: int = 0
    statuses: Counter = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)
    error_samples: list[str] = field(default_factory=list)
    #: path -> latencies, to name the slow page when a class misses its target
    by_path: dict[str, list[float]] = field(default_factory=dict)

    def summary(self, elapsed: float) -> dict:
        samples = sorted(self.latencies_ms)
        slowest = sorted(
            ((path, percentile(sorted(values), 0.99)) for path, values in self.by_path.items()),
            key=lambda item: item[1],
            reverse=True,
        )[:5]
        return {
            "requests": self.requests,
            "errors": self.errors,
            "rps": round(self.requests / elapsed, 1) if elapsed > 0 else 0.0,
            "p50_ms": round(percentile(samples, 0.50), 1),
            "p95_ms": round(percentile(samples, 0.95), 1),
            "p99_ms": round(percentile(samples, 0.99), 1),
            "max_ms": round(samples[-1], 1) if samples else 0.0,
            "statuses": dict(sorted(self.statuses.items())),
            "error_samples": self.error_samples,
            "slowest_paths_p99_ms": {path: round(value, 1) for path, value in slowest},
        }


@dataclass
class MixResult:
    classes: dict[str, ClassResult]
    elapsed: float
    capped: bool

    @property
    def requests(self) -> int:
        return sum(result.requests for result in self.classes.values())

    @property
    def errors(self) -> int:
        return sum(result.errors for result in self.classes.values())


MAX_ERROR_SAMPLES = 10


def run_mix(
    base_url: str,
    classes: Mapping[str, MixClass],
    *,
    seconds: float,
    connections: int = CONNECTIONS,
    rate: float | None = None,
    max_requests: int = MAX_REQUESTS_PER_RUN,
    timeout: float = 10.0,
    seed: int = 7,
) -> MixResult:
    """``connections`` threads, each on its own connection, for ``seconds`` or ``max_requests`` in all.

    With ``rate`` (requests per second over all connections) each thread sends on a fixed schedule and
    never bursts to catch up; without it each sends as soon as its previous answer arrived. Latency runs
    from sending the request (connecting included: gunicorn's sync workers close every connection) to the
    end of the body. An answer of 400 or more, a socket error or a timeout is an error.
    """
    parts = urlsplit(base_url)
    names = list(classes)
    weights = [classes[name].weight for name in names]
    results = {name: ClassResult() for name in names}
    lock = threading.Lock()
    sent = 0
    capped = False
    interval = connections / rate if rate else 0.0
    started = time.perf_counter()
    deadline = started + seconds

    def take_ticket() -> bool:
        nonlocal sent, capped
        with lock:
            if sent >= max_requests:
                capped = True
                return False
            sent += 1
            return True

    def worker(slot: int) -> None:
        rng = random.Random(seed * 1000 + slot)  # noqa: S311 - seeded spread of request timing, never for secrets
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        # Spread the threads' schedules over one interval so that paced requests do not arrive in waves.
        next_at = started + interval * slot / connections
        try:
            while True:
                if interval:
                    now = time.perf_counter()
                    if next_at > now:
                        time.sleep(next_at - now)
                    next_at = max(next_at + interval, time.perf_counter())
                if time.perf_counter() >= deadline or not take_ticket():
                    return
                name = rng.choices(names, weights)[0]
                spec = classes[name]
                path = rng.choice(spec.paths)
                headers = {"Host": parts.hostname, **rng.choice(spec.headers)}
                t0 = time.perf_counter()
                try:
                    conn.request("GET", path, headers=headers)
                    response = conn.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException) as error:
                    elapsed_ms = (time.perf_counter() - t0) * 1000
                    conn.close()
                    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
                    _record(name, path, elapsed_ms, None, f"{path}: {type(error).__name__}: {error}")
                    continue
                elapsed_ms = (time.perf_counter() - t0) * 1000
                failed = f"{path}: HTTP {response.status}" if response.status >= 400 else None
                _record(name, path, elapsed_ms, response.status, failed)
        finally:
            conn.close()

    def _record(name: str, path: str, elapsed_ms: float, status: int | None, failed: str | None) -> None:
        with lock:
            result = results[name]
            result.requests += 1
            result.statuses[str(status) if status is not None else "socket error"] += 1
            if failed:
                result.errors += 1
                if len(result.error_samples) < MAX_ERROR_SAMPLES:
                    result.error_samples.append(failed)
            if status is not None:
                result.latencies_ms.append(elapsed_ms)
                result.by_path.setdefault(path, []).append(elapsed_ms)

    threads = [threading.Thread(target=worker, args=(slot,), daemon=True) for slot in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + timeout + 10)
    return MixResult(classes=results, elapsed=time.perf_counter() - started, capped=capped)
