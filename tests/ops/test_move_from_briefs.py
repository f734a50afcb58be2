"""Migrations briefs 0016 and ops 0001-0002 move the audit trail and the task bookkeeping from briefs to
ops: a database from before keeps every row, the permissions granted on them and the trail about them."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ops.models import AuditEntry, TaskFailure, TaskRun
from ops.selectors import audit_trail

pytestmark = pytest.mark.django_db(transaction=True)

BRIEFS_BEFORE = ("briefs", "0015_actor_proposed_via")
MOVED = ("auditentry", "taskfailure", "taskrun")


def before_the_move(executor: MigrationExecutor) -> list:
    """briefs as it was; the other apps but ops keep the schema the rest of the suite expects."""
    return [
        BRIEFS_BEFORE,
        *(node for node in executor.loader.graph.leaf_nodes() if node[0] not in ("briefs", "ops")),
    ]


def migrate_to_before_the_move(executor: MigrationExecutor):
    """Migrate there with ops not applied at all; returns the models of that state."""
    target = before_the_move(executor)
    executor.migrate([*target, ("ops", None)])
    return executor.loader.project_state(target).apps


@pytest.fixture
def executor():
    executor = MigrationExecutor(connection)
    yield executor
    # Leave the database as every later test expects it: every app at its newest migration.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.fixture
def old_rows(executor):
    """A database from before the move: rows in the three briefs tables and a group allowed to retry
    failed tasks under the briefs label, as `migrate` left it then."""
    # This test database was set up with today's models: its content types say ops. An old one's said briefs.
    ContentType.objects.filter(app_label="ops").delete()
    apps = migrate_to_before_the_move(executor)
    User = apps.get_model("auth", "User")
    operator = User.objects.create(username="operator")
    failure = apps.get_model("briefs", "TaskFailure").objects.create(
        task_name="briefs.assemble_brief",
        task_id="task-1",
        args=[7],
        exception_type="ValueError",
        attempts=3,
        resolved_at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
        resolved_by=operator,
    )
    entry = apps.get_model("briefs", "AuditEntry").objects.create(
        actor=operator,
        action="retried",
        target_type="briefs.taskfailure",
        object_id=failure.pk,
        before={"attempts": 3},
    )
    apps.get_model("briefs", "TaskRun").objects.create(
        task_id="task-2#0", task_name="briefs.reconcile", starts=2
    )
    for model in MOVED:
        ContentType.objects.create(app_label="briefs", model=model)
    retry = Permission.objects.create(
        codename="retry_taskfailure",
        name="Can retry failed tasks",
        content_type=ContentType.objects.get(app_label="briefs", model="taskfailure"),
    )
    operators = Group.objects.create(name="Operators")
    operators.permissions.add(retry)
    return {"operator": operator.pk, "failure": failure.pk, "entry": entry.pk}


def test_rows_permissions_and_the_trail_survive_the_move(executor, old_rows):
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    failure = TaskFailure.objects.get(pk=old_rows["failure"])
    assert (failure.task_id, failure.args, failure.attempts, failure.resolved_by_id) == (
        "task-1",
        [7],
        3,
        old_rows["operator"],
    )
    entry = AuditEntry.objects.get(pk=old_rows["entry"])
    assert (entry.user_id, entry.action, entry.before) == (old_rows["operator"], "retried", {"attempts": 3})
    assert list(audit_trail(failure)) == [entry], (
        "the trail about a moved record is found under its new label"
    )
    assert TaskRun.objects.get(task_id="task-2#0").starts == 2
    assert set(ContentType.objects.filter(model__in=MOVED).values_list("app_label", flat=True)) == {"ops"}, (
        "one content type per model, under ops"
    )
    operators = Group.objects.get(name="Operators")
    assert list(operators.permissions.values_list("content_type__app_label", "codename")) == [
        ("ops", "retry_taskfailure")
    ], "the group may still retry failed tasks"


def test_migrating_back_gives_briefs_its_rows_again(executor, old_rows):
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    apps = migrate_to_before_the_move(MigrationExecutor(connection))

    entry = apps.get_model("briefs", "AuditEntry").objects.get(pk=old_rows["entry"])
    assert (entry.actor_id, entry.target_type) == (old_rows["operator"], "briefs.taskfailure")
    assert apps.get_model("briefs", "TaskFailure").objects.get(pk=old_rows["failure"]).task_id == "task-1"
    assert apps.get_model("briefs", "TaskRun").objects.count() == 1
    assert ContentType.objects.filter(app_label="briefs", model="taskfailure").exists()


def test_a_content_type_created_early_under_ops_takes_over_the_grants(executor, old_rows):
    # What `migrate ops 0001` alone leaves behind: post_migrate created today's content types already.
    early = ContentType.objects.create(app_label="ops", model="taskfailure")
    Permission.objects.create(codename="retry_taskfailure", name="Can retry failed tasks", content_type=early)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert list(ContentType.objects.filter(model="taskfailure").values_list("pk", flat=True)) == [early.pk]
    operators = Group.objects.get(name="Operators")
    assert list(operators.permissions.values_list("content_type__app_label", "codename")) == [
        ("ops", "retry_taskfailure")
    ]
