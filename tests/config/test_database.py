"""One database configuration: SQLite named by DATABASE_URL runs exactly like the default SQLite file,
and the files the settings create are readable by their owner only."""

import json
import stat

from config.database import SQLITE_OPTIONS, database_settings
from tests.config.test_env import run_manage

# What a live connection reports: the options only count if the connection actually runs with them.
PRINT_CONNECTION = (
    "import json; from django.db import connection; cursor = connection.cursor(); "
    "print(json.dumps({'options': connection.settings_dict['OPTIONS'], "
    "'journal_mode': cursor.execute('PRAGMA journal_mode').fetchone()[0], "
    "'busy_timeout': cursor.execute('PRAGMA busy_timeout').fetchone()[0], "
    "'name': str(connection.settings_dict['NAME'])}))"
)


def connection_of(**env: str) -> dict:
    result = run_manage("shell", "-c", PRINT_CONNECTION, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_sqlite_database_url_gets_the_same_options_as_the_default_file(tmp_path):
    default = connection_of(VAR_DIR=str(tmp_path / "var"))
    from_url = connection_of(
        VAR_DIR=str(tmp_path / "var"), DATABASE_URL=f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    )

    assert from_url["name"] == str(tmp_path / "elsewhere.sqlite3")
    assert from_url["options"] == default["options"] == SQLITE_OPTIONS
    assert from_url["journal_mode"] == default["journal_mode"] == "wal"
    assert from_url["busy_timeout"] == default["busy_timeout"] == 20_000


def test_postgres_urls_keep_their_own_options_and_both_engines_keep_connections(tmp_path):
    postgres = database_settings(
        url="postgres://brief@127.0.0.1:5432/briefdesk?sslmode=require",
        default_sqlite_path=tmp_path / "unused.sqlite3",
        conn_max_age=60,
    )
    sqlite = database_settings(url=None, default_sqlite_path=tmp_path / "db.sqlite3", conn_max_age=60)

    assert postgres["OPTIONS"] == {"sslmode": "require"}
    assert not (tmp_path / "unused.sqlite3").exists()
    assert sqlite["OPTIONS"] == SQLITE_OPTIONS and sqlite["OPTIONS"] is not SQLITE_OPTIONS
    for entry in (postgres, sqlite):
        assert (entry["CONN_MAX_AGE"], entry["CONN_HEALTH_CHECKS"]) == (60, True)


def test_the_settings_create_var_and_the_sqlite_files_for_their_owner_only(tmp_path):
    var = tmp_path / "var"
    connection_of(VAR_DIR=str(var))
    connection_of(VAR_DIR=str(var), DATABASE_URL=f"sqlite:///{tmp_path / 'new' / 'named.sqlite3'}")

    assert stat.S_IMODE(var.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    for path in [var / "briefdesk.sqlite3", var / "secret_key", tmp_path / "new" / "named.sqlite3"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
