"""Thin receivers for the signals other apps send explicitly; each calls one service."""

from briefs.services.audit import record_audit
from briefs.services.claims import reanchor_source_claims


def reanchor_claims_after_body_change(sender, *, source, previous_body, user=None, **kwargs) -> None:
    reanchor_source_claims(source=source, user=user)


def audit_ingest_decision(
    sender, *, user, action, target, before=None, after=None, note="", **kwargs
) -> None:
    record_audit(user=user, action=action, target=target, before=before, after=after, note=note)
