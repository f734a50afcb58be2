"""axe-core, run in Chromium on the pages editors and reviewers work in: no serious or critical violation.

axe-core comes bundled with axe-playwright-python and is injected into the page by Playwright (not by the
page, so the CSP's script-src does not apply to it); nothing is downloaded while the tests run.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from briefs.models import Claim
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from ingest.models import Outlet
from ingest.services.uploads import import_upload, start_upload
from tests.briefs.conftest import BODY
from tests.briefs.factories import ClaimFactory, PropositionFactory, approved_claims
from tests.browser.conftest import log_in
from tests.ingest.conftest import SAMPLE_ARTICLE
from tests.ingest.factories import OutletFactory, SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SERIOUS = {"serious", "critical"}


# Ignored, and only these: Django's autocomplete widget (its vendored Select2) builds a search box without a
# label and a selection list with the wrong roles in script. The <select> it stands for carries our label,
# and the markup is Django's to fix, not ours.
NOT_OURS = {"exclude": [[".select2-container"]]}


def serious_violations(page) -> list[str]:
    results = Axe().run(page, context=NOT_OURS)
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} {node['html'][:150]} {node.get('failureSummary', '')[:300]}"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
        for node in violation["nodes"]
    ]


@pytest.fixture
def pages(editor, reviewer, monkeypatch):
    """One of each page, with enough on it that every part of the page shows."""
    source = SourceFactory(body=BODY, title="Bantahan Pyongyang")
    key_point = PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")
    claim = ClaimFactory(source=source, created_by=editor)
    key_point.claims.add(claim)
    ClaimFactory(source=SourceFactory(), status=Claim.Status.ORPHANED, created_by=editor)
    SourceFactory(outlet=OutletFactory(name="Kabar Kita", status=Outlet.Status.UNCONFIRMED))
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)
    PropositionFactory(brief=key_point.brief, statement="Russia sends technology in return.")
    pending = assemble_brief(brief_id=key_point.brief_id).revision
    from ingest import tasks

    monkeypatch.setattr(tasks.import_upload_task, "delay", lambda batch_id: None)
    batch = start_upload(files=[("berita.txt", SAMPLE_ARTICLE.encode()), ("kosong.txt", b"")], user=editor)
    import_upload(batch_id=batch.pk)
    return {
        "annotation": reverse("admin:ingest_source_change", args=[source.pk]),
        "claim": reverse("admin:briefs_claim_change", args=[claim.pk]),
        "key point": reverse("admin:briefs_proposition_change", args=[key_point.pk]),
        "desk": reverse("admin:desk"),
        "upload": reverse("admin:ingest_source_upload"),
        "upload progress": reverse("admin:ingest_source_upload_progress", args=[batch.pk]),
        "revision review": reverse("admin:briefs_briefrevision_change", args=[pending.pk]),
    }


@pytest.mark.parametrize(
    "name", ["annotation", "claim", "key point", "desk", "upload", "upload progress", "revision review"]
)
def test_the_page_has_no_serious_accessibility_violation(page, live_server, reviewer, pages, name):
    # The reviewer sees every page listed (the editor cannot review a revision); the markup is the same.
    log_in(page, live_server, reviewer.username)
    page.goto(f"{live_server.url}{pages[name]}")

    assert serious_violations(page) == []
