import json

import pytest
from django.core.management import CommandError, call_command

from ingest.models import Source
from tests.ingest.page_server import Page, PageServer
from tests.ingest.test_import_by_url import ARTICLE

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
    assert set(record) == {"path", "status", "error", "source", "near_duplicate"}
    assert record["status"] == "created" and record["error"] is None and record["near_duplicate"] is None
    assert set(record["source"]) == {
        "id", "outlet", "outlet_confirmed", "url", "title", "byline", "editor", "published_at",
        "published_at_source", "dateline", "language", "cited_outlets", "correction_notice", "body",
        "content_hash",
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
    assert _without_ids(parallel) == _without_ids(serial)


def _without_ids(records: list[dict]) -> list[dict]:
    """The records with Source ids replaced by the file that created them (ids differ between runs)."""
    path_of = {record["source"]["id"]: record["path"] for record in records}
    return [
        {
            **record,
            "source": {**record["source"], "id": None},
            "near_duplicate": record["near_duplicate"]
            and {
                "of": path_of[record["near_duplicate"]["id"]],
                "similarity": record["near_duplicate"]["similarity"],
            },
        }
        for record in records
    ]


def test_workers_must_be_at_least_one(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_sources", str(tmp_path), "--workers", "0")


def test_url_of_gives_a_file_its_address_and_its_domain_names_the_outlet(tmp_path, sample_bytes, capsys):
    (tmp_path / "kapal.txt").write_bytes(sample_bytes)

    code, [record] = run_import(
        capsys,
        str(tmp_path),
        "--url-of",
        f"{tmp_path / 'kapal.txt'}=https://www.kompas.com/read/2023/1/kapal",
    )

    assert code == 0
    assert record["source"]["url"] == "https://www.kompas.com/read/2023/1/kapal"
    assert (record["source"]["outlet"], record["source"]["outlet_confirmed"]) == ("Kompas", True)


def test_a_url_list_names_files_relative_to_its_folder(tmp_path, sample_bytes, capsys):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "kapal.txt").write_bytes(sample_bytes)
    listing = tmp_path / "urls.txt"
    listing.write_text("# file address\n\npages/kapal.txt https://kabarkita.id/kapal\n", encoding="utf-8")

    _, [record] = run_import(capsys, str(tmp_path / "pages"), "--url-list", str(listing))

    assert record["source"]["url"] == "https://kabarkita.id/kapal"
    assert (record["source"]["outlet"], record["source"]["outlet_confirmed"]) == ("Kabarkita.id", False)


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("kapal.txt", "FILE=URL"),
        ("kapal.txt=ftp://kabarkita.id/x", r"not an http\(s\) address"),
        ("lain.txt=https://kabarkita.id/x", "not among the files being imported"),
    ],
)
def test_a_wrong_url_of_stops_before_anything_is_imported(tmp_path, sample_bytes, pair, message):
    (tmp_path / "kapal.txt").write_bytes(sample_bytes)
    file, sep, url = pair.partition("=")
    argument = f"{tmp_path / file}{sep}{url}"

    with pytest.raises(CommandError, match=message):
        call_command("import_sources", str(tmp_path), "--url-of", argument)
    assert Source.objects.count() == 0


def test_pages_are_fetched_by_url_and_reported_one_line_each_with_exit_1_for_a_bad_one(
    tmp_path, sample_bytes, capsys
):
    (tmp_path / "a.txt").write_bytes(sample_bytes)
    with PageServer(pages={"/story": Page(body=ARTICLE), "/gone": Page(status=410)}) as server:
        code, records = run_import(
            capsys, str(tmp_path / "a.txt"), "--url", server.url("/story"), "--url", server.url("/gone")
        )

    assert code == 1
    assert [(record.get("path") or record["url"], record["status"]) for record in records] == [
        (str(tmp_path / "a.txt"), "created"),
        (server.url("/story"), "created"),
        (server.url("/gone"), "rejected"),
    ]
    assert records[1]["source"]["url"] == server.url("/story")
    assert records[2]["error"] == "The site answered HTTP 410: no page to import."
    assert Source.objects.count() == 2


def test_a_url_alone_in_text_format_prints_its_result_and_exits_0(capsys):
    with PageServer(pages={"/story": Page(body=ARTICLE)}) as server:
        call_command("import_sources", "--url", server.url("/story"))

    out = capsys.readouterr().out
    assert f"created    {server.url('/story')} -> source" in out
    assert "1 created, 0 unchanged, 0 rejected" in out


def test_a_private_address_is_refused_by_the_command_too(settings, capsys):
    settings.EGRESS_ALLOWED_NETWORKS = []
    with PageServer(pages={"/story": Page(body=ARTICLE)}) as server:
        code, records = run_import(capsys, "--url", server.url("/story"))

    assert code == 1
    assert records[0]["error"].startswith("Address refused:")
    assert server.requested == []


def test_nothing_to_import_is_a_usage_error():
    with pytest.raises(CommandError, match="--url URL"):
        call_command("import_sources")
