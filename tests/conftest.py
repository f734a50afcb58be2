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


CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
BROWSER_HINT = (
    f"tests marked 'browser' need Debian's chromium at {CHROMIUM} "
    "(`make test` installs it with apt-get when run as root; bash .ci/run always runs them)"
)


BENCH_SMOKE_HINT = (
    "`make bench-smoke` runs them (pytest --bench-smoke; about 1¾ minutes), and so does bash .ci/run"
)


def pytest_addoption(parser):
    parser.addoption(
        "--bench-smoke",
        action="store_true",
        help="also run the tests marked bench_smoke (make bench-smoke); `make test` leaves them out",
    )


def _integration_services_configured() -> bool:
    return bool(os.environ.get("REDIS_URL")) and os.environ.get("DATABASE_URL", "").startswith("postgres")


def _deselect(config, items, *, marker: str, hint: str, required_by: str | None) -> int:
    """Drop the tests marked `marker`, loudly; where `required_by` is set to 1 their absence is an error."""
    chosen = [item for item in items if item.get_closest_marker(marker)]
    if not chosen:
        return 0
    if required_by and os.environ.get(required_by) == "1":
        raise pytest.UsageError(f"{required_by}=1 but {hint}")
    config.hook.pytest_deselected(items=chosen)
    items[:] = [item for item in items if not item.get_closest_marker(marker)]
    return len(chosen)


def pytest_collection_modifyitems(config, items):
    """Run integration and browser tests only where what they drive exists, and say so out loud otherwise;
    leave the benchmark smoke runs to `make bench-smoke`, and say so too."""
    config._briefdesk_deselected = []
    if not config.getoption("--bench-smoke"):
        count = _deselect(config, items, marker="bench_smoke", hint=BENCH_SMOKE_HINT, required_by=None)
        if count:
            config._briefdesk_deselected.append(
                f"{count} benchmark smoke tests deselected: {BENCH_SMOKE_HINT}"
            )
    if not _integration_services_configured():
        count = _deselect(
            config, items, marker="integration", hint=INTEGRATION_HINT, required_by="REQUIRE_INTEGRATION"
        )
        if count:
            config._briefdesk_deselected.append(f"{count} integration tests deselected: {INTEGRATION_HINT}")
    if not CHROMIUM.exists():
        count = _deselect(config, items, marker="browser", hint=BROWSER_HINT, required_by="REQUIRE_BROWSER")
        if count:
            config._briefdesk_deselected.append(f"{count} browser tests deselected: {BROWSER_HINT}")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for line in getattr(config, "_briefdesk_deselected", []):
        terminalreporter.write_line(f"NOTE: {line}", yellow=True)


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


@pytest.fixture
def hostile_claim(editor, reviewer):
    """An approved claim whose every text is hostile (tests.html_checks.HOSTILE): its quote, paraphrase and
    review note, its source (title, body, byline, editor line, cited outlets) and its speaker (name, slug
    "hostile", aliases, description). Each page that shows any of it must show it as inert text."""
    from django.utils import timezone

    from briefs.models import Actor, Claim
    from tests.briefs.factories import ClaimFactory
    from tests.html_checks import HOSTILE
    from tests.ingest.factories import SourceFactory

    source = SourceFactory(
        title=HOSTILE,
        body=f"Awal. {HOSTILE} Akhir.",
        byline=[HOSTILE],
        editor=HOSTILE,
        cited_outlets=[HOSTILE],
    )
    actor = Actor.objects.create(
        name=HOSTILE, slug="hostile", kind="person", aliases=[HOSTILE], description=HOSTILE
    )
    start = source.body.index(HOSTILE)
    return ClaimFactory(
        source=source, speaker=actor, start=start, end=start + len(HOSTILE), paraphrase=HOSTILE,
        review_note=HOSTILE, created_by=editor, status=Claim.Status.APPROVED, reviewed_by=reviewer,
        reviewed_at=timezone.now(),
    )  # fmt: skip


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (the Redis leg shares one server across the run)."""
    from tests.caches import empty_caches

    empty_caches()


@pytest.fixture(autouse=True)
def _no_language_left_over():
    """A request activates its language in the test's thread (LocaleMiddleware) and nothing resets it:
    without this, a test run after an Indonesian request would read the services' messages in Indonesian."""
    yield
    from django.utils import translation

    translation.deactivate()


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
    migrations seeded: put them back (idempotently) before every transactional test. Places too."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("transactional_db")
    from briefs.models import Actor, Place
    from briefs.services.reference_data import seed_default_actors, seed_default_places
    from ingest.models import Outlet
    from ingest.services.reference_data import seed_default_outlets

    seed_default_outlets(Outlet)
    seed_default_actors(Actor)
    seed_default_places(Place)


@pytest.fixture
def upload_articles(django_capture_on_commit_callbacks):
    """Post files to the admin upload as a browser would: the import task runs (eagerly) once the upload
    commits, and a successful upload's progress page is fetched, as its redirect would be."""
    from django.urls import reverse

    def post(client, files):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("admin:ingest_source_upload"), {"files": files})
        if response.status_code == 302:
            return client.get(response["Location"])
        return response

    return post
