"""Creating, editing and re-anchoring claims. Review lives in briefs/services/review.py."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from briefs.anchoring import Anchor, AnchorError, make_anchor, reanchor_all
from briefs.assembly.dates import event_date
from briefs.models import Actor, Claim, ClaimFigure, ClaimSuggestion, Movement, Place
from briefs.services.triggers import request_assembly_for_claims
from briefs.vocabulary import KEY_POINT_POSITIONS, SAID_ON_PRECISIONS
from ingest.models import Source
from ops.services.audit import edited_values, record_audit

EDITABLE_FIELDS = (
    "speaker",
    "stance",
    "paraphrase",
    "quote_english",
    "key_point_position",
    "said_on",
    "said_on_precision",
    "event_start",
    "event_end",
    "event_precision",
)


#: A quote is a sentence or a paragraph; a span of a whole article is a mistake, or an attack.
QUOTE_MAX_CHARS = 5_000
#: The editor's wording of the claim, in a sentence or two.
PARAPHRASE_MAX_CHARS = 2_000
#: A translation may run longer than its original: twice the longest quote.
QUOTE_ENGLISH_MAX_CHARS = 2 * QUOTE_MAX_CHARS


class StaleClaimEdit(Exception):
    def __init__(self, claim: Claim) -> None:
        super().__init__(
            "This claim was changed by someone else while you were editing it. "
            "Reload the page to see their changes, then apply yours again."
        )


@dataclass(frozen=True)
class FigureInput:
    value: Decimal
    unit: str
    qualifier: str = "exactly"  # of briefs.vocabulary.QUALIFIERS


@dataclass(frozen=True)
class MovementInput:
    """What a claim says moved: from one place to another, by what means, when (all optional but the places)."""

    origin: Place
    destination: Place
    mode: str = "unknown"  # of Movement.Mode
    period_start: date | None = None
    period_end: date | None = None
    period_precision: str = ""


def validate_movement(
    *,
    origin_id: int | None,
    destination_id: int | None,
    mode: str,
    period_start: date | None,
    period_end: date | None,
    period_precision: str,
) -> None:
    """The rules of a movement, with errors on the admin form's field names (the model's ``clean`` too)."""
    if origin_id is not None and origin_id == destination_id:
        raise ValidationError({"destination": "A movement goes from one place to another place."})
    if mode not in Movement.Mode.values:
        raise ValidationError({"mode": f"Unknown means of transport {mode!r}."})
    try:
        validate_event_dates(event_start=period_start, event_end=period_end, precision=period_precision)
    except ValidationError as error:
        names = {
            "event_start": "period_start",
            "event_end": "period_end",
            "event_precision": "period_precision",
        }
        raise ValidationError(
            {names[field]: messages for field, messages in error.message_dict.items()}
        ) from error


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def claim_snapshot(claim: Claim) -> dict[str, Any]:
    """The audited values of a claim, as JSON."""
    return {
        "speaker": claim.speaker.name if claim.speaker_id else None,
        "stance": claim.stance,
        "exact": claim.exact,
        "start": claim.start,
        "end": claim.end,
        "paraphrase": claim.paraphrase,
        "quote_english": claim.quote_english,
        "key_point_position": claim.key_point_position,
        "said_on": claim.said_on.isoformat() if claim.said_on else None,
        "said_on_precision": claim.said_on_precision,
        "event_start": claim.event_start.isoformat() if claim.event_start else None,
        "event_end": claim.event_end.isoformat() if claim.event_end else None,
        "event_precision": claim.event_precision,
        "status": claim.status,
    }


def validate_event_dates(*, event_start: date | None, event_end: date | None, precision: str) -> None:
    if event_end and not event_start:
        raise ValidationError({"event_start": "A range needs its first date."})
    if event_start and event_end and event_end < event_start:
        raise ValidationError({"event_end": "The range ends before it starts."})
    if event_start and not precision:
        raise ValidationError(
            {"event_precision": "Say how precise the event date is (day, month, year or range)."}
        )
    if event_end and precision != "range":  # of briefs.vocabulary.EVENT_PRECISIONS
        raise ValidationError({"event_precision": "A date with an end is a range."})


def said_on_at_precision(said_on: date | None, precision: str) -> date | None:
    """The day a statement was said as stored: a month or year as its first day, like an event date."""
    if precision not in SAID_ON_PRECISIONS:
        raise ValidationError({"said_on_precision": "Say whether the date is a day, a month or a year."})
    when = event_date(said_on, None, precision) if said_on is not None else None
    return when.start if when is not None else said_on


def validate_paraphrase(paraphrase: str) -> None:
    if len(paraphrase) > PARAPHRASE_MAX_CHARS:
        raise ValidationError(
            {"paraphrase": f"A paraphrase is at most {PARAPHRASE_MAX_CHARS} characters long."}
        )


def validate_quote_english(quote_english: str) -> None:
    if len(quote_english) > QUOTE_ENGLISH_MAX_CHARS:
        raise ValidationError(
            {"quote_english": f"An English rendering is at most {QUOTE_ENGLISH_MAX_CHARS} characters long."}
        )


def validate_figure_count(count: int) -> None:
    if count > settings.CLAIM_MAX_FIGURES:
        raise ValidationError(
            {"figures": f"A claim states at most {settings.CLAIM_MAX_FIGURES} figures (CLAIM_MAX_FIGURES)."}
        )


def anchor_in_source(*, source: Source, start: int, end: int, exact: str | None = None) -> Anchor:
    """The anchor for body[start:end]; when `exact` is given it must be the text at those offsets."""
    try:
        anchor = make_anchor(source.body, start, end)
    except AnchorError as exc:
        raise ValidationError({"start": str(exc)}) from exc
    if end - start > QUOTE_MAX_CHARS:
        raise ValidationError(
            {"end": f"A quote is at most {QUOTE_MAX_CHARS} characters long; select fewer words."}
        )
    if exact is not None and exact != anchor.exact:
        raise ValidationError(
            {"exact": "The selected text does not match the article at those offsets. Select it again."}
        )
    return anchor


@transaction.atomic
def create_claim(
    *,
    source: Source,
    speaker: Actor,
    stance: str,
    start: int,
    end: int,
    created_by: User,
    exact: str | None = None,
    paraphrase: str = "",
    quote_english: str = "",
    said_on: date | None = None,
    said_on_precision: str = "day",
    event_start: date | None = None,
    event_end: date | None = None,
    event_precision: str = "",
    figures: Iterable[FigureInput] = (),
    movements: Iterable[MovementInput] = (),
    origin: str = Claim.Origin.MANUAL,
) -> Claim:
    """A draft claim anchored to the exact words of the source."""
    if stance not in Claim.Stance.values:
        raise ValidationError({"stance": f"Unknown stance {stance!r}."})
    validate_event_dates(event_start=event_start, event_end=event_end, precision=event_precision)
    said_on = said_on_at_precision(said_on, said_on_precision)
    validate_paraphrase(paraphrase)
    validate_quote_english(quote_english)
    figures = list(figures)
    validate_figure_count(len(figures))
    movements = list(movements)
    for movement in movements:
        _validate_movement_input(movement)
    anchor = anchor_in_source(source=source, start=start, end=end, exact=exact)
    claim = Claim.objects.create(
        source=source,
        speaker=speaker,
        stance=stance,
        exact=anchor.exact,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        start=anchor.start,
        end=anchor.end,
        body_hash=body_hash(source.body),
        paraphrase=paraphrase.strip(),
        quote_english=quote_english.strip(),
        said_on=said_on,
        said_on_precision=said_on_precision,
        event_start=event_start,
        event_end=event_end,
        event_precision=event_precision,
        origin=origin,
        created_by=created_by,
        content_changed_by=created_by,
        content_changed_at=timezone.now(),
    )
    ClaimFigure.objects.bulk_create(
        ClaimFigure(claim=claim, value=figure.value, unit=figure.unit, qualifier=figure.qualifier)
        for figure in figures
    )
    Movement.objects.bulk_create(_movement_rows(claim, movements))
    record_audit(user=created_by, action="created", target=claim, after=claim_snapshot(claim))
    settle_covered_suggestions(claim=claim, user=created_by)
    return claim


def settle_covered_suggestions(*, claim: Claim, user: User) -> int:
    """Pending suggestions the new claim covers (at least half of their words) are accepted by it: the
    editor made the claim by hand what the rules proposed, so it is no longer waiting for a decision."""
    covered = [
        suggestion
        for suggestion in ClaimSuggestion.objects.select_for_update()
        .filter(source_id=claim.source_id, status=ClaimSuggestion.Status.PENDING)
        .filter(start__lt=claim.end, end__gt=claim.start)
        if 2 * (min(suggestion.end, claim.end) - max(suggestion.start, claim.start))
        >= suggestion.end - suggestion.start
    ]
    now = timezone.now()
    linked = ClaimSuggestion.objects.filter(claim=claim).exists()
    for suggestion in covered:
        suggestion.status = ClaimSuggestion.Status.ACCEPTED
        suggestion.decided_by, suggestion.decided_at = user, now
        if not linked:
            suggestion.claim, linked = claim, True
        suggestion.save(update_fields=["status", "claim", "decided_by", "decided_at"])
        record_audit(
            user=user,
            action="suggestion accepted",
            target=suggestion,
            after={"claim": claim.pk, "quote": suggestion.quote},
        )
    return len(covered)


@transaction.atomic
def update_claim(*, claim: Claim, edits: dict[str, Any], user: User, expected_version: int) -> Claim:
    """Edit what an editor may edit. A reviewed claim that changes goes back to draft for a new review."""
    unknown = set(edits) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable here: {', '.join(sorted(unknown))}")
    current = Claim.objects.select_for_update().select_related("speaker").get(pk=claim.pk)
    if current.version != expected_version:
        raise StaleClaimEdit(current)
    merged = {name: edits.get(name, getattr(current, name)) for name in EDITABLE_FIELDS}
    validate_event_dates(
        event_start=merged["event_start"], event_end=merged["event_end"], precision=merged["event_precision"]
    )
    if {"said_on", "said_on_precision"} & set(edits):
        edits = {**edits, "said_on": said_on_at_precision(merged["said_on"], merged["said_on_precision"])}
    if "paraphrase" in edits:
        validate_paraphrase(edits["paraphrase"])
    if "quote_english" in edits:
        validate_quote_english(edits["quote_english"])
    if edits.get("key_point_position", "") not in ("", *KEY_POINT_POSITIONS):
        raise ValidationError({"key_point_position": "A claim supports or disputes its key points."})
    changed = {name: value for name, value in edits.items() if getattr(current, name) != value}
    if not changed:
        return current
    before = claim_snapshot(current)
    for name, value in changed.items():
        setattr(current, name, value)
    _back_to_review(current, user)
    current.save()
    current.refresh_from_db()
    old, new = edited_values(before, claim_snapshot(current))
    record_audit(user=user, action="edited", target=current, before=old, after=new)
    request_assembly_for_claims(claim_ids=[current.pk])
    return current


def _back_to_review(claim: Claim, user: User) -> None:
    """A changed claim: a new version by `user`, and a reviewed one goes back to draft for a new review."""
    if claim.status in (Claim.Status.APPROVED, Claim.Status.REJECTED):
        claim.status = Claim.Status.DRAFT
        claim.reviewed_by = None
        claim.reviewed_at = None
    claim.version = F("version") + 1
    claim.mark_content_changed(user)


def figure_snapshot(claim: Claim) -> list[str]:
    """A claim's figures as comparable text ("more_than 1000.000 containers"), in a stable order."""
    return sorted(
        f"{figure.qualifier} {figure.value} {figure.unit}"
        for figure in ClaimFigure.objects.filter(claim_id=claim.pk)
    )


