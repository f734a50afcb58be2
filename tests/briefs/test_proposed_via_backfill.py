"""Migration 0015 tells how each speaker proposed before it came in, so refusals word it rightly."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("latest_schema_afterwards")]

BEFORE = [("briefs", "0014_brief_summary_updated_at")]
AFTER = [("briefs", "0015_actor_proposed_via")]


def _with_other_apps_at_their_latest(executor: MigrationExecutor, targets: list) -> list:
    return targets + [node for node in executor.loader.graph.leaf_nodes() if node[0] not in ("briefs", "ops")]


def test_a_proposal_is_told_apart_by_its_first_claim_and_left_unknown_without_one():
    executor = MigrationExecutor(connection)
    before = _with_other_apps_at_their_latest(executor, BEFORE)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    Actor, Claim = apps.get_model("briefs", "Actor"), apps.get_model("briefs", "Claim")
    annotator = apps.get_model("auth", "User").objects.create(username="annotator")
    source = apps.get_model("ingest", "Source").objects.create(
        body="Kata pertama. Kata kedua.", raw_text="x", content_hash="h" * 64
    )
    suggested, typed, idle, registry = (
        Actor.objects.create(name=name, slug=name.lower(), kind="person", confirmed=confirmed)
        for name, confirmed in (("Saran", False), ("Ketik", False), ("Sepi", False), ("Tetap", True))
    )
    for speaker, origin, words, start in (
        (suggested, "suggested", "Kata pertama.", 0),
        (typed, "manual", "Kata kedua.", 14),
        (registry, "manual", "Kata kedua.", 14),
    ):
        Claim.objects.create(
            source=source,
            speaker=speaker,
            stance="asserts",
            exact=words,
            start=start,
            end=start + len(words),
            body_hash="b",
            origin=origin,
            created_by=annotator,
        )

    executor = MigrationExecutor(connection)
    after = _with_other_apps_at_their_latest(executor, AFTER)
    executor.migrate(after)

    Actor = executor.loader.project_state(after).apps.get_model("briefs", "Actor")
    assert dict(
        Actor.objects.filter(slug__in=["saran", "ketik", "sepi", "tetap"]).values_list("slug", "proposed_via")
    ) == {
        "saran": "suggestion",
        "ketik": "annotation",
        "sepi": "",
        "tetap": "",
    }
