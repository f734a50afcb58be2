"""The moved tables take ops' names, the audit entry's ``actor`` (a user, not an Actor) becomes ``user``,
and what pointed at the models under their briefs label follows them: the content types (so the
permissions granted on them and the admin's log stay attached) and the audit entries about them."""

from django.db import migrations

MOVED = ("auditentry", "taskfailure", "taskrun")


def _relabel(apps, schema_editor, *, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    AuditEntry = apps.get_model("ops", "AuditEntry")
    db = schema_editor.connection.alias
    for model in MOVED:
        AuditEntry.objects.using(db).filter(target_type=f"{old}.{model}").update(target_type=f"{new}.{model}")
        moving = ContentType.objects.using(db).filter(app_label=old, model=model).first()
        if moving is None:  # a new database: post_migrate creates the content type under its app later
            continue
        present = ContentType.objects.using(db).filter(app_label=new, model=model).first()
        if present is None:
            moving.app_label = new
            moving.save(update_fields=["app_label"])
            continue
        # Both exist (an earlier partial migrate let post_migrate create the new one): carry the grants
        # over to the new content type's permissions before the old one goes.
        for permission in Permission.objects.using(db).filter(content_type=moving):
            kept = Permission.objects.using(db).filter(content_type=present, codename=permission.codename).first()
            if kept is None:
                permission.content_type = present
                permission.save(update_fields=["content_type"])
                continue
            kept.group_set.add(*permission.group_set.all())
            kept.user_set.add(*permission.user_set.all())
        moving.delete()


def to_ops(apps, schema_editor):
    _relabel(apps, schema_editor, old="briefs", new="ops")


def to_briefs(apps, schema_editor):
    _relabel(apps, schema_editor, old="ops", new="briefs")


class Migration(migrations.Migration):
    dependencies = [
        ("ops", "0001_initial"),
        ("briefs", "0016_audit_and_tasks_move_to_ops"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RenameField(
            model_name="auditentry",
            old_name="actor",
            new_name="user",
        ),
        migrations.RenameIndex(
            model_name="auditentry",
            new_name="ops_auditen_target__236ff6_idx",
            old_name="briefs_audi_target__e580c1_idx",
        ),
        migrations.RenameIndex(
            model_name="taskfailure",
            new_name="ops_taskfai_resolve_d93c62_idx",
            old_name="briefs_task_resolve_aea52c_idx",
        ),
        migrations.AlterModelTable(name="auditentry", table=None),
        migrations.AlterModelTable(name="taskfailure", table=None),
        migrations.AlterModelTable(name="taskrun", table=None),
        migrations.RunPython(to_ops, to_briefs),
    ]
