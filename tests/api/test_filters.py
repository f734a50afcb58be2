"""Filters, ordering and search: each gives the right answer on published material, and none is an
oracle: asked about anything unpublished, it answers exactly as for something that does not exist."""

from __future__ import annotations

from datetime import date

import pytest

from briefs.models import Claim
from briefs.services.assembly import assemble_brief
from briefs.services.publishing import publish_revision
from tests.api.conftest import SECRETS, assert_no_secret, marked_claim
from tests.briefs.factories import PropositionFactory

pytestmark = pytest.mark.django_db


def ids(client, url, *, secrets_hidden: bool = True) -> list:
    response = client.get(url)
    assert response.status_code == 200, response.content
    if secrets_hidden:
        assert_no_secret(response)
    return [row.get("id", row.get("slug")) for row in response.json()["results"]]


# --- Oracles: a filter naming hidden material finds nothing, like one naming nothing at all -------------


def hidden_claims(world) -> list[Claim]:
    return [
        world.draft_claim,
        world.rejected_claim,
        world.late_claim,
        world.loose_claim,
        world.pending_brief_claim,
        world.rejected_brief_claim,
    ]


def test_claim_filters_on_hidden_material_find_nothing(anonymous_api, world):
    for claim in hidden_claims(world):
        for query in [
            f"speaker={claim.speaker.slug}",
            f"outlet={claim.source.outlet.slug}",
            f"q={claim.exact.split()[3]}",
            f"q={claim.paraphrase.split()[1]}",
        ]:
            assert ids(anonymous_api, f"/api/v1/claims/?{query}") == [], query
    for brief in ("pending-brief", "rejected-brief", "no-such-brief"):
        assert ids(anonymous_api, f"/api/v1/claims/?brief={brief}") == []
    for point in (world.pending_only, world.rejected_only):
        key_point = point.brief.key_points.get()
        assert ids(anonymous_api, f"/api/v1/claims/?key_point={key_point.pk}") == []
    assert ids(anonymous_api, "/api/v1/claims/?key_point=999999") == []


def test_source_filters_and_search_on_hidden_material_find_nothing(anonymous_api, world):
    for claim in hidden_claims(world):
        marker = claim.exact.split()[3]
        for query in [
            f"outlet={claim.source.outlet.slug}",
            f"cited_outlet=Kantor%20{marker}",
            f"q={marker}",
        ]:
            assert ids(anonymous_api, f"/api/v1/sources/?{query}") == [], query
    # The raw text holds lines cleaning removed: searching them finds nothing.
    assert ids(anonymous_api, "/api/v1/sources/?q=MENTAHRAW") == []


def test_reference_and_key_point_filters_on_hidden_material_find_nothing(anonymous_api, world):
    for word in SECRETS:
        assert ids(anonymous_api, f"/api/v1/actors/?q={word}") == []
        assert ids(anonymous_api, f"/api/v1/key-points/?q={word}") == []
    assert ids(anonymous_api, "/api/v1/key-points/?brief=pending-brief") == []
    assert ids(anonymous_api, "/api/v1/briefs/?language=en") == ["published-brief"]


def test_every_ordering_lists_the_same_published_rows(anonymous_api, world):
    orderings = {
        "/api/v1/claims/": ["id", "said_on", "event_date"],
        "/api/v1/sources/": ["published_at", "id"],
        "/api/v1/actors/": ["name", "slug"],
        "/api/v1/outlets/": ["name", "slug"],
        "/api/v1/key-points/": ["position", "id"],
        "/api/v1/briefs/": ["slug", "published_at"],
        "/api/v1/briefs/published-brief/revisions/": ["number", "published_at"],
    }
    for url, names in orderings.items():
        expected = sorted(ids(anonymous_api, url), key=str)
        for name in names:
            for term in (name, f"-{name}"):
                assert sorted(ids(anonymous_api, f"{url}?ordering={term}"), key=str) == expected, (url, term)


def test_an_ordering_not_listed_is_ignored(anonymous_api, world):
    default = ids(anonymous_api, "/api/v1/claims/")
    for term in ("review_note", "created_by__username", "status", "source__raw_text"):
        assert ids(anonymous_api, f"/api/v1/claims/?ordering={term}") == default


# --- Answers on published material ----------------------------------------------------------------------


def found(client, url) -> list:
    """The late claim is published by `several`, so its word may appear from then on."""
    return ids(client, url, secrets_hidden=False)


@pytest.fixture
def several(world, reviewer):
    """Three more published claims with different speakers, stances, outlets and dates."""
    point = PropositionFactory(brief=world.brief, position=2, statement="Second point.")
    claims = []
    for index, (marker, stance, said, event) in enumerate(
        [
            ("ALFA", "denies", date(2023, 9, 5), date(2023, 8, 1)),
            ("BRAVO", "asserts", date(2023, 10, 20), date(2023, 10, 1)),
            ("CHARLIE", "warns", None, None),
        ]
    ):
        claim = marked_claim(marker, key_point=point, reviewer=reviewer)
        Claim.objects.filter(pk=claim.pk).update(
            stance=stance, said_on=said, event_start=event, event_precision="day" if event else ""
        )
        claim.source.language = "en" if index == 0 else "id"
        claim.source.cited_outlets = ["Reuters"] if index < 2 else ["KCNA"]
        claim.source.save()
        from briefs.services.review import approve_claim

        claims.append(approve_claim(claim=claim, reviewer=reviewer))
    publish_revision(revision=assemble_brief(brief_id=world.brief.pk).revision, reviewer=reviewer)
    return {claim.exact.split()[3]: claim for claim in claims}


