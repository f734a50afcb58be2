"""Finding direct quotations and masking them."""

from __future__ import annotations

from briefs.suggestions.quotes import find_quotes, mask_quotes


def inner(body):
    return [body[q.start : q.end] for q in find_quotes(body)]


def test_straight_quotes_pair_up_and_drop_the_trailing_comma():
    assert inner('"Kami menolak," kata dia. "Itu saja."') == ["Kami menolak", "Itu saja."]


def test_curly_quotes_pair_up():
    assert inner("“Kami siap,” ujarnya, “dan kami menunggu.”") == ["Kami siap", "dan kami menunggu."]


def test_closing_curly_mark_used_as_opening_still_pairs():
    assert inner("”Kami siap,” ujarnya.") == ["Kami siap"]


def test_single_quotes_are_scare_quotes_not_quotations():
    assert inner("mengecam 'rumor perdagangan senjata' itu") == []


def test_an_unclosed_quote_ends_with_its_paragraph():
    body = '"Kami akan terus bekerja\n\nParagraf lain.'
    (quote,) = find_quotes(body)
    assert body[quote.start : quote.end] == "Kami akan terus bekerja" and not quote.closed


def test_mask_keeps_offsets_and_hides_quoted_words():
    body = 'Kirby: "Korea Utara mengirim." Selesai.'
    masked = mask_quotes(body, find_quotes(body))
    assert len(masked) == len(body)
    assert "Korea" not in masked and masked.startswith("Kirby: ") and masked.endswith(" Selesai.")


def test_backticks_open_and_two_apostrophes_close_a_quotation():
    body = "Pejabat itu menyatakan bahwa ``kapal sudah berangkat.'' Lalu ia pergi."
    (quote,) = find_quotes(body)
    assert body[quote.start : quote.end] == "kapal sudah berangkat."
    assert mask_quotes(body, [quote]).endswith("▒ Lalu ia pergi.")


def test_two_apostrophes_with_nothing_open_are_not_a_quotation():
    assert inner("judul ''Fajar'' itu dan ''Senja''") == []


def test_a_quotation_a_page_rewrapped_mid_sentence_goes_on_to_its_closing_mark():
    body = "Kata Kirby: “Kapal itu berlayar dua kali,\n\nlalu kembali ke Rajin.” Kremlin diam."
    (quote,) = find_quotes(body)
    assert body[quote.start : quote.end] == "Kapal itu berlayar dua kali,\n\nlalu kembali ke Rajin."


def test_a_quotation_whose_line_ends_a_sentence_stops_there():
    body = "“Kami tidak akan mundur.\n\nPyongyang” adalah judul lagu baru."
    assert [body[q.start : q.end] for q in find_quotes(body)][0] == "Kami tidak akan mundur."


def test_a_slipped_closing_mark_before_the_real_one_keeps_the_quote_whole():
    body = "“Beberapa dokumen akan ditandatangani,” di antaranya dokumen yang sangat penting,” ujar Yuri Ushakov."
    quotes = find_quotes(body)
    assert len(quotes) == 1
    assert body[quotes[0].start : quotes[0].end].endswith("dokumen yang sangat penting")


def test_two_quotes_each_closed_and_attributed_stay_two():
    body = "“Kami siap,” kata Kirby. “Kami menunggu,” ujar Kirby."
    assert len(find_quotes(body)) == 2


def test_a_closing_straight_mark_slipped_onto_the_next_line_opens_nothing():
    body = 'Lee mengatakan, "Tawanan itu belum ingin pulang.\n"Dalam video itu, seorang tentara mengatakan bahwa dia lelah.'
    quotes = find_quotes(body)
    assert [body[q.start : q.end] for q in quotes] == ["Tawanan itu belum ingin pulang."]


def test_a_quotation_going_on_in_the_next_paragraph_with_its_own_marks_is_kept():
    body = '"Kami siap.\n"Kami menunggu," kata Kirby.'
    assert len(find_quotes(body)) == 2


def test_a_closing_mark_with_an_attribution_and_no_opening_one_closes_from_the_paragraph_start():
    body = (
        "Latar belakang singkat.\nPanel pengganti itu pasti akan bubar dengan sendirinya,” kata utusan itu.\n"
    )
    assert inner(body) == ["Panel pengganti itu pasti akan bubar dengan sendirinya"]


def test_a_closing_mark_used_as_an_opening_one_is_not_a_lost_opening():
    assert inner("Ia berkata ”Kami siap,” ujarnya.") == ["Kami siap"]


def test_a_straight_mark_left_open_in_mid_sentence_quoted_a_phrase_that_ends_with_its_sentence():
    body = (
        'Seoul menyesalkan negara yang memilih untuk "menutup mata atas pelanggaran itu. Sikap itu berbahaya.'
    )
    assert inner(body) == ["menutup mata atas pelanggaran itu"]


def test_a_straight_quotation_left_open_at_the_start_of_a_sentence_runs_to_the_paragraph_end():
    body = 'Ia berkata:\n"Kami siap. Kami menunggu.\nParagraf lain.'
    assert inner(body) == ["Kami siap. Kami menunggu."]
