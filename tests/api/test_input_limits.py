"""Hostile input to the API: deeply nested JSON, lone surrogates, NUL and control characters, over-size
and over-many-part bodies, absurd numbers. Each is answered in well under a second with a 4xx that says
what is wrong (or accepted and stored cleanly), never a 500."""

from __future__ import annotations

import base64
import json
import time

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from briefs.api.filters import SEARCH_MAX_CHARS, SEARCH_MAX_WORDS
from briefs.models import Claim
from briefs.services.assembly import assemble_brief
from briefs.services.claims import PARAPHRASE_MAX_CHARS, QUOTE_MAX_CHARS
from briefs.services.publishing import publish_revision
from ingest.models import Source
from tests.api.conftest import marked_claim
from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db

#: Generous for a loaded CI machine; each of these takes milliseconds.
FAST_SECONDS = 3.0

ARTICLE = "JAKARTA - Pernyataan resmi tentang pengiriman senjata disampaikan hari ini oleh kementerian.\n\n"


@pytest.fixture
def editor_client(editor_token_api):
    """An editor with a token; a crash must surface as a failing test, not be hidden as a 500 page."""
    editor_token_api.raise_request_exception = True
    return editor_token_api


def timed(call):
    started = time.perf_counter()
    response = call()
    elapsed = time.perf_counter() - started
    assert elapsed < FAST_SECONDS, f"took {elapsed:.1f}s"
    return response


def post_json(client, url: str, body: str | bytes):
    return timed(lambda: client.post(url, data=body, content_type="application/json"))


def claim_body(source: Source, **changes) -> dict:
    return {
        "source": source.pk,
        "speaker": "north-korea",
        "stance": "denies",
        "start": 0,
        "end": 7,
        **changes,
    }


# --- Deep nesting ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/sources/"])
@pytest.mark.parametrize(
    "body",
    [
        "[" * 10_000 + "]" * 10_000,
        '{"text": ' + "[" * 10_000 + "]" * 10_000 + "}",
        '{"figures": ' + '[{"value": ' * 5_000 + "1" + "}]" * 5_000 + "}",
        '{"a":' * 10_000 + "1" + "}" * 10_000,
    ],
    ids=["arrays", "in-a-field", "figures", "objects"],
)
def test_deeply_nested_json_is_a_parse_error(editor_client, url, body):
    response = post_json(editor_client, url, body)

    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_moderately_nested_json_is_refused_by_validation(editor_client, world):
    figures = "[" * 200 + "]" * 200
    body = json.dumps(claim_body(world.public_claim.source))[:-1] + f', "figures": {figures}}}'

    response = post_json(editor_client, "/api/v1/claims/", body)

    assert response.status_code == 400
    assert "figures" in response.json()


# --- Lone surrogates and invalid UTF-8 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "payload"),
    [
        ("text", {"text": ARTICLE + "\ud800"}),
        ("name", {"text": ARTICLE, "name": "\udfff.txt"}),
    ],
)
def test_lone_surrogates_in_an_import_are_refused(editor_client, field, payload):
    response = post_json(editor_client, "/api/v1/sources/", json.dumps(payload))

    assert response.status_code == 400
    assert "Surrogate" in response.json()[field][0]
    assert not Source.objects.exists()


@pytest.mark.parametrize("field", ["paraphrase", "speaker", "exact"])
def test_lone_surrogates_in_a_claim_are_refused(editor_client, world, field):
    before = Claim.objects.count()
    response = post_json(
        editor_client,
        "/api/v1/claims/",
        json.dumps(claim_body(world.public_claim.source, **{field: "x\ud800"})),
    )

    assert response.status_code == 400
    assert "Surrogate" in response.json()[field][0]
    assert Claim.objects.count() == before


def test_a_surrogate_in_a_figure_unit_is_refused(editor_client, world):
    body = claim_body(world.public_claim.source, figures=[{"value": "1000", "unit": "\udc80kontainer"}])

    response = post_json(editor_client, "/api/v1/claims/", json.dumps(body))

    assert response.status_code == 400
    assert "Surrogate" in response.json()["figures"]["0"]["unit"][0]


