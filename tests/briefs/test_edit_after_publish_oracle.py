"""Publication is the only door: an editor's change to a published brief, its key points, claims,
sources, speakers or outlets changes nothing a reader or partner can fetch — not a byte, not an ETag —
until another reviewer publishes a revision that contains it; then every page shows it, except the
superseded revision, which stays as it was published.

The routes come from the URLconf and the API router, so a new public page or endpoint fails
`test_every_public_route_is_covered` until it is added to ROUTES here."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from briefs.models import Claim, Movement, Place, Proposition
from briefs.services.assembly import assemble_brief
from briefs.services.claims import MovementInput, set_movements, update_claim
from briefs.services.editing import (
    key_point_snapshots,
    record_key_point_edits,
    save_actor,
    save_brief,
    save_place,
)
from briefs.services.publishing import publish_revision
from briefs.services.review import approve_claim
from briefs.services.roles import REVIEWERS, ensure_editorial_groups
from ingest.services.corrections import correct_source
from tests.api.conftest import marked_claim
from tests.briefs.factories import PropositionFactory, UserFactory
from tests.caches import empty_caches

pytestmark = pytest.mark.django_db

#: Routes that describe the site or the API rather than show published material.
NOT_PUBLISHED_MATERIAL = {
    "home",
    "healthz",
    "favicon",
    "robots",
    "switch_language",
    "api:api-root",
    "api:docs",
    "api:schema",
}

TITLE, SUMMARY, POINT = "TAJUKBARU", "RINGKASBARU", "POINBARU"
PARAPHRASE, SOURCE_TITLE, BODY = "PARAFRASEBARU", "JUDULBARU", "ISIBARU"
ACTOR, OUTLET = "NAMABARU", "OUTLETBARU"
#: The editors' translations: the quote's English rendering, the Indonesian title, summary and key point.
QUOTE_ENGLISH, TITLE_ID, SUMMARY_ID, POINT_ID = (
    "RENDERINGBARU",
    "TAJUKINDOBARU",
    "RINGKASINDOBARU",
    "POININDOBARU",
)
#: The route map: a place renamed and moved, and a movement sent to another place by another means.
PLACE, DESTINATION = "TEMPATBARU", "TUJUANBARU"
EDITS = (
    PLACE,
    DESTINATION,
    TITLE,
    SUMMARY,
    POINT,
    PARAPHRASE,
    SOURCE_TITLE,
    BODY,
    ACTOR,
    OUTLET,
    QUOTE_ENGLISH,
    TITLE_ID,
    SUMMARY_ID,
    POINT_ID,
)

#: Route → (its arguments, the edits it shows once published; None: a superseded revision, shows none).
ROUTES = {
    "briefs:index": ({}, {TITLE}),
    "briefs:detail": ({"slug": "pintu"}, {TITLE, POINT, ACTOR, QUOTE_ENGLISH, PLACE, DESTINATION}),
    "briefs:history": ({"slug": "pintu"}, {TITLE}),
    "briefs:revision": ({"slug": "pintu", "number": 1}, None),
    "briefs:key_point": ({"slug": "pintu", "point_id": "point"}, {TITLE, POINT, ACTOR, QUOTE_ENGLISH}),
    "briefs:revision_key_point": ({"slug": "pintu", "number": 1, "point_id": "point"}, None),
    "source_detail": ({"source_id": "source"}, {SOURCE_TITLE, BODY}),
    "actor_detail": ({"slug": "actor"}, {ACTOR, TITLE, POINT, QUOTE_ENGLISH}),
    "feed_atom": ({}, {TITLE}),
    "feed_rss": ({}, {TITLE}),
    "feed_json": ({}, {TITLE, SUMMARY}),
    "feeds": ({}, {TITLE}),
    "actor_index": ({}, {ACTOR}),
    "search": ({}, {ACTOR, SOURCE_TITLE, OUTLET, PARAPHRASE}),
    "source_index": ({}, {SOURCE_TITLE, OUTLET, TITLE}),
    "api:brief-list": ({}, {TITLE, SUMMARY}),
    "api:brief-detail": (
        {"slug": "pintu"},
        {
            TITLE,
            SUMMARY,
            POINT,
            PARAPHRASE,
            QUOTE_ENGLISH,
            TITLE_ID,
            SUMMARY_ID,
            POINT_ID,
            PLACE,
            DESTINATION,
        },
    ),
    "api:revision-list": ({"slug": "pintu"}, {"superseded"}),
    "api:revision-detail": ({"slug": "pintu", "number": 1}, None),
    "api:key-point-list": ({}, {POINT}),
    "api:key-point-detail": ({"pk": "point"}, {POINT}),
    "api:claim-list": ({}, {PARAPHRASE, ACTOR, QUOTE_ENGLISH}),
    "api:claim-detail": ({"pk": "claim"}, {PARAPHRASE, ACTOR, QUOTE_ENGLISH}),
    "api:source-list": ({}, {SOURCE_TITLE, OUTLET}),
    "api:source-detail": ({"pk": "source"}, {SOURCE_TITLE, BODY, OUTLET}),
    "api:actor-list": ({}, {ACTOR}),
    "api:actor-detail": ({"slug": "actor"}, {ACTOR}),
    "api:outlet-list": ({}, {OUTLET}),
    "api:outlet-detail": ({"slug": "outlet"}, {OUTLET}),
    "api:change-list": ({}, {"revision.published"}),
}


#: Routes whose material is asked for in the query string: the marked claim's word.
QUERIES = {"search": "?q=PINTU"}
#: Reader pages fetched again in Indonesian: route → the edits they show there once published.
INDONESIAN_ROUTES = {
    "briefs:index": {TITLE_ID, SUMMARY_ID},
    "briefs:detail": {TITLE_ID, SUMMARY_ID, POINT_ID, PLACE, DESTINATION},
    "briefs:key_point": {TITLE_ID, POINT_ID},
    "actor_detail": {TITLE_ID, POINT_ID},
    "source_detail": {POINT_ID},
}


def route_names(patterns, namespace: str = "") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= route_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_public_route_is_covered():
    assert route_names(get_resolver().url_patterns) - NOT_PUBLISHED_MATERIAL == set(ROUTES)


def fetch_all(client: Client, addresses: dict[str, str]) -> dict[str, tuple]:
    empty_caches()  # rendered from the public rows, not from a page cached before the edits
    answers = {}
    for name, url in addresses.items():
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        answers[name] = (response.content, response.get("ETag"))
    for name in INDONESIAN_ROUTES:
        response = client.get(addresses[name], HTTP_ACCEPT_LANGUAGE="id")
        assert response.status_code == 200, (name, "id", response.status_code)
        answers[f"{name}@id"] = (response.content, response.get("ETag"))
        # Its own Indonesian address, asked for with nothing that names a language: the same page.
        response = client.get(f"/id{addresses[name]}")
        assert response.status_code == 200, (name, "/id/", response.status_code)
        answers[f"{name}@/id/"] = (response.content, response.get("ETag"))
        assert answers[f"{name}@/id/"] == answers[f"{name}@id"], name
    return answers


@pytest.fixture
def second_reviewer(db):
    return UserFactory(username="sari-reviewer", is_staff=True, groups=[ensure_editorial_groups()[REVIEWERS]])


@pytest.mark.parametrize("persona", ["anonymous", "partner"])
def test_edits_are_public_only_once_another_reviewer_publishes_them(
    persona, editor, reviewer, second_reviewer, partner
):
    point = PropositionFactory(brief__slug="pintu", brief__title="Tajuk lama", statement="Poin lama.")
    claim = marked_claim("PINTU", key_point=point, reviewer=reviewer, status="approved")
    najin, dunay = Place.objects.get(name="Najin"), Place.objects.get(name="Dunay")
    Movement.objects.create(claim=claim, origin=najin, destination=dunay, mode=Movement.Mode.SEA)
    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=reviewer)
    source, actor, outlet = claim.source, claim.speaker, claim.source.outlet
    values = {
        "source": source.pk,
        "claim": claim.pk,
        "point": point.pk,
        "actor": actor.slug,
        "outlet": outlet.slug,
    }
    addresses = {
        name: reverse(name, kwargs={key: values.get(value, value) for key, value in kwargs.items()})
        + QUERIES.get(name, "")
        for name, (kwargs, _shown) in ROUTES.items()
    }
    client = Client()
    if persona == "partner":
        client.force_login(partner)
    published = fetch_all(client, addresses)

    # An editor edits every editable field of what the pages show, through the desk's own services.
    brief = point.brief
    brief.title, brief.summary = f"Tajuk {TITLE}", f"Ringkas {SUMMARY}"
    brief.title_indonesian, brief.summary_indonesian = f"Tajuk {TITLE_ID}", f"Ringkas {SUMMARY_ID}"
    save_brief(brief=brief, user=editor)
    before = key_point_snapshots(point_ids=[point.pk])
    Proposition.objects.filter(pk=point.pk).update(
        statement=f"Poin {POINT}.", statement_indonesian=f"Poin {POINT_ID}."
    )
    record_key_point_edits(before=before, point_ids=[point.pk], user=editor)
    update_claim(
        claim=claim,
        edits={
            "paraphrase": f"Parafrase {PARAPHRASE}",
            "quote_english": f"Rendering {QUOTE_ENGLISH}",
            "stance": Claim.Stance.DENIES,
        },
        user=editor,
        expected_version=claim.version,
    )
    correct_source(
        source=source,
        edits={"title": f"Judul {SOURCE_TITLE}", "body": f"{source.body}\n\nParagraf {BODY}."},
        user=editor,
        expected_version=source.version,
    )
    actor.name = f"Juru {ACTOR}"
    save_actor(actor=actor, user=editor)
    outlet.name = f"Harian {OUTLET}"
    outlet.save()
    najin.name, najin.latitude = f"Najin {PLACE}", "42.3"
    save_place(place=najin, user=editor)
    elsewhere = Place.objects.create(name=f"Kota {DESTINATION}", kind="city", latitude=45, longitude=40)
    set_movements(claim=claim, movements=[MovementInput(najin, elsewhere, Movement.Mode.RAIL)], user=editor)
    claim.refresh_from_db()
    approve_claim(claim=claim, reviewer=reviewer)

    edited = fetch_all(client, addresses)
    assert {name: edited[name] == published[name] for name in published} == dict.fromkeys(published, True)

    publish_revision(revision=assemble_brief(brief_id=point.brief_id).revision, reviewer=second_reviewer)

    now = fetch_all(client, addresses)
    for name, (_kwargs, shown) in ROUTES.items():
        text = now[name][0].decode()
        if shown is None:  # the superseded revision: as it was published
            assert [edit for edit in EDITS if edit in text] == [], name
        else:
            assert now[name] != published[name], name
            assert {edit for edit in shown if edit not in text} == set(), name
    for name, shown in INDONESIAN_ROUTES.items():
        for asked in ("id", "/id/"):
            text = now[f"{name}@{asked}"][0].decode()
            assert {edit for edit in shown if edit not in text} == set(), (name, asked)
    claim_json = client.get(addresses["api:claim-detail"]).json()
    assert claim_json["stance"] == Claim.Stance.DENIES
