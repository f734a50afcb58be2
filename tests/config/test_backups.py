"""make backup / make restore: a copy restored into a fresh database has the same rows and content hashes;
a restore checks the file first, keeps a safety copy, and refuses anything that is not a Briefdesk backup
in one line with the database untouched. Backups are readable by their owner only."""

import hashlib
import shutil
import sqlite3
import stat
import uuid
from contextlib import closing

import pytest
from django.core.management import call_command
from django.db import connection

from config.backups import BackupError, backup_database, check_backup, restore_database
from ingest.models import Source
from tests.briefs.factories import ClaimFactory
from tests.config.test_env import run_manage

pytestmark = pytest.mark.django_db(transaction=True)

SQLITE = "django.db.backends.sqlite3"
CHECKS = {
    "hashes": "SELECT content_hash FROM ingest_source ORDER BY content_hash",
    "claims": "SELECT COUNT(*) FROM briefs_claim",
    "outlets": "SELECT COUNT(*) FROM ingest_outlet",
}


def _read_sqlite(path) -> dict:
    with closing(sqlite3.connect(path)) as db:
        return {name: db.execute(sql).fetchall() for name, sql in CHECKS.items()}


def _read_postgres(settings_dict) -> dict:
    import psycopg

    dsn = f"host={settings_dict['HOST'] or '127.0.0.1'} port={settings_dict['PORT'] or 5432} user={settings_dict['USER']} dbname={settings_dict['NAME']}"
    with psycopg.connect(dsn) as db:
        return {name: [tuple(row) for row in db.execute(sql).fetchall()] for name, sql in CHECKS.items()}


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def group_names(path) -> list[str]:
    with closing(sqlite3.connect(path)) as db:
        return [row[0] for row in db.execute("SELECT name FROM auth_group ORDER BY name")]


@pytest.fixture(scope="module")
def migrated_var(tmp_path_factory):
    """A var/ folder holding a migrated Briefdesk SQLite database, made by the real `migrate`."""
    var = tmp_path_factory.mktemp("migrated") / "var"
    result = run_manage("migrate", "--verbosity", "0", VAR_DIR=str(var))
    assert result.returncode == 0, result.stderr
    return var


@pytest.fixture
def var(migrated_var, tmp_path):
    copy = tmp_path / "var"
    shutil.copytree(migrated_var, copy)
    return copy


