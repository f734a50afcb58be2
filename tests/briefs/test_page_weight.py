"""The 500-claim brief page stays light by progressive disclosure, and nothing is dropped on the way:
every citation is on its key point's page (docs/performance.md, "Page weight")."""

import re
import tempfile
from pathlib import Path

import pytest

from bench.data import build_brief, publish_as_reviewer, synthetic_corpus
from briefs.services.assembly import assemble_brief
from ingest.models import Source
from ingest.services.importing import ImportContext, expand_paths, import_paths

pytestmark = pytest.mark.django_db

#: The issue's target for the 500-claim page's HTML (bytes, not time).
PAGE_WEIGHT_LIMIT = 250_000


@pytest.fixture
def bench_brief(editor, reviewer, corpus_dir):
    """The brief `make bench` measures: 500 claims over 100 synthetic articles, five key points."""
    with tempfile.TemporaryDirectory() as folder:
        for name, data in synthetic_corpus(100, corpus_dir):
            (Path(folder) / name).write_bytes(data)
        context = ImportContext.load(channel=Source.Channel.COMMAND, imported_by=editor)
        list(import_paths(paths=expand_paths([folder]), context=context, workers=1))
    brief = build_brief(
        slug="weighed",
        count=500,
        sources=list(Source.objects.order_by("pk")),
        editor=editor,
        reviewer=reviewer,
        key_points=5,
    )
    return publish_as_reviewer(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=reviewer)


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_500_claim_page_weighs_under_250_kb_and_every_citation_stays_one_click_away(
    client, bench_brief, language
):
    # At the page's own address in its language: English unprefixed, Indonesian under /id/.
    prefix = "" if language == "en" else f"/{language}"
    page = client.get(f"{prefix}/briefs/weighed/")

    assert page.status_code == 200
    assert len(page.content) <= PAGE_WEIGHT_LIMIT, f"{len(page.content):,} bytes"
    # Every key point links to its own page, where all of its citations are.
    point_pages = sorted(
        set(re.findall(rf'href="({prefix}/briefs/weighed/revisions/1/key-points/\d+/)"', page.text))
    )
    assert len(point_pages) == 5
    chips = 0
    for address in point_pages:
        point_page = client.get(address)
        assert point_page.status_code == 200
        chips += point_page.text.count('class="citation-chip"')
    assert chips == 500
