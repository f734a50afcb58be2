import hashlib

import factory

from ingest.models import Outlet, Source


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Harian Contoh {n}")
    slug = factory.Sequence(lambda n: f"harian-contoh-{n}")
    domain = factory.Sequence(lambda n: f"contoh{n}.example")
    country = "ID"
    kind = Outlet.Kind.NEWS_SITE


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Judul berita nomor {n}")
    body = factory.Sequence(lambda n: f"JAKARTA - Paragraf pertama berita {n}.\n\nParagraf kedua berita {n}.")
    raw_text = factory.LazyAttribute(lambda source: f"{source.title}\n\n{source.body}\n\nBaca juga: lainnya")
    content_hash = factory.LazyAttribute(lambda source: hashlib.sha256(source.body.encode()).hexdigest())
    language = "id"
    import_channel = Source.Channel.COMMAND
