import json

import pytest

from ingest.pipeline.outlets import (
    DEFAULT_PROFILES_PATH,
    OUTLET_KINDS,
    detect_outlet,
    load_default_profiles,
    profile_for_domain,
    profile_from_dict,
    resolve_outlet,
)


def _keys(profiles):
    return {profile.key for profile in profiles}


def test_default_registry_loads_and_is_valid(profiles):
    assert {"tribunnews", "liputan6", "okezone", "egindo", "detik", "tribunsolo"} <= _keys(profiles)
    assert {
        "reuters",
        "ap",
        "afp",
        "kcna",
        "yonhap",
        "tass",
        "interfax",
        "cna",
        "aljazeera",
        "antara",
    } <= _keys(profiles)
    assert {"ria", "nknews", "bbc", "cnn", "kyodo", "washingtontimes", "guardian", "nytimes"} <= _keys(
        profiles
    )
    assert all(profile.kind in OUTLET_KINDS for profile in profiles)
    assert len(_keys(profiles)) == len(profiles)


def test_registry_is_read_from_the_data_file():
    document = json.loads(DEFAULT_PROFILES_PATH.read_text(encoding="utf-8"))
    assert len(document["profiles"]) == len(load_default_profiles())


def test_profile_from_dict_accepts_database_rows():
    row = {
        "key": "example",
        "name": "Example News",
        "domain": "https://www.Example.com/news",
        "country": "id",
        "kind": "news_site",
        "aliases": ["Example", " "],
        "signatures": ["EXAMPLE.COM -"],
        "signoff_role": "",
    }
    profile = profile_from_dict(row)
    assert profile.domain == "example.com"
    assert profile.country == "ID"
    assert profile.aliases == ("Example",)
    assert profile.signoff_role is None


@pytest.mark.parametrize(
    ("row", "complaint"),
    [
        ({"key": "x", "name": "X", "domain": "x.com", "country": "ID", "kind": "blog"}, "blog"),
        (
            {
                "key": "x",
                "name": "X",
                "domain": "x.com",
                "country": "ID",
                "kind": "wire",
                "signoff_role": "boss",
            },
            "boss",
        ),
        ({"key": "x", "name": "X", "country": "ID", "kind": "wire"}, "domain"),
    ],
)
def test_profile_from_dict_rejects_malformed_rows(row, complaint):
    with pytest.raises(ValueError, match=complaint):
        profile_from_dict(row)


def test_aliases_resolve_to_the_canonical_outlet(profiles):
    assert resolve_outlet("Associated Press", profiles).key == "ap"
    assert resolve_outlet("Korean Central News Agency", profiles).key == "kcna"
    assert resolve_outlet("Kantor Berita Pusat Korea", profiles).key == "kcna"
    assert resolve_outlet("Channel NewsAsia", profiles).key == "cna"
    assert resolve_outlet("TribunSolo.com", profiles).key == "tribunsolo"
    assert resolve_outlet("Some Unknown Gazette", profiles) is None


def test_domain_hint_picks_the_most_specific_outlet(profiles):
    assert profile_for_domain("https://solo.tribunnews.com/2023/x", profiles).key == "tribunsolo"
    assert profile_for_domain("www.tribunnews.com", profiles).key == "tribunnews"
    assert profile_for_domain("finance.detik.com", profiles).key == "detik"
    assert profile_for_domain("example.org", profiles) is None


def test_domain_hint_wins_over_signatures(profiles):
    text = "Judul\n\nJAKARTA, KOMPAS.com - Paragraf pertama yang cukup panjang untuk menjadi lead berita ini."
    assert detect_outlet(text, profiles, domain_hint="news.detik.com").key == "detik"


def test_signature_in_the_dateline_identifies_the_publisher(profiles):
    text = "Judul Berita\n\nLiputan6.com, Jakarta - Pemerintah mengumumkan kebijakan baru pada hari ini."
    assert detect_outlet(text, profiles).key == "liputan6"


def test_dateline_signature_beats_a_sister_site_credit(profiles):
    text = (
        "TRIBUNNEWS.COM - Pemerintah daerah mengumumkan kebijakan baru untuk warga kota.\n\n"
        "Sumber: TribunSolo.com"
    )
    assert detect_outlet(text, profiles).key == "tribunnews"


def test_wire_credited_in_the_text_is_not_the_publisher(profiles):
    text = (
        "Judul Berita\n\nMOSKOW - Kremlin membantah laporan itu, seperti dilansir Reuters dan AFP, Senin.\n\n"
        "Menurut kantor berita Yonhap, pertemuan itu tertutup."
    )
    assert detect_outlet(text, profiles) is None


def test_wire_dateline_signature_identifies_the_wire(profiles):
    text = "SEOUL, Oct 13 (Reuters) - North Korea has sent more than 1,000 containers, officials said."
    assert detect_outlet(text, profiles).key == "reuters"


def test_signature_anywhere_is_the_last_resort(profiles):
    text = "Paragraf satu berisi berita.\n\nFollow WhatsApp Channel Okezone untuk update berita"
    assert detect_outlet(text, profiles).key == "okezone"
