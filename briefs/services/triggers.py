"""When approved material changes, the briefs that use it are re-assembled: after commit, debounced."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from kombu.exceptions import OperationalError as BrokerUnreachable
from redis.exceptions import RedisError

from briefs.models import Proposition
from config import dispatch

logger = logging.getLogger(__name__)


def _debounce_key(brief_id: int) -> str:
    return f"briefs:assembly-scheduled:{brief_id}"


def is_assembly_scheduled(brief_id: int) -> bool:
    """A debounced assembly of this brief is waiting to run (the reconciler leaves it alone)."""
    try:
        return cache.get(_debounce_key(brief_id)) is not None
    except RedisError:
        return False


def request_assembly(*, brief_ids: Iterable[int]) -> None:
    """Ask for one assembly of each brief once the current transaction commits.

    Requests within the debounce window join the assembly already scheduled: approving 30 claims in a
    row gives one assembly, which runs after the window and reads everything committed by then. The
    periodic reconciler (briefs/services/reconcile.py) assembles every brief that is out of date, so a
    request that lands while a run is starting, or whose message the broker lost, is never lost for long.
    """
    countdown = settings.BRIEF_ASSEMBLY_DEBOUNCE_SECONDS

    def schedule(brief_id: int) -> None:
        # The change is committed whatever happens here: a broker (or Redis cache) outage must not turn
        # it into an error for the editor. The periodic reconciler assembles the brief later.
        key = _debounce_key(brief_id)
        try:
            if cache.add(key, "1", timeout=max(countdown, 1)):
                try:
                    dispatch.task("briefs.assemble_brief").apply_async(args=[brief_id], countdown=countdown)
                except BrokerUnreachable:
                    cache.delete(key)  # nothing is scheduled after all: the reconciler must not wait for it
                    raise
        except (BrokerUnreachable, RedisError):
            logger.exception("assembly of brief %s not queued; the periodic reconciler will run it", brief_id)

    for brief_id in sorted(set(brief_ids)):
        transaction.on_commit(partial(schedule, brief_id))


def request_assembly_for_claims(*, claim_ids: Iterable[int]) -> None:
    """The briefs whose key points cite these claims (one query)."""
    brief_ids = Proposition.objects.filter(claims__in=list(claim_ids)).values_list("brief_id", flat=True)
    request_assembly(brief_ids=set(brief_ids))
