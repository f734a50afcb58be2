"""One annotation on a Source's page: the speaker (existing or new), the claim, and its key point.

Everything the editor chose in the panel is written in one transaction, so a refusal of any part (an
unknown name, words that are not the article's, an empty key point) leaves nothing half made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction

from briefs.models import Actor, Brief, Claim, Proposition
from briefs.services.actors import find_or_propose_actor
from briefs.services.claims import create_claim
from briefs.services.key_points import attach_claim, create_key_point
from ingest.models import Source


@dataclass(frozen=True)
class NewSpeaker:
    name: str
    role: str = ""
    affiliation: Actor | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewKeyPoint:
    brief: Brief
    statement: str


@dataclass(frozen=True)
class Annotation:
    claim: Claim
    #: The speaker is unconfirmed: described now (``speaker_created``), or proposed before and not
    #: confirmed yet (its ``proposed_via`` says how).
    speaker_proposed: bool
    key_point: Proposition | None
    speaker_created: bool = False


@transaction.atomic
def annotate(
    *,
    source: Source,
    start: int,
    end: int,
    stance: str,
    user: User,
    exact: str | None = None,
    speaker: Actor | None = None,
    new_speaker: NewSpeaker | None = None,
    key_point: Proposition | None = None,
    new_key_point: NewKeyPoint | None = None,
    paraphrase: str = "",
    quote_english: str = "",
    said_on: date | None = None,
    said_on_precision: str = "day",
    event_start: date | None = None,
    event_end: date | None = None,
    event_precision: str = "",
) -> Annotation:
    """A draft claim on body[start:end], its speaker made if new, linked to a key point if chosen."""
    if (speaker is None) == (new_speaker is None):
        raise ValidationError({"speaker": "Choose the speaker, or describe a new one (not both)."})
    if key_point is not None and new_key_point is not None:
        raise ValidationError({"key_point": "Pick an existing key point or write a new one, not both."})
    created = False
    if new_speaker is not None:
        speaker, created = find_or_propose_actor(
            name=new_speaker.name,
            role=new_speaker.role,
            affiliation=new_speaker.affiliation,
            aliases=new_speaker.aliases,
            user=user,
            via=Actor.ProposedVia.ANNOTATION,
        )
    claim = create_claim(
        source=source,
        speaker=speaker,  # type: ignore[arg-type]  # one of speaker and new_speaker was given: checked above
        stance=stance,
        start=start,
        end=end,
        exact=exact,
        paraphrase=paraphrase,
        quote_english=quote_english,
        said_on=said_on,
        said_on_precision=said_on_precision,
        event_start=event_start,
        event_end=event_end,
        event_precision=event_precision,
        created_by=user,
    )
    point = None
    if key_point is not None:
        point = attach_claim(claim=claim, key_point=key_point, user=user)
    elif new_key_point is not None:
        point = create_key_point(
            brief=new_key_point.brief, statement=new_key_point.statement, user=user, claims=(claim,)
        )
    return Annotation(
        claim=claim, speaker_proposed=not claim.speaker.confirmed, key_point=point, speaker_created=created
    )
