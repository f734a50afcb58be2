"""Path converters of the reader's addresses.

A revision number, a key point's id or a source's id has one address: the number as written, positive,
without leading zeros. Django's ``int`` also takes ``0``, ``00`` and ``0001``: ``/revisions/01/`` would be
a second address of revision 1 (its own cache entry, another page for crawlers), and ``/revisions/0/``
would answer as the current brief. Those are 404 here, before any view runs.
"""

from __future__ import annotations


class CanonicalNumberConverter:
    """A positive integer in its one written form: 1-9 then digits, at most 18 (any id a database has;
    longer would overflow a 64-bit column in the lookup)."""

    regex = "[1-9][0-9]{0,17}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(int(value))
