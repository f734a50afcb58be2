"""Many imports of one article at the same time, on PostgreSQL: one Source, no traceback."""

import codecs
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from ingest.models import Source
from ingest.services.importing import ImportContext, import_article
from tests.ingest.conftest import SAMPLE_ARTICLE

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

VARIANTS = [
    SAMPLE_ARTICLE.encode(),
    SAMPLE_ARTICLE.replace("\n", "\r\n").encode(),
    codecs.BOM_UTF8 + SAMPLE_ARTICLE.encode(),
    unicodedata.normalize("NFD", SAMPLE_ARTICLE).encode(),
]


def test_twenty_concurrent_imports_of_one_article_give_one_source():
    def import_once(index: int) -> str:
        try:
            context = ImportContext.load(channel=Source.Channel.API)
            return import_article(
                data=VARIANTS[index % len(VARIANTS)], name=f"{index}.txt", context=context
            ).status
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(import_once, range(20)))

    assert sorted(set(statuses)) == ["created", "unchanged"]
    assert statuses.count("created") == 1
    assert Source.objects.count() == 1
