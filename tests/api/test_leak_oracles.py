"""Leak oracles, systematic: every list endpoint the router serves, every filter of its FilterSet and every
ordering it lists — read from the code, so a new endpoint, filter or ordering is covered the day it is
added — asked by an anonymous caller and a partner about material in every unpublished state.

Two properties, checked on every answer:
* nothing unpublished shows: every hidden object carries a marker word in its text fields, and no
  answer contains one; every row listed is one the unfiltered list already shows;
* "forbidden" and "missing" answer alike: asked about something that exists but is hidden, the API
  answers byte for byte (status, body, ETag) as for something that never existed.

test_filters.py and test_permissions.py hold the hand-written cases; this file adds orphaned claims,
superseded revisions, key points added or dropped since the publication, never-published briefs, live
edits of published rows, and the exhaustive sweep."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from urllib.parse import urlencode

import pytest
from django.urls import get_resolver
from django_filters import filters as df

from briefs.api import views
from briefs.api.pagination import StreamPagination
from briefs.api.urls import router
from tests.api.leak_world import (
    HIDDEN_BRIEFS,
    MARKERS,
    MISSING_ID,
    MISSING_SLUG,
    PUBLISHED_BRIEFS,
    LeakWorld,
    leaks_fixture,  # noqa: F401 (the `leaks` fixture)
)

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous_api", "partner_api"]


def without_echo(response, query: dict | None = None) -> str:
    """The body without the caller's own query: the change feed's `next` link repeats what was asked,
    which tells the caller nothing it did not send."""
    text = response.content.decode("utf-8", "replace")
    if query:
        for form in (urlencode(query), *(urlencode({k: v}) for k, v in query.items())):
            text = text.replace(form, "<asked>")
    return text


def leaked(response, query: dict | None = None) -> list[str]:
    text = without_echo(response, query)
    return [word for word in MARKERS if word in text]


def answer(response) -> tuple:
    """What a caller can observe of an answer (the test client adds no Date header)."""
    headers = ("Content-Type", "Content-Length", "ETag", "Last-Modified", "Allow", "Vary", "WWW-Authenticate")
    return response.status_code, response.content, tuple(response.get(name) for name in headers)


# --- Endpoints, read from the router ---------------------------------------------------------------------


def list_endpoints() -> list[tuple[str, type]]:
    """(url, viewset) for every list the API serves: the router's, plus each brief's revisions."""
    endpoints = [(f"/api/v1/{prefix}/", viewset) for prefix, viewset, _ in router.registry]
    endpoints += [
        (f"/api/v1/briefs/{slug}/revisions/", views.RevisionViewSet)
        for slug in [*PUBLISHED_BRIEFS, *HIDDEN_BRIEFS, MISSING_SLUG]
    ]
    return endpoints


ENDPOINTS = list_endpoints()


def test_every_api_route_is_covered_by_these_oracles():
    """A new route must be added to the sweep (list_endpoints, detail_cases) before it ships."""
    known = {"api-root", "schema", "docs"}
    names = set()
    for pattern in get_resolver().url_patterns:
        if getattr(pattern, "namespace", None) == "api":
            names |= {p.name for p in pattern.url_patterns if p.name}
    listed = {f"{basename}-list" for _, _, basename in router.registry} | {"revision-list"}
    detailed = {"brief-detail", "revision-detail", "key-point-detail", "claim-detail", "source-detail"}
    detailed |= {"actor-detail", "outlet-detail"}
    assert names - known - listed - detailed == set()


def row_key(row: dict):
    return row.get("id", row.get("slug", row.get("number")))


def rows(client, url: str, query: dict | None = None, first=None) -> list:
    """Every row of a list, following `next` (the cursor or page links); `first`: its first page, if
    already fetched."""
    seen = []
    separator = "&" if "?" in url else "?"
    next_url = f"{url}{separator}page_size=200" if first is None and "/changes/" not in url else url
    while next_url:
        response, first = (first, None) if first is not None else (client.get(next_url), None)
        assert response.status_code == 200, (next_url, response.content[:300])
        assert not leaked(response, query), (next_url, leaked(response, query))
        body = response.json()
        seen += [row_key(row) for row in body["results"]]
        next_url = body.get("next") if body.get("has_more", True) else None
    return seen


# --- Filter values, chosen by the filter's type -----------------------------------------------------------


def hidden_words(leaks: LeakWorld) -> list[str]:
    """Strings only hidden material carries: markers, slugs, credited names, brief slugs."""
    words = list(MARKERS)
    for claim in leaks.hidden_claims():
        words += [claim.speaker.slug, claim.source.outlet.slug, *claim.source.cited_outlets]
        words += [claim.speaker.aliases[0], claim.source.title]
    return [*dict.fromkeys([*words, *HIDDEN_BRIEFS])]


def parameter_names(name: str, flt) -> list[str]:
    suffixes = getattr(flt.field_class.widget, "suffixes", None)
    return [f"{name}_{suffix}" for suffix in suffixes] if suffixes else [name]


@dataclass
class Probe:
    query: dict
    hidden_only: bool  # the value names hidden material only: the answer must equal a missing value's


def probes(name: str, flt, leaks: LeakWorld) -> list[Probe]:
    """Queries that aim the filter at hidden material, or at everything."""
    params = parameter_names(name, flt)
    if isinstance(flt, (df.DateFromToRangeFilter, df.IsoDateTimeFromToRangeFilter)):
        after, before = params
        stamp = "T00:00:00Z" if isinstance(flt, df.IsoDateTimeFromToRangeFilter) else ""
        bounds = [("1900-01-01", "2999-12-31"), ("2023-10-02", "2023-10-02"), ("2023-09-01", None)]
        found = [
            Probe({after: a + stamp, **({before: b + stamp} if b else {})}, hidden_only=False)
            for a, b in bounds
        ]
        return [*found, Probe({after: "bukan-tanggal"}, hidden_only=False)]
    if isinstance(flt, df.ChoiceFilter):
        choices = [value for value, _ in flt.extra["choices"]]
        return [Probe({params[0]: value}, hidden_only=False) for value in [*choices, "bukan-pilihan"]]
    if isinstance(flt, df.NumberFilter):
        ids = [point.pk for point in leaks.hidden_key_points()]  # the one number filter names a key point
        return [Probe({params[0]: pk}, hidden_only=True) for pk in ids] + [
            Probe({params[0]: "bukan-angka"}, hidden_only=False)
        ]
    if isinstance(flt, df.CharFilter):
        values = [Probe({params[0]: word}, hidden_only=True) for word in hidden_words(leaks)]
        # Search syntax that widens rather than narrows must still see public rows only.
        values += [
            Probe({params[0]: f"{word} or PUBLIK"}, hidden_only=False)
            for word in ("RAHASIADRAFT", "RAHASIAYATIM")
        ]
        values += [
            Probe({params[0]: text}, hidden_only=False) for text in ("%", "_", '"', "' OR 1=1 --", "id", "en")
        ]
        return values
    raise AssertionError(
        f"{type(flt).__name__} {name}: teach probes() which values aim it at hidden material"
    )


def missing_counterpart(probe: Probe) -> dict:
    """The same query naming something that never existed."""
    return {key: MISSING_ID if isinstance(value, int) else MISSING_SLUG for key, value in probe.query.items()}


# --- The sweep ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("url", "viewset"), ENDPOINTS, ids=[url for url, _ in ENDPOINTS])
def test_no_filter_or_ordering_reveals_hidden_material(request, persona, url, viewset, leaks):
    client = request.getfixturevalue(persona)
    visible = set(rows(client, url))
    filterset = getattr(viewset, "filterset_class", None)
    swept, missing_answers = 0, {}
    for name, flt in filterset.base_filters.items() if filterset else []:
        for probe in probes(name, flt, leaks):
            target = f"{url}?{urlencode(probe.query)}"
            response = client.get(target)
            assert response.status_code in (200, 400), (target, response.status_code)
            assert not leaked(response, probe.query), (target, leaked(response, probe.query))
            if response.status_code == 200:
                assert set(rows(client, target, probe.query, first=response)) <= visible, target
            if probe.hidden_only:
                other = missing_counterpart(probe)
                missing_url = f"{url}?{urlencode(other)}"
                if missing_url not in missing_answers:
                    missing_answers[missing_url] = client.get(missing_url)
                missing = missing_answers[missing_url]
                if without_echo(response, probe.query) == response.content.decode():
                    assert answer(response) == answer(missing), target
                else:  # the answer repeats the query: equal once each side's own query is set aside
                    assert response.status_code == missing.status_code, target
                    assert without_echo(response, probe.query) == without_echo(missing, other), target
            swept += 1
    for name in getattr(viewset, "ordering_fields", None) or []:
        for term in (name, f"-{name}", f"{name},-id"):
            target = f"{url}?ordering={term}"
            assert set(rows(client, target)) == visible, target
            swept += 1
    assert swept or viewset is views.ChangeViewSet or not (filterset or viewset.ordering_fields)


@pytest.mark.parametrize("persona", PERSONAS)
def test_hidden_brief_revisions_list_exactly_like_a_brief_that_never_existed(request, persona, leaks):
    client = request.getfixturevalue(persona)
    missing = client.get(f"/api/v1/briefs/{MISSING_SLUG}/revisions/")
    for slug in HIDDEN_BRIEFS:
        response = client.get(f"/api/v1/briefs/{slug}/revisions/")
        assert answer(response) == answer(missing), slug


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(
    "url", [url for url, viewset in ENDPOINTS if viewset.pagination_class is StreamPagination]
)
def test_cursor_pages_walk_the_visible_rows_only_in_every_ordering(request, persona, url, leaks):
    client = request.getfixturevalue(persona)
    visible = sorted(rows(client, url))
    viewset = dict(ENDPOINTS)[url]
    for name in viewset.ordering_fields:
        for term in (name, f"-{name}"):
            seen, next_url = [], f"{url}?page_size=1&ordering={term}"
            while next_url:
                response = client.get(next_url)
                assert not leaked(response)
                body = response.json()
                seen += [row_key(row) for row in body["results"]]
                next_url = body["next"]
            assert sorted(seen) == visible, term


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_forged_cursor_pointing_at_hidden_rows_is_refused_like_any_other(request, persona, leaks):
    """Cursors are signed: one written by hand is refused, the same way wherever it points."""
    client = request.getfixturevalue(persona)
    missing = client.get(f"/api/v1/claims/?cursor={base64.b64encode(f'p={MISSING_ID}'.encode()).decode()}")
    assert missing.status_code == 400
    for claim in leaks.hidden_claims():
        for position in (claim.pk, claim.pk + 1, claim.pk - 1):
            cursor = base64.b64encode(f"p={position}".encode()).decode()
            response = client.get(f"/api/v1/claims/?cursor={cursor}&ordering=-id")
            assert not leaked(response)
            assert answer(response) == answer(missing)


# --- Details: hidden answers exactly like missing ---------------------------------------------------------


def detail_cases(leaks: LeakWorld) -> list[tuple[str, str, str]]:
    """(what, hidden url, never-existing url of the same shape)."""
    w = leaks.world
    cases = [
        (f"brief {slug}", f"/api/v1/briefs/{slug}/", f"/api/v1/briefs/{MISSING_SLUG}/")
        for slug in HIDDEN_BRIEFS
    ]
    cases += [
        ("pending revision", "/api/v1/briefs/published-brief/revisions/2/", "/api/v1/briefs/published-brief/revisions/99/"),
        ("pending-only revision", "/api/v1/briefs/pending-brief/revisions/1/", f"/api/v1/briefs/{MISSING_SLUG}/revisions/1/"),
        ("rejected revision", "/api/v1/briefs/rejected-brief/revisions/1/", f"/api/v1/briefs/{MISSING_SLUG}/revisions/1/"),
        ("orphan brief's unassembled revision", "/api/v1/briefs/orphan-brief/revisions/3/", "/api/v1/briefs/orphan-brief/revisions/99/"),
    ]  # fmt: skip
    for point in leaks.hidden_key_points():
        cases.append(
            (
                f"key point {point.statement}",
                f"/api/v1/key-points/{point.pk}/",
                f"/api/v1/key-points/{MISSING_ID}/",
            )
        )
    orphan_source = leaks.orphan_published.source
    for claim in leaks.hidden_claims():
        what = f"claim {claim.exact[:40]!r} ({claim.status})"
        cases += [
            (what, f"/api/v1/claims/{claim.pk}/", f"/api/v1/claims/{MISSING_ID}/"),
            (f"source of {what}", f"/api/v1/sources/{claim.source_id}/", f"/api/v1/sources/{MISSING_ID}/"),
            (
                f"speaker of {what}",
                f"/api/v1/actors/{claim.speaker.slug}/",
                f"/api/v1/actors/{MISSING_SLUG}/",
            ),
            (
                f"outlet of {what}",
                f"/api/v1/outlets/{claim.source.outlet.slug}/",
                f"/api/v1/outlets/{MISSING_SLUG}/",
            ),
        ]
    assert orphan_source.claims.exclude(pk=leaks.orphan_published.pk).count() == 0
    assert w.public_claim.pk  # the visible counterpart is checked in test_visible_material_is_served
    return cases


@pytest.mark.parametrize("persona", [*PERSONAS, "editor_api"])
@pytest.mark.parametrize("method", ["get", "head", "options"])
def test_hidden_details_answer_exactly_like_missing_ones(request, persona, method, leaks):
    client = request.getfixturevalue(persona)
    for what, hidden, missing in detail_cases(leaks):
        hidden_answer = getattr(client, method)(hidden)
        missing_answer = getattr(client, method)(missing)
        assert not leaked(hidden_answer), what
        if method == "options":
            # OPTIONS describes the route, never the object: the same for hidden and missing alike.
            assert hidden_answer.status_code == missing_answer.status_code, what
            assert hidden_answer.content.replace(hidden.encode(), b"") == missing_answer.content.replace(
                missing.encode(), b""
            ), what
            continue
        assert hidden_answer.status_code == 404, (what, hidden_answer.status_code)
        assert answer(hidden_answer) == answer(missing_answer), what


def test_writes_refused_to_partners_say_nothing_about_what_exists(partner_api, anonymous_api, leaks):
    """A refused write never reads the body, so naming a hidden or a missing source answers alike."""
    for client in (partner_api, anonymous_api):
        for_hidden = client.post(
            "/api/v1/claims/",
            {
                "source": leaks.world.draft_claim.source_id,
                "speaker": "x",
                "stance": "asserts",
                "start": 0,
                "end": 5,
            },
            format="json",
        )
        for_missing = client.post(
            "/api/v1/claims/",
            {"source": MISSING_ID, "speaker": "x", "stance": "asserts", "start": 0, "end": 5},
            format="json",
        )
        assert for_hidden.status_code in (401, 403)
        assert answer(for_hidden) == answer(for_missing)


# --- What stays visible, and how ---------------------------------------------------------------------------


@pytest.mark.parametrize("persona", PERSONAS)
def test_visible_material_is_served_as_published(request, persona, leaks):
    client = request.getfixturevalue(persona)
    # A claim cited only by a superseded revision is still public, with its source and speaker.
    claim = leaks.superseded_claim
    assert client.get(f"/api/v1/claims/{claim.pk}/").json()["briefs"] == ["superseded-brief"]
    assert client.get(f"/api/v1/sources/{claim.source_id}/").status_code == 200
    assert client.get(f"/api/v1/actors/{claim.speaker.slug}/").status_code == 200
    revisions = client.get("/api/v1/briefs/superseded-brief/revisions/").json()["results"]
    assert [(r["number"], r["status"]) for r in revisions] == [(2, "published"), (1, "superseded")]
    assert client.get("/api/v1/briefs/superseded-brief/revisions/1/").status_code == 200
    # The orphaned claim stays in the publication's snapshot (what was published), not in the claims.
    orphan = leaks.orphan_published
    assert orphan.pk not in rows(client, "/api/v1/claims/?brief=orphan-brief")
    assert orphan.pk not in rows(client, "/api/v1/claims/")
    # A published brief is served as published, not as edited since.
    brief = client.get("/api/v1/briefs/published-brief/").json()
    assert brief["title"] == "Published brief PUBLIK"
    assert brief["content"]["title"] == "Published brief PUBLIK"
    assert [
        k["statement"] for k in client.get("/api/v1/key-points/?brief=published-brief").json()["results"]
    ] == ["Published point PUBLIK."]


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_change_feed_names_no_hidden_claim_or_brief(request, persona, leaks):
    client = request.getfixturevalue(persona)
    events = []
    next_url = "/api/v1/changes/?limit=200"
    while next_url:
        response = client.get(next_url)
        assert not leaked(response)
        body = response.json()
        events += body["results"]
        next_url = body["next"] if body["has_more"] else None
    never_published = {c.pk for c in leaks.hidden_claims()} - {leaks.orphan_published.pk}
    assert {event["claim"] for event in events} & never_published == set()
    assert {event["brief"] for event in events} & set(HIDDEN_BRIEFS) == set()