def test_backup_restores_into_a_fresh_database_with_identical_rows(tmp_path):
    ClaimFactory.create_batch(3)
    backup = tmp_path / "backups" / "backup"
    call_command("backup_database", "--output", str(backup), stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (mode(backup.parent), mode(backup)) == (0o700, 0o600)

    if connection.vendor == "sqlite":
        fresh = {"ENGINE": SQLITE, "NAME": str(tmp_path / "fresh.sqlite3")}
        report = restore_database(source=backup, safety_folder=tmp_path / "safety", settings_dict=fresh)
        restored = _read_sqlite(fresh["NAME"])
        assert report.safety_copy is None, "there was no database to keep"
        assert mode(tmp_path / "fresh.sqlite3") == 0o600
    else:
        fresh = {**connection.settings_dict, "NAME": f"restore_check_{uuid.uuid4().hex[:8]}"}
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{fresh["NAME"]}"')
        try:
            report = restore_database(source=backup, safety_folder=tmp_path / "safety", settings_dict=fresh)
            restored = _read_postgres(fresh)
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{fresh["NAME"]}"')
        assert report.safety_copy.parent == tmp_path / "safety" and mode(report.safety_copy) == 0o600

    assert [row[0] for row in restored["hashes"]] == sorted(
        Source.objects.values_list("content_hash", flat=True)
    )
    assert restored["claims"][0][0] == 3
    assert restored["outlets"][0][0] > 40
    assert {"briefs", "ingest"} <= report.check.apps and not report.check.not_yet_applied


def test_restore_refuses_a_missing_file(tmp_path):
    with pytest.raises(BackupError, match="no backup file"):
        restore_database(source=tmp_path / "nothing", safety_folder=tmp_path)


def test_restore_says_what_it_did_and_keeps_a_safety_copy_of_the_database_it_replaced(var, tmp_path):
    made = run_manage("backup_database", VAR_DIR=str(var))
    assert made.returncode == 0, made.stderr
    backup = var / "backups" / made.stdout.strip().rsplit("/", 1)[-1]
    assert (mode(var / "backups"), mode(backup)) == (0o700, 0o600)
    with closing(sqlite3.connect(var / "briefdesk.sqlite3")) as live:
        live.execute("INSERT INTO auth_group (name) VALUES ('made after the backup')")
        live.commit()

    result = run_manage("restore_database", "--yes", str(backup), VAR_DIR=str(var))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith(f"checked {backup}: a SQLite database with ")
    safety = var / "backups" / lines[1].rsplit("/", 1)[-1]
    assert lines[1] == f"kept a safety copy of the database it replaced: {safety}"
    assert safety.name.startswith("pre-restore-") and mode(safety) == 0o600
    assert lines[2] == f"restored {backup} into {var / 'briefdesk.sqlite3'}"
    assert group_names(var / "briefdesk.sqlite3") == []
    assert group_names(safety) == ["made after the backup"]


def _garbage(path):
    path.write_bytes(b"\x00not a database\xff" * 500)


def _empty(path):
    path.write_bytes(b"")


def _other_project(path):
    with closing(sqlite3.connect(path)) as db:
        db.execute(
            "CREATE TABLE django_migrations (id integer primary key, app text, name text, applied text)"
        )
        db.execute("INSERT INTO django_migrations (app, name, applied) VALUES ('auth', '0001_initial', '')")
        db.commit()


def _no_migrations_table(path):
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE notes (body text)")
        db.commit()


def _corrupted(path, source):
    data = bytearray(source.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xee" * 200  # a b-tree page's header and cell pointers
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_garbage, "is not a readable SQLite database"),
        (_empty, "has no django_migrations table"),
        (_no_migrations_table, "has no django_migrations table"),
        (_other_project, "has no migrations of briefs, ingest;"),
        (_corrupted, "malformed|fails SQLite.s integrity check"),
    ],
    ids=["garbage", "empty", "no-migrations-table", "another-project", "corrupted"],
)
def test_a_file_that_is_not_a_briefdesk_backup_is_refused_before_anything_is_touched(
    var, tmp_path, make, message
):
    bad = tmp_path / "bad.sqlite3"
    if make is _corrupted:
        make(bad, var / "briefdesk.sqlite3")
    else:
        make(bad)
    live = {"ENGINE": SQLITE, "NAME": str(var / "briefdesk.sqlite3")}
    before = digest(var / "briefdesk.sqlite3")

    with pytest.raises(BackupError, match=message) as refused:
        restore_database(source=bad, safety_folder=var / "backups", settings_dict=live)

    assert "\n" not in str(refused.value)
    assert digest(var / "briefdesk.sqlite3") == before
    assert not (var / "backups").exists(), "nothing written, not even a safety copy"


def test_the_command_reports_a_bad_file_in_one_line_and_exits_non_zero(var, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    _garbage(bad)
    before = digest(var / "briefdesk.sqlite3")

    result = run_manage("restore_database", "--yes", str(bad), VAR_DIR=str(var))

    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.strip() == (
        f"CommandError: {bad} is not a readable SQLite database (file is not a database)"
    )
    assert digest(var / "briefdesk.sqlite3") == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump archives: the PostgreSQL leg")
def test_an_archive_is_checked_with_pg_restore_and_other_files_are_refused(var, tmp_path):
    archive = backup_database(destination=tmp_path / "good.dump")
    assert {"briefs", "ingest"} <= check_backup(source=archive).apps
    garbage = tmp_path / "garbage.dump"
    _garbage(garbage)

    with pytest.raises(BackupError, match="is not a pg_dump archive"):
        check_backup(source=garbage)
    with pytest.raises(BackupError, match="is not a pg_dump archive"):
        check_backup(source=var / "briefdesk.sqlite3")


def test_a_backup_older_than_a_newly_added_app_is_accepted_and_says_what_to_migrate(var, tmp_path):
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(var / "briefdesk.sqlite3", older)
    with closing(sqlite3.connect(older)) as db:
        db.execute("DELETE FROM django_migrations WHERE app = 'axes'")
        db.commit()

    check = check_backup(
        source=older, settings_dict={"ENGINE": SQLITE, "NAME": str(var / "briefdesk.sqlite3")}
    )

    assert any(name.startswith("axes.") for name in check.not_yet_applied)
    assert {"briefs", "ingest"} <= check.apps
