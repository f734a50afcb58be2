"""The editorial models, one module per topic. Django finds them through this package, and every name is
re-exported here so that `from briefs.models import Claim` keeps working; new code imports from the
topic's module."""

from briefs.models.actors import Actor, ActorFormerSlug, ActorQuerySet
from briefs.models.authorship import ContentAuthorship, FormerSlug
from briefs.models.briefs import (
    Brief,
    BriefFormerSlug,
    BriefQuerySet,
    BriefRevision,
    BriefRevisionQuerySet,
    Proposition,
    RevisionRendering,
)
from briefs.models.choices import vocabulary_choices
from briefs.models.claims import Claim, ClaimFigure, ClaimQuerySet, ClaimSuggestion
from briefs.models.newsroom import DeskNotice, EditorProfile
from briefs.models.places import Movement, Place
from briefs.models.public import (
    PublicActor,
    PublicCitation,
    PublicClaim,
    PublicKeyPoint,
    PublicOutlet,
    PublicSource,
    PublishedSnapshot,
)
from briefs.models.syndication import (
    ApiToken,
    ApiTokenQuerySet,
    ChangeEvent,
    Partner,
    Webhook,
    WebhookDelivery,
)

# Migration 0004 names the webhook secret's default by this path.
from briefs.models.syndication import _webhook_secret as _webhook_secret

__all__ = [
    "Actor",
    "ActorFormerSlug",
    "ActorQuerySet",
    "ApiToken",
    "ApiTokenQuerySet",
    "Brief",
    "BriefFormerSlug",
    "BriefQuerySet",
    "BriefRevision",
    "BriefRevisionQuerySet",
    "ChangeEvent",
    "Claim",
    "ClaimFigure",
    "ClaimQuerySet",
    "ClaimSuggestion",
    "ContentAuthorship",
    "DeskNotice",
    "EditorProfile",
    "FormerSlug",
    "Movement",
    "Partner",
    "Place",
    "Proposition",
    "PublicActor",
    "PublicCitation",
    "PublicClaim",
    "PublicKeyPoint",
    "PublicOutlet",
    "PublicSource",
    "PublishedSnapshot",
    "RevisionRendering",
    "Webhook",
    "WebhookDelivery",
    "vocabulary_choices",
]
