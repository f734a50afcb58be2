"""After migration 0012, `migrate` rebuilds the public rows from the public revisions: a database
that predates them serves what its publications published, and partners are told nothing new."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from briefs.api.conditional import forget_api_answers
from briefs.models import BriefRevision, ChangeEvent, PublicClaim, PublicSource
from tests.api.conftest import world  # noqa: F401 (a fixture `leaks` needs)
from tests.api.leak_world import leaks_fixture  # noqa: F401 (the `leaks` fixture)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("latest_schema_afterwards")]

BEFORE = [("briefs", "0012_public_read_model")]
# Through the backfill (0013) to the newest schema, which the pages read: every app at its newest migration.
AFTER = None

PUBLIC = [
    "/api/v1/claims/",
    "/api/v1/sources/",
    "/api/v1/actors/",
    "/api/v1/outlets/",
    "/api/v1/key-points/",
    "/api/v1/changes/",
]


def migrate(target) -> None:
    if target is AFTER:
        # As `manage.py migrate` does: every migration, then the post_migrate backfill on the new schema.
        call_command("migrate", verbosity=0)
        forget_api_answers()  # what this process kept must not stand in for the rebuilt rows
        return
    MigrationExecutor(connection).migrate(target)


def seen(leaks) -> dict[str, bytes]:
    client = Client()
    pages = [
        *PUBLIC,
        f"/sources/{leaks.world.public_claim.source_id}/",
        f"/sources/{leaks.orphan_published.source_id}/",  # withdrawn, linked from a superseded revision
        f"/actors/{leaks.superseded_claim.speaker.slug}/",
        f"/api/v1/claims/{leaks.superseded_claim.pk}/",
    ]
    return {page: (client.get(page).status_code, client.get(page).content) for page in pages}


def test_the_backfill_serves_what_the_publications_wrote_and_announces_nothing(leaks):
    published = seen(leaks)
    events = ChangeEvent.objects.count()
    migrate(BEFORE)
    for model in (PublicClaim, PublicSource):
        model.objects.all().delete()
    assert Client().get(f"/api/v1/claims/{leaks.world.public_claim.pk}/").status_code == 404

    migrate(AFTER)

    assert seen(leaks) == published
    assert ChangeEvent.objects.count() == events


def test_a_revision_without_stored_citations_is_read_from_the_live_rows_once(leaks):
    source = leaks.world.public_claim.source
    BriefRevision.objects.filter(brief__slug="published-brief").update(cited={}, cited_hash="")
    source.title = "Judul diperbaiki"
    source.save()
    migrate(BEFORE)

    migrate(AFTER)

    page = Client().get(f"/api/v1/sources/{source.pk}/").json()
    assert page["title"] == "Judul diperbaiki"
