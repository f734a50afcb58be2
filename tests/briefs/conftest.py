import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from briefs.models import Actor
from ingest.models import Source
from tests.ingest.factories import SourceFactory

# Written for the tests: two look-alike sentences that differ by one figure, a denial and a quote.
BODY = (
    "PYONGYANG - Korea Utara membantah tuduhan pengiriman senjata ke Rusia.\n\n"
    '"Kami tidak pernah menjual senjata kepada siapa pun," kata juru bicara kementerian.\n\n'
    "Menurut Gedung Putih, Korea Utara mengirim 1.000 kontainer ke Rusia.\n\n"
    "Laporan lain menyebut Korea Utara mengirim 2.000 kontainer ke Rusia."
)


@pytest.fixture
def source(db) -> Source:
    return SourceFactory(body=BODY, title="Bantahan Pyongyang")


@pytest.fixture
def north_korea(db) -> Actor:
    return Actor.objects.get(slug="north-korea")


@pytest.fixture
def white_house(db) -> Actor:
    return Actor.objects.get(slug="white-house")


def span(body: str, words: str) -> tuple[int, int]:
    start = body.index(words)
    return start, start + len(words)


@pytest.fixture
def latest_schema_afterwards(transactional_db):
    """For a test that migrates the database back: the tests after it get the whole schema again."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
