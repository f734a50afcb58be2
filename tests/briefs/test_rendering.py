"""A published revision is rendered once per language and rendering code, then served from storage."""

import gzip
import json
import re

import pytest

from briefs.models import RevisionRendering
from briefs.page_cache import purge_reader_pages
from briefs.services import rendering
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.briefs.factories import PropositionFactory, approved_claims
from tests.html_checks import HOSTILE, injections

pytestmark = pytest.mark.django_db


@pytest.fixture
def key_point(db):
    return PropositionFactory(statement="North Korea ships munitions to Russia.", brief__slug="arms")


@pytest.fixture
def published(key_point, reviewer):
    approved_claims(4, key_point=key_point, reviewer=reviewer)
    return publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)


def test_each_language_is_rendered_once_and_served_from_storage(client, published):
    english = client.get("/briefs/arms/").text
    indonesian = client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text
    purge_reader_pages()

    assert client.get("/briefs/arms/").text == english
    assert client.get("/briefs/arms/", HTTP_ACCEPT_LANGUAGE="id").text == indonesian
    assert "Key points" in english and "Poin utama" in indonesian
    assert sorted(RevisionRendering.objects.values_list("language", flat=True)) == ["en", "id"]


def test_new_rendering_code_renders_again_and_replaces_the_old_markup(client, published, monkeypatch):
    client.get("/briefs/arms/")
    [old] = RevisionRendering.objects.values_list("fingerprint", flat=True)

    # A deploy that changes a template, the tag library, a catalogue or the URLs has a new fingerprint.
    monkeypatch.setattr(rendering, "_fingerprint", lambda language, prefix: "f" * 64)
    purge_reader_pages()
    page = client.get("/briefs/arms/")

    # The brief page shows an actor's first citations and links to the key point's page for all four.
    assert page.status_code == 200 and page.text.count('class="citation-chip"') == 2
    assert ">all 4 citations</a>" in page.text
    assert list(RevisionRendering.objects.values_list("fingerprint", flat=True)) == ["f" * 64]
    assert old != "f" * 64


def test_a_pending_revision_is_never_stored(rf, key_point, reviewer):
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    pending = assemble_brief(brief_id=key_point.brief_id).revision

    markup = rendering.render_revision_markup(revision=pending, request=rf.get("/"))

    assert markup.content_html.count(b'class="citation-chip"') == 2
    assert not RevisionRendering.objects.exists()


def test_hostile_text_stays_inert_when_served_from_storage(client, key_point, reviewer):
    key_point.statement = HOSTILE
    key_point.save()
    approved_claims(2, key_point=key_point, reviewer=reviewer)
    publish_revision(revision=assemble_brief(brief_id=key_point.brief_id).revision, reviewer=reviewer)
    client.get("/briefs/arms/")
    purge_reader_pages()

    html = client.get("/briefs/arms/").text

    assert injections(html) == []
    assert "{{ 7|add:1 }}" in html


def test_json_ld_names_each_cited_article_once(client, published, key_point):
    html = client.get(f"/briefs/arms/key-points/{key_point.pk}/").text

    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block)
    articles = {article["@id"] for article in data["isBasedOn"]}
    assert len(articles) == len(data["isBasedOn"])
    assert {claim["appearance"]["@id"] for claim in data["citation"]} == articles


def test_browsers_that_accept_gzip_get_the_page_compressed(client, published):
    plain = client.get("/briefs/arms/")
    compressed = client.get("/briefs/arms/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 3
    assert "Accept-Encoding" in compressed["Vary"]
    # Each representation has its own validator, and each revalidates.
    assert compressed["ETag"] != plain["ETag"]
    again = client.get("/briefs/arms/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=compressed["ETag"])
    assert again.status_code == 304
    assert client.get("/briefs/arms/", HTTP_IF_NONE_MATCH=compressed["ETag"]).status_code == 200
