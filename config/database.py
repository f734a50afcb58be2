"""The one place that turns the environment into the DATABASES entry, for SQLite and PostgreSQL alike.

A SQLite file gets the same options whether it is the default under var/ or named by DATABASE_URL:
WAL so the web process reads while the worker writes, IMMEDIATE transactions so two writers queue at
BEGIN instead of failing when a read turns into a write, and a busy timeout instead of "database is
locked" errors. A file that does not exist yet is created readable by its owner only.
"""

from __future__ import annotations

from pathlib import Path

from config.env import parse_database_url
from config.filemodes import ensure_private_dir, ensure_private_file

SQLITE_ENGINE = "django.db.backends.sqlite3"
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def database_settings(*, url: str | None, default_sqlite_path: Path, conn_max_age: int) -> dict:
    """The DATABASES["default"] entry: PostgreSQL or SQLite from `url`, else SQLite at the default path."""
    if url:
        entry = parse_database_url(url)
    else:
        entry = {"ENGINE": SQLITE_ENGINE, "NAME": str(default_sqlite_path)}
    if entry["ENGINE"] == SQLITE_ENGINE:
        entry = {"ENGINE": SQLITE_ENGINE, "NAME": entry["NAME"], "OPTIONS": dict(SQLITE_OPTIONS)}
        _create_sqlite_file(Path(entry["NAME"]))
    # Connections are kept between requests on both engines: opening one (and, for SQLite, running the
    # PRAGMAs) was a quarter of a cached page's cost. Health checks drop a connection that went bad.
    entry["CONN_MAX_AGE"] = conn_max_age
    entry["CONN_HEALTH_CHECKS"] = True
    return entry


def _create_sqlite_file(path: Path) -> None:
    # SQLite would create the file with the process's umask (usually world-readable); its -wal and -shm
    # files copy the database file's mode, so creating it private first keeps all three private.
    ensure_private_dir(path.parent)
    ensure_private_file(path)
