"""Backups of the database: a consistent SQLite copy, or pg_dump / pg_restore for PostgreSQL.

A restore checks the backup before it touches anything (a SQLite file must pass `PRAGMA integrity_check`,
an archive must be readable by `pg_restore --list`; both must hold Django's migration table with rows for
every app of this project), then keeps a safety copy of the current database, then replaces it. Backups
and their folder are readable by their owner only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from config.filemodes import ensure_private_dir, private_file

#: The apps whose migrations mark a database as Briefdesk's.
PROJECT_APPS = ("briefs", "ingest")


class BackupError(Exception):
    """A backup or restore that could not be done; the message (one line) says why."""


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file was found to hold."""

    kind: str  # "SQLite database" or "pg_dump archive"
    migrations: frozenset[tuple[str, str]]  # (app, name) rows of its django_migrations table
    not_yet_applied: tuple[str, ...]  # migrations this code has and the backup lacks: migrate after

    @property
    def apps(self) -> frozenset[str]:
        return frozenset(app for app, _ in self.migrations)


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    check: BackupCheck
    target: str  # the database that was replaced: a file or a PostgreSQL database name
    safety_copy: Path | None  # None when there was no database to keep (a SQLite file not created yet)


def backup_folder() -> Path:
    return settings.VAR_DIR / "backups"


def backup_path(*, folder: Path, prefix: str = "briefdesk", settings_dict: dict | None = None) -> Path:
    """A new file name in `folder`: <prefix>-<UTC time>.sqlite3 or .dump, by the database's engine."""
    settings_dict = settings_dict or connection.settings_dict
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    suffix = "sqlite3" if _is_sqlite(settings_dict) else "dump"
    return folder / f"{prefix}-{stamp}.{suffix}"


def backup_database(*, destination: Path, settings_dict: dict | None = None) -> Path:
    """Write a backup of the database to `destination` (SQLite file copy or pg_dump custom format)."""
    settings_dict = settings_dict or connection.settings_dict
    ensure_private_dir(destination.parent)
    private_file(destination)
    if _is_sqlite(settings_dict):
        # The backup API copies a consistent snapshot even while the web process or a worker writes. The
        # copy is switched out of WAL so that it is one self-contained file.
        with closing(_sqlite(settings_dict["NAME"])) as live, closing(sqlite3.connect(destination)) as copy:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        return destination
    if _is_postgres(settings_dict):
        _run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={destination}"],
            _pg_environment(settings_dict),
        )
        return destination
    raise BackupError(f"no backup method for {settings_dict['ENGINE']}")


def check_backup(*, source: Path, settings_dict: dict | None = None) -> BackupCheck:
    """Read `source` without changing anything; BackupError unless it is a usable backup of this project
    for the configured database's engine."""
    settings_dict = settings_dict or connection.settings_dict
    if not source.is_file():
        raise BackupError(f"no backup file at {source}")
    if _is_sqlite(settings_dict):
        kind, migrations = "SQLite database", _sqlite_migrations(source)
    elif _is_postgres(settings_dict):
        kind, migrations = "pg_dump archive", _archive_migrations(source)
    else:
        raise BackupError(f"no restore method for {settings_dict['ENGINE']}")
    if not migrations:
        raise BackupError(f"{source}: its django_migrations table is empty; not a Briefdesk backup")
    expected = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    # Our own apps make it a Briefdesk database; a third-party app added since (a backup older than it)
    # only has migrations to apply after the restore.
    missing_apps = sorted(set(PROJECT_APPS) - {app for app, _ in migrations})
    if missing_apps:
        raise BackupError(f"{source} has no migrations of {', '.join(missing_apps)}; not a Briefdesk backup")
    not_yet_applied = tuple(sorted(f"{app}.{name}" for app, name in expected - migrations))
    return BackupCheck(kind=kind, migrations=frozenset(migrations), not_yet_applied=not_yet_applied)


