"""The task pipeline's safety nets, with eager tasks: a task that keeps failing is recorded once for a
person (and retried from the admin by staff with the permission), and the reconciler finds the work
whose message was lost. The same paths run against a real worker in tests/integration/."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import OperationalError
from django.urls import reverse
from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from briefs.models import BriefRevision, Claim
from briefs.services import reconcile as reconcile_service
from briefs.services.assembly import assemble_brief
from briefs.services.review import approve_claim
from briefs.services.triggers import request_assembly
from briefs.tasks import MAX_RETRIES, assemble_brief_task, reconcile_task
from config.celery import app as celery_app
from ops.models import AuditEntry, TaskFailure
from ops.services.task_failures import record_task_failure
from tests.briefs.factories import BriefFactory, ClaimFactory, PropositionFactory, approved_claims
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _failures_reach_on_failure():
    """Eager tasks normally re-raise before their failure handlers run; a worker never does."""
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = True


@pytest.fixture
def brief(reviewer):
    point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    approved_claims(3, key_point=point, reviewer=reviewer)
    return point.brief


@pytest.fixture
def operator(db):
    """Staff who may see and retry failed tasks (granted explicitly: no editorial group has it)."""
    user = UserFactory(username="oki-operator", is_staff=True)
    user.save()  # keeps the factory's password, which the session is tied to
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_taskfailure", "retry_taskfailure"])
    )
    return user


def crash_assembly(monkeypatch, error: Exception) -> list[int]:
    """Assembly raises `error` until the returned list gets a None (the cause is fixed)."""
    from briefs.services.assembly import assemble_brief as real_assembly

    calls: list[int | None] = []

    def assemble(*, brief_id: int):
        if None in calls:
            return real_assembly(brief_id=brief_id)
        calls.append(brief_id)
        raise error

    monkeypatch.setattr("briefs.tasks.assemble_brief", assemble)
    return calls


def test_an_unexpected_error_is_recorded_once_for_a_person_without_retrying(brief, monkeypatch):
    calls = crash_assembly(monkeypatch, ValueError("a claim without a speaker"))

    assert assemble_brief_task.delay(brief.pk).failed()

    failure = TaskFailure.objects.get()
    assert calls == [brief.pk], "a bug is not worth retrying"
    assert (failure.task_name, failure.args, failure.attempts) == ("briefs.assemble_brief", [brief.pk], 1)
    assert failure.exception_type == "ValueError" and failure.message == "a claim without a speaker"
    assert "a claim without a speaker" in failure.traceback and failure.resolved_at is None


def test_a_transient_error_forever_is_retried_a_bounded_number_of_times_then_recorded(brief, monkeypatch):
    calls = crash_assembly(monkeypatch, OperationalError("could not serialize access"))

    assert assemble_brief_task.delay(brief.pk).failed()

    assert len(calls) == MAX_RETRIES + 1 == 7
    failure = TaskFailure.objects.get()
    assert failure.attempts == 7 and failure.exception_type == "OperationalError"
    assert not BriefRevision.objects.exists()


def test_a_redelivered_failure_updates_its_row_instead_of_adding_one(db):
    for _ in range(2):
        record_task_failure(
            task_name="briefs.assemble_brief",
            task_id="the-same-message",
            args=[1],
            kwargs={},
            exception=RuntimeError("boom"),
            traceback="Traceback …",
            attempts=3,
        )
    assert TaskFailure.objects.get().attempts == 6


def test_retry_now_in_the_admin_re_enqueues_once_and_marks_the_failure_resolved(
    brief, monkeypatch, client, operator, django_capture_on_commit_callbacks
):
    calls = crash_assembly(monkeypatch, ValueError("bad data"))
    assert assemble_brief_task.delay(brief.pk).failed()
    failure = TaskFailure.objects.get()
    calls.append(None)  # the cause is fixed
    client.force_login(operator)
    changelist = reverse("admin:ops_taskfailure_changelist")

    page = client.get(changelist)
    assert page.status_code == 200 and "retry_now" in page.text and "bad data" not in page.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            changelist, {"action": "retry_now", "_selected_action": [failure.pk]}, follow=True
        )
        client.post(changelist, {"action": "retry_now", "_selected_action": [failure.pk]})  # a double click

    failure.refresh_from_db()
    assert "1 task(s) re-enqueued" in response.text
    assert failure.resolved_at is not None and failure.resolved_by == operator
    assert BriefRevision.objects.filter(brief=brief).count() == 1, "the retried task ran, once"
    assert AuditEntry.objects.filter(action="retried", object_id=failure.pk, user=operator).count() == 1
    assert client.get(reverse("admin:ops_taskfailure_add")).status_code == 403, "rows are not typed in"


def test_staff_without_the_permission_cannot_retry(brief, monkeypatch, reviewer_client):
    crash_assembly(monkeypatch, ValueError("bad data"))
    assert assemble_brief_task.delay(brief.pk).failed()
    failure = TaskFailure.objects.get()
    changelist = reverse("admin:ops_taskfailure_changelist")

    response = reviewer_client.post(changelist, {"action": "retry_now", "_selected_action": [failure.pk]})

    failure.refresh_from_db()
    assert response.status_code == 403 and failure.resolved_at is None


def test_staff_who_may_only_look_are_not_offered_the_retry(brief, monkeypatch, client):
    crash_assembly(monkeypatch, ValueError("bad data"))
    assemble_brief_task.delay(brief.pk)
    viewer = UserFactory(username="vera-viewer", is_staff=True)
    viewer.save()
    viewer.user_permissions.add(Permission.objects.get(codename="view_taskfailure"))
    client.force_login(viewer)

    page = client.get(reverse("admin:ops_taskfailure_changelist"))

    assert page.status_code == 200 and "ValueError" in page.text and "retry_now" not in page.text


def test_the_reconciler_enqueues_only_briefs_whose_revision_is_out_of_date(brief, reviewer):
    settled = BriefFactory(slug="settled")
    assemble_brief(brief_id=settled.pk)

    assert reconcile_service.stale_brief_ids() == [brief.pk], "never assembled"
    report = reconcile_task.delay().get()

    assert (report["briefs"], report["deliveries"]) == ([brief.pk], 0)
    assert BriefRevision.objects.filter(brief=brief).count() == 1
    assert reconcile_service.stale_brief_ids() == []
    approved_claims(1, key_point=brief.key_points.get(), reviewer=reviewer)  # a change whose message was lost
    assert reconcile_service.stale_brief_ids() == [brief.pk]


def test_a_brief_the_reconciler_cannot_check_does_not_hide_the_others(brief, monkeypatch):
    broken = BriefFactory(slug="broken")
    real_inputs = reconcile_service.assembly_inputs

    def inputs(of_brief):
        if of_brief.pk == broken.pk:
            raise ValueError("bad data")
        return real_inputs(of_brief)

    monkeypatch.setattr(reconcile_service, "assembly_inputs", inputs)

    assert reconcile_service.stale_brief_ids() == sorted([brief.pk, broken.pk]), "both enqueued"


def test_an_assembly_request_during_a_broker_outage_is_left_to_the_reconciler(
    brief, monkeypatch, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise KombuOperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(assemble_brief_task, "apply_async", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        request_assembly(brief_ids=[brief.pk])  # the editor's change commits; no error reaches them

    assert not BriefRevision.objects.exists()
    assert reconcile_service.stale_brief_ids() == [brief.pk]


def test_a_review_during_a_cache_outage_goes_through(
    reviewer, editor, monkeypatch, django_capture_on_commit_callbacks
):
    """The cache only saves queries: an editor approving while Redis restarts must not see an error."""
    point = PropositionFactory(statement="North Korea ships munitions to Russia.")
    claim = ClaimFactory(created_by=editor)
    point.claims.add(claim)

    def cache_down(*args, **kwargs):
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(cache, "get", cache_down)
    monkeypatch.setattr(cache, "set", cache_down)
    monkeypatch.setattr(cache, "add", cache_down)
    with django_capture_on_commit_callbacks(execute=True):
        approve_claim(claim=claim, reviewer=reviewer)

    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED
