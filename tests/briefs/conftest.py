import pytest

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
