"""`manage.py suggest_claims`: what it prints for an editor's script when the speaker is uncertain."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from tests.ingest.factories import SourceFactory

pytestmark = pytest.mark.django_db


def run(source, *options):
    out = StringIO()
    call_command("suggest_claims", "--source", str(source.pk), *options, stdout=out)
    return out.getvalue()


def test_an_ambiguous_speaker_is_printed_with_the_people_it_may_be():
    source = SourceFactory(
        body="Putin dan Kim Jong Un makan malam bersama di kapal. “Kita bersaudara,” katanya kepada wartawan."
    )
    (record,) = [json.loads(line) for line in run(source, "--format", "json").splitlines()]
    assert (record["speaker"], record["possible_speakers"]) == (None, ["Vladimir Putin", "Kim Jong Un"])
    assert "one of Vladimir Putin, Kim Jong Un" in run(source)
