"""Shared infrastructure below both editorial apps: the audit trail, task bookkeeping and the recorded-task
base class. ``ingest`` and ``briefs`` import it; it imports neither."""
