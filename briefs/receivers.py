"""Thin receivers for the signals other apps send explicitly; each calls one service."""

from briefs.services.claims import reanchor_source_claims


def reanchor_claims_after_body_change(sender, *, source, previous_body, user=None, **kwargs) -> None:
    reanchor_source_claims(source=source, user=user)
