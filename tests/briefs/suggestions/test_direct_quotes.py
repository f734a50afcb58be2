"""Direct quotes and their attribution."""

from __future__ import annotations

import pytest

from tests.briefs.suggestions.helpers import only, suggest


def test_quote_before_kata_is_attributed_to_the_named_speaker():
    body = '"Kami tidak melihat bukti apa pun soal kapal itu," kata Lavrov di Moskow.'
    claim = only(suggest(body))
    assert (claim.speaker_key, claim.cue, claim.quote) == (
        "sergey-lavrov",
        "kata",
        "Kami tidak melihat bukti apa pun soal kapal itu",
    )
    assert body[claim.start : claim.end] == claim.quote


def test_every_attribution_word_after_a_quote_works():
    for word in ("ujar", "ucap", "tutur", "tulis", "ungkap", "tambah", "lanjut", "pungkas"):
        claim = only(suggest(f"“Pengiriman itu harus dihentikan sekarang,” {word} Blinken."))
        assert (claim.speaker_key, claim.cue) == ("antony-blinken", word)


def test_quote_span_excludes_the_quote_marks():
    claim = only(suggest("“Sanksi baru akan segera diumumkan,” kata Kirby."))
    assert claim.quote == "Sanksi baru akan segera diumumkan"


def test_speaker_mengatakan_comma_quote():
    claim = only(suggest('Peskov mengatakan, "Hubungan kami dengan Pyongyang adalah urusan kami sendiri."'))
    assert claim.speaker_key == "dmitry-peskov"
    assert claim.quote == "Hubungan kami dengan Pyongyang adalah urusan kami sendiri."


def test_kata_speaker_before_the_quote():
    claim = only(suggest('Kata Kamikawa, "Tokyo akan berkoordinasi erat dengan Seoul."'))
    assert (claim.speaker_key, claim.cue) == ("yoko-kamikawa", "kata")


def test_tambahnya_takes_the_speaker_of_the_previous_quote():
    body = '"Kami memantau pelabuhan Rajin setiap hari," kata Kirby. "Kapal itu sudah berlayar dua kali," tambahnya.'
    first, second = suggest(body)
    assert second.speaker_key == "john-kirby" and second.cue == "tambahnya"
    assert second.confidence < first.confidence


def test_bare_quote_paragraph_continues_the_previous_speaker():
    body = '"Ini pelanggaran resolusi PBB yang jelas," kata Blinken.\n\n"Kami akan membawanya ke Dewan Keamanan."'
    first, second = suggest(body)
    assert second.speaker_key == "antony-blinken" and second.quote.startswith("Kami akan membawanya")


def test_bare_quote_without_a_speaker_before_it_is_not_suggested():
    assert suggest('Rapat berlangsung tiga jam.\n\n"Kami akan membawanya ke Dewan Keamanan."') == []


def test_quote_attributed_in_the_previous_sentence_with_a_colon():
    body = "Kirby menyampaikan pernyataan berikut:\n\n“Kami mengutuk setiap transfer senjata ke Rusia.”"
    claim = only(suggest(body))
    assert claim.speaker_key == "john-kirby" and claim.stance == "condemns"


def test_quote_attributed_in_the_next_sentence():
    body = "“Pasokan itu memperpanjang perang di Ukraina.”\n\nHal itu disampaikan Blinken di Brussel."
    assert only(suggest(body)).speaker_key == "antony-blinken"


def test_scare_quotes_inside_a_sentence_are_not_claims():
    assert suggest("Kapal “hantu” itu berlabuh di Rajin pekan lalu.") == []


def test_wire_after_dikutip_dari_is_not_the_speaker():
    claim = only(
        suggest('"Pyongyang jelas mendapat imbalan teknologi," kata Victor Cha, dikutip dari Reuters.')
    )
    assert claim.speaker_key == "victor-cha"


def test_quote_carried_by_a_news_agency_belongs_to_the_person_it_reported():
    body = (
        "KCNA melaporkan bahwa Kim Jong Un menyerukan persatuan dengan Moskow. "
        '"Kita akan berdiri bersama Rusia dalam segala keadaan," tulis KCNA.'
    )
    assert [s.speaker_key for s in suggest(body)][-1] == "kim-jong-un"


