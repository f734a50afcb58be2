import json

import pytest
from django.core.management import CommandError, call_command

from ingest.models import Source

pytestmark = pytest.mark.django_db


def run_import(capsys, *args) -> tuple[int, list[dict]]:
    try:
        call_command("import_sources", *args, "--format", "json")
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    lines = capsys.readouterr().out.splitlines()
    return code, [json.loads(line) for line in lines]


def test_json_output_has_one_object_per_file_with_the_documented_keys(tmp_path, sample_bytes, capsys):
    (tmp_path / "kapal.txt").write_bytes(sample_bytes)

    code, records = run_import(capsys, str(tmp_path))

    assert code == 0
    [record] = records
    assert set(record) == {"path", "status", "error", "source"}
    assert record["status"] == "created" and record["error"] is None
    assert set(record["source"]) == {
        "id", "outlet", "title", "byline", "editor", "published_at", "published_at_source",
        "dateline", "language", "cited_outlets", "body", "content_hash",
    }  # fmt: skip
    assert record["source"]["published_at"] == "2023-10-04T09:15:00+07:00", "ISO 8601 with the WIB offset"


def test_folder_with_one_bad_file_imports_the_rest_and_exits_1(tmp_path, sample_bytes, capsys):
    (tmp_path / "a-good.txt").write_bytes(sample_bytes)
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_bytes(b"ignored")

    code, records = run_import(capsys, str(tmp_path))

    assert code == 1
    assert [(record["path"].rsplit("/", 1)[-1], record["status"]) for record in records] == [
        ("a-good.txt", "created"),
        ("b-empty.txt", "rejected"),
    ]
    assert records[1]["error"] and records[1]["source"] is None
    assert Source.objects.count() == 1


def test_missing_path_is_reported_not_ignored(tmp_path, capsys):
    code, records = run_import(capsys, str(tmp_path / "nowhere"))

    assert code == 1
    assert records[0]["status"] == "rejected"
    assert "No such file or folder" in records[0]["error"]


def test_second_run_reports_unchanged(tmp_path, sample_bytes, capsys):
    (tmp_path / "kapal.txt").write_bytes(sample_bytes)
    run_import(capsys, str(tmp_path))

    code, records = run_import(capsys, str(tmp_path))

    assert code == 0
    assert records[0]["status"] == "unchanged"
    assert Source.objects.count() == 1


def test_workers_give_the_same_report_as_one_process(tmp_path, sample_bytes, capsys):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_bytes(sample_bytes.replace(b"pagi", f"pagi nomor {i}".encode()))
    code, parallel = run_import(capsys, str(tmp_path), "--workers", "2")
    Source.objects.all().delete()

    _, serial = run_import(capsys, str(tmp_path), "--workers", "1")

    assert code == 0
    strip_ids = [{**record, "source": {**record["source"], "id": None}} for record in parallel]
    assert strip_ids == [{**record, "source": {**record["source"], "id": None}} for record in serial]


def test_workers_must_be_at_least_one(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_sources", str(tmp_path), "--workers", "0")
