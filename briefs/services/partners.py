"""API tokens for partners and editors: random secrets stored as SHA-256 digests, shown once."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from briefs.models import ApiToken
from ops.services.audit import record_audit

TOKEN_PREFIX = "bdk_"  # noqa: S105 - a public marker in front of every token, not a secret
#: last_used_at is written at most this often per token, so reading the API stays read-only.
LAST_USED_RESOLUTION = timedelta(minutes=5)


class TokenRefused(Exception):
    pass


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    plain: str  # shown once, never stored


def hash_token(plain: str) -> str:
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


@transaction.atomic
def issue_token(
    *,
    user: User,
    name: str,
    created_by: User | None,
    expires_at: datetime | None = None,
) -> IssuedToken:
    """A new token for `user`: 256 random bits; only its SHA-256 is kept."""
    if not name.strip():
        raise TokenRefused("Give the token a label that says what it is for.")
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name.strip(),
        prefix=plain[: len(TOKEN_PREFIX) + 6],
        key_hash=hash_token(plain),
        created_by=created_by,
        expires_at=expires_at,
    )
    record_audit(user=created_by, action="token issued", target=token, after={"user": user.get_username()})
    return IssuedToken(token=token, plain=plain)


@transaction.atomic
def revoke_token(*, token: ApiToken, revoked_by: User | None) -> ApiToken:
    """Revoke at once; revoking twice changes nothing."""
    current = ApiToken.objects.select_for_update().get(pk=token.pk)
    if current.revoked_at is not None:
        return current
    current.revoked_at = timezone.now()
    current.revoked_by = revoked_by
    current.save(update_fields=["revoked_at", "revoked_by"])
    record_audit(user=revoked_by, action="token revoked", target=current)
    return current


def token_for(plain: str) -> ApiToken | None:
    """The active token with this value, with its user and partner (1 query), or None."""
    if not plain.startswith(TOKEN_PREFIX) or len(plain) > 200:
        return None
    return (
        ApiToken.objects.active()
        .select_related("user", "user__api_partner")
        .filter(key_hash=hash_token(plain))
        .first()
    )


def note_token_used(token: ApiToken) -> None:
    """Record use, at most once per LAST_USED_RESOLUTION (one UPDATE then, nothing otherwise)."""
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


DEMO_PARTNER = "Demo partner"
DEMO_PARTNER_USERNAME = "demo-partner"
DEMO_TOKEN_NAME = "demo"  # noqa: S105 - the token's label, not its value


@transaction.atomic
def ensure_demo_partner() -> IssuedToken:
    """The demo's syndication partner with one fresh token (its earlier demo tokens revoked), so that the
    API can be tried as a partner sees it straight after `make demo`. The token is returned once."""
    from django.contrib.auth import get_user_model

    from briefs.models import Partner

    user, _ = get_user_model().objects.get_or_create(
        username=DEMO_PARTNER_USERNAME, defaults={"is_staff": False}
    )
    user.set_unusable_password()  # a partner reads through tokens only, never logs in
    user.save(update_fields=["password"])
    Partner.objects.update_or_create(user=user, defaults={"name": DEMO_PARTNER, "is_active": True})
    for token in ApiToken.objects.active().filter(user=user, name=DEMO_TOKEN_NAME):
        revoke_token(token=token, revoked_by=None)
    return issue_token(user=user, name=DEMO_TOKEN_NAME, created_by=None)
