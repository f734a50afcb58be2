"""The OpenAPI 3 schema documents every endpoint, method and filter; the docs page works offline."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from briefs.api import views
from briefs.api.urls import router

pytestmark = pytest.mark.django_db

VIEWSETS = {
    "/api/v1/briefs/": views.BriefViewSet,
    "/api/v1/briefs/{slug}/revisions/": views.RevisionViewSet,
    "/api/v1/key-points/": views.KeyPointViewSet,
    "/api/v1/claims/": views.ClaimViewSet,
    "/api/v1/sources/": views.SourceViewSet,
    "/api/v1/actors/": views.ActorViewSet,
    "/api/v1/outlets/": views.OutletViewSet,
    "/api/v1/changes/": views.ChangeViewSet,
}


@pytest.fixture
def schema(anonymous_api) -> dict:
    response = anonymous_api.get("/api/v1/schema/?format=json")
    assert response.status_code == 200 and response["Content-Type"].startswith(
        "application/vnd.oai.openapi+json"
    )
    return response.json()


def test_the_schema_is_openapi_3_yaml_by_default_and_json_on_request(anonymous_api, schema):
    assert schema["openapi"].startswith("3.")
    assert anonymous_api.get("/api/v1/schema/").content.startswith(b"openapi: 3.")


def test_every_registered_endpoint_and_method_is_documented(schema):
    expected = {
        ("/api/v1/briefs/", "get"),
        ("/api/v1/briefs/{slug}/", "get"),
        ("/api/v1/briefs/{slug}/revisions/", "get"),
        ("/api/v1/briefs/{slug}/revisions/{number}/", "get"),
        ("/api/v1/key-points/", "get"),
        ("/api/v1/key-points/{id}/", "get"),
        ("/api/v1/claims/", "get"),
        ("/api/v1/claims/", "post"),
        ("/api/v1/claims/{id}/", "get"),
        ("/api/v1/sources/", "get"),
        ("/api/v1/sources/", "post"),
        ("/api/v1/sources/{id}/", "get"),
        ("/api/v1/actors/", "get"),
        ("/api/v1/actors/{slug}/", "get"),
        ("/api/v1/outlets/", "get"),
        ("/api/v1/outlets/{slug}/", "get"),
        ("/api/v1/changes/", "get"),
    }
    documented = {(path, method) for path, ops in schema["paths"].items() for method in ops}
    assert documented == expected
    assert {prefix for prefix, _, _ in router.registry} == {
        "briefs", "key-points", "claims", "sources", "actors", "outlets", "changes",
    }  # fmt: skip


@pytest.mark.parametrize(("path", "viewset"), list(VIEWSETS.items()))
def test_every_filter_ordering_and_page_parameter_is_documented(schema, path, viewset):
    params = {param["name"] for param in schema["paths"][path]["get"].get("parameters", [])}
    filterset = viewset.filterset_class
    for name, filter_ in filterset.base_filters.items():
        if type(filter_).__name__.endswith("FromToRangeFilter"):
            assert {f"{name}_after", f"{name}_before"} <= params, name
        else:
            assert name in params, name
    if viewset is views.ChangeViewSet:
        assert {"since", "limit"} <= params
        return
    ordering = next(p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == "ordering")
    allowed = set(ordering["schema"]["items"]["enum"])
    assert allowed == {*viewset.ordering_fields, *(f"-{name}" for name in viewset.ordering_fields)}
    assert ("cursor" in params) == (viewset.pagination_class.__name__ == "StreamPagination")
    assert "page_size" in params


def test_writes_document_their_request_bodies_and_the_token_scheme(schema):
    claims = schema["paths"]["/api/v1/claims/"]["post"]
    assert "201" in claims["responses"] and "400" in claims["responses"]
    assert "multipart/form-data" in schema["paths"]["/api/v1/sources/"]["post"]["requestBody"]["content"]
    assert schema["components"]["securitySchemes"]["apiToken"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "An API token created in the admin (Briefs → API tokens), shown once.",
    }


def test_the_docs_page_loads_everything_from_this_site(anonymous_api):
    page = anonymous_api.get(reverse("api:docs"), HTTP_ACCEPT="text/html")

    assert page.status_code == 200
    html = page.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(url.startswith("/") for url in assets), assets
    assert "<script>" not in html  # no inline script: the site's CSP allows scripts from 'self' only
    script = anonymous_api.get(reverse("api:docs") + "?script=")
    assert script.status_code == 200 and "/api/v1/schema/" in script.content.decode()
    for asset in assets:
        if asset.startswith("/static/"):
            assert anonymous_api.get(asset).status_code == 200, asset
