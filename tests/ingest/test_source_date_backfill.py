"""Migration 0006 describes the dates of Sources imported before: a precision where none was recorded,
the display-date flag, and an editor's date as confirmed; a precision the importer recorded is kept."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

WIB = dt.timezone(dt.timedelta(hours=7))
BEFORE = [("ingest", "0005_import_batches")]
AFTER = [("ingest", "0006_source_date_display_and_confirmation")]


#: The newest briefs migration that does not need ingest's dates (the public rows' backfill does).
BRIEFS_BEFORE_DATES = ("briefs", "0012_public_read_model")


def _with_other_apps_at_their_latest(executor: MigrationExecutor, targets: list) -> list:
    """Only ingest moves, and briefs as far as it depends on it (with ops, which took over tables from a
    later briefs); the other apps keep the schema the rest of the suite expects."""
    return (
        targets
        + [BRIEFS_BEFORE_DATES]
        + [node for node in executor.loader.graph.leaf_nodes() if node[0] not in ("ingest", "briefs", "ops")]
    )


@pytest.fixture
def executor():
    executor = MigrationExecutor(connection)
    yield executor
    # Leave the database as every later test expects it: every app at its newest migration.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_existing_dates_get_their_precision_flag_and_confirmation(executor):
    before = _with_other_apps_at_their_latest(executor, BEFORE)
    executor.migrate(before)
    Source = executor.loader.project_state(before).apps.get_model("ingest", "Source")

    def source(key: str, **fields):
        return Source.objects.create(body=key, raw_text=key, content_hash=key * 64, **fields).pk

    timed = source(
        "a", published_at=dt.datetime(2023, 10, 27, 17, 33, tzinfo=WIB), published_at_source="byline"
    )
    day_only = source(
        "b",
        published_at=dt.datetime(2023, 12, 4, tzinfo=WIB),
        published_at_source="byline",
        published_at_note="'4 Desember 2023' on the byline line; time not given",
    )
    display = source(
        "c",
        published_at=dt.datetime(2023, 11, 20, tzinfo=WIB),
        published_at_source="header",
        published_at_note="'20/11/2023' in the page header ...: probably the site's display date",
    )
    month = source(
        "d",
        published_at=dt.datetime(2023, 9, 1, tzinfo=WIB),
        published_at_source="header",
        published_at_precision="month",
    )
    by_editor = source(
        "e", published_at=dt.datetime(2022, 11, 1, 9, tzinfo=WIB), published_at_source="editor"
    )
    undated = source("f")

    executor = MigrationExecutor(connection)
    after = _with_other_apps_at_their_latest(executor, AFTER)
    executor.migrate(after)
    Source = executor.loader.project_state(after).apps.get_model("ingest", "Source")
    rows = {
        row["pk"]: row
        for row in Source.objects.values(
            "pk", "published_at_precision", "published_at_display_date", "published_at_confirmed_at"
        )
    }

    assert [rows[pk]["published_at_precision"] for pk in (timed, day_only, display, month, by_editor)] == [
        "minute",
        "day",
        "day",
        "month",
        "minute",
    ]
    assert rows[undated]["published_at_precision"] == ""
    assert [pk for pk, row in rows.items() if row["published_at_display_date"]] == [display]
    assert [pk for pk, row in rows.items() if row["published_at_confirmed_at"] is not None] == [by_editor]
