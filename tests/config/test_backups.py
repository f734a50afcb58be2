"""make backup / make restore: a copy restored into a fresh database has the same rows and content hashes."""

import sqlite3
import uuid

import pytest
from django.core.management import call_command
from django.db import connection

from config.backups import BackupError, restore_database
from ingest.models import Source
from tests.briefs.factories import ClaimFactory

pytestmark = pytest.mark.django_db(transaction=True)

CHECKS = {
    "hashes": "SELECT content_hash FROM ingest_source ORDER BY content_hash",
    "claims": "SELECT COUNT(*) FROM briefs_claim",
    "outlets": "SELECT COUNT(*) FROM ingest_outlet",
}


def _read_sqlite(path) -> dict:
    with sqlite3.connect(path) as db:
        return {name: db.execute(sql).fetchall() for name, sql in CHECKS.items()}


def _read_postgres(settings_dict) -> dict:
    import psycopg

    dsn = f"host={settings_dict['HOST'] or '127.0.0.1'} port={settings_dict['PORT'] or 5432} user={settings_dict['USER']} dbname={settings_dict['NAME']}"
    with psycopg.connect(dsn) as db:
        return {name: [tuple(row) for row in db.execute(sql).fetchall()] for name, sql in CHECKS.items()}


def test_backup_restores_into_a_fresh_database_with_identical_rows(tmp_path):
    ClaimFactory.create_batch(3)
    backup = tmp_path / "backup"
    call_command("backup_database", "--output", str(backup), stdout=open("/dev/null", "w"))  # noqa: SIM115

    if connection.vendor == "sqlite":
        fresh = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "fresh.sqlite3")}
        restore_database(source=backup, settings_dict=fresh)
        restored = _read_sqlite(fresh["NAME"])
    else:
        fresh = {**connection.settings_dict, "NAME": f"restore_check_{uuid.uuid4().hex[:8]}"}
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{fresh["NAME"]}"')
        try:
            restore_database(source=backup, settings_dict=fresh)
            restored = _read_postgres(fresh)
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{fresh["NAME"]}"')

    assert [row[0] for row in restored["hashes"]] == sorted(
        Source.objects.values_list("content_hash", flat=True)
    )
    assert restored["claims"][0][0] == 3
    assert restored["outlets"][0][0] > 40


def test_restore_refuses_a_missing_file(tmp_path):
    with pytest.raises(BackupError, match="no backup file"):
        restore_database(source=tmp_path / "nothing")
