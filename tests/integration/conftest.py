"""A real Celery worker process against the test database (PostgreSQL) and Redis.

The worker runs the production settings module code paths (config.settings.base) pointed at the test
database, so tests that the worker must see need committed data: use `transactional_db`.

`short_visibility_worker` is a worker whose broker hands a dead worker's task to another after
SHORT_VISIBILITY["CELERY_VISIBILITY_TIMEOUT"] seconds instead of two hours, for the tests that kill a
worker's main process. Only consumers restore such messages (kombu's Redis transport sweeps its unacked
index from the worker's event loop, at start and every `unacked_restore_interval`); the test process
only publishes, so its own transport options do not take part.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from celery.result import AsyncResult
from celery.signals import after_task_publish
from django.db import connection

from config.celery import app as celery_app
from config.tasks import probe

WORKER_START_TIMEOUT = 30

#: A consistent short-timeout configuration: every delay < visibility timeout, every task limit too.
SHORT_VISIBILITY = {
    "CELERY_VISIBILITY_TIMEOUT": "20",
    "CELERY_MAX_TASK_DELAY_SECONDS": "5",
    "CELERY_TASK_SOFT_TIME_LIMIT": "14",
    "CELERY_TASK_TIME_LIMIT": "16",
    "BRIEF_ASSEMBLY_DEBOUNCE_SECONDS": "0",
    "WEBHOOK_RETRY_MAX_SECONDS": "4",
    "WEBHOOK_TIMEOUT_SECONDS": "10",
}


#: The worker runs config.settings.base, whose egress policy refuses the tests' receivers on 127.0.0.1.
LOCAL_RECEIVERS = {"EGRESS_ALLOW_HTTP": "true", "EGRESS_ALLOWED_NETWORKS": "127.0.0.0/8"}


def message_in_redis(task_id: str) -> bool:
    """The task's message is still queued or held unacked in the broker."""
    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    held = client.hvals("unacked") + client.lrange("briefdesk", 0, -1)
    return any(task_id.encode() in message for message in held)


def finished_and_released(task_id: str) -> bool:
    """The task's last run has stored its outcome and the broker holds no copy of its message (queued,
    prefetched or unacked), so nothing of it can run again. A worker that died under the message stores
    nothing (the message is requeued), and an ack comes after the outcome is stored: both are waited for."""
    return AsyncResult(task_id, app=celery_app).ready() and not message_in_redis(task_id)


def broker_idle(redis_url: str) -> bool:
    """Nothing queued and nothing held unacked (a running, prefetched or countdown message is unacked
    until its run ends): every message sent to this broker has been run and acked."""
    client = redis.Redis.from_url(redis_url)
    return client.llen("briefdesk") == 0 and client.hlen("unacked") == 0


@pytest.fixture
def published_tasks() -> dict[str, list[str]]:
    """The ids of the task messages this test process publishes, by task name, as they are sent."""
    sent: dict[str, list[str]] = defaultdict(list)

    def record(sender=None, headers=None, **kwargs):
        sent[sender].append(headers["id"])

    after_task_publish.connect(record, weak=False)
    yield sent
    after_task_publish.disconnect(record)


def children_of(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []
    return [int(child) for child in children]


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

    def __init__(
        self, log_dir: Path, database_url: str, *, env: dict[str, str] | None = None, name: str = "worker"
    ):
        self.log_dir = log_dir
        self.database_url = database_url
        self.env = env or {}
        self.name = name
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        env = dict(
            os.environ,
            DATABASE_URL=self.database_url,
            DJANGO_SETTINGS_MODULE="config.settings.base",
            **LOCAL_RECEIVERS,
            **self.env,
        )
        log = open(self.log_dir / f"{self.name}-{self.starts}.log", "wb")  # noqa: SIM115 - closed with the process
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
        # A worker on another broker than the test process's cannot get our probe: read its log instead.
        own_broker = "REDIS_URL" in self.env
        deadline = time.monotonic() + WORKER_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"worker exited at start (code {self.process.returncode}); see {self.log_dir}"
                )
            if own_broker:
                if " ready." in self.current_log():
                    return
                time.sleep(0.1)
                continue
            try:
                probe.apply_async(args=["ready"]).get(timeout=2)
                return
            except Exception:  # noqa: BLE001, S112 - not consuming yet: keep polling until the deadline
                continue
        raise RuntimeError(f"worker did not answer within {WORKER_START_TIMEOUT}s; see {self.log_dir}")

    def current_log(self) -> str:
        return (self.log_dir / f"{self.name}-{self.starts}.log").read_text(errors="replace")

    def kill_main(self) -> list[int]:
        """SIGKILL the main process and its pool children (which would otherwise be orphaned).

        The main process is stopped first so that it cannot fork a replacement child in between.
        Returns the PIDs killed: the one this object started and its children, nothing else.
        """
        main = self.process.pid
        os.kill(main, signal.SIGSTOP)
        pids = [main, *children_of(main)]
        for pid in reversed(pids):
            os.kill(pid, signal.SIGKILL)
        self.process.wait()
        return pids

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
            path.read_text(errors="replace") for path in sorted(self.log_dir.glob(f"{self.name}-*.log"))
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
    yield _session_worker
    celery_app.conf.task_always_eager = True  # unit tests that run after this one expect eager tasks


@pytest.fixture
def short_visibility_worker(_session_worker, worker_log_dir) -> WorkerProcess:
    """A worker with a 20 s visibility timeout, alone on the queue (the session worker is stopped and
    comes back with the next test that asks for `celery_worker`)."""
    celery_app.conf.task_always_eager = False
    _session_worker.stop()
    worker = WorkerProcess(
        worker_log_dir, test_database_url(), env=SHORT_VISIBILITY, name=f"short-{uuid.uuid4().hex[:6]}"
    )
    worker.start()
    yield worker
    if worker.process.poll() is None:
        worker.kill_main()
    celery_app.conf.task_always_eager = True