def test_a_json_body_that_is_not_utf8_is_a_parse_error(editor_client):
    response = post_json(editor_client, "/api/v1/sources/", b'{"text": "\xed\xa0\x80 JAKARTA"}')

    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def assert_stored_cleanly(response) -> None:
    """Accepted input is stored as valid text (it can be written out as UTF-8 and holds no NUL)."""
    assert response.status_code in (200, 201, 400), response.content[:300]
    if response.status_code == 400:
        assert response.json()  # a message, in JSON
        return
    source = Source.objects.get(pk=response.json()["source"]["id"])
    for text in (source.body, source.title or "", source.raw_text, source.original_filename or ""):
        text.encode("utf-8")
        assert "\x00" not in text


@pytest.mark.parametrize(
    "raw",
    [
        ARTICLE.encode() + b"\xed\xa0\x80 kata \xed\xbf\xbf\n",  # surrogates encoded as UTF-8 (invalid)
        ARTICLE.encode() + b"\x00\x00 nol \x00\n",  # NUL bytes
        ARTICLE.encode() + bytes(range(1, 32)) + b"\n",  # every C0 control
        b"\xff\xfe" + ARTICLE.encode("utf-16-le")[:-1],  # UTF-16 cut mid-character
    ],
    ids=["surrogate-bytes", "nul", "controls", "broken-utf16"],
)
def test_a_hostile_uploaded_file_is_refused_or_stored_cleanly(editor_client, raw):
    upload = SimpleUploadedFile("berita.txt", raw, content_type="text/plain")

    assert_stored_cleanly(
        timed(lambda: editor_client.post("/api/v1/sources/", {"file": upload}, format="multipart"))
    )


def test_surrogates_in_form_fields_are_refused_or_stored_cleanly(editor_client):
    body = b"text=JAKARTA%20-%20Pernyataan%20%ED%A0%80%20resmi%20tentang%20senjata.&name=%ED%A0%80.txt"

    response = timed(
        lambda: editor_client.post(
            "/api/v1/sources/", data=body, content_type="application/x-www-form-urlencoded"
        )
    )

    assert_stored_cleanly(response)


def test_a_surrogate_in_an_uploaded_file_name_is_refused_or_stored_cleanly(editor_client):
    boundary = "BriefdeskBoundary"
    body = (
        f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="file"; filename="\xed\xa0\x80berita\x00.txt"\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + ARTICLE.encode()
        + f"\r\n--{boundary}--\r\n".encode()
    )

    response = timed(
        lambda: editor_client.post(
            "/api/v1/sources/", data=body, content_type=f"multipart/form-data; boundary={boundary}"
        )
    )

    assert_stored_cleanly(response)


# --- NUL and control characters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "field", "make"),
    [
        ("/api/v1/sources/", "text", lambda w: {"text": ARTICLE + "\x00"}),
        ("/api/v1/sources/", "name", lambda w: {"text": ARTICLE, "name": "a\x00.txt"}),
        ("/api/v1/claims/", "paraphrase", lambda w: claim_body(w.public_claim.source, paraphrase="a\x00b")),
        ("/api/v1/claims/", "speaker", lambda w: claim_body(w.public_claim.source, speaker="north\x00korea")),
        ("/api/v1/claims/", "exact", lambda w: claim_body(w.public_claim.source, exact="JAKARTA\x00")),
    ],
)
def test_nul_characters_in_writes_are_refused(editor_client, world, url, field, make):
    response = post_json(editor_client, url, json.dumps(make(world)))

    assert response.status_code == 400
    assert response.json()[field] == ["Null characters are not allowed."]


def test_control_characters_in_a_pasted_article_are_refused_or_stored_cleanly(editor_client):
    text = ARTICLE + "Kata \x01\x02\x1b[31mmerah\x1b[0m \x7f\x85 akhir.\r\n\x0c\n"

    assert_stored_cleanly(post_json(editor_client, "/api/v1/sources/", json.dumps({"text": text})))


