"""The audit trail and the task bookkeeping move here from briefs, with their tables and rows.

State only: the tables stay what briefs created (briefs 0001-0014); briefs 0016 forgets the models, and
ops 0002 renames the tables and the audit entry's user column.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("briefs", "0014_brief_summary_updated_at"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    state_operations = [
        migrations.CreateModel(
            name="AuditEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("action", models.CharField(max_length=40, verbose_name="action")),
                ("object_id", models.PositiveBigIntegerField(verbose_name="record id")),
                ("before", models.JSONField(blank=True, default=dict, verbose_name="before")),
                ("after", models.JSONField(blank=True, default=dict, verbose_name="after")),
                ("note", models.TextField(blank=True, verbose_name="note")),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="when")),
                (
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="audit_entries",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
                ("target_type", models.CharField(max_length=100, verbose_name="record type")),
            ],
            options={
                "verbose_name": "audit entry",
                "verbose_name_plural": "audit trail",
                "ordering": ["-created_at", "-pk"],
                "db_table": "briefs_auditentry",
                "indexes": [
                    models.Index(
                        fields=["target_type", "object_id", "-created_at"], name="briefs_audi_target__e580c1_idx"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="TaskFailure",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("task_name", models.CharField(max_length=200, verbose_name="task")),
                ("task_id", models.CharField(max_length=255, unique=True, verbose_name="task id")),
                ("args", models.JSONField(blank=True, default=list, verbose_name="arguments")),
                ("kwargs", models.JSONField(blank=True, default=dict, verbose_name="keyword arguments")),
                ("exception_type", models.CharField(max_length=200, verbose_name="exception")),
                ("message", models.TextField(blank=True, verbose_name="message")),
                ("traceback", models.TextField(blank=True, verbose_name="traceback")),
                ("attempts", models.PositiveIntegerField(default=1, verbose_name="attempts")),
                (
                    "first_seen_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="first failed at"),
                ),
                (
                    "last_seen_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="last failed at"),
                ),
                ("resolved_at", models.DateTimeField(blank=True, null=True, verbose_name="resolved at")),
                (
                    "resolved_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="resolved by",
                    ),
                ),
            ],
            options={
                "verbose_name": "failed task",
                "verbose_name_plural": "failed tasks",
                "ordering": ["-last_seen_at", "-pk"],
                "permissions": [("retry_taskfailure", "Can retry failed tasks")],
                "db_table": "briefs_taskfailure",
                "indexes": [
                    models.Index(fields=["resolved_at", "-last_seen_at"], name="briefs_task_resolve_aea52c_idx")
                ],
            },
        ),
        migrations.CreateModel(
            name="TaskRun",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("task_id", models.CharField(max_length=255, unique=True, verbose_name="task id")),
                ("task_name", models.CharField(max_length=200, verbose_name="task")),
                ("starts", models.PositiveIntegerField(default=0, verbose_name="starts")),
                (
                    "last_started_at",
                    models.DateTimeField(
                        db_index=True, default=django.utils.timezone.now, verbose_name="last started at"
                    ),
                ),
            ],
            options={
                "verbose_name": "running task",
                "verbose_name_plural": "running tasks",
                "db_table": "briefs_taskrun",
            },
        ),
    ]

    operations = [migrations.SeparateDatabaseAndState(state_operations=state_operations)]
