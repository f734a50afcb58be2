"""A real Celery worker process against the test database (PostgreSQL) and Redis.

The worker runs the production settings module code paths (config.settings.base) pointed at the test
database, so tests that the worker must see need committed data: use `transactional_db`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from config.celery import app as celery_app
from config.tasks import probe

WORKER_START_TIMEOUT = 30


def test_database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture(scope="session")
def worker_log_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("celery-worker")


class WorkerProcess:
    """Start, kill and restart one `celery worker` process; only ever signals the PID it started."""

    def __init__(self, log_dir: Path, database_url: str):
        self.log_dir = log_dir
        self.database_url = database_url
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        env = dict(os.environ, DATABASE_URL=self.database_url, DJANGO_SETTINGS_MODULE="config.settings.base")
        log = open(self.log_dir / f"worker-{self.starts}.log", "wb")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("celery")),
                "-A",
                "config",
                "worker",
                "-c",
                "2",
                "-P",
                "prefork",
                "--without-gossip",
                "--without-mingle",
                "-l",
                "info",
                "-n",
                f"test-{uuid.uuid4().hex[:8]}@%h",
            ],  # fmt: skip
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + WORKER_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"worker exited at start (code {self.process.returncode}); see {self.log_dir}"
                )
            try:
                probe.apply_async(args=["ready"]).get(timeout=2)
                return
            except Exception:  # noqa: BLE001 - not consuming yet: keep polling until the deadline
                continue
        raise RuntimeError(f"worker did not answer within {WORKER_START_TIMEOUT}s; see {self.log_dir}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_text(self) -> str:
        return "\n".join(
            path.read_text(errors="replace") for path in sorted(self.log_dir.glob("worker-*.log"))
        )


@pytest.fixture(scope="session")
def _session_worker(django_db_setup, django_db_blocker, worker_log_dir):
    celery_app.conf.task_always_eager = False
    worker = WorkerProcess(worker_log_dir, test_database_url())
    worker.start()
    yield worker
    worker.stop()
    celery_app.conf.task_always_eager = True


@pytest.fixture
def celery_worker(_session_worker) -> WorkerProcess:
    """A running worker; tasks sent by the test go through Redis instead of running eagerly."""
    celery_app.conf.task_always_eager = False
    if _session_worker.process.poll() is not None:
        _session_worker.start()
    return _session_worker
