"""The audit trail and the task bookkeeping belong to the ops app from now on (ops 0001 takes them over
with their tables and rows): briefs forgets the models and leaves the tables alone."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("briefs", "0015_actor_proposed_via"),
        ("ops", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AuditEntry"),
                migrations.DeleteModel(name="TaskFailure"),
                migrations.DeleteModel(name="TaskRun"),
            ]
        )
    ]
