"""An import killed outright (SIGKILL) in the middle of a folder, then run again.

Nothing half-written may survive the kill: every Source in the database is whole (raw text, body, hash
and metadata agree with one another), batches land whole or not at all, and the command's worker
processes do not outlive it. Running the same command again imports every article exactly once, and the
ones the first run stored are reported ``unchanged``.

The articles are generated here, from short made-up phrases, at run time.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.models import Source
from ingest.pipeline import content_hash, process_article
from ingest.pipeline.outlets import load_default_profiles
from ingest.selectors import outlet_profiles, outlets_by_slug
from ingest.services.importing import IMPORT_BATCH_SIZE, extracted_fields
from tests.integration import conftest as integration

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
ARTICLES = 600
#: Seconds the first run may take to store its first batch, and the rerun to finish.
FIRST_BATCH_TIMEOUT = 120
RUN_TIMEOUT = 300
#: Worker processes check every second whether their import is still alive.
ORPHAN_TIMEOUT = 15

_PLACES = ["JAKARTA", "SURABAYA", "MEDAN", "BANDUNG", "MAKASSAR", "SEMARANG"]
_SUBJECTS = ["Pemerintah kota", "Dinas perhubungan", "Warga kampung", "Petugas pelabuhan", "Panitia lomba"]
_VERBS = ["mengumumkan", "membahas", "menunda", "meninjau", "menyiapkan", "menjelaskan"]
_OBJECTS = ["jadwal kapal feri", "perbaikan jembatan", "pasar malam", "lomba perahu", "taman kota baru"]
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]


def _article(number: int, rng: random.Random) -> str:
    """A made-up news page: headline, byline, date, a dateline lead, a few paragraphs and clutter."""
    subject, verb, thing = rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)
    paragraphs = [
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} bersama {number + k} warga, "
        f"dan rapat itu berlangsung hingga sore hari menurut keterangan panitia setempat."
        for k in range(rng.randint(4, 8))
    ]
    return "\n".join(
        [
            "Advertisement",
            f"{subject} {verb.capitalize()} {thing.title()} Nomor {number}",
            "",
            "Penulis: Ani Wijaya",
            f"{rng.choice(_DAYS)}, {rng.randint(1, 28)} Oktober 2023 {rng.randint(7, 20):02d}:15 WIB",
            "",
            f"{rng.choice(_PLACES)} - {subject} {verb} {thing} pada hari Senin, kata seorang pejabat kepada "
            f"wartawan di kantornya.",
            *paragraphs[:2],
            "Baca juga: Harga Cabai Naik Lagi",
            *paragraphs[2:],
            "(ani/bud)",
        ]
    )


@pytest.fixture
def folder(tmp_path) -> Path:
    rng = random.Random(9)
    articles = tmp_path / "articles"
    articles.mkdir()
    for number in range(ARTICLES):
        (articles / f"artikel-{number:04d}.txt").write_text(_article(number, rng), encoding="utf-8")
    return articles


def _environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "VAR_DIR"}
    }
    (tmp_path / "var").mkdir(exist_ok=True)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        SECRET_KEY="import-kill-test-not-secret",
        VAR_DIR=str(tmp_path / "var"),
        LOG_LEVEL="WARNING",
        **extra,
    )
    return env


def _command(*args: str) -> list[str]:
    return [sys.executable, str(REPO / "manage.py"), *args]


def _children(pid: int) -> set[int]:
    """The processes ``pid`` started (Linux /proc; empty elsewhere)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's bookkeeping is left


