"""A snapshot's canonical JSON and its SHA-256: the same snapshot always gives the same hash.

Canonical JSON: keys sorted at every level, no whitespace, non-ASCII characters kept as UTF-8, NaN and
infinities refused.
"""

from __future__ import annotations

import hashlib
import json


def canonical_json(snapshot: object) -> str:
    return json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def snapshot_hash(snapshot: object) -> str:
    return canonical_json_hash(canonical_json(snapshot))


def canonical_json_hash(canonical: str) -> str:
    """The hash of a snapshot whose canonical JSON is already at hand (serialising 10,000 citations twice
    costs a tenth of a second)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
