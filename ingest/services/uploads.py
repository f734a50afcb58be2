"""Admin uploads imported in the background: the request stores the files, a task imports them.

An item of an upload is a file or a page address; the task fetches a page (``services.fetching``) outside
any transaction, so no row stays locked while a slow site answers, then records it like a file.

An upload of many files would otherwise be imported inside its request and bound by the web worker's
timeout. ``start_upload`` stores the files as an ImportBatch and asks for one task after commit;
``import_upload`` (the task's body) imports each waiting file in its own transaction through the import
service and records the outcome on the file's row. A file already done is skipped, so running it twice (a
redelivered message, a second worker) imports nothing twice, and one stopped halfway resumes where it stopped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnreachable

from config import dispatch
from ingest.models import ImportBatch, ImportBatchFile, Source
from ingest.services.fetching import FetchedPage, PageNotFetched, fetch_page, import_page
from ingest.services.importing import ImportContext, ImportOutcome, import_article

logger = logging.getLogger(__name__)


@transaction.atomic
def start_upload(
    *,
    files: Sequence[tuple[str, bytes]] = (),
    urls: Sequence[str] = (),
    user: User | None,
) -> ImportBatch:
    """Store an upload's files (name, raw bytes) and page addresses as one batch, the files first, and ask
    for its import task after commit."""
    batch = ImportBatch.objects.create(created_by=user)
    items = [ImportBatchFile(name=name[:255], data=data) for name, data in files]
    items += [ImportBatchFile(name=url[:255], url=url) for url in urls]
    for position, item in enumerate(items):
        item.batch, item.position = batch, position
    ImportBatchFile.objects.bulk_create(items)
    transaction.on_commit(lambda: enqueue_upload(batch_id=batch.pk))
    return batch


@dataclass(frozen=True)
class UploadRun:
    """What one run of ``import_upload`` did: files imported or rejected now, and files still waiting."""

    done: int
    waiting: int


def import_upload(*, batch_id: int, time_budget: float | None = None) -> UploadRun:
    """Import the waiting files of a batch, each in its own transaction, in order.

    A file another run holds or has done is skipped. With ``time_budget`` (seconds), no new file is started
    once it is spent (at least one always is, so every run makes progress); the caller runs it again for the
    rest. Once no file waits, the batch is marked finished.
    """
    batch = ImportBatch.objects.select_related("created_by").filter(pk=batch_id).first()
    if batch is None:
        logger.warning("import_upload: upload %s is gone; nothing to do", batch_id)
        return UploadRun(done=0, waiting=0)
    waiting = list(
        batch.files.filter(status=ImportBatchFile.Status.PENDING)
        .order_by("position")
        .values_list("pk", flat=True)
    )
    deadline = None if time_budget is None else time.monotonic() + time_budget
    done = 0
    if waiting:  # the context reads the outlet registry: only worth it with files to import
        context = ImportContext.load(channel=Source.Channel.ADMIN, imported_by=batch.created_by)
        for file_id in waiting:
            if done and deadline is not None and time.monotonic() > deadline:
                break
            done += _import_one(file_id=file_id, context=context)
    left = batch.files.filter(status=ImportBatchFile.Status.PENDING).count()
    if not left:
        ImportBatch.objects.filter(pk=batch.pk, finished_at__isnull=True).update(finished_at=timezone.now())
    return UploadRun(done=done, waiting=left)


def enqueue_upload(*, batch_id: int) -> None:
    """Ask for the import of an upload's waiting files (again: a run finds done files and skips them)."""
    # The files are committed whatever happens here: with the broker down, the upload's page offers to
    # start the import again rather than turning the upload into an error.
    try:
        dispatch.task("ingest.import_upload").delay(batch_id)
    except BrokerUnreachable:
        logger.exception("import of upload %s not queued", batch_id)


def _import_one(*, file_id: int, context: ImportContext) -> int:
    url = (
        ImportBatchFile.objects.filter(pk=file_id, status=ImportBatchFile.Status.PENDING)
        .values_list("url", flat=True)
        .first()
    )
    if url is None:
        return 0
    # A page is fetched before its row is locked. Should two runs both fetch it, the lock lets one record it
    # and the content hash keeps the Source to one row.
    page = _fetch(url) if url else None
    return _record_one(file_id=file_id, page=page, context=context)


def _fetch(url: str) -> FetchedPage | ImportOutcome:
    try:
        return fetch_page(url=url)
    except PageNotFetched as exc:
        return ImportOutcome(name=url, status="rejected", error=str(exc))


@transaction.atomic
def _record_one(*, file_id: int, page: FetchedPage | ImportOutcome | None, context: ImportContext) -> int:
    # The row lock (PostgreSQL) makes a second run wait for this file and then see it done; on SQLite,
    # transactions are serialised anyway.
    row = (
        ImportBatchFile.objects.select_for_update()
        .filter(pk=file_id, status=ImportBatchFile.Status.PENDING)
        .first()
    )
    if row is None:
        return 0
    if isinstance(page, ImportOutcome):
        outcome = page
    elif page is not None:
        outcome = import_page(page=page, name=row.name, context=context)
    else:
        outcome = import_article(data=bytes(row.data), name=row.name, context=context)
    row.status = outcome.status
    row.error = outcome.error or ""
    row.source = outcome.source
    row.data = b""
    row.save(update_fields=["status", "error", "source", "data"])
    return 1