def test_unknown_speaker_after_the_quote_keeps_its_words_with_no_key():
    claim = only(suggest('"Jumlahnya jauh lebih besar dari perkiraan," kata Dr. Pak Won-gon.'))
    assert claim.speaker_key is None and "Pak Won-gon" in claim.speaker_text
    assert claim.confidence < 0.5


def test_a_quote_left_open_at_a_paragraph_end_belongs_to_the_speaker_of_the_next_paragraph():
    body = "“Kami akan terus memasok amunisi.\n\n“Pabrik kami bekerja siang dan malam,” kata Choe Son Hui."
    claims = suggest(body)
    assert [c.speaker_key for c in claims] == ["choe-son-hui", "choe-son-hui"]
    assert claims[0].quote.startswith("Kami akan terus")


def test_a_quote_resumed_after_its_attribution_is_the_same_speakers():
    claims = suggest("“Pengiriman itu melanggar resolusi,” kata Kirby, “dan kami akan menanggapinya.”")
    assert [(c.speaker_key, c.quote) for c in claims] == [
        ("john-kirby", "Pengiriman itu melanggar resolusi"),
        ("john-kirby", "dan kami akan menanggapinya."),
    ]


def test_a_quote_ending_in_a_comma_then_a_pronoun_and_a_reporting_verb_is_that_persons():
    body = (
        "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Rabu. "
        "“Kesabaran kami ada batasnya,” ia memperingatkan, seraya menyebut latihan itu provokasi."
    )
    quoted = [claim for claim in suggest(body) if claim.quote.startswith("Kesabaran")]
    assert [(claim.speaker_key, claim.stance) for claim in quoted] == [("sergey-lavrov", "warns")]


def test_an_agency_quoting_someone_after_the_quote_is_not_the_speaker():
    body = (
        "Pemimpin Korea Utara Kim Jong Un menghadiri upacara itu pada Sabtu.\n"
        "“Para prajurit itu telah menunjukkan keberanian yang luar biasa,” KCNA mengutip pernyataan Kim."
    )
    quoted = [claim for claim in suggest(body) if claim.quote.startswith("Para prajurit")]
    assert [claim.speaker_key for claim in quoted] == ["kim-jong-un"]


def test_a_quote_broken_over_two_lines_is_attributed_after_it_closes():
    body = "“Kami akan terus mendukung\nperjuangan rakyat Rusia sampai menang,” kata Kim Jong Un."
    claim = only(suggest(body))
    assert claim.speaker_key == "kim-jong-un"
    assert " ".join(claim.quote.split()) == "Kami akan terus mendukung perjuangan rakyat Rusia sampai menang"


def test_nya_after_a_quote_broken_over_lines_looks_back_from_where_the_quote_began():
    body = "Kim Jong Un tiba di Moskow.\n“Kami akan terus mendukung\nperjuangan rakyat Rusia,” katanya."
    claim = next(s for s in suggest(body) if s.quote.startswith("Kami"))
    assert claim.speaker_key == "kim-jong-un" and claim.evidence == "direct, pronoun -nya, person"


def test_a_quote_that_lost_its_opening_mark_is_attributed_to_the_name_after_it():
    body = (
        "Duta besar itu berbicara kepada kantor berita negaranya.\n\n"
        "Badan pengawas yang baru itu tidak akan bertahan lama,” kata utusan Ri Chol Man dalam pernyataannya."
    )
    claim = only(suggest(body))
    assert claim.quote.startswith("Badan pengawas yang baru") and claim.speaker_name == "Ri Chol Man"


def test_a_comma_after_the_closing_mark_then_dia_a_verb_and_the_name_is_that_persons():
    body = (
        "Kepala aliansi itu, Markus Lindqvist, tiba di Seoul pada Senin.\n\n"
        "“Jika kita ingin perdamaian bertahan, kita harus membantu mereka”, dia menekankan Lindqvist."
    )
    claim = only(suggest(body))
    assert claim.speaker_name == "Markus Lindqvist" and claim.cue == "menekankan"


