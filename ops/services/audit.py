"""The audit trail: every editorial transition in either app, written in the caller's transaction."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import models

from ops.models import AuditEntry


def record_audit(
    *,
    user: User | None,
    action: str,
    target: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> AuditEntry:
    return AuditEntry.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        action=action,
        target_type=target._meta.label_lower,
        object_id=target.pk,
        before=before or {},
        after=after or {},
        note=note,
    )


def edited_values(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The edited fields only (keys whose values differ), for compact before/after records."""
    keys = [key for key in after if before.get(key) != after.get(key)]
    return {key: before.get(key) for key in keys}, {key: after[key] for key in keys}
