"""Personas and suite-wide switches.

Personas: an editor (imports and annotates), a reviewer (also approves and publishes), a partner
(a syndication user without admin access) and an anonymous outsider.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.factories import UserFactory

REPO = Path(__file__).resolve().parents[1]

INTEGRATION_HINT = (
    "tests marked 'integration' need a PostgreSQL DATABASE_URL and a REDIS_URL "
    "(bash .ci/run starts both and runs them)"
)


def _integration_services_configured() -> bool:
    return bool(os.environ.get("REDIS_URL")) and os.environ.get("DATABASE_URL", "").startswith("postgres")


def pytest_collection_modifyitems(config, items):
    """Run integration tests only where their services exist, and say so out loud otherwise."""
    if _integration_services_configured():
        return
    integration = [item for item in items if item.get_closest_marker("integration")]
    if not integration:
        return
    if os.environ.get("REQUIRE_INTEGRATION") == "1":
        raise pytest.UsageError(f"REQUIRE_INTEGRATION=1 but {INTEGRATION_HINT}")
    config.hook.pytest_deselected(items=integration)
    items[:] = [item for item in items if not item.get_closest_marker("integration")]
    config._briefdesk_deselected_integration = len(integration)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    count = getattr(config, "_briefdesk_deselected_integration", 0)
    if count:
        terminalreporter.write_line(
            f"NOTE: {count} integration tests deselected: {INTEGRATION_HINT}", yellow=True
        )


@pytest.fixture
def editor(db):
    from briefs.services.roles import EDITORS, ensure_editorial_groups

    groups = ensure_editorial_groups()
    return UserFactory(username="edna-editor", is_staff=True, groups=[groups[EDITORS]])


@pytest.fixture
def reviewer(db):
    from briefs.services.roles import REVIEWERS, ensure_editorial_groups

    groups = ensure_editorial_groups()
    return UserFactory(username="rudi-reviewer", is_staff=True, groups=[groups[REVIEWERS]])


@pytest.fixture
def partner(db):
    return UserFactory(username="pia-partner", is_staff=False)


@pytest.fixture
def outsider_client(client):
    """An anonymous visitor."""
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (the Redis leg shares one server across the run)."""
    from django.core.cache import cache

    from briefs.page_cache import forget_process_pages

    cache.clear()
    forget_process_pages()
    yield


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real corpus (CORPUS, default ../shared/seeds); a missing corpus is an error, never a skip."""
    path = Path(os.environ.get("CORPUS") or REPO.parent / "shared" / "seeds")
    if not path.is_absolute():
        path = (REPO / path).resolve()
    files = sorted(path.glob("*.txt")) if path.is_dir() else []
    if not files:
        raise RuntimeError(f"the seed corpus is missing: no .txt files in {path} (set CORPUS to its folder)")
    return path


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Transactional tests flush the database when they end, which wipes the outlets and actors the
    migrations seeded: put them back (idempotently) before every transactional test."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("transactional_db")
    from briefs.models import Actor
    from briefs.services.reference_data import seed_default_actors
    from ingest.models import Outlet
    from ingest.services.reference_data import seed_default_outlets

    seed_default_outlets(Outlet)
    seed_default_actors(Actor)