def test_a_reported_clause_ending_in_a_colon_gives_the_quotation_after_it_to_the_same_speaker():
    body = (
        "Blinken mengatakan bahwa kerja sama itu mengkhawatirkan semua pihak: “Kami tidak akan tinggal diam "
        "menghadapi pengiriman senjata ini.”"
    )
    reported, quoted = suggest(body)
    assert reported.quote.endswith("mengkhawatirkan semua pihak")
    assert quoted.quote.startswith("Kami tidak akan tinggal diam") and quoted.speaker_key == "antony-blinken"


@pytest.mark.parametrize(
    ("report", "key"),
    [
        ("Rusia mengatakan pengiriman itu tidak melanggar aturan apa pun.", "russia"),
        ("Jepang menegaskan bahwa kapal tanker itu berlayar tanpa izin.", "japan"),
        ("Pada Senin, Korea Selatan menyatakan patroli di perbatasan telah ditambah.", "south-korea"),
    ],
)
def test_an_untagged_quotation_opening_the_next_paragraph_is_the_reported_speakers(report, key):
    body = f"{report}\n“Kami akan terus memantau setiap gerakan di wilayah itu dengan saksama.”"
    found = [s for s in suggest(body) if s.quote.startswith("Kami akan terus memantau")]
    assert len(found) == 1, found
    assert found[0].speaker_key == key and found[0].confidence < 0.6


@pytest.mark.parametrize(
    "report",
    [
        # two speakers reported: whose the quotation is, the text does not say
        "Rusia mengatakan pengiriman itu sah, sementara Jepang menegaskan kapal itu berlayar tanpa izin.",
        # the speaker is only a pronoun: no name to carry on
        "Dia mengatakan pengiriman itu tidak melanggar aturan apa pun.",
    ],
)
def test_no_single_named_speaker_before_gives_the_quotation_to_nobody_sure(report):
    body = f"{report}\n“Kami akan terus memantau setiap gerakan di wilayah itu dengan saksama.”"
    found = [s for s in suggest(body) if s.quote.startswith("Kami akan terus memantau")]
    assert all(s.confidence < 0.6 for s in found)
    assert all(s.speaker_key not in ("russia", "japan") for s in found), found


def test_an_untagged_quotation_inside_the_same_paragraph_is_not_carried_over():
    body = (
        "Rusia mengatakan pengiriman itu sah. Warga di pelabuhan berkata lain: “Kapal itu datang malam hari.”"
    )
    assert all(s.speaker_key != "russia" for s in suggest(body) if "Kapal itu datang" in s.quote)


@pytest.mark.parametrize(
    ("tail", "key"),
    [
        ("badan intelijen militer Jepang, DIH, mengatakan kepada wartawan.", "japan"),
        ("dinas keamanan Korea Selatan, KSS, menyatakan pada hari Senin.", "south-korea"),
        ("lembaga riset Rusia, Pusat Kajian Timur, menegaskan dalam laporannya.", "russia"),
    ],
)
def test_a_body_described_then_named_between_commas_after_a_quotation_says_it(tail, key):
    body = f"“Tanpa pasokan itu, serangan di garis depan akan berkurang setengahnya,” {tail}"
    found = [s for s in suggest(body) if s.quote.startswith("Tanpa pasokan itu")]
    assert len(found) == 1 and found[0].speaker_key == key, found
    assert found[0].confidence < 0.6


@pytest.mark.parametrize(
    "tail",
    [
        # what the quotation is about, with no verb of saying after it
        "badan intelijen militer Jepang, DIH, dibentuk tahun lalu.",
        # a lowercase phrase with no name between commas
        "badan intelijen itu, menurut para analis, sedang dibenahi.",
    ],
)
def test_a_described_body_with_no_reporting_verb_after_is_no_attribution(tail):
    body = f"“Tanpa pasokan itu, serangan di garis depan akan berkurang setengahnya,” {tail}"
    assert all(s.speaker_key != "japan" for s in suggest(body))
