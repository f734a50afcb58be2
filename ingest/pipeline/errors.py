"""The one exception type the ingest pipeline raises on bad input.

Callers (the upload view, the import command, the Celery task) catch exactly this type and show
``str(err)`` to the editor, so every message must be a complete, human sentence fragment that
makes sense without a traceback. ``code`` is the stable, machine-readable reason that the Django
side stores and tests against; messages may be reworded, codes may not.
"""

from __future__ import annotations

__all__ = ["IngestError"]


class IngestError(Exception):
    """Input the pipeline refuses to process (empty, binary, too large, undecodable, ...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"IngestError(code={self.code!r}, message={self.message!r})"
