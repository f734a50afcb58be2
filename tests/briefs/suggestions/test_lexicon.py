"""Finding actors in text: whole words, exact capitals for short names, longest name, roles."""

from __future__ import annotations

from briefs.suggestions.lexicon import ROLE, ActorEntry, ActorLexicon, actor_from_dict
from tests.briefs.suggestions.helpers import LEXICON as lexicon


def keys(text):
    return [(m.key, m.text) for m in lexicon.find_mentions(text)]


def test_actor_from_dict_reads_the_json_shape():
    entry = actor_from_dict(
        {"key": "x", "name": "X", "kind": "state", "country": "XX", "affiliation": None,
         "description": "d", "aliases": ["Eks"], "roles": ["kepala Eks"]}
    )  # fmt: skip
    assert entry == ActorEntry("x", "X", "state", ("Eks",), ("kepala Eks",), None)


def test_as_is_the_united_states_only_as_a_capitalised_whole_word():
    assert keys("Sanksi AS diperketat.") == [("united-states", "AS")]
    assert keys("Bekas pangkalan as roda kapal Asia") == []


def test_all_caps_aliases_keep_their_capitals():
    assert keys("laporan dprk itu") == []
    assert keys("laporan DPRK itu") == [("north-korea", "DPRK")]


def test_longer_names_are_matched_case_insensitively():
    assert keys("pejabat KOREA UTARA hadir") == [("north-korea", "KOREA UTARA")]


def test_longest_name_wins():
    assert keys("editorial Washington Times hari ini") == [("washington-times", "Washington Times")]
    assert keys("Kementerian Luar Negeri Rusia menyatakan") == [
        ("russia-foreign-ministry", "Kementerian Luar Negeri Rusia")
    ]


def test_name_with_bracketed_short_form_is_one_mention():
    assert keys("Korea Utara (Korut) dan Amerika Serikat (AS) berselisih") == [
        ("north-korea", "Korea Utara (Korut)"),
        ("united-states", "Amerika Serikat (AS)"),
    ]


def test_role_phrase_resolves_to_actor():
    (mention,) = lexicon.find_mentions("menurut juru bicara Kremlin hari itu")
    assert (mention.key, mention.via) == ("dmitry-peskov", ROLE)


def test_role_and_name_side_by_side_are_one_mention():
    assert keys("Jubir Keamanan Nasional Gedung Putih, John Kirby, menjawab") == [
        ("john-kirby", "Jubir Keamanan Nasional Gedung Putih, John Kirby")
    ]


def test_unnamed_spokesperson_of_an_organisation_is_the_organisation():
    (mention,) = lexicon.find_mentions("Juru bicara Departemen Luar Negeri AS menjawab")
    assert mention.key == "us-state-department"
    (mention,) = lexicon.find_mentions("seorang juru bicara Kementerian Pertahanan Korea Selatan menjawab")
    assert (mention.key, mention.text) == (
        "south-korea-defence-ministry",
        "seorang juru bicara Kementerian Pertahanan Korea Selatan",
    )


def test_a_role_containing_another_name_wins_over_it():
    mention = lexicon.find_mentions("adik Kim Jong Un mengecam Seoul")[0]
    assert mention.key == "kim-yo-jong"


def test_names_do_not_match_inside_words():
    assert keys("Rusiawi Kirbyan") == []
    assert keys("pro-Rusia") == [("russia", "Rusia")]


def test_mentions_carry_exact_offsets():
    text = "Pernyataan Gedung Putih soal Pyongyang"
    for mention in lexicon.find_mentions(text):
        assert text[mention.start : mention.end] == mention.text


def test_related_follows_affiliations():
    assert lexicon.related("john-kirby", "united-states")
    assert lexicon.related("us-state-department", "united-states")
    assert not lexicon.related("john-kirby", "russia")


def test_a_small_custom_lexicon_works_on_its_own():
    lexicon = ActorLexicon([ActorEntry("acme", "Acme", "organisation", ("Acme Corp",), ("bos Acme",), None)])
    assert [(m.key, m.text) for m in lexicon.find_mentions("kata bos Acme dan Acme Corp")] == [
        ("acme", "bos Acme"),
        ("acme", "Acme Corp"),
    ]


def test_a_name_qualified_by_its_state_is_the_narrower_actor():
    assert keys("Badan Intelijen Nasional Korea Selatan menilai") == [
        ("south-korea-nis", "Badan Intelijen Nasional Korea Selatan")
    ]
    assert keys("dikutip kantor berita Korea Utara KCNA kemarin") == [("kcna", "Korea Utara KCNA")]


def test_an_organisations_role_before_its_persons_name_is_that_person():
    assert keys("tegas juru bicara Departemen Luar Negeri AS Matthew Miller kemarin") == [
        ("matthew-miller", "juru bicara Departemen Luar Negeri AS Matthew Miller")
    ]


def test_a_bracket_that_explains_a_name_belongs_to_it():
    assert keys("Kremlin (istana kepresidenan Rusia) menolak") == [
        ("kremlin", "Kremlin (istana kepresidenan Rusia)")
    ]


def test_unrelated_actors_side_by_side_stay_apart():
    assert keys("Rusia dan Korea Utara Kompak") == [("russia", "Rusia"), ("north-korea", "Korea Utara")]
    assert keys("pertemuan Korea Selatan Rusia") == [("south-korea", "Korea Selatan"), ("russia", "Rusia")]
