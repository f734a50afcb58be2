"""Claim suggestions: the rules propose, editors accept (→ draft claim) or dismiss (remembered)."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from briefs.models import Actor, Claim, ClaimSuggestion
from briefs.services.actors import propose_actor
from briefs.services.claims import create_claim
from briefs.suggestions.engine import suggest_claims
from briefs.suggestions.lexicon import ActorEntry, ActorLexicon
from ingest.models import Source
from ops.services.audit import record_audit


def actor_lexicon() -> ActorLexicon:
    """The lexicon the rules recognise speakers with, built from the confirmed Actor rows (1 query). A
    proposed actor is left out until an editor confirms it: its names are a guess until then."""
    actors = Actor.objects.confirmed().select_related("affiliation")
    return ActorLexicon(
        [
            ActorEntry(
                key=actor.slug,
                name=actor.name,
                kind=actor.kind,
                aliases=tuple(actor.aliases),
                roles=tuple(actor.roles),
                affiliation=actor.affiliation.slug if actor.affiliation else None,
            )
            for actor in actors
        ]
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


@transaction.atomic
def generate_suggestions(*, source: Source, lexicon: ActorLexicon | None = None) -> list[ClaimSuggestion]:
    """Store new pending suggestions for a Source. Safe to run again: known spans and quotes are skipped,
    dismissed ones included, and so is anything overlapping a claim that already exists."""
    lexicon = lexicon or actor_lexicon()
    found = suggest_claims(source.body, lexicon)
    claimed = list(Claim.objects.filter(source=source).anchored().values_list("start", "end"))
    known = ClaimSuggestion.objects.filter(source=source).values_list("start", "end", "quote")
    known_spans = {(start, end) for start, end, _ in known}
    known_quotes = {" ".join(quote.split()) for _, _, quote in known}
    keys = {s.speaker_key for s in found} | {s.speaker_affiliation for s in found}
    actors = {actor.slug: actor for actor in Actor.objects.filter(slug__in=keys - {None})}
    new = [
        ClaimSuggestion(
            source=source,
            quote=suggestion.quote,
            start=suggestion.start,
            end=suggestion.end,
            speaker=actors.get(suggestion.speaker_key) if suggestion.speaker_key else None,
            speaker_text=suggestion.speaker_text[:200],
            speaker_name=suggestion.speaker_name[:200],
            speaker_role=suggestion.speaker_role[:300],
            speaker_affiliation=actors.get(suggestion.speaker_affiliation or ""),
            speaker_candidates=list(suggestion.candidates),
            stance=suggestion.stance,
            confidence=suggestion.confidence,
            cue=suggestion.cue[:60],
        )
        for suggestion in found
        if (suggestion.start, suggestion.end) not in known_spans
        and " ".join(suggestion.quote.split()) not in known_quotes
        and not _overlaps(suggestion.start, suggestion.end, claimed)
    ]
    return ClaimSuggestion.objects.bulk_create(new)


@transaction.atomic
def accept_suggestion(
    *,
    suggestion: ClaimSuggestion,
    user: User,
    speaker: Actor | None = None,
    stance: str | None = None,
) -> Claim:
    """Turn a pending suggestion into a draft claim with its span prefilled. A speaker the registry does
    not know, named by the suggestion, becomes a proposed (unconfirmed) actor, or the existing actor of
    that name; an editor confirms or merges it later (briefs/services/actors.py)."""
    current = (
        ClaimSuggestion.objects.select_for_update(of=("self",))
        .select_related("source", "speaker")
        .get(pk=suggestion.pk)
    )
    if current.status != ClaimSuggestion.Status.PENDING:
        raise ValidationError(f"This suggestion was already {current.get_status_display().lower()}.")
    speaker = speaker or current.speaker
    if speaker is None and current.speaker_name:
        speaker = propose_actor(
            name=current.speaker_name,
            via=Actor.ProposedVia.SUGGESTION,
            role=current.speaker_role,
            affiliation=current.speaker_affiliation,
            user=user,
        )
    if speaker is None:
        raise ValidationError(
            f"The rules could not tell who is speaking (“{current.speaker_text or '?'}”): "
            "select the quote and choose the speaker instead."
        )
    claim = create_claim(
        source=current.source,
        speaker=speaker,
        stance=stance or current.stance,
        start=current.start,
        end=current.end,
        exact=current.quote,
        created_by=user,
        origin=Claim.Origin.SUGGESTED,
    )
    current.status = ClaimSuggestion.Status.ACCEPTED
    current.claim = claim
    current.decided_by = user
    current.decided_at = timezone.now()
    current.save(update_fields=["status", "claim", "decided_by", "decided_at"])
    return claim


@transaction.atomic
def dismiss_suggestion(*, suggestion: ClaimSuggestion, user: User) -> None:
    updated = ClaimSuggestion.objects.filter(pk=suggestion.pk, status=ClaimSuggestion.Status.PENDING).update(
        status=ClaimSuggestion.Status.DISMISSED, decided_by=user, decided_at=timezone.now()
    )
    if updated:
        record_audit(
            user=user, action="suggestion dismissed", target=suggestion, after={"quote": suggestion.quote}
        )