def test_control_characters_in_a_claim_are_refused_or_kept_as_text(editor_client, world):
    body = claim_body(world.public_claim.source, paraphrase="Ringkas \x1b[31m\x07\x08 selesai.")

    response = post_json(editor_client, "/api/v1/claims/", json.dumps(body))

    assert response.status_code in (201, 400)
    if response.status_code == 201:
        assert Claim.objects.get(pk=response.json()["id"]).paraphrase == body["paraphrase"]


# --- Size and count limits ----------------------------------------------------------------------------------


def test_an_over_size_json_body_is_a_413_that_says_what_to_do(editor_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    body = json.dumps({"text": ARTICLE * 2_000})

    response = post_json(editor_client, "/api/v1/sources/", body)

    assert response.status_code == 413
    assert "file" in response.json()["detail"]
    assert not Source.objects.exists()


def test_the_default_body_limit_answers_a_30_mb_article_quickly(editor_client):
    response = post_json(editor_client, "/api/v1/sources/", json.dumps({"text": "kata " * 6_000_000}))

    assert response.status_code == 413
    assert f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes (5 MiB)" in response.json()["detail"]


def test_an_over_size_file_is_refused_by_the_importer(editor_client, settings):
    upload = SimpleUploadedFile("besar.txt", ARTICLE.encode() * 40_000, content_type="text/plain")

    response = timed(lambda: editor_client.post("/api/v1/sources/", {"file": upload}, format="multipart"))

    assert response.status_code == 400
    assert "limit" in response.json()["file"][0]


def test_too_many_files_in_one_upload_are_refused(editor_client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 5
    files = [SimpleUploadedFile(f"b{i}.txt", ARTICLE.encode()) for i in range(6)]

    response = timed(lambda: editor_client.post("/api/v1/sources/", {"file": files}, format="multipart"))

    assert response.status_code == 400
    assert "Too many" in response.json()["detail"]
    assert not Source.objects.exists()


def test_too_many_form_fields_are_refused(editor_client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    body = "&".join(f"f{i}=x" for i in range(50)) + "&text=JAKARTA"

    response = timed(
        lambda: editor_client.post(
            "/api/v1/sources/", data=body, content_type="application/x-www-form-urlencoded"
        )
    )

    assert response.status_code == 400
    assert "Too many" in response.json()["detail"]


def test_two_files_where_one_is_expected_import_at_most_one(editor_client):
    files = [SimpleUploadedFile(f"b{i}.txt", (ARTICLE + f"Berita {i}.\n").encode()) for i in range(2)]

    response = timed(lambda: editor_client.post("/api/v1/sources/", {"file": files}, format="multipart"))

    assert response.status_code in (201, 400)
    assert Source.objects.count() <= 1


# --- Absurd numbers and characters in reads ------------------------------------------------------------------

HUGE = "9" * 30


@pytest.mark.parametrize(
    "url",
    [
        f"/api/v1/claims/{HUGE}/",
        f"/api/v1/sources/{HUGE}/",
        f"/api/v1/key-points/{HUGE}/",
        f"/api/v1/briefs/published-brief/revisions/{HUGE}/",
        f"/api/v1/changes/?since={HUGE}",
        f"/api/v1/changes/?limit={HUGE}",
        f"/api/v1/claims/?key_point={HUGE}",
        f"/api/v1/claims/?page_size={HUGE}",
        f"/api/v1/outlets/?page={HUGE}",
        f"/api/v1/outlets/?page_size={HUGE}",
        "/api/v1/claims/?said_on_after=99999-01-01",
        "/api/v1/sources/?published_after=9999-12-31T23:59:59%2B14:00",
        "/api/v1/actors/a%00b/",
        "/api/v1/outlets/a%00b/",
        "/api/v1/briefs/a%00b/",
        "/api/v1/claims/?q=a%00b",
        "/api/v1/claims/?speaker=a%00b&outlet=%00&brief=%00",
        "/api/v1/sources/?cited_outlet=a%00b&language=%00&outlet=%00",
        "/api/v1/actors/?q=%00&country=%00",
        "/api/v1/key-points/?q=%00&brief=%00",
        "/api/v1/changes/?brief=%00&since=%00",
        "/api/v1/claims/?q=%ED%A0%80",
        "/api/v1/sources/?q=%22%22%22%20-%20or%20%22",
        "/api/v1/claims/?ordering=%00,-%00,said_on",
        "/api/v1/claims/?cursor=%00%ED%A0%80",
    ],
)
def test_absurd_reads_are_answered_without_a_crash(anonymous_api, world, url):
    anonymous_api.raise_request_exception = True

    response = timed(lambda: anonymous_api.get(url))

    assert response.status_code in (200, 400, 404), (url, response.status_code)
    if response.status_code != 404:  # a path that is no slug is the site's own 404 page
        response.json()


# --- The outside review's findings, each a 400 that names the parameter --------------------------------------

SUPERSCRIPT_TWO = "\u00b2"  # "²": str.isdigit() says yes, int() refuses it
ARABIC_THREE = "\u0663"  # "٣": int() reads it as 3
FAR_PAST_IN_UTC = "0001-01-01T00:00:00+14:00"  # before year 1 once converted to UTC
FAR_FUTURE_IN_UTC = "9999-12-31T23:59:59-14:00"  # after year 9999 once converted to UTC


def get_400(client, url: str, params: dict, name: str) -> dict:
    client.raise_request_exception = True
    response = timed(lambda: client.get(url, params))
    assert response.status_code == 400, (url, params, response.status_code, response.content[:300])
    body = response.json()
    assert name in body, body
    return body


@pytest.mark.parametrize("value", [SUPERSCRIPT_TWO, ARABIC_THREE, " 3", "+3", "3_0", "-1", "1.5", "9" * 30])
@pytest.mark.parametrize("name", ["since", "limit"])
def test_the_change_feed_takes_ascii_whole_numbers_only(anonymous_api, world, name, value):
    body = get_400(anonymous_api, "/api/v1/changes/", {name: value}, name)

    assert "ASCII digits" in body[name][0]


def test_a_limit_of_zero_is_refused_and_a_large_one_capped(anonymous_api, world):
    get_400(anonymous_api, "/api/v1/changes/", {"limit": "0"}, "limit")

    assert anonymous_api.get("/api/v1/changes/", {"limit": "5000"}).status_code == 200


@pytest.mark.parametrize("value", [SUPERSCRIPT_TWO, ARABIC_THREE, "0", "-1", "1e3"])
@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/api/v1/outlets/", "page"),
        ("/api/v1/outlets/", "page_size"),
        ("/api/v1/claims/", "page_size"),
        ("/api/v1/sources/", "page_size"),
    ],
)
def test_page_numbers_and_sizes_take_ascii_whole_numbers_only(anonymous_api, world, url, name, value):
    get_400(anonymous_api, url, {name: value}, name)


@pytest.mark.parametrize("value", [SUPERSCRIPT_TWO, ARABIC_THREE, "1.5", "1e3", "-1", "9" * 30])
def test_an_id_filter_takes_ascii_whole_numbers_only(anonymous_api, world, value):
    get_400(anonymous_api, "/api/v1/claims/", {"key_point": value}, "key_point")


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "cursor",
    [
        b64("p=abc&o=0"),  # a position of the wrong type: was a database error
        b64("p=2023-10-02"),  # well-formed, unsigned: was a silently chosen page
        b64("o=5&r=1"),
        b64("o=99999999999999999999"),
        "%00",
        "not a cursor",
    ],
)
@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/sources/"])
@pytest.mark.parametrize("ordering", ["", "said_on", "published_at"])
def test_a_forged_cursor_is_a_400(anonymous_api, world, url, ordering, cursor):
    body = get_400(anonymous_api, url, {"cursor": cursor, "ordering": ordering}, "cursor")

    assert "next" in body["cursor"][0]


