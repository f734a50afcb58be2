"""Linking claims to key points where the claim is made: on the Source's page and on the claim's page.

Each write goes through the key point audit of briefs/services/editing.py, so a key point whose claims
change remembers who changed it (four eyes at publication) and its brief is reassembled after commit.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from briefs.models import Brief, Claim, Proposition
from briefs.services.editing import key_point_snapshots, record_key_point_edits

STATEMENT_MAX_CHARS = 1_000


@transaction.atomic
def attach_claim(*, claim: Claim, key_point: Proposition, user: User) -> Proposition:
    """Link a claim to a key point (its stance stays the claim's own). Linking it again changes nothing."""
    point = Proposition.objects.select_for_update().get(pk=key_point.pk)
    if point.claims.filter(pk=claim.pk).exists():
        return point
    before = key_point_snapshots(point_ids=[point.pk])
    point.claims.add(claim)
    record_key_point_edits(before=before, point_ids=[point.pk], user=user)
    return point


@transaction.atomic
def detach_claim(*, claim: Claim, key_point: Proposition, user: User) -> Proposition:
    point = Proposition.objects.select_for_update().get(pk=key_point.pk)
    before = key_point_snapshots(point_ids=[point.pk])
    point.claims.remove(claim)
    record_key_point_edits(before=before, point_ids=[point.pk], user=user)
    return point


def validate_statement(statement: str) -> str:
    statement = " ".join(statement.split())
    if not statement:
        raise ValidationError({"statement": "Write the key point in a sentence of our own."})
    if len(statement) > STATEMENT_MAX_CHARS:
        raise ValidationError({"statement": f"A key point is at most {STATEMENT_MAX_CHARS} characters long."})
    return statement


@transaction.atomic
def create_key_point(
    *, brief: Brief, statement: str, user: User, claims: tuple[Claim, ...] = ()
) -> Proposition:
    """A new key point at the end of the brief, with its first claims; audited like the admin's saves."""
    statement = validate_statement(statement)
    Brief.objects.select_for_update().filter(pk=brief.pk).first()  # one position per new key point
    last = Proposition.objects.filter(brief=brief).aggregate(last=Max("position"))["last"]
    point = Proposition.objects.create(
        brief=brief, statement=statement, position=0 if last is None else last + 1
    )
    if claims:
        point.claims.add(*claims)
    record_key_point_edits(before={}, point_ids=[point.pk], user=user)
    return point
