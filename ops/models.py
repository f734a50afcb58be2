"""Records the other apps write about themselves: who changed what (the audit trail) and what the
background tasks did (failures for a person to read, runs still in progress)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.timezone import now as timezone_now
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """Who did what to which record, with the values before and after. Written in the same transaction."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_entries",
    )
    action = models.CharField(_("action"), max_length=40)
    # "app_label.model" rather than a ContentType key: the trail must outlive any table reshuffle and
    # costs no lookup to write.
    target_type = models.CharField(_("record type"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("record id"))
    before = models.JSONField(_("before"), default=dict, blank=True)
    after = models.JSONField(_("after"), default=dict, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        indexes = [models.Index(fields=["target_type", "object_id", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.user} {self.action}"


class TaskFailure(models.Model):
    """A background task that failed for good: retries exhausted, or an error retrying cannot fix.

    Written by ops.services.task_failures from the tasks' on_failure hook, so a task that crashes every
    time ends here once instead of being requeued forever. A person reads it, fixes the cause and retries
    it from the admin (which needs the retry permission).
    """

    task_name = models.CharField(_("task"), max_length=200)
    task_id = models.CharField(_("task id"), max_length=255, unique=True)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    kwargs = models.JSONField(_("keyword arguments"), default=dict, blank=True)
    exception_type = models.CharField(_("exception"), max_length=200)
    message = models.TextField(_("message"), blank=True)
    traceback = models.TextField(_("traceback"), blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)
    first_seen_at = models.DateTimeField(_("first failed at"), default=timezone_now)
    last_seen_at = models.DateTimeField(_("last failed at"), default=timezone_now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-last_seen_at", "-pk"]
        verbose_name = _("failed task")
        verbose_name_plural = _("failed tasks")
        permissions = [("retry_taskfailure", _("Can retry failed tasks"))]
        indexes = [models.Index(fields=["resolved_at", "-last_seen_at"])]

    def __str__(self) -> str:
        return f"{self.task_name} {self.args} failed: {self.exception_type}"


class TaskRun(models.Model):
    """A task message a worker has started and not finished yet, with how often that happened.

    A worker that dies mid-task (SIGKILL, out of memory, a crash in C code) never finishes its run, and
    the broker hands the same message out again; the count of unfinished starts is what bounds those
    redeliveries (ops/tasks.py). ``task_id`` holds the task id and the retry number ("<id>#<n>"): a
    retry is a new message under the same id. Rows live as long as a run; leftovers (a run killed by its
    hard time limit, a message lost with the broker) are pruned by reconcile after a day.
    """

    task_id = models.CharField(_("task id"), max_length=255, unique=True)
    task_name = models.CharField(_("task"), max_length=200)
    starts = models.PositiveIntegerField(_("starts"), default=0)
    last_started_at = models.DateTimeField(_("last started at"), default=timezone_now, db_index=True)

    class Meta:
        verbose_name = _("running task")
        verbose_name_plural = _("running tasks")

    def __str__(self) -> str:
        return f"{self.task_name}[{self.task_id}] started {self.starts}×"
