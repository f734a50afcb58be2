"""Material in every unpublished state, each hidden object marked with a word no public answer may
contain: the world of tests/api/conftest.py plus orphaned claims, superseded revisions, key points added
or dropped since the publication, a never-published brief and live edits of published rows. Shared by
the API's and the reader pages' leak oracles (tests/api/test_leak_oracles.py,
tests/briefs/test_reader_leak_oracles.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from briefs.models import Brief, BriefRevision, Claim, Proposition
from briefs.services.assembly import assemble_brief
from briefs.services.claims import reanchor_source_claims
from briefs.services.publishing import publish_revision
from tests.api.conftest import SECRETS, World, marked_claim
from tests.briefs.factories import BriefFactory, PropositionFactory

#: conftest's SECRETS and the markers added here.
MARKERS = (
    *SECRETS,
    "RAHASIAYATIM",  # a draft claim whose anchor was lost (orphaned), never published
    "RAHASIANASKAH",  # a brief that has no revision at all
    "RAHASIAJUDUL",  # a published brief's title and summary, edited since the publication
    "RAHASIABARU",  # a key point added to a published brief since its publication
)

MISSING_ID = 987654321
MISSING_SLUG = "tidak-pernah-ada"
PUBLISHED_BRIEFS = ["published-brief", "superseded-brief", "orphan-brief"]
HIDDEN_BRIEFS = ["pending-brief", "rejected-brief", "draft-brief"]


@dataclass
class LeakWorld:
    world: World
    orphan_draft: Claim  # orphaned before anyone reviewed it
    orphan_published: Claim  # published, then its words vanished from the article
    superseded_claim: Claim  # cited only by a superseded revision: public (docs/api.md)
    superseded_point: Proposition  # in a superseded revision only, now another (unpublished) brief's
    new_point: Proposition  # added to the published brief after its publication
    draft_brief: Brief  # never assembled

    def hidden_claims(self) -> list[Claim]:
        w = self.world
        return [
            w.draft_claim,
            w.rejected_claim,
            w.late_claim,
            w.loose_claim,
            w.pending_brief_claim,
            w.rejected_brief_claim,
            self.orphan_draft,
            self.orphan_published,
        ]

    def hidden_key_points(self) -> list[Proposition]:
        return [
            self.world.pending_only.brief.key_points.get(),
            self.world.rejected_only.brief.key_points.get(),
            self.superseded_point,
            self.new_point,
        ]


def orphan(claim: Claim) -> Claim:
    """Rewrite the claim's article so that its words are gone: re-anchoring orphans it."""
    source = claim.source
    source.body = "Artikel ini ditulis ulang seluruhnya oleh redaksi."
    source.save()
    reanchor_source_claims(source=source)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.ORPHANED
    return claim


@pytest.fixture(name="leaks")
def leaks_fixture(world, reviewer) -> LeakWorld:
    orphan_draft = orphan(marked_claim("RAHASIAYATIM", key_point=world.key_point))

    # Published, then orphaned: its words stay in the published snapshot (that is the publication),
    # but the claim, its source, speaker and outlet leave the API until an editor re-anchors it.
    orphan_point = PropositionFactory(brief__slug="orphan-brief", statement="Orphan point.")
    orphan_published = marked_claim(
        "YATIMTERBIT", key_point=orphan_point, reviewer=reviewer, status="approved"
    )
    publish_revision(revision=assemble_brief(brief_id=orphan_point.brief_id).revision, reviewer=reviewer)
    orphan(orphan_published)
    # The orphaning is an edit: it leaves the public view with the next publication of the brief.
    publish_revision(revision=assemble_brief(brief_id=orphan_point.brief_id).revision, reviewer=reviewer)

    # Revision 1 cites a key point and a claim; revision 2 no longer has that key point.
    old_point = PropositionFactory(brief__slug="superseded-brief", position=1, statement="Old point.")
    superseded_claim = marked_claim("LAMATERBIT", key_point=old_point, reviewer=reviewer, status="approved")
    publish_revision(revision=assemble_brief(brief_id=old_point.brief_id).revision, reviewer=reviewer)
    current_point = PropositionFactory(brief=old_point.brief, position=2, statement="Current point.")
    marked_claim("BARUTERBIT", key_point=current_point, reviewer=reviewer, status="approved")
    draft_brief = BriefFactory(slug="draft-brief", title="Judul RAHASIANASKAH", summary="RAHASIANASKAH")
    Proposition.objects.filter(pk=old_point.pk).update(brief=draft_brief)
    second = publish_revision(
        revision=assemble_brief(brief_id=old_point.brief_id).revision, reviewer=reviewer
    )
    assert second.number == 2
    assert BriefRevision.objects.get(brief=second.brief, number=1).status == BriefRevision.Status.SUPERSEDED

    new_point = PropositionFactory(brief=world.brief, position=9, statement="Point RAHASIABARU.")
    Brief.objects.filter(pk=world.brief.pk).update(title="Title RAHASIAJUDUL", summary="Summary RAHASIAJUDUL")
    old_point.refresh_from_db()
    return LeakWorld(
        world=world,
        orphan_draft=orphan_draft,
        orphan_published=orphan_published,
        superseded_claim=superseded_claim,
        superseded_point=old_point,
        new_point=new_point,
        draft_brief=draft_brief,
    )
