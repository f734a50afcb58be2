"""The audit trail and the failed tasks in the admin: read-only, written by services and workers."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from ops.models import AuditEntry, TaskFailure
from ops.services.task_failures import UnknownTask, can_retry, retry_task_failures


class ReadOnlyAdmin:
    """For records that services write and nobody edits by hand: the audit trail, revisions, deliveries."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    list_display = ["created_at", "user", "action", "target_type", "object_id", "note"]
    list_filter = ["action", "target_type"]
    list_select_related = ["user"]
    date_hierarchy = "created_at"


@admin.register(TaskFailure)
class TaskFailureAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """What the task pipeline gave up on, for a person to read and retry.

    Read-only: the worker writes these rows. "Retry now" re-enqueues and marks them resolved."""

    list_display = ["task_name", "args", "exception_type", "attempts", "last_seen_at", "resolved_at"]
    list_filter = [("resolved_at", admin.EmptyFieldListFilter), "task_name", "exception_type"]
    search_fields = ["task_id", "task_name", "exception_type", "message"]
    list_select_related = ["resolved_by"]
    date_hierarchy = "last_seen_at"
    actions = ["retry_now"]
    fields = [
        "task_name",
        "task_id",
        "args",
        "kwargs",
        "exception_type",
        "message",
        "attempts",
        "first_seen_at",
        "last_seen_at",
        "resolved_at",
        "resolved_by",
        "traceback",
    ]

    @admin.action(description=_("Retry now (re-enqueue and mark resolved)"), permissions=["retry"])
    def retry_now(self, request: HttpRequest, queryset: QuerySet[TaskFailure]) -> None:
        try:
            retried = retry_task_failures(failures=list(queryset), user=request.user)
        except UnknownTask as exc:
            self.message_user(request, str(exc), level=messages.ERROR)
            return
        skipped = queryset.count() - len(retried)
        self.message_user(
            request,
            _("%(count)d task(s) re-enqueued; %(skipped)d already resolved.")
            % {"count": len(retried), "skipped": skipped},
        )

    def has_retry_permission(self, request: HttpRequest) -> bool:
        return can_retry(request.user)
