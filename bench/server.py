"""Start and stop the benchmark's own gunicorn (2 sync workers, 127.0.0.1, a free port), and the load
test's Celery workers (each also on a queue of its own, so that the harness can tell them apart)."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import BinaryIO

READY_TIMEOUT_SECONDS = 30
STOP_TIMEOUT_SECONDS = 15


def start_logged(
    command: list[str], *, env: dict[str, str], log_path: Path
) -> tuple[BinaryIO, subprocess.Popen]:
    """Start a server process from the repository, in its own session, its output appended to ``log_path``."""
    log = log_path.open("ab")
    process = subprocess.Popen(  # noqa: S603 - commands built by the harness itself (gunicorn, celery from this venv), no shell
        command,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return log, process


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """``with Gunicorn(env=..., workdir=...) as server:`` serves on ``server.base_url`` until the block ends."""

    def __init__(self, *, env: dict[str, str], log_dir: Path, workers: int = 2) -> None:
        self.env = env
        self.log_path = log_dir / "gunicorn.log"
        self.workers = workers
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [
            str(gunicorn) if gunicorn.exists() else "gunicorn",
            "config.wsgi",
            "--workers",
            str(self.workers),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--error-logfile",
            str(self.log_path),
            "--log-level",
            "warning",
            "--no-control-socket",  # the default socket path is shared by every gunicorn of this user
        ]
        self._log, self.process = start_logged(command, env=self.env, log_path=self.log_path)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/bench/hello/", timeout=2) as response:  # noqa: S310 - the gunicorn this harness started, on loopback
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer within {READY_TIMEOUT_SECONDS}s; see {self.log_path}")

    def stop(self) -> None:
        """SIGTERM to the master we started (by PID), wait for it, SIGKILL only if it hangs."""
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self._log.close()
        self.process = None


WORKER_READY_TIMEOUT_SECONDS = 60


class CeleryWorker:
    """One ``celery worker`` (prefork, ``concurrency`` children) consuming ``queues`` and ``own_queue``.

    Only the PIDs it started are ever signalled: its main process, and the pool children whose parent
    that main process is (read from /proc when it is killed).
    """

    def __init__(
        self, *, env: dict[str, str], log_dir: Path, name: str, queues: list[str], concurrency: int = 1
    ) -> None:
        self.env = env
        self.name = name
        self.own_queue = f"worker-{name}"
        self.queues = [*queues, self.own_queue]
        self.concurrency = concurrency
        self.log_path = log_dir / f"celery-{name}.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> CeleryWorker:
        celery = Path(sys.executable).with_name("celery")
        command = [
            str(celery) if celery.exists() else "celery",
            "-A",
            "config",
            "worker",
            "-P",
            "prefork",
            "-c",
            str(self.concurrency),
            "-Q",
            ",".join(self.queues),
            "-n",
            f"{self.name}@%h",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "info",
        ]
        self._log, self.process = start_logged(command, env=self.env, log_path=self.log_path)
        return self

    def wait_ready(self, app, timeout: float = WORKER_READY_TIMEOUT_SECONDS) -> float:
        """Round-trip Celery's built-in identity task through this worker's own queue; seconds it took."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"celery worker {self.name} exited with {self.process.returncode}; see {self.log_path}"
                )
            if self.answers(app, timeout=2):
                return time.monotonic() - started
        raise RuntimeError(
            f"celery worker {self.name} did not answer within {timeout:.0f}s; see {self.log_path}"
        )

    def answers(self, app, timeout: float) -> bool:
        result = app.send_task("celery.accumulate", args=[self.name], queue=self.own_queue)
        try:
            return result.get(timeout=timeout) == [self.name]
        except Exception:  # noqa: BLE001 - not consuming (yet): the caller decides how long to wait
            return False

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def exit_reason(self) -> str | None:
        """None while it runs; else its exit code and the last error its log names."""
        if self.process is None or self.process.poll() is None:
            return None
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        errors = re.findall(r"^(?:Unrecoverable error|\w*Error)\b.*$", text, re.M)
        return f"exited with {self.process.returncode}" + (f": {errors[-1].strip()}" if errors else "")

    def children(self) -> list[int]:
        """PIDs of the processes whose parent is this worker's main process (its pool)."""
        if self.process is None:
            return []
        return [pid for pid, ppid in _parents().items() if ppid == self.process.pid]

    def busy_ticks(self) -> int:
        """CPU time (clock ticks) the pool children have used so far: it grows only while one runs a task."""
        return sum(_cpu_ticks(pid) for pid in self.children())

    def kill(self) -> list[int]:
        """SIGKILL the main process and then its pool children; the PIDs signalled."""
        children = self.children()
        os.kill(self.process.pid, signal.SIGKILL)
        for pid in children:
            with contextlib.suppress(ProcessLookupError):  # it may have died with its parent already
                os.kill(pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
        return [self.process.pid, *children]

    def stop(self) -> None:
        """Warm shutdown (SIGTERM) by PID; SIGKILL only if it hangs."""
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()


def process_gone(pid: int) -> bool:
    """True when ``pid`` no longer runs (absent, or a zombie waiting for its new parent to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return True
    return state in {"Z", "X"}


def _parents() -> dict[int, int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
    return parents


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0
    # After the command: state, ppid, … utime is field 14 and stime field 15 of the whole line.
    return int(fields[11]) + int(fields[12])
