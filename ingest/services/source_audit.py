"""What the audit trail keeps of a Source's fields: their values as JSON, the bulky ones summarised.

The raw text is never edited, so a body can always be derived again; its audit record names its size
and hash rather than copying an article into every entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

from ingest.models import Source

_LISTS_SUMMARISED = ("removed_lines", "provenance")


def audited_values(source: Source, names: Iterable[str]) -> dict[str, Any]:
    """The fields ``names`` of ``source`` as the audit trail stores them, in name order."""
    return {name: _audited(source, name) for name in sorted(names)}


def _audited(source: Source, name: str) -> Any:
    field = Source._meta.get_field(name)
    if field.is_relation:
        return getattr(source, f"{name}_id")
    value = getattr(source, name)
    if name == "body":
        digest = hashlib.sha256(value.encode()).hexdigest()[:12]
        return f"{len(value)} characters, sha256 {digest}"
    if name in _LISTS_SUMMARISED:
        return f"{len(value)} entries"
    if isinstance(value, dt.date):  # a datetime too
        return value.isoformat()
    return value
