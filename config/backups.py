"""Backups of the database: a consistent SQLite copy, or pg_dump / pg_restore for PostgreSQL."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


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


def _sqlite(name: str | Path) -> sqlite3.Connection:
    name = str(name)
    return sqlite3.connect(name, uri=name.startswith("file:"))


def _run(command: list[str], env: dict[str, str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (apt-get install postgresql-client)")
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:500]}")


def backup_database(*, destination: Path, settings_dict: dict | None = None) -> Path:
    """Write a backup of the database to `destination` (SQLite file copy or pg_dump custom format)."""
    settings_dict = settings_dict or connection.settings_dict
    destination.parent.mkdir(parents=True, exist_ok=True)
    if settings_dict["ENGINE"].endswith("sqlite3"):
        # The backup API copies a consistent snapshot even while the web process or a worker writes.
        with _sqlite(settings_dict["NAME"]) as live, sqlite3.connect(destination) as copy:
            live.backup(copy)
        return destination
    if settings_dict["ENGINE"].endswith("postgresql"):
        _run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={destination}"],
            _pg_environment(settings_dict),
        )
        return destination
    raise BackupError(f"no backup method for {settings_dict['ENGINE']}")


def restore_database(*, source: Path, settings_dict: dict | None = None) -> None:
    """Replace the database's contents with a backup made by `backup_database`."""
    settings_dict = settings_dict or connection.settings_dict
    if not source.is_file():
        raise BackupError(f"no backup file at {source}")
    if settings_dict["ENGINE"].endswith("sqlite3"):
        with sqlite3.connect(source) as backup, _sqlite(settings_dict["NAME"]) as live:
            backup.backup(live)
        return
    if settings_dict["ENGINE"].endswith("postgresql"):
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                f"--dbname={settings_dict['NAME']}",
                str(source),
            ],
            _pg_environment(settings_dict),
        )
        return
    raise BackupError(f"no restore method for {settings_dict['ENGINE']}")
