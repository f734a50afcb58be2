"""The ingest admin: outlets (with the importer's proposals to confirm or merge) and sources."""

from ingest.admin.outlets import OutletAdmin
from ingest.admin.sources import SourceAdmin

__all__ = ["OutletAdmin", "SourceAdmin"]
