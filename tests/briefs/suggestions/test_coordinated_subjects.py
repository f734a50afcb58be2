"""A reported statement ends where a clause with a subject of its own is joined on (", dan Presiden X
menyiratkan …", "sementara Y berjanji …"): the second clause is the other actor's, not the first speaker's."""

from __future__ import annotations

import pytest

from tests.briefs.suggestions.helpers import suggest


@pytest.mark.parametrize(
    ("sentence", "first", "second", "second_key"),
    [
        (
            "Jepang menyatakan dukungannya terhadap resolusi itu, dan Korea Selatan menyiratkan sanksi baru "
            "terhadap kapal-kapal tanker.",
            "dukungannya terhadap resolusi itu",
            "sanksi baru terhadap kapal-kapal tanker",
            "south-korea",
        ),
        (
            "Rusia mengatakan latihan itu bersifat rutin, serta Presiden Belarus menegaskan pasukannya tetap "
            "di barak.",
            "latihan itu bersifat rutin",
            "pasukannya tetap di barak",
            None,
        ),
        (
            "Jepang menyebut peluncuran itu provokasi berbahaya sementara Korea Selatan berjanji memperketat "
            "patroli di laut.",
            "peluncuran itu provokasi berbahaya",
            "memperketat patroli di laut",
            "south-korea",
        ),
    ],
)
def test_a_joined_clause_with_its_own_subject_is_not_the_first_speakers(sentence, first, second, second_key):
    found = suggest(sentence)
    firsts = [s for s in found if first in s.quote]
    assert firsts and all(second not in s.quote for s in firsts if s.speaker_key != second_key), found
    if second_key is not None:
        assert any(second in s.quote and s.speaker_key == second_key for s in found), found


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # two parties of one verb inside what was said: no comma, no new clause
        (
            "Jepang mengatakan kesepakatan antara Korea Utara dan Rusia akan melanggar resolusi PBB.",
            "kesepakatan antara Korea Utara dan Rusia akan melanggar resolusi PBB",
        ),
        # a list after a comma whose last party has no verb of its own
        (
            "Jepang mengatakan bantuan itu akan dikirim ke Ukraina, dan Moldova pada bulan depan.",
            "bantuan itu akan dikirim ke Ukraina, dan Moldova pada bulan depan",
        ),
    ],
)
def test_a_party_joined_inside_what_was_said_does_not_cut_it(sentence, said):
    assert any(s.quote == said and s.speaker_key == "japan" for s in suggest(sentence))