def movement_snapshot(claim: Claim) -> list[str]:
    """A claim's movements as comparable text ("Najin → Dunay sea 2023-09-01..2023-10-01 range")."""
    return sorted(
        f"{movement.origin.name} → {movement.destination.name} {movement.mode} "
        f"{movement.period_start or ''}..{movement.period_end or ''} {movement.period_precision}".rstrip()
        for movement in Movement.objects.filter(claim_id=claim.pk).select_related("origin", "destination")
    )


def related_snapshot(claim: Claim) -> dict[str, list[str]]:
    """What a claim states besides its own fields (its figures and movements), to compare after an edit."""
    return {"figures": figure_snapshot(claim), "movements": movement_snapshot(claim)}


@transaction.atomic
def record_related_edit(*, claim: Claim, before: dict[str, list[str]], user: User) -> bool:
    """After an editor changed a claim's figures or movements: audit it, and send a reviewed claim back
    to review.

    Figures feed the brief's discrepancies and movements its route map, so a changed number or route is
    a changed claim, exactly like an edited quote or stance in ``update_claim``.
    """
    after = related_snapshot(claim)
    old, new = edited_values(before, after)
    if not new:
        return False
    current = Claim.objects.select_for_update().get(pk=claim.pk)
    _back_to_review(current, user)
    current.save(
        update_fields=[
            "status",
            "reviewed_by",
            "reviewed_at",
            "version",
            "content_changed_by",
            "content_changed_at",
        ]
    )
    current.refresh_from_db()
    record_audit(user=user, action="edited", target=current, before=old, after=new)
    request_assembly_for_claims(claim_ids=[current.pk])
    return True


