"""Migration 0008 gives every existing claim its last editor, so four eyes holds for old claims too."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("latest_schema_afterwards")]

BEFORE = [("briefs", "0007_taskrun")]
AFTER = [("briefs", "0009_four_eyes_addresses_public_names")]


def _with_other_apps_at_their_latest(executor: MigrationExecutor, targets: list) -> list:
    """Only briefs moves (and ops, which took over its audit trail later); the other apps keep the schema
    the rest of the suite expects."""
    return targets + [node for node in executor.loader.graph.leaf_nodes() if node[0] not in ("briefs", "ops")]


@pytest.fixture
def executor():
    executor = MigrationExecutor(connection)
    yield executor
    # Leave the database as every later test expects it: every app at its newest migration.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_last_editor_comes_from_the_audit_trail_else_the_annotator(executor):
    before = _with_other_apps_at_their_latest(executor, BEFORE)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    User = apps.get_model("auth", "User")
    Claim = apps.get_model("briefs", "Claim")
    Source = apps.get_model("ingest", "Source")
    Actor = apps.get_model("briefs", "Actor")
    AuditEntry = apps.get_model("briefs", "AuditEntry")
    annotator = User.objects.create(username="annotator")
    editor = User.objects.create(username="later-editor")
    source = Source.objects.create(body="Kata pertama. Kata kedua.", raw_text="x", content_hash="h" * 64)
    speaker = Actor.objects.create(name="Juru Uji", slug="juru-uji", kind="person")
    common = {
        "source": source,
        "speaker": speaker,
        "stance": "asserts",
        "body_hash": "b",
        "created_by": annotator,
    }
    edited = Claim.objects.create(exact="Kata pertama.", start=0, end=13, **common)
    untouched = Claim.objects.create(exact="Kata kedua.", start=14, end=25, **common)
    for action, actor in (("created", annotator), ("edited", editor), ("approved", annotator)):
        AuditEntry.objects.create(actor=actor, action=action, target_type="briefs.claim", object_id=edited.pk)

    executor = MigrationExecutor(connection)
    after = _with_other_apps_at_their_latest(executor, AFTER)
    executor.migrate(after)

    Claim = executor.loader.project_state(after).apps.get_model("briefs", "Claim")
    assert Claim.objects.get(pk=edited.pk).content_changed_by_id == editor.pk
    assert Claim.objects.get(pk=untouched.pk).content_changed_by_id == annotator.pk
