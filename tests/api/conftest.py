"""API personas (anonymous, partner with a token, editor, reviewer) and a world of material in every
editorial state, each hidden item marked with a word that must never appear in an API answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from rest_framework.test import APIClient

from briefs.models import BriefRevision, Claim, Partner, Proposition
from briefs.services.assembly import assemble_brief
from briefs.services.partners import issue_token
from briefs.services.publishing import publish_revision, reject_revision
from briefs.services.review import approve_claim, reject_claim
from tests.briefs.factories import ActorFactory, BriefFactory, ClaimFactory, PropositionFactory
from tests.ingest.factories import OutletFactory, SourceFactory

#: Words planted in material no API caller may see; an answer containing one has leaked.
SECRETS = (
    "RAHASIADRAFT",  # a draft claim (and its source, outlet, speaker)
    "RAHASIATOLAK",  # a rejected claim
    "RAHASIATELAT",  # approved after the publication: only in a pending revision
    "RAHASIAPENDING",  # a brief whose only revision awaits review
    "RAHASIAREJECTED",  # a brief whose only revision was rejected
    "RAHASIAEDIT",  # a key point's wording edited after publication
    "RAHASIALEPAS",  # approved, but no revision cites it
    "CATATANREVIEW",  # review notes
    "MENTAHRAW",  # raw text lines that cleaning removed
)


@pytest.fixture(autouse=True)
def _generous_throttles(settings):
    """Throttling has its own tests; elsewhere a test may make many requests."""
    settings.API_THROTTLE_RATES = {
        "anon": "10000/minute",
        "partner": "10000/minute",
        "editor": "10000/minute",
    }


@pytest.fixture
def api_partner(partner) -> Partner:
    return Partner.objects.create(name="Pia News Desk", user=partner, contact_email="pia@partner.test")


@pytest.fixture
def partner_token(api_partner) -> str:
    return issue_token(user=api_partner.user, name="CMS sync", created_by=None).plain


@pytest.fixture
def anonymous_api() -> APIClient:
    return APIClient()


@pytest.fixture
def partner_api(partner_token) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {partner_token}")
    return client


@pytest.fixture
def editor_api(editor) -> APIClient:
    """An editor signed in with a session; writes need the CSRF token like in a browser."""
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_api(reviewer) -> APIClient:
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(reviewer)
    return client


@pytest.fixture
def editor_token_api(editor) -> APIClient:
    client = APIClient()
    client.credentials(
        HTTP_AUTHORIZATION=f"Bearer {issue_token(user=editor, name='desk', created_by=None).plain}"
    )
    return client


PERSONAS = ["anonymous_api", "partner_api", "editor_api", "reviewer_api"]


def marked_claim(
    marker: str, *, key_point: Proposition | None, reviewer=None, status: str = "draft"
) -> Claim:
    """A claim whose source, outlet, speaker, quote and paraphrase all carry `marker`."""
    outlet = OutletFactory(name=f"Harian {marker}", slug=f"harian-{marker.lower()}")
    source = SourceFactory(
        outlet=outlet,
        title=f"Judul {marker}",
        body=f"JAKARTA - Pernyataan {marker} tentang senjata.\n\nParagraf kedua {marker}.",
        raw_text=f"Judul {marker}\nJAKARTA - Pernyataan {marker} tentang senjata.\nBaca juga: MENTAHRAW",
        cited_outlets=[f"Kantor {marker}"],
    )
    speaker = ActorFactory(name=f"Juru {marker}", slug=f"juru-{marker.lower()}", aliases=[f"Alias {marker}"])
    claim = ClaimFactory(
        source=source,
        speaker=speaker,
        paraphrase=f"Paraphrase {marker}",
        said_on=date(2023, 10, 2),
        event_start=date(2023, 9, 1),
        event_precision="day",
    )
    if key_point is not None:
        key_point.claims.add(claim)
    if status == "approved":
        approve_claim(claim=claim, reviewer=reviewer, note="CATATANREVIEW ok")
    elif status == "rejected":
        reject_claim(claim=claim, reviewer=reviewer, note="CATATANREVIEW wrong speaker")
    claim.refresh_from_db()
    return claim


@dataclass
class World:
    brief: object
    key_point: Proposition
    published: BriefRevision
    pending: BriefRevision
    public_claim: Claim
    draft_claim: Claim
    rejected_claim: Claim
    late_claim: Claim
    loose_claim: Claim
    pending_brief_claim: Claim
    rejected_brief_claim: Claim
    pending_only: BriefRevision
    rejected_only: BriefRevision


@pytest.fixture
def world(reviewer) -> World:
    brief = BriefFactory(slug="published-brief", title="Published brief PUBLIK")
    key_point = PropositionFactory(brief=brief, position=1, statement="Published point PUBLIK.")
    public_claim = marked_claim("PUBLIK", key_point=key_point, reviewer=reviewer, status="approved")
    draft_claim = marked_claim("RAHASIADRAFT", key_point=key_point)
    rejected_claim = marked_claim("RAHASIATOLAK", key_point=key_point, reviewer=reviewer, status="rejected")
    published = publish_revision(
        revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer, note="CATATANREVIEW fine"
    )
    late_claim = marked_claim("RAHASIATELAT", key_point=key_point, reviewer=reviewer, status="approved")
    pending = assemble_brief(brief_id=brief.pk).revision
    Proposition.objects.filter(pk=key_point.pk).update(statement="Edited statement RAHASIAEDIT.")
    loose_claim = marked_claim("RAHASIALEPAS", key_point=None, reviewer=reviewer, status="approved")

    pending_point = PropositionFactory(brief__slug="pending-brief", statement="Point RAHASIAPENDING.")
    pending_brief_claim = marked_claim(
        "RAHASIAPENDING", key_point=pending_point, reviewer=reviewer, status="approved"
    )
    pending_only = assemble_brief(brief_id=pending_point.brief_id).revision

    rejected_point = PropositionFactory(brief__slug="rejected-brief", statement="Point RAHASIAREJECTED.")
    rejected_brief_claim = marked_claim(
        "RAHASIAREJECTED", key_point=rejected_point, reviewer=reviewer, status="approved"
    )
    rejected_only = reject_revision(
        revision=assemble_brief(brief_id=rejected_point.brief_id).revision,
        reviewer=reviewer,
        note="CATATANREVIEW not yet",
    )
    assert pending.status == BriefRevision.Status.PENDING_REVIEW and pending.number == 2
    return World(
        brief=brief,
        key_point=key_point,
        published=published,
        pending=pending,
        public_claim=public_claim,
        draft_claim=draft_claim,
        rejected_claim=rejected_claim,
        late_claim=late_claim,
        loose_claim=loose_claim,
        pending_brief_claim=pending_brief_claim,
        rejected_brief_claim=rejected_brief_claim,
        pending_only=pending_only,
        rejected_only=rejected_only,
    )


def assert_no_secret(response) -> None:
    text = response.content.decode()
    leaked = [word for word in SECRETS if word in text]
    assert not leaked, f"{response.request['PATH_INFO']} leaked {leaked}"
