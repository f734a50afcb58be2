"""Institutions as speakers: one spoken of again by its head word ("Negara itu", "Pemerintah tersebut",
"Panel tersebut"), and one given its name in a relative clause ("Badan intelijen, yang dikenal dengan
akronim XYZ, mengatakan …")."""

from __future__ import annotations

import pytest

from tests.briefs.suggestions.helpers import suggest


@pytest.mark.parametrize(
    ("body", "said", "key"),
    [
        (
            "Korea Utara menembakkan dua rudal pada Sabtu. Negara itu juga mengisyaratkan pada Maret bahwa "
            "mereka dapat kembali menguji hulu ledak baru.",
            "mereka dapat kembali menguji",
            "north-korea",
        ),
        (
            "Jepang memperketat ekspor suku cadang ke Rusia. Pemerintah tersebut menyatakan daftar barang "
            "terlarang akan diperluas bulan depan.",
            "daftar barang terlarang",
            "japan",
        ),
        (
            "Rusia menutup panel ahli PBB yang memantau sanksi. Panel tersebut pekan lalu mengatakan sedang "
            "memeriksa dugaan pengiriman bahan bakar ke Nampo.",
            "sedang memeriksa dugaan pengiriman",
            "united-nations",
        ),
    ],
)
def test_an_institution_spoken_of_again_is_the_one_named_before(body, said, key):
    found = [s for s in suggest(body) if said in s.quote]
    assert len(found) == 1, found
    assert found[0].speaker_key == key


def test_a_country_inside_another_phrase_is_no_anaphor_of_a_state():
    # "negara itu" owns the ministry here; the ministry speaks, not the state named before
    body = (
        "Korea Selatan memanggil duta besar Rusia. Kementerian Luar Negeri negara itu menyatakan bahwa "
        "perjanjian baru tersebut mengancam kawasan."
    )
    found = [s for s in suggest(body) if "perjanjian baru" in s.quote]
    assert len(found) == 1 and found[0].speaker_key in ("south-korea", "south-korea-foreign-ministry")


def test_negara_itu_with_no_state_before_names_nobody_sure():
    body = "Cuaca buruk melanda pelabuhan. Negara itu mengatakan bahwa kapal-kapal akan tetap berlabuh."
    assert all(s.speaker_key is None and s.confidence < 0.6 for s in suggest(body))


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Badan intelijen, yang dikenal dengan akronim BIP,", "BIP"),
        ("Lembaga kajian swasta, yang dikenal sebagai Pusat Kajian Timur,", "Pusat Kajian Timur"),
        ("Komite pengawas, yang disebut Komite Delta,", "Komite Delta"),
    ],
)
def test_a_naming_relative_clause_gives_the_speaker_its_name(subject, name):
    body = f"{subject} mengatakan bahwa pasukan itu kekurangan air minum di garis depan."
    found = [s for s in suggest(body) if "pasukan itu kekurangan" in s.quote]
    assert len(found) == 1, found
    assert found[0].speaker_name == name and found[0].confidence < 0.6


@pytest.mark.parametrize(
    "subject",
    [
        # a relative clause about something else: not the speaker's name
        "Badan intelijen, yang berkantor di Kyiv,",
        # a person's clause: not an institution named
        "Seorang warga, yang dikenal dengan nama Pak Harun,",
    ],
)
def test_other_relative_clauses_give_no_name(subject):
    body = f"{subject} mengatakan bahwa pasukan itu kekurangan air minum di garis depan."
    assert all(s.speaker_name not in ("Kyiv", "Pak Harun") for s in suggest(body))


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Pusat Kajian Timur (PKT), sebuah lembaga riset berbasis di Bandung,", "PKT"),
        ("Dewan Maritim Nusantara, salah satu badan penasihat pemerintah,", "Dewan Maritim Nusantara"),
        ("Lembaga Pantau Laut, sebuah organisasi nirlaba di Surabaya,", "Lembaga Pantau Laut"),
    ],
)
def test_an_apposition_saying_what_the_subject_is_stands_between_it_and_its_verb(subject, name):
    body = f"{subject} mengungkapkan bahwa kapal-kapal itu berlayar tanpa transponder."
    found = [s for s in suggest(body) if "kapal-kapal itu berlayar" in s.quote]
    assert len(found) == 1, found
    assert name in found[0].speaker_name + " " + found[0].speaker_text


@pytest.mark.parametrize(
    ("body", "key"),
    [
        # a registry actor with an indefinite apposition: the actor, as before
        (
            "Rusia, salah satu sekutu terdekat Pyongyang, menyatakan bahwa latihan itu bersifat rutin.",
            "russia",
        ),
        # an apposition that is a title goes on working as before
        ("Jepang, sebuah negara kepulauan, menyatakan bahwa latihan itu bersifat rutin.", "japan"),
    ],
)
def test_an_actor_before_an_indefinite_apposition_keeps_speaking(body, key):
    found = [s for s in suggest(body) if "latihan itu bersifat rutin" in s.quote]
    assert len(found) == 1 and found[0].speaker_key == key, found