def second_page_link(client, url: str, ordering: str) -> str:
    first = client.get(url, {"page_size": 1, "ordering": ordering}).json()
    assert first["next"], "the world needs two rows on this list"
    return first["next"]


@pytest.mark.parametrize(("url", "ordering"), [("/api/v1/claims/", "said_on"), ("/api/v1/sources/", "id")])
def test_a_cursor_follows_and_a_tampered_one_is_a_400(anonymous_api, world, reviewer, url, ordering):
    from urllib.parse import parse_qs, urlsplit

    second_claim = marked_claim("KEDUA", key_point=world.key_point, reviewer=reviewer, status="approved")
    publish_revision(revision=assemble_brief(brief_id=world.brief.pk).revision, reviewer=reviewer)
    assert second_claim.pk
    next_url = second_page_link(anonymous_api, url, ordering)
    assert anonymous_api.get(next_url).status_code == 200
    cursor = parse_qs(urlsplit(next_url).query)["cursor"][0]

    payload, signature = cursor.rsplit(":", 1)
    flipped = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    get_400(anonymous_api, url, {"cursor": f"{flipped}:{signature}", "ordering": ordering}, "cursor")
    # A genuine cursor made for another ordering (or list) is refused too, not read as a wrong page.
    other = "-id" if ordering != "-id" else "id"
    get_400(anonymous_api, url, {"cursor": cursor, "ordering": other}, "cursor")
    other_list = "/api/v1/sources/" if url == "/api/v1/claims/" else "/api/v1/claims/"
    get_400(anonymous_api, other_list, {"cursor": cursor, "ordering": ordering}, "cursor")


