"""Assembling a brief into a revision that waits for review. Deterministic: same inputs, no new revision."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from django.db import transaction

from briefs.assembly import (
    assemble,
    snapshot_hash,
)
from briefs.models import Brief, BriefRevision
from briefs.selectors import assembly_inputs
from briefs.services.audit import record_audit

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AssemblyResult:
    brief: Brief
    revision: BriefRevision
    status: Literal["created", "unchanged"]


def assemble_brief(*, brief_id: int) -> AssemblyResult:
    """Assemble the brief from its approved, anchored claims into a pending revision.

    The brief's row is locked for the whole assembly (SELECT … FOR UPDATE on PostgreSQL; SQLite takes
    its write lock at the start of the transaction), so two assemblies of one brief never interleave and
    the second one finds the first one's revision and answers "unchanged".

    Queries, whatever the number of claims: the locked brief, the inputs (4), the latest revision, the new
    revision and its audit entry, plus the savepoint and its release: 10.
    """
    with transaction.atomic():
        brief = Brief.objects.select_for_update().get(pk=brief_id)
        inputs = assembly_inputs(brief)
        content = assemble(inputs.brief, inputs.claims, inputs.sources)
        content_hash = snapshot_hash(content)
        # Read after the lock, in a statement of its own: on PostgreSQL a waiting assembly then sees the
        # revision that the one holding the lock committed (a subquery of the locking statement would not).
        latest = brief.revisions.order_by("-number").first()
        if latest is not None and latest.content_hash == content_hash:
            return AssemblyResult(brief=brief, revision=latest, status="unchanged")
        revision = BriefRevision.objects.create(
            brief=brief,
            number=(latest.number + 1) if latest else 1,
            content=content,
            content_hash=content_hash,
        )
        record_audit(
            user=None,
            action="assembled",
            target=revision,
            after={"number": revision.number, "content_hash": content_hash, "claims": len(inputs.claims)},
        )
    logger.info("assembled %s revision %s", brief.slug, revision.number)
    return AssemblyResult(brief=brief, revision=revision, status="created")