def _kill_after_first_batch(env: dict[str, str], folder: Path, count: Callable[[], int]) -> set[int]:
    """Start the import, SIGKILL it as soon as a batch is stored; return its worker processes' PIDs."""
    process = subprocess.Popen(
        _command("import_sources", str(folder), "--format", "json"),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + FIRST_BATCH_TIMEOUT
    try:
        while count() == 0:
            workers |= _children(process.pid)
            if process.poll() is not None:
                pytest.fail(f"the import ended before storing anything: {process.stderr.read().decode()}")
            if time.monotonic() > deadline:
                pytest.fail(f"no Source after {FIRST_BATCH_TIMEOUT}s")
            time.sleep(0.01)
        workers |= _children(process.pid)
        assert process.poll() is None, "the import finished before it could be killed: use more articles"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    return workers


def _rerun(env: dict[str, str], folder: Path) -> dict[str, str]:
    """Run the same import to the end: each file's name → its status."""
    finished = subprocess.run(
        _command("import_sources", str(folder), "--format", "json"),
        env=env,
        capture_output=True,
        timeout=RUN_TIMEOUT,
    )
    assert finished.returncode == 0, finished.stderr.decode()
    records = [json.loads(line) for line in finished.stdout.decode().splitlines()]
    return {Path(record["path"]).name: record["status"] for record in records}


def _assert_workers_exit(workers: set[int]) -> None:
    deadline = time.monotonic() + ORPHAN_TIMEOUT
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "worker processes outlived the killed import"


def test_killed_import_leaves_whole_sources_and_a_rerun_imports_each_article_once(tmp_path, folder):
    env = _environment(tmp_path, DATABASE_URL=integration.test_database_url())

    workers = _kill_after_first_batch(env, folder, Source.objects.count)

    survivors = list(Source.objects.order_by("pk"))
    assert 0 < len(survivors) < ARTICLES
    assert len(survivors) % IMPORT_BATCH_SIZE == 0, "a batch is stored whole or not at all"
    profiles, outlets = outlet_profiles(), outlets_by_slug()
    checked = ["title", "byline", "editor", "published_at", "published_at_source", "dateline", "language"]
    checked += ["cited_outlets", "body", "removed_lines", "content_hash"]
    for source in survivors:
        raw = (folder / source.original_filename).read_text(encoding="utf-8")
        assert source.raw_text == raw
        assert source.body and source.content_hash == content_hash(source.body)
        expected = extracted_fields(article=process_article(raw, profiles=profiles), outlets=outlets)
        assert {field: getattr(source, field) for field in checked} == {
            field: expected[field] for field in checked
        }
        assert source.outlet_id == (expected["outlet"].pk if expected["outlet"] else None)
        assert source.import_channel == Source.Channel.COMMAND
    _assert_workers_exit(workers)

    statuses = _rerun(env, folder)

    first_run = {source.original_filename for source in survivors}
    assert sorted(statuses) == sorted(path.name for path in folder.iterdir())
    assert {name for name, status in statuses.items() if status == "unchanged"} == first_run
    assert {name for name, status in statuses.items() if status == "created"} == set(statuses) - first_run
    assert Source.objects.count() == ARTICLES
    assert sorted(Source.objects.values_list("original_filename", flat=True)) == sorted(statuses)


def test_the_same_holds_on_a_sqlite_file(tmp_path, folder):
    env = _environment(tmp_path)  # no DATABASE_URL: the SQLite file under VAR_DIR
    migrated = subprocess.run(_command("migrate", "--verbosity", "0"), env=env, capture_output=True)
    assert migrated.returncode == 0, migrated.stderr.decode()
    database = tmp_path / "var" / "briefdesk.sqlite3"

    def rows() -> list[tuple]:
        with sqlite3.connect(database, timeout=30) as connection:
            return connection.execute(
                "SELECT original_filename, raw_text, body, content_hash, title FROM ingest_source"
            ).fetchall()

    workers = _kill_after_first_batch(env, folder, lambda: len(rows()))

    survivors = rows()
    assert 0 < len(survivors) < ARTICLES
    assert len(survivors) % IMPORT_BATCH_SIZE == 0, "a batch is stored whole or not at all"
    profiles = load_default_profiles()  # the registry the migrations seed
    for filename, raw_text, body, digest, title in survivors:
        raw = (folder / filename).read_text(encoding="utf-8")
        expected = process_article(raw, profiles=profiles)
        assert (raw_text, body, digest, title) == (
            raw,
            expected.body,
            expected.content_hash,
            expected.metadata.title,
        )
    _assert_workers_exit(workers)

    statuses = _rerun(env, folder)

    first_run = {row[0] for row in survivors}
    assert {name for name, status in statuses.items() if status == "unchanged"} == first_run
    assert {name for name, status in statuses.items() if status == "created"} == set(statuses) - first_run
    assert sorted(row[0] for row in rows()) == sorted(path.name for path in folder.iterdir())
