"""When approved material changes, the briefs that use it are re-assembled: after commit, debounced."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from briefs.models import Proposition


def _debounce_key(brief_id: int) -> str:
    return f"briefs:assembly-scheduled:{brief_id}"


def request_assembly(*, brief_ids: Iterable[int]) -> None:
    """Ask for one assembly of each brief once the current transaction commits.

    Requests within the debounce window join the assembly already scheduled: approving 30 claims in a
    row gives one assembly, which runs after the window and reads everything committed by then. The
    periodic beat task re-assembles every brief, so a request that lands while a run is starting is
    never lost for long.
    """
    from briefs.tasks import assemble_brief_task

    countdown = settings.BRIEF_ASSEMBLY_DEBOUNCE_SECONDS

    def schedule(brief_id: int) -> None:
        if cache.add(_debounce_key(brief_id), "1", timeout=max(countdown, 1)):
            assemble_brief_task.apply_async(args=[brief_id], countdown=countdown)

    for brief_id in sorted(set(brief_ids)):
        transaction.on_commit(lambda brief_id=brief_id: schedule(brief_id))


def request_assembly_for_claims(*, claim_ids: Iterable[int]) -> None:
    """The briefs whose key points cite these claims (one query)."""
    brief_ids = Proposition.objects.filter(claims__in=list(claim_ids)).values_list("brief_id", flat=True)
    request_assembly(brief_ids=set(brief_ids))