def _validate_movement_input(movement: MovementInput) -> None:
    validate_movement(
        origin_id=movement.origin.pk,
        destination_id=movement.destination.pk,
        mode=movement.mode,
        period_start=movement.period_start,
        period_end=movement.period_end,
        period_precision=movement.period_precision,
    )


def _movement_rows(claim: Claim, movements: Iterable[MovementInput]) -> list[Movement]:
    return [
        Movement(
            claim=claim,
            origin=movement.origin,
            destination=movement.destination,
            mode=movement.mode,
            period_start=movement.period_start,
            period_end=movement.period_end,
            period_precision=movement.period_precision,
        )
        for movement in movements
    ]


@transaction.atomic
def set_movements(*, claim: Claim, movements: Iterable[MovementInput], user: User) -> bool:
    """Replace what a claim says moved; a change sends a reviewed claim back to review (see
    ``record_related_edit``). Returns whether anything changed."""
    movements = list(movements)
    for movement in movements:
        _validate_movement_input(movement)
    before = related_snapshot(claim)
    Movement.objects.filter(claim_id=claim.pk).delete()
    Movement.objects.bulk_create(_movement_rows(claim, movements))
    return record_related_edit(claim=claim, before=before, user=user)


@transaction.atomic
def reanchor_claim(*, claim: Claim, start: int, end: int, user: User, exact: str | None = None) -> Claim:
    """An editor points a claim (typically an orphaned one) at its words in the current body."""
    current = Claim.objects.select_for_update().select_related("source", "speaker").get(pk=claim.pk)
    anchor = anchor_in_source(source=current.source, start=start, end=end, exact=exact)
    before = claim_snapshot(current)
    _apply_anchor(current, anchor, current.source.body)
    current.mark_content_changed(user)
    if current.status == Claim.Status.ORPHANED:
        current.status = Claim.Status.DRAFT
    current.save()
    current.refresh_from_db()
    old, new = edited_values(before, claim_snapshot(current))
    record_audit(user=user, action="re-anchored", target=current, before=old, after=new)
    request_assembly_for_claims(claim_ids=[current.pk])
    return current


