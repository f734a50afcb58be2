"""The periodic safety net for task messages that were lost: what is out of date is enqueued again.

Redis keeps queued messages in memory. A Redis restart without persistence (or a failover, or a broker
outage while an approval commits) loses the messages it held, and nothing else would ever send them
again. The database is the record of what should have happened, so beat runs `reconcile` every few
minutes: a brief whose latest revision differs from what its inputs assemble to now is enqueued for
assembly, a webhook delivery that is overdue is enqueued for delivery, and the reader page cache is
purged again if something was made public since its last purge (a purge lost while Redis was
unreachable). Both tasks are idempotent, so enqueuing something that was merely slow, not lost, costs
one extra "unchanged" answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import OuterRef, Subquery

from briefs.assembly import assemble, snapshot_hash
from briefs.models import Brief, BriefRevision
from briefs.page_cache import reconcile_reader_pages
from briefs.selectors.assembly_inputs import assembly_inputs
from briefs.services.triggers import is_assembly_scheduled
from briefs.services.webhooks import send_due_deliveries
from config import dispatch
from ops.services.task_failures import prune_task_runs

logger = logging.getLogger(__name__)

#: Longer than any task runs or waits (visibility timeout, 2 h by default), so only orphans are pruned.
TASK_RUN_RETENTION = timedelta(days=1)


@dataclass(frozen=True)
class ReconcileReport:
    briefs: list[int]  # ids enqueued for assembly
    deliveries: int  # webhook deliveries enqueued
    reader_pages_purged: bool = False  # a publication's purge of the page cache was lost and redone


def stale_brief_ids() -> list[int]:
    """Briefs whose latest revision (or the lack of one) is not what assembling them now would give.

    The same comparison the assembly makes before it writes (briefs/services/assembly.py), done read-only:
    one query for the latest hashes, then the assembly inputs of each brief (4 queries each). Briefs
    whose debounced assembly is already scheduled are left to it.
    """
    latest_hash = (
        BriefRevision.objects.filter(brief=OuterRef("pk")).order_by("-number").values("content_hash")[:1]
    )
    stale = []
    for brief in Brief.objects.annotate(latest_hash=Subquery(latest_hash)).order_by("pk"):
        try:
            inputs = assembly_inputs(brief)
            out_of_date = (
                snapshot_hash(assemble(inputs.brief, inputs.claims, inputs.sources, inputs.aliases))
                != brief.latest_hash
            )
        except Exception:  # noqa: BLE001 - one broken brief must not hide the others; its assembly will say why
            logger.exception("reconcile: could not check brief %s; enqueued to find out", brief.pk)
            out_of_date = True
        if out_of_date and not is_assembly_scheduled(brief.pk):
            stale.append(brief.pk)
    return stale


def reconcile() -> ReconcileReport:
    """Enqueue the assemblies and webhook deliveries that are due but have no message any more."""
    # The cheap steps first: a slow or failing brief below must not hold up partners' webhooks.
    deliveries = send_due_deliveries()
    # Reader pages are served from the cache without asking the database: only the purge retires them.
    reader_pages_purged = reconcile_reader_pages()
    prune_task_runs(older_than=TASK_RUN_RETENTION)
    stale = stale_brief_ids()
    assemble = dispatch.task("briefs.assemble_brief")
    for brief_id in stale:
        assemble.delay(brief_id)
    report = ReconcileReport(briefs=stale, deliveries=deliveries, reader_pages_purged=reader_pages_purged)
    if stale or deliveries:
        # Normal right after a broker restart; if it shows up on every run, messages are being lost.
        logger.warning(
            "reconcile: enqueued %s out-of-date brief(s) %s and %s due webhook deliveries",
            len(stale),
            stale[:20],
            deliveries,
        )
    return report
