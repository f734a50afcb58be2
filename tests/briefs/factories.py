import factory

from briefs.models import Actor, Claim
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