@transaction.atomic
def withdraw_claim(*, claim: Claim, user: User, note: str) -> Claim:
    """An editor gives up a claim whose words cannot be found again (or a draft made in error): it stays,
    with its history, but never reaches a brief. Audited with the editor's reason."""
    if not note.strip():
        raise ValidationError({"note": "Say why the claim is withdrawn."})
    current = Claim.objects.select_for_update().get(pk=claim.pk)
    if current.status not in (Claim.Status.ORPHANED, Claim.Status.DRAFT):
        raise ValidationError(
            f"Only a draft or orphaned claim can be withdrawn; this one is {current.get_status_display().lower()}."
        )
    before = current.status
    current.status = Claim.Status.WITHDRAWN
    current.version = F("version") + 1
    current.save(update_fields=["status", "version", "updated_at"])
    current.refresh_from_db()
    record_audit(
        user=user,
        action="withdrawn",
        target=current,
        before={"status": before},
        after={"status": current.status},
        note=note.strip(),
    )
    request_assembly_for_claims(claim_ids=[current.pk])
    return current


@transaction.atomic
def reanchor_source_claims(*, source: Source, user: User | None = None) -> dict[str, int]:
    """After the body changed: exact position, then quote + context, then fuzzy; otherwise orphaned."""
    claims = list(
        Claim.objects.select_for_update().select_related("speaker").filter(source=source).anchored()
    )
    anchors = [Anchor(c.exact, c.prefix, c.suffix, c.start, c.end) for c in claims]
    counts = {"unchanged": 0, "moved": 0, "fuzzy": 0, "orphaned": 0}
    changed_ids = []
    new_hash = body_hash(source.body)
    for claim, result in zip(claims, reanchor_all(anchors, source.body), strict=True):
        counts[result.status] += 1
        if result.status == "unchanged" and claim.body_hash == new_hash:
            continue
        before = claim_snapshot(claim)
        if result.anchor is None:
            claim.status = Claim.Status.ORPHANED
            claim.body_hash = new_hash
        else:
            span = (claim.exact, claim.start, claim.end)
            _apply_anchor(claim, result.anchor, source.body)
            if (claim.exact, claim.start, claim.end) != span:
                # The quote or its place changed with the body: its editor is the claim's last editor.
                claim.mark_content_changed(user)
        claim.save()
        claim.refresh_from_db()
        old, new = edited_values(before, claim_snapshot(claim))
        action = "orphaned" if result.anchor is None else f"re-anchored ({result.status})"
        record_audit(user=user, action=action, target=claim, before=old, after=new, note=result.reason)
        changed_ids.append(claim.pk)
    if changed_ids:
        request_assembly_for_claims(claim_ids=changed_ids)
    return counts


def _apply_anchor(claim: Claim, anchor: Anchor, body: str) -> None:
    claim.exact, claim.prefix, claim.suffix = anchor.exact, anchor.prefix, anchor.suffix
    claim.start, claim.end = anchor.start, anchor.end
    claim.body_hash = body_hash(body)
    claim.version = F("version") + 1
    claim.updated_at = timezone.now()
