import uuid

import factory

from briefs.models import Actor, Brief, Claim, Proposition
from briefs.services.claims import body_hash
from tests.factories import UserFactory
from tests.ingest.factories import SourceFactory


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Juru Bicara {n}")
    slug = factory.Sequence(lambda n: f"juru-bicara-{n}")
    kind = Actor.Kind.PERSON
    aliases = factory.LazyFunction(list)


class ClaimFactory(factory.django.DjangoModelFactory):
    """A draft claim on the first sentence of its source's body."""

    class Meta:
        model = Claim

    source = factory.SubFactory(SourceFactory)
    speaker = factory.SubFactory(ActorFactory)
    stance = Claim.Stance.ASSERTS
    start = 0
    end = factory.LazyAttribute(lambda claim: claim.source.body.index(".") + 1)
    exact = factory.LazyAttribute(lambda claim: claim.source.body[claim.start : claim.end])
    suffix = factory.LazyAttribute(lambda claim: claim.source.body[claim.end : claim.end + 32])
    body_hash = factory.LazyAttribute(lambda claim: body_hash(claim.source.body))
    created_by = factory.SubFactory(UserFactory)


class BriefFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Brief
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"brief-{n}")
    title = factory.Sequence(lambda n: f"Brief number {n}")
    summary = "What we know so far."


class PropositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposition

    brief = factory.SubFactory(BriefFactory)
    position = factory.Sequence(lambda n: n)
    statement = factory.Sequence(lambda n: f"Key point number {n}.")


def approved_claims(count: int, *, key_point: Proposition, reviewer, **kwargs) -> list[Claim]:
    """`count` approved claims linked to `key_point`, inserted in bulk (fast enough for 1,000)."""
    from django.utils import timezone

    source = kwargs.pop("source", None) or SourceFactory(
        body=f"Berita {uuid.uuid4().hex}. " + " ".join(f"Kalimat {i}." for i in range(count))
    )
    speaker = kwargs.pop("speaker", None) or ActorFactory()
    author = kwargs.pop("created_by", None) or UserFactory()
    claims = []
    cursor = 0
    for i in range(count):
        words = f"Kalimat {i}."
        start = source.body.index(words, cursor)
        cursor = start + len(words)
        claims.append(
            Claim(
                source=source,
                speaker=speaker,
                stance=kwargs.get("stance", Claim.Stance.ASSERTS),
                exact=words,
                start=start,
                end=cursor,
                body_hash=body_hash(source.body),
                created_by=author,
                status=Claim.Status.APPROVED,
                reviewed_by=reviewer,
                reviewed_at=timezone.now(),
            )  # fmt: skip
        )
    created = Claim.objects.bulk_create(claims)
    key_point.claims.add(*created)
    return created
