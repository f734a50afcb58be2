"""Reads for the editorial model, one module per topic, each read with a fixed number of queries whatever
the size. The names are re-exported here so that `from briefs.selectors import resolve_actor` keeps working;
new code imports from the topic's module."""

from briefs.selectors.actors import ActorNotFound, AmbiguousActor, actor_name_choices, resolve_actor
from briefs.selectors.annotation import AnnotationView, Segment, body_segments, source_annotation
from briefs.selectors.assembly_inputs import AssemblyInputs, assembly_inputs
from briefs.selectors.review import RevisionReview, StaleKeyPoint, revision_review, stale_key_points

__all__ = [
    "ActorNotFound",
    "AmbiguousActor",
    "AnnotationView",
    "AssemblyInputs",
    "RevisionReview",
    "Segment",
    "StaleKeyPoint",
    "actor_name_choices",
    "assembly_inputs",
    "body_segments",
    "resolve_actor",
    "revision_review",
    "source_annotation",
    "stale_key_points",
]
