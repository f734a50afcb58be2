"""Brief assembly: typed inputs in, a deterministic JSON-ready snapshot out, its hash, and reviewer diffs.

Pure Python, no Django: the ORM layer maps approved claims, their sources and the brief's key points onto
``inputs`` and stores what ``assemble`` returns. ``diff_snapshots`` is the reviewer's diff between two
snapshots, ``reader_diff`` the same in a reader's terms (the public history).
"""

from .assemble import SCHEMA_VERSION, assemble
from .diff import diff_cited, diff_snapshots, without_repeats
from .hashing import canonical_json, snapshot_hash
from .history import reader_diff
from .inputs import ActorRef, BriefIn, ClaimIn, FigureIn, KeyPointIn, MovementIn, PlaceIn, SourceIn

__all__ = [
    "SCHEMA_VERSION",
    "ActorRef",
    "BriefIn",
    "ClaimIn",
    "FigureIn",
    "KeyPointIn",
    "MovementIn",
    "PlaceIn",
    "SourceIn",
    "assemble",
    "canonical_json",
    "diff_cited",
    "diff_snapshots",
    "reader_diff",
    "snapshot_hash",
    "without_repeats",
]