@pytest.mark.parametrize(
    ("url", "name", "value"),
    [
        ("/api/v1/sources/", "published_before", FAR_PAST_IN_UTC),
        ("/api/v1/sources/", "published_after", FAR_FUTURE_IN_UTC),
        ("/api/v1/sources/", "published_after", "0001-01-01T00:00:00"),  # naive: read in WIB, +07:00
        ("/api/v1/briefs/", "published_before", FAR_PAST_IN_UTC),
        ("/api/v1/briefs/published-brief/revisions/", "published_after", FAR_FUTURE_IN_UTC),
    ],
)
def test_an_instant_outside_the_years_1_to_9999_in_utc_is_a_400(anonymous_api, world, url, name, value):
    body = get_400(anonymous_api, url, {name: value}, name)

    assert "UTC" in body[name][0]


def test_the_earliest_and_latest_instants_in_range_are_accepted(anonymous_api, world):
    response = anonymous_api.get(
        "/api/v1/sources/",
        {"published_after": "0001-01-01T00:00:00Z", "published_before": "9999-12-31T23:59:59Z"},
    )

    assert response.status_code == 200


@pytest.mark.parametrize(
    "url", ["/api/v1/claims/", "/api/v1/sources/", "/api/v1/actors/", "/api/v1/key-points/"]
)
def test_a_search_of_a_thousand_words_or_a_very_long_one_is_a_400(anonymous_api, world, url):
    words = get_400(anonymous_api, url, {"q": " ".join(["a"] * 1_100)}, "q")
    assert "words" in words["q"][0]
    get_400(anonymous_api, url, {"q": "a" * (SEARCH_MAX_CHARS + 1)}, "q")

    within = " ".join(["PUBLIK"] * SEARCH_MAX_WORDS)
    assert anonymous_api.get(url, {"q": within}).status_code == 200


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/api/v1/claims/", "speaker"),
        ("/api/v1/claims/", "brief"),
        ("/api/v1/sources/", "cited_outlet"),
        ("/api/v1/key-points/", "brief"),
        ("/api/v1/changes/", "brief"),
    ],
)
def test_a_text_filter_longer_than_any_name_is_a_400(anonymous_api, world, url, name):
    get_400(anonymous_api, url, {name: "a" * 100_000}, name)


