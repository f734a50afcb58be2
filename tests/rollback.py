"""A transaction that is rolled back once the block has run, as when a request fails after a write."""

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from django.db import transaction


class _RolledBack(Exception):
    pass


@contextmanager
def rolled_back() -> Iterator[None]:
    """Run the block inside `transaction.atomic()`, then roll it back: its `on_commit` hooks never run.

    An error the block raises itself still propagates."""
    with suppress(_RolledBack), transaction.atomic():
        yield
        raise _RolledBack