def test_claim_filters_answer_on_published_claims(anonymous_api, world, several):
    alfa, bravo, charlie = several["ALFA"], several["BRAVO"], several["CHARLIE"]
    url = "/api/v1/claims/?"
    assert found(anonymous_api, url + "speaker=juru-alfa") == [alfa.pk]
    assert found(anonymous_api, url + "stance=warns") == [charlie.pk]
    assert found(anonymous_api, url + "outlet=harian-bravo") == [bravo.pk]
    assert set(found(anonymous_api, url + f"key_point={alfa.key_points.get().pk}")) == {
        alfa.pk,
        bravo.pk,
        charlie.pk,
    }
    assert found(anonymous_api, url + "said_on_after=2023-10-10") == [bravo.pk]
    assert set(found(anonymous_api, url + "said_on_before=2023-10-02")) == {
        alfa.pk,
        world.public_claim.pk,
        world.late_claim.pk,
    }
    assert found(anonymous_api, url + "event_date_after=2023-09-15&event_date_before=2023-12-31") == [
        bravo.pk
    ]
    assert found(anonymous_api, url + "q=paraphrase%20charlie") == [charlie.pk]
    # late_claim is approved and the new publication cites it now
    assert world.late_claim.pk in found(anonymous_api, url + "brief=published-brief")
    assert found(anonymous_api, url + "ordering=said_on")[-1] == bravo.pk
    assert found(anonymous_api, url + "ordering=said_on")[0] == charlie.pk  # no date sorts first


def test_source_filters_answer_on_published_sources(anonymous_api, world, several):
    alfa, bravo, charlie = (several[name].source_id for name in ("ALFA", "BRAVO", "CHARLIE"))
    url = "/api/v1/sources/?"
    assert found(anonymous_api, url + "outlet=harian-alfa") == [alfa]
    assert found(anonymous_api, url + "language=en") == [alfa]
    assert set(found(anonymous_api, url + "cited_outlet=reuters")) == {alfa, bravo}
    assert found(anonymous_api, url + "cited_outlet=KCNA") == [charlie]
    assert found(anonymous_api, url + "cited_outlet=Reu") == []  # a whole name, not a fragment
    assert found(anonymous_api, url + "q=Judul%20BRAVO") == [bravo]
    assert found(anonymous_api, url + "q=senjata%20CHARLIE") == [charlie]


def test_cursor_pages_walk_every_claim_once_in_any_ordering(anonymous_api, world, several):
    everything = set(found(anonymous_api, "/api/v1/claims/"))
    for ordering in ("said_on", "-said_on", "event_date", "-event_date", "id", "-id"):
        seen, url = [], f"/api/v1/claims/?page_size=1&ordering={ordering}"
        while url:
            page = anonymous_api.get(url).json()
            seen += [row["id"] for row in page["results"]]
            url = page["next"]
        assert sorted(seen) == sorted(everything), ordering


def test_page_size_is_capped(anonymous_api, world, settings):
    settings.API_MAX_PAGE_SIZE = 1
    marked = anonymous_api.get("/api/v1/claims/?page_size=500").json()
    assert len(marked["results"]) == 1


@pytest.mark.parametrize(
    ("url", "params", "named"),
    [
        ("/api/v1/claims/", {"said_on_after": "2023-99-99"}, {"said_on_after"}),
        ("/api/v1/claims/", {"said_on_after": "2023-01-01", "said_on_before": "soon"}, {"said_on_before"}),
        (
            "/api/v1/claims/",
            {"event_date_after": "x", "event_date_before": "y"},
            {"event_date_after", "event_date_before"},
        ),
        ("/api/v1/sources/", {"published_after": "yesterday"}, {"published_after"}),
    ],
)
def test_a_bad_range_bound_is_a_400_keyed_by_the_parameter_the_client_sent(
    anonymous_api, world, url, params, named
):
    response = anonymous_api.get(url, params)

    assert response.status_code == 400
    assert set(response.json()) == named


@pytest.mark.parametrize(
    ("url", "params", "unknown"),
    [
        ("/api/v1/claims/", {"source": "6"}, {"source"}),
        ("/api/v1/claims/", {"id": "35", "stance": "denies"}, {"id"}),
        ("/api/v1/sources/", {"published_since": "2024-01-01"}, {"published_since"}),
    ],
)
def test_a_misspelt_filter_is_a_400_not_the_whole_list(anonymous_api, world, url, params, unknown):
    """A partner who misspells a filter must not take the unfiltered list for the filtered one."""
    response = anonymous_api.get(url, params)

    assert response.status_code == 400
    assert set(response.json()) == unknown | {"accepted_parameters"}
    assert "page_size" in response.json()["accepted_parameters"], "the error lists what the list does accept"
    assert not unknown & set(response.json()["accepted_parameters"])


def test_a_query_string_of_hundreds_of_unknown_names_gets_a_short_refusal(anonymous_api, world):
    response = anonymous_api.get("/api/v1/claims/?" + "&".join(f"x{number}=1" for number in range(500)))

    assert response.status_code == 400
    assert len(response.content) < 4000
    assert len(response.json()) == 11, "ten names and the accepted list"


def test_range_bounds_and_paging_parameters_are_known(anonymous_api, world):
    response = anonymous_api.get(
        "/api/v1/claims/", {"said_on_after": "2023-01-01", "said_on_before": "2025-01-01", "page_size": "5"}
    )

    assert response.status_code == 200


def test_a_list_paged_by_cursor_does_not_take_a_page_number(anonymous_api, world):
    """?page=2 on a cursor list answered the first page as if it were the second."""
    response = anonymous_api.get("/api/v1/claims/", {"page": "2", "page_size": "2"})

    assert response.status_code == 400
    assert "page" in response.json()
    assert "cursor" in response.json()["accepted_parameters"]
