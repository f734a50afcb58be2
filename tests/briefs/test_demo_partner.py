"""`make demo` prints a partner's API token, so the API can be tried as partners see it."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from briefs.models import ApiToken, Partner

pytestmark = pytest.mark.django_db


def demo_token() -> str:
    out = io.StringIO()
    call_command("setup_roles", "--demo-users", stdout=out)
    [line] = [line for line in out.getvalue().splitlines() if "API token" in line]
    return line.split()[-1]


def test_the_demo_prints_a_partner_token_that_reads_the_api_and_a_rerun_replaces_it():
    first = demo_token()
    partner = APIClient()
    partner.credentials(HTTP_AUTHORIZATION=f"Bearer {first}")
    assert partner.get("/api/v1/briefs/").status_code == 200

    second = demo_token()

    assert partner.get("/api/v1/briefs/").status_code == 401, "the earlier demo token is revoked"
    partner.credentials(HTTP_AUTHORIZATION=f"Bearer {second}")
    assert partner.get("/api/v1/briefs/").status_code == 200
    assert Partner.objects.get().user.has_usable_password() is False
    assert ApiToken.objects.active().count() == 1


def test_the_demo_partner_cannot_write():
    partner = APIClient()
    partner.credentials(HTTP_AUTHORIZATION=f"Bearer {demo_token()}")

    assert partner.post("/api/v1/claims/", {}, format="json").status_code == 403