# --- Write limits ---------------------------------------------------------------------------------------------


def assert_refused(response, field: str, before: int) -> None:
    assert response.status_code == 400, response.content[:300]
    assert field in response.json(), response.json()
    assert Claim.objects.count() == before


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("speaker", "x" * 1_000_000),
        ("paraphrase", "p" * 4_000_000),
        ("exact", "J" * 1_000_000),
    ],
)
def test_over_long_claim_text_is_refused_quickly(editor_client, world, field, value):
    before = Claim.objects.count()

    response = post_json(
        editor_client, "/api/v1/claims/", json.dumps(claim_body(world.public_claim.source, **{field: value}))
    )

    assert_refused(response, field, before)
    assert "no more than" in response.json()[field][0]


def test_the_longest_texts_allowed_are_accepted(editor_client, world):
    source = SourceFactory(body="JAKARTA - " + "kata " * QUOTE_MAX_CHARS)
    body = claim_body(
        source, end=QUOTE_MAX_CHARS, paraphrase="p" * PARAPHRASE_MAX_CHARS, speaker=" North Korea "
    )

    response = post_json(editor_client, "/api/v1/claims/", json.dumps(body))

    assert response.status_code == 201, response.content[:300]


def test_a_quote_longer_than_the_limit_is_refused_even_without_its_text(editor_client, world):
    source = SourceFactory(body="JAKARTA - " + "kata " * QUOTE_MAX_CHARS)
    before = Claim.objects.count()

    response = post_json(
        editor_client, "/api/v1/claims/", json.dumps(claim_body(source, end=QUOTE_MAX_CHARS + 1))
    )

    assert_refused(response, "end", before)


def test_a_claim_with_20000_figures_is_refused_quickly(editor_client, world):
    before = Claim.objects.count()
    figures = [{"value": "1000", "unit": "kontainer"}] * 20_000

    response = post_json(
        editor_client, "/api/v1/claims/", json.dumps(claim_body(world.public_claim.source, figures=figures))
    )

    assert_refused(response, "figures", before)
    assert str(settings.CLAIM_MAX_FIGURES) in json.dumps(response.json()["figures"])


def test_the_figure_cap_is_a_setting(editor_client, world, settings):
    settings.CLAIM_MAX_FIGURES = 2
    figures = [{"value": "1000", "unit": "kontainer"}] * 2
    source = world.public_claim.source

    accepted = post_json(editor_client, "/api/v1/claims/", json.dumps(claim_body(source, figures=figures)))
    refused = post_json(
        editor_client, "/api/v1/claims/", json.dumps(claim_body(source, figures=[*figures, figures[0]]))
    )

    assert accepted.status_code == 201 and len(accepted.json()["figures"]) == 2
    assert refused.status_code == 400 and "figures" in refused.json()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("source", ARABIC_THREE),
        ("start", "\u0660"),  # "٠"
        ("end", "\u0667"),  # "٧"
        ("start", True),
        ("end", 7.5),
        ("source", "1" * 40),
    ],
)
def test_numbers_in_a_claim_are_json_integers_or_ascii_digits(editor_client, world, field, value):
    before = Claim.objects.count()
    body = {**claim_body(world.public_claim.source), field: value}

    assert_refused(post_json(editor_client, "/api/v1/claims/", json.dumps(body)), field, before)


def test_a_figure_value_in_other_digits_is_refused(editor_client, world):
    body = claim_body(
        world.public_claim.source, figures=[{"value": "\u0661\u0660\u0660\u0660", "unit": "kontainer"}]
    )

    response = post_json(editor_client, "/api/v1/claims/", json.dumps(body))

    assert response.status_code == 400
    assert "value" in response.json()["figures"]["0"]


def test_a_pasted_article_over_the_import_limit_is_refused(editor_client):
    response = post_json(editor_client, "/api/v1/sources/", json.dumps({"text": ARTICLE * 40_000}))

    assert response.status_code == 400
    assert "limit" in response.json()["text"][0]
    assert not Source.objects.exists()
