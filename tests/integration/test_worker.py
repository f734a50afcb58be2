import pytest
from django.core.cache import cache
from django.db import connection, transaction

from config.diagnostics import enqueue_probe
from config.tasks import probe
from tests.waiting import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_real_worker_executes_a_task_and_the_web_process_sees_its_result(celery_worker):
    result = probe.delay("from-the-web-process").get(timeout=20)

    assert result["token"] == "from-the-web-process"
    assert result["pid"] != celery_worker.process.pid, "ran in a prefork child, not in the test process"
    assert result["database"] == connection.settings_dict["NAME"], "worker uses the same (test) database"
    assert cache.get("probe:from-the-web-process") == result["pid"], "worker wrote to the shared Redis cache"


def test_task_from_a_committed_transaction_reaches_the_worker(celery_worker):
    with transaction.atomic():
        token = enqueue_probe()

    worker_pid = wait_for(lambda: cache.get(f"probe:{token}"), timeout=20)
    assert worker_pid != celery_worker.process.pid