def restore_database(
    *, source: Path, safety_folder: Path | None = None, settings_dict: dict | None = None
) -> RestoreReport:
    """Replace the database's contents with a backup made by `backup_database`.

    The backup is checked first and a safety copy of the current database is written to `safety_folder`
    (var/backups/ by default) before anything is replaced; a failure before the replacement leaves the
    database as it was. PostgreSQL restores in one transaction, SQLite through the backup API (one write
    transaction), so a restore that fails half-way is rolled back too.
    """
    settings_dict = settings_dict or connection.settings_dict
    check = check_backup(source=source, settings_dict=settings_dict)
    safety_folder = safety_folder or backup_folder()
    safety_copy = None
    if _is_sqlite(settings_dict):
        target = str(settings_dict["NAME"])
        if not _is_sqlite_file(target) or Path(target).exists():
            safety_copy = backup_database(
                destination=backup_path(
                    folder=safety_folder, prefix="pre-restore", settings_dict=settings_dict
                ),
                settings_dict=settings_dict,
            )
        if _is_sqlite_file(target):
            ensure_private_dir(Path(target).parent)
            private_file(Path(target))
        with closing(_sqlite_read_only(source)) as backup, closing(_sqlite(target)) as live:
            backup.backup(live)
        return RestoreReport(source=source, check=check, target=target, safety_copy=safety_copy)
    target = settings_dict["NAME"]
    safety_copy = backup_database(
        destination=backup_path(folder=safety_folder, prefix="pre-restore", settings_dict=settings_dict),
        settings_dict=settings_dict,
    )
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={target}",
            str(source),
        ],
        _pg_environment(settings_dict),
    )
    return RestoreReport(source=source, check=check, target=target, safety_copy=safety_copy)


def _is_sqlite(settings_dict: dict) -> bool:
    return settings_dict["ENGINE"].endswith("sqlite3")


def _is_postgres(settings_dict: dict) -> bool:
    return settings_dict["ENGINE"].endswith("postgresql")


def _is_sqlite_file(name: str) -> bool:
    return not (name.startswith("file:") or name == ":memory:")


def _sqlite(name: str | Path) -> sqlite3.Connection:
    name = str(name)
    return sqlite3.connect(name, uri=name.startswith("file:"))


def _sqlite_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _sqlite_migrations(source: Path) -> set[tuple[str, str]]:
    try:
        with closing(_sqlite_read_only(source)) as db:
            verdict = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
            if verdict != ["ok"]:
                raise BackupError(f"{source} fails SQLite's integrity check: {verdict[0]}")
            has_table = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'"
            ).fetchone()
            if not has_table:
                raise BackupError(f"{source} has no django_migrations table; not a Briefdesk backup")
            return set(db.execute("SELECT app, name FROM django_migrations").fetchall())
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{source} is not a readable SQLite database ({exc})") from None


def _archive_migrations(source: Path) -> set[tuple[str, str]]:
    listing = _run(
        ["pg_restore", "--list", str(source)], dict(os.environ), failure=f"{source} is not a pg_dump archive"
    )
    if ("public", "django_migrations") not in _table_data(listing):
        raise BackupError(f"{source} holds no django_migrations table; not a Briefdesk backup")
    # Written as a script to standard output, the table's rows are a COPY block.
    script = _run(
        ["pg_restore", "--data-only", "--table=django_migrations", "--file=-", str(source)],
        dict(os.environ),
        failure=f"{source}: pg_restore cannot read its django_migrations table",
    )
    return _copied_rows(script, columns=("app", "name"))


def _table_data(listing: str) -> set[tuple[str, str]]:
    """(schema, table) of each TABLE DATA entry of a `pg_restore --list` table of contents, whose lines
    read "<id>; <oid> <oid> TABLE DATA <schema> <table> <owner>"."""
    entries = set()
    for line in listing.splitlines():
        if line.startswith(";") or " TABLE DATA " not in line:
            continue
        words = line.split(" TABLE DATA ", 1)[1].split()
        if len(words) >= 2:
            entries.add((words[0], words[1]))
    return entries


def _copied_rows(script: str, *, columns: tuple[str, ...]) -> set[tuple[str, ...]]:
    rows: set[tuple[str, ...]] = set()
    positions: list[int] | None = None
    for line in script.splitlines():
        if positions is None:
            if line.startswith("COPY ") and "django_migrations" in line:
                header = [name.strip() for name in line[line.index("(") + 1 : line.index(")")].split(",")]
                positions = [header.index(column) for column in columns]
            continue
        if line == "\\.":
            break
        values = line.split("\t")
        rows.add(tuple(values[position] for position in positions))
    return rows


def _pg_environment(settings_dict: dict) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PGHOST=settings_dict.get("HOST") or "127.0.0.1",
        PGPORT=str(settings_dict.get("PORT") or 5432),
        PGUSER=settings_dict.get("USER") or "postgres",
        PGDATABASE=settings_dict["NAME"],
    )
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return env


def _run(command: list[str], env: dict[str, str], *, failure: str | None = None) -> str:
    """Run a PostgreSQL client; its standard output, or BackupError with its complaint on one line."""
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (apt-get install postgresql-client)")
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600, check=False)  # noqa: S603 - pg_dump/pg_restore/psql with argv lists, no shell; the database URL comes from settings
    if result.returncode != 0:
        complaint = " ".join(result.stderr.split())[:300]
        raise BackupError(f"{failure or command[0] + ' failed'}: {complaint}")
    return result.stdout
