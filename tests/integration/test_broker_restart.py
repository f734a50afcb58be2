"""Redis restarted in the middle of a batch of 100 approvals: the worker reconnects and goes on consuming,
and the reconciler assembles the briefs whose messages Redis lost, so every brief gets exactly one revision.

The test never touches the shared Redis: it starts its own `redis-server` (no persistence, like a cache
node restarted empty) on a free loopback port, and points a worker and a producer process at it. The
producer is a separate process approving claims one by one, as editors do in the web process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.utils import timezone

from briefs.models import Brief, BriefRevision, Claim
from ops.models import AuditEntry, TaskFailure
from tests.briefs.factories import ClaimFactory, PropositionFactory
from tests.integration.conftest import WorkerProcess, broker_idle
from tests.integration.conftest import test_database_url as database_url
from tests.waiting import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
BATCH = 100
# Approvals schedule their assembly this many seconds later (10 in production); the worker holds those
# messages in memory until then, and drops them when its broker connection breaks, expecting Redis to
# hand them out again. A Redis restarted empty cannot: the last seconds of approvals are lost.
DEBOUNCE = "2"

APPROVE = """
import sys, time
import django
django.setup()
from django.contrib.auth import get_user_model
from briefs.models import Claim
from briefs.services.review import approve_claim

from redis.exceptions import RedisError

reviewer = get_user_model().objects.get(username=sys.argv[1])
refused = 0
for claim_id in sys.argv[2:]:
    while True:
        try:
            approve_claim(claim=Claim.objects.get(pk=claim_id), reviewer=reviewer)
            break
        except RedisError:  # the approval reads the cache: while Redis is down the editor tries again
            refused += 1
            time.sleep(0.2)
    time.sleep(0.03)
print(refused)
"""

RECONCILE = """
import django
django.setup()
from briefs.services.reconcile import reconcile
print(len(reconcile().briefs))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """One `redis-server` this test starts, restarts and stops by its PID; nothing is saved to disk."""

    def __init__(self, port: int, log_dir: Path):
        self.port = port
        self.log_dir = log_dir
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.log_dir),
            ],  # fmt: skip
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not listen on {self.port}")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


@pytest.fixture
def private_redis(tmp_path):
    server = RedisServer(free_port(), tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


@pytest.fixture
def private_worker(private_redis, worker_log_dir, django_db_setup):
    worker = WorkerProcess(
        worker_log_dir,
        database_url(),
        env={"REDIS_URL": private_redis.url, "BRIEF_ASSEMBLY_DEBOUNCE_SECONDS": DEBOUNCE},
        name="private-redis",
    )
    worker.start()
    yield worker
    if worker.process.poll() is None:
        worker.stop()


def run_django(script: str, *args: str, redis_url: str, wait: bool = True):
    env = dict(
        os.environ,
        DATABASE_URL=database_url(),
        REDIS_URL=redis_url,
        DJANGO_SETTINGS_MODULE="config.settings.base",
        BRIEF_ASSEMBLY_DEBOUNCE_SECONDS=DEBOUNCE,
    )
    command = [sys.executable, "-c", script, *args]
    if wait:
        return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    return subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_a_redis_restart_mid_batch_loses_no_assembly_once_the_reconciler_has_run(
    private_redis, private_worker, reviewer
):
    claims = []
    for number in range(BATCH):
        point = PropositionFactory(statement=f"Shipment {number} reached the Russian front.")
        claim = ClaimFactory(source__body=f"Kapal {number} tiba di pelabuhan. Lainnya.")
        point.claims.add(claim)
        claims.append(claim)

    producer = run_django(
        APPROVE, reviewer.username, *(str(c.pk) for c in claims), redis_url=private_redis.url, wait=False
    )
    wait_for(lambda: Claim.objects.filter(status=Claim.Status.APPROVED).count() >= BATCH // 3, timeout=60)
    private_redis.kill()
    time.sleep(0.5)  # an outage, not evidence: approvals go on while Redis is down
    private_redis.start()
    restarted_at = timezone.now()
    restarted = time.monotonic()

    output, errors = producer.communicate(timeout=90)
    assert producer.returncode == 0, errors
    assert int(output.strip()) == 0, "approvals go on while Redis is down (the cache only saves a query)"
    assert Claim.objects.filter(status=Claim.Status.APPROVED).count() == BATCH, "every approval committed"
    resumed = wait_for(
        lambda: BriefRevision.objects.filter(created_at__gt=restarted_at).order_by("created_at").first(),
        timeout=30,
    )
    resumed_in = (resumed.created_at - restarted_at).total_seconds()
    wait_for(lambda: _drained(private_redis.url), timeout=60)  # the producer has exited: nothing more comes
    assembled_before_reconcile = BriefRevision.objects.count()

    reconciled = run_django(RECONCILE, redis_url=private_redis.url)
    assert reconciled.returncode == 0, reconciled.stderr
    assert int(reconciled.stdout.strip()) == BATCH - assembled_before_reconcile, "exactly the lost ones"
    wait_for(lambda: BriefRevision.objects.count() == BATCH, timeout=60)
    wait_for(lambda: _drained(private_redis.url), timeout=60)  # every message the reconciler sent has run

    per_brief = Brief.objects.values_list("revisions__number", flat=True)
    assert sorted(per_brief) == [1] * BATCH, "every brief has exactly one revision"
    assert AuditEntry.objects.filter(action="assembled").count() == BATCH, "each effect happened once"
    for revision in BriefRevision.objects.all():
        cited = sum(len(p["citations"]) for kp in revision.content["key_points"] for p in kp["positions"])
        assert cited == 1, "each revision cites its approved claim"
    assert private_worker.process.poll() is None, "the worker survived the broker restart"
    assert not TaskFailure.objects.exists()
    print(
        f"redis restarted after {BATCH // 3}+ of {BATCH} approvals: consumption resumed {resumed_in:.1f}s after "
        f"the restart; no approval refused while Redis was down; "
        f"{BATCH - assembled_before_reconcile} lost with Redis, re-enqueued by the reconciler; "
        f"all {BATCH} assembled once {time.monotonic() - restarted:.1f}s after the restart"
    )


def _drained(redis_url: str) -> bool:
    """Every message sent to the private broker has run and been acked. Asked twice: between taking a
    message off the queue and noting it as unacked, the worker holds it in neither for an instant."""
    if not broker_idle(redis_url):
        return False
    time.sleep(0.1)
    return broker_idle(redis_url)
