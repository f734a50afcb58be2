"""API tokens: 256 random bits, only the SHA-256 stored, shown once in the admin, revocable at once."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.contrib import messages
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from briefs.models import ApiToken
from briefs.services.partners import issue_token, revoke_token
from ops.models import AuditEntry

pytestmark = pytest.mark.django_db


def client_with(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def test_only_the_sha256_of_a_token_is_stored(api_partner):
    issued = issue_token(user=api_partner.user, name="CMS", created_by=None)
    row = ApiToken.objects.values().get(pk=issued.token.pk)

    assert row["key_hash"] == hashlib.sha256(issued.plain.encode()).hexdigest()
    assert issued.plain not in str(row)
    assert issued.plain.startswith("bdk_") and len(issued.plain) >= 40
    assert row["prefix"] == issued.plain[:10]


def test_two_tokens_are_never_alike(api_partner):
    tokens = {issue_token(user=api_partner.user, name="x", created_by=None).plain for _ in range(20)}
    assert len(tokens) == 20


def test_a_revoked_token_is_refused_at_once(api_partner, world, admin_user):
    issued = issue_token(user=api_partner.user, name="CMS", created_by=None)
    client = client_with(issued.plain)
    assert client.get("/api/v1/briefs/").status_code == 200

    revoke_token(token=issued.token, revoked_by=admin_user)

    assert client.get("/api/v1/briefs/").status_code == 401
    assert AuditEntry.objects.filter(action="token revoked", object_id=issued.token.pk).exists()


def test_expired_tokens_inactive_accounts_and_suspended_partners_are_refused(api_partner, world):
    expired = issue_token(
        user=api_partner.user, name="old", created_by=None, expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert client_with(expired.plain).get("/api/v1/briefs/").status_code == 401

    live = issue_token(user=api_partner.user, name="live", created_by=None)
    api_partner.is_active = False
    api_partner.save()
    assert client_with(live.plain).get("/api/v1/briefs/").status_code == 401
    api_partner.is_active = True
    api_partner.save()
    api_partner.user.is_active = False
    api_partner.user.save()
    assert client_with(live.plain).get("/api/v1/briefs/").status_code == 401


def test_use_is_recorded_without_writing_on_every_request(api_partner, world):
    issued = issue_token(user=api_partner.user, name="CMS", created_by=None)
    client = client_with(issued.plain)
    client.get("/api/v1/briefs/")
    first = ApiToken.objects.get(pk=issued.token.pk).last_used_at
    client.get("/api/v1/briefs/")

    assert first is not None
    assert ApiToken.objects.get(pk=issued.token.pk).last_used_at == first


def test_the_admin_creates_a_token_and_shows_it_once(admin_client, api_partner):
    response = admin_client.post(
        reverse("admin:briefs_apitoken_add"),
        {"user": api_partner.user.pk, "name": "Newsroom sync"},
        follow=True,
    )

    token = ApiToken.objects.get(name="Newsroom sync")
    shown = [str(m) for m in response.context["messages"] if m.level == messages.WARNING]
    assert len(shown) == 1 and "shown only this once" in shown[0]
    plain = shown[0].split("<code>")[1].split("</code>")[0]
    assert hashlib.sha256(plain.encode()).hexdigest() == token.key_hash
    page = admin_client.get(reverse("admin:briefs_apitoken_change", args=[token.pk])).content.decode()
    assert plain not in page and token.prefix in page


def test_the_admin_revokes_tokens_with_an_action(admin_client, api_partner):
    issued = issue_token(user=api_partner.user, name="CMS", created_by=None)

    admin_client.post(
        reverse("admin:briefs_apitoken_changelist"),
        {"action": "revoke_selected", "_selected_action": [issued.token.pk]},
    )

    assert ApiToken.objects.get(pk=issued.token.pk).revoked_at is not None
    assert not ApiToken.objects.active().filter(pk=issued.token.pk).exists()
