"""Admin uploads imported by a task: stored in the request, imported after commit, safe to run twice."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ingest import tasks
from ingest.models import ImportBatch, ImportBatchFile, Source
from ingest.services.uploads import import_upload, start_upload
from tests.ingest.factories import SourceFactory
from tests.ingest.page_server import Page, PageServer
from tests.ingest.test_import_by_url import ARTICLE
from tests.rollback import rolled_back

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:ingest_source_upload")


def progress_url(batch: ImportBatch) -> str:
    return reverse("admin:ingest_source_upload_progress", args=[batch.pk])


def articles(sample_bytes: bytes, count: int) -> list[tuple[str, bytes]]:
    return [
        (f"berita-{index}.txt", sample_bytes.replace(b"kargo", f"kargo {index}".encode()))
        for index in range(count)
    ]


@pytest.fixture
def sent(monkeypatch) -> list[int]:
    """The upload ids handed to the broker (the task itself is not run)."""
    ids: list[int] = []
    monkeypatch.setattr(tasks.import_upload_task, "delay", ids.append)
    return ids


def test_an_upload_is_stored_and_its_task_asked_for_only_after_commit(
    editor, sample_bytes, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        batch = start_upload(files=[("a.txt", sample_bytes), ("b.txt", b"")], user=editor)
        assert sent == []

    assert sent == [batch.pk]
    assert list(batch.files.values_list("name", "status")) == [("a.txt", "pending"), ("b.txt", "pending")]
    assert not Source.objects.exists()


def test_an_upload_rolled_back_sends_no_task(editor, sample_bytes, sent, django_capture_on_commit_callbacks):
    # The request fails after storing the files.
    with django_capture_on_commit_callbacks(execute=True), rolled_back():
        start_upload(files=[("a.txt", sample_bytes)], user=editor)

    assert sent == []
    assert not ImportBatch.objects.exists()


def test_the_task_imports_each_file_names_the_bad_one_and_drops_the_raw_bytes(editor, sample_bytes, sent):
    batch = start_upload(
        files=[("a.txt", sample_bytes), ("png.txt", b"\x89PNG\r\n\x1a\nxx"), ("c.txt", b"")], user=editor
    )

    assert tasks.import_upload_task(batch.pk) == 3

    rows = list(batch.files.order_by("position"))
    assert [row.status for row in rows] == ["created", "rejected", "rejected"]
    assert "PNG" in rows[1].error and "empty" in rows[2].error.lower()
    assert rows[0].source.raw_text.startswith("Iklan") and rows[0].source.imported_by == editor
    assert rows[0].source.import_channel == Source.Channel.ADMIN
    assert [bytes(row.data) for row in rows] == [b"", b"", b""]
    batch.refresh_from_db()
    assert batch.is_finished


def test_running_the_task_twice_imports_nothing_twice(editor, sample_bytes, sent):
    batch = start_upload(files=[*articles(sample_bytes, 3), ("again.txt", sample_bytes)], user=editor)
    tasks.import_upload_task(batch.pk)
    first = list(batch.files.order_by("position").values_list("status", "source_id"))

    assert tasks.import_upload_task(batch.pk) == 0

    assert list(batch.files.order_by("position").values_list("status", "source_id")) == first
    assert [status for status, _ in first] == ["created", "created", "created", "created"]
    assert Source.objects.count() == 4


def test_a_file_already_imported_elsewhere_is_unchanged_not_duplicated(editor, sample_bytes, sent):
    done = start_upload(files=[("a.txt", sample_bytes)], user=editor)
    again = start_upload(files=[("a-lagi.txt", sample_bytes)], user=editor)
    import_upload(batch_id=done.pk)

    import_upload(batch_id=again.pk)

    row = again.files.get()
    assert (row.status, row.source_id) == ("unchanged", done.files.get().source_id)
    assert Source.objects.count() == 1


def test_a_run_out_of_time_stops_between_files_and_the_next_run_goes_on(editor, sample_bytes, sent):
    batch = start_upload(files=articles(sample_bytes, 3), user=editor)

    run = import_upload(batch_id=batch.pk, time_budget=0)

    assert (run.done, run.waiting) == (1, 2)
    batch.refresh_from_db()
    assert not batch.is_finished
    assert import_upload(batch_id=batch.pk).waiting == 0
    assert Source.objects.count() == 3


def test_the_task_continues_in_new_runs_until_every_file_is_done(editor, sample_bytes, settings, monkeypatch):
    batch = start_upload(files=articles(sample_bytes, 3), user=editor)
    runs = []
    real = tasks.import_upload

    def one_file_per_run(*, batch_id, time_budget):
        run = real(batch_id=batch_id, time_budget=0)
        runs.append(run)
        return run

    monkeypatch.setattr(tasks, "import_upload", one_file_per_run)

    tasks.import_upload_task.delay(batch.pk)  # eager: each run sends the next at once

    assert [(run.done, run.waiting) for run in runs] == [(1, 2), (1, 1), (1, 0)]
    assert ImportBatch.objects.get(pk=batch.pk).is_finished


def test_a_vanished_upload_is_logged_and_skipped(caplog):
    assert tasks.import_upload_task(987654) == 0
    assert "upload 987654 is gone" in caplog.text


def test_the_admin_upload_redirects_to_its_progress_page_with_a_result_per_file(
    editor_client, sample_bytes, django_capture_on_commit_callbacks
):
    files = [
        SimpleUploadedFile("satu.txt", sample_bytes, content_type="text/plain"),
        SimpleUploadedFile("kosong.txt", b"", content_type="text/plain"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(UPLOAD_URL, {"files": files})

    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == progress_url(batch)
    page = editor_client.get(response["Location"]).text
    assert "Done: 1 created, 0 unchanged, 1 rejected." in page
    assert "kosong.txt" in page and 'http-equiv="refresh"' not in page


def test_the_progress_page_refreshes_itself_while_files_wait_and_offers_to_start_again(
    editor_client, editor, sample_bytes, sent, django_capture_on_commit_callbacks
):
    # The broker lost the message: the files wait and nothing imports them.
    batch = start_upload(files=articles(sample_bytes, 2), user=editor)

    page = editor_client.get(progress_url(batch)).text
    assert 'http-equiv="refresh"' in page and "Importing: 2 of 2 files still waiting." in page
    assert "<script" not in page.split("</head>")[0].split("<meta http-equiv")[1]

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(progress_url(batch))
    assert sent == [batch.pk]
    assert response.status_code == 302


def test_the_progress_page_is_closed_to_outsiders_and_staff_without_the_permission(
    client, outsider_client, partner, editor, sample_bytes, sent
):
    batch = start_upload(files=articles(sample_bytes, 1), user=editor)
    assert outsider_client.get(progress_url(batch)).status_code == 302  # to the login page
    partner.is_staff = True
    partner.save()
    client.force_login(partner)
    assert client.get(progress_url(batch)).status_code == 403
    assert client.post(progress_url(batch)).status_code == 403
    assert sent == []


# The page costs the same whatever the upload's size: what every admin page costs (session, user, its second
# factor, its own and its groups' permissions, the desk's profile check: 6), the upload (1), its files with
# their Sources in one join (1).
PROGRESS_PAGE_QUERIES = 8


@pytest.mark.parametrize("size", [2, 12])
def test_the_progress_page_costs_a_fixed_number_of_queries(
    editor_client, editor, sample_bytes, sent, django_assert_num_queries, size
):
    batch = start_upload(files=[*articles(sample_bytes, size), ("kosong.txt", b"")], user=editor)
    import_upload(batch_id=batch.pk)
    # A near-duplicate link on every row, so that loading its Source would show.
    original = SourceFactory()
    Source.objects.exclude(pk=original.pk).update(near_duplicate_of=original, near_duplicate_similarity=0.9)

    with django_assert_num_queries(PROGRESS_PAGE_QUERIES):
        response = editor_client.get(progress_url(batch))

    assert response.text.count('<tr class="upload-created"') == size
    assert response.text.count("Nearly duplicates") == size
    assert ImportBatchFile.objects.filter(batch=batch).count() == size + 1


def test_an_upload_of_page_addresses_is_fetched_by_the_task_and_reported_per_address(editor, sent):
    with PageServer(pages={"/story": Page(body=ARTICLE), "/missing": Page(status=404)}) as server:
        batch = start_upload(urls=[server.url("/story"), server.url("/missing")], user=editor)
        assert server.requested == []  # nothing is fetched in the request

        assert tasks.import_upload_task(batch.pk) == 2
        assert tasks.import_upload_task(batch.pk) == 0  # a second delivery fetches nothing again

    assert server.requested == ["/story", "/missing"]
    rows = list(batch.files.order_by("position"))
    assert [(row.name, row.status) for row in rows] == [
        (server.url("/story"), "created"),
        (server.url("/missing"), "rejected"),
    ]
    assert rows[0].source.url == server.url("/story") and rows[0].source.imported_by == editor
    assert rows[1].error == "The site answered HTTP 404: no page to import."
