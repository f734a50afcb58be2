"""Side effects are sent only once the transaction that asked for them commits."""

import pytest
from django.core.cache import cache
from django.db import transaction

from config.diagnostics import enqueue_probe
from config.tasks import probe
from tests.rollback import rolled_back


@pytest.mark.django_db(transaction=True)
def test_task_enqueued_in_a_rolled_back_transaction_is_never_sent(monkeypatch):
    sent = []
    monkeypatch.setattr(probe, "apply_async", lambda *a, **kw: sent.append((a, kw)))

    with rolled_back():
        token = enqueue_probe()

    assert sent == []
    assert cache.get(f"probe:{token}") is None


@pytest.mark.django_db(transaction=True)
def test_task_enqueued_in_a_committed_transaction_runs_after_commit():
    with transaction.atomic():
        token = enqueue_probe()
        assert cache.get(f"probe:{token}") is None, "must not run before the commit"

    assert cache.get(f"probe:{token}") is not None
