"""Reads of the audit trail."""

from __future__ import annotations

from django.db import models
from django.db.models import QuerySet

from ops.models import AuditEntry


def audit_trail(obj: models.Model) -> QuerySet[AuditEntry]:
    """Every entry about one record, newest first, with who wrote it."""
    return AuditEntry.objects.filter(target_type=obj._meta.label_lower, object_id=obj.pk).select_related(
        "user"
    )
