"""Public pages show people, not logins, and changes in a reader's words: the reviewer by the public name
they chose (else "the editors"), the history as "Key point added: …", never a username, a field name or
an internal id. Checked by crawling every public page and feed of a brief published twice."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse

from briefs.models import Actor, BriefRevision, EditorProfile, Proposition
from briefs.services.assembly import assemble_brief
from briefs.services.claims import create_claim
from briefs.services.editing import save_brief
from briefs.services.publishing import publish_revision
from briefs.services.review import approve_claim
from briefs.services.roles import EDITORS, REVIEWERS, ensure_editorial_groups
from tests.briefs.factories import PropositionFactory
from tests.briefs.test_reader_leak_oracles import ENTRY_POINTS, links
from tests.factories import UserFactory
from tests.ingest.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db

FIRST = "Pyongyang membantah mengirim senjata ke Moskow."
SECOND = "Seoul menyebut 1.000 kontainer dikirim ke Rusia."
#: How the history wrote what changed before: section names in brackets, field names, claim ids.
SECTION_NAMES = ("brief", "summary", "key_points", "positions", "corroboration", "discrepancies", "timeline")
INTERNAL = re.compile(
    r"\((?:" + "|".join(SECTION_NAMES) + r")\)|\b(?:claim|source|key[ _]point)s?\s*#?\d+\b|\bslug\b",
    re.IGNORECASE,
)


@dataclass
class Newsroom:
    annotator: object
    named: object  # a reviewer who chose a public name
    unnamed: object  # a reviewer who did not
    first: BriefRevision
    second: BriefRevision


@pytest.fixture
def newsroom(db) -> Newsroom:
    groups = ensure_editorial_groups()
    annotator = UserFactory(username="ani-annotator", is_staff=True, groups=[groups[EDITORS]])
    named = UserFactory(username="rudi-reviewer", is_staff=True, groups=[groups[REVIEWERS]])
    unnamed = UserFactory(username="sari-reviewer", is_staff=True, groups=[groups[REVIEWERS]])
    EditorProfile.objects.create(user=named, public_name="Rudi Santoso")
    speaker = Actor.objects.get(slug="north-korea")
    first_source = SourceFactory(outlet=OutletFactory(name="Harian Pertama"), body=f"JAKARTA - {FIRST}")
    second_source = SourceFactory(outlet=OutletFactory(name="Harian Kedua"), body=f"SEOUL - {SECOND}")

    def approved(source, words: str):
        start = source.body.index(words)
        claim = create_claim(
            source=source,
            speaker=speaker,
            stance="denies",
            start=start,
            end=start + len(words),
            created_by=annotator,
        )
        return approve_claim(claim=claim, reviewer=unnamed)

    point = PropositionFactory(
        brief__slug="arms", brief__title="Arms to Russia", statement="Arms went north."
    )
    point.claims.add(approved(first_source, FIRST))
    first = publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=unnamed)

    brief = point.brief
    brief.summary = "What we know now, rewritten."
    save_brief(brief=brief, user=annotator)
    Proposition.objects.create(brief=brief, position=5, statement="Containers were counted.")
    point.claims.add(approved(second_source, SECOND))
    type(first_source).objects.filter(pk=first_source.pk).update(title="Judul yang dikoreksi")
    second = publish_revision(revision=assemble_brief(brief_id=brief.pk).revision, reviewer=named)
    return Newsroom(annotator=annotator, named=named, unnamed=unnamed, first=first, second=second)


class VisibleText(HTMLParser):
    """The text a reader sees or hears: text outside scripts and styles, plus titles and labels."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts += [value for name, value in attrs if name in ("title", "aria-label", "alt") and value]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def crawl(client: Client) -> dict[str, str]:
    """Every public page and feed reachable from the index and the feeds: path → body."""
    pages: dict[str, str] = {}
    queue = list(ENTRY_POINTS)
    while queue:
        path = queue.pop(0)
        if path in pages:
            continue
        response = client.get(path)
        assert response.status_code == 200, f"{path} answers {response.status_code}"
        pages[path] = response.content.decode()
        queue += [link for link in links(response) if link not in pages]
    return pages


def test_no_public_page_or_feed_shows_a_login_a_field_name_or_an_internal_id(client, newsroom):
    pages = crawl(client)

    history = reverse("briefs:history", args=["arms"])
    assert {history, "/briefs/arms/", "/briefs/arms/revisions/1/", "/feeds/briefs.atom"} <= set(pages)
    assert any(path.startswith("/sources/") for path in pages) and any(
        path.startswith("/actors/") for path in pages
    )
    logins = [user.username for user in (newsroom.annotator, newsroom.named, newsroom.unnamed)]
    field_names = {key for key in _keys(newsroom.second.content) if "_" in key}
    problems = []
    for path, body in pages.items():
        problems += [f"{path} shows the login {login}" for login in logins if login in body]
        if path.startswith("/feeds/"):
            continue
        text = visible_text(body)
        problems += [f"{path} shows {match!r}" for match in INTERNAL.findall(text)]
        problems += [f"{path} shows the field name {name}" for name in field_names if name in text]
    assert not problems, "\n".join(problems)


def test_the_history_says_what_changed_in_a_readers_words(client, newsroom):
    text = visible_text(client.get("/briefs/arms/revisions/").text)

    assert "Summary rewritten" in text
    assert "Key point added: Containers were counted." in text
    assert "Source corrected: Harian Pertama — Judul yang dikoreksi" in text
    assert "Citations updated: North Korea, disputes — Arms went north." in text
    assert "now citing Harian Kedua" in text
    assert "First publication: 1 key point, 1 source" in text
    in_indonesian = visible_text(client.get("/briefs/arms/revisions/", HTTP_ACCEPT_LANGUAGE="id").text)
    assert "Poin utama ditambahkan: Containers were counted." in in_indonesian
    assert "Sumber dikoreksi: Harian Pertama" in in_indonesian


def test_the_reviewer_appears_by_their_public_name_or_as_the_editors(client, newsroom):
    current = client.get("/briefs/arms/").text
    older = client.get("/briefs/arms/revisions/1/").text

    assert "reviewed by Rudi Santoso" in visible_text(current)
    assert "reviewed by the editors" in visible_text(older)
    [jsonld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', current, re.S)
    assert json.loads(jsonld)["editor"] == {"@type": "Person", "name": "Rudi Santoso"}
    [older_jsonld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', older, re.S)
    assert "editor" not in json.loads(older_jsonld)


def test_the_name_is_the_one_chosen_when_publishing(client, newsroom):
    EditorProfile.objects.filter(user=newsroom.named).update(public_name="R. Santoso, later")

    assert "reviewed by Rudi Santoso" in visible_text(client.get("/briefs/arms/").text)


def test_an_editor_sets_their_own_public_name_and_not_their_login(client, newsroom):
    client.force_login(newsroom.annotator)
    add = reverse("admin:briefs_editorprofile_add")

    refused = client.post(add, {"public_name": "ani-annotator"})
    created = client.post(add, {"public_name": "Ani Lestari"})

    assert refused.status_code == 200 and "login name" in refused.text
    assert created.status_code == 302
    assert EditorProfile.objects.get(user=newsroom.annotator).public_name == "Ani Lestari"
    # Each person sees and edits their own profile only.
    listed = client.get(reverse("admin:briefs_editorprofile_changelist")).text
    assert "Ani Lestari" in listed and "Rudi Santoso" not in listed
    other = EditorProfile.objects.get(user=newsroom.named)
    assert client.get(reverse("admin:briefs_editorprofile_change", args=[other.pk])).status_code in (302, 404)


def _keys(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _keys(item)
