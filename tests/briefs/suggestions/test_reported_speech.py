"""Reported speech: reporting verbs, inline attributions, "menurut", and where the span ends."""

from __future__ import annotations

import pytest

from briefs.suggestions.confidence import HINT
from briefs.suggestions.rules import ASSERTS
from tests.briefs.suggestions.helpers import only, quoting, suggest


def test_mengatakan_bahwa_gives_the_reported_clause():
    claim = only(suggest("Blinken mengatakan bahwa Moskow membayar amunisi itu dengan teknologi satelit."))
    assert (claim.speaker_key, claim.cue) == ("antony-blinken", "mengatakan")
    assert claim.quote == "Moskow membayar amunisi itu dengan teknologi satelit"


def test_reporting_verbs_each_produce_a_claim():
    for verb in (
        "menyatakan",
        "menegaskan",
        "menuturkan",
        "menjelaskan",
        "mengungkapkan",
        "menekankan",
        "mengklaim",
    ):
        claim = only(suggest(f"Lavrov {verb} Rusia tidak membutuhkan peluru dari negara mana pun."))
        assert claim.speaker_key == "sergey-lavrov" and claim.cue == verb


def test_time_words_between_the_verb_and_bahwa_are_skipped():
    claim = only(
        suggest("Gedung Putih mengatakan pada Kamis malam bahwa dua kapal kargo telah tiba di Dunay.")
    )
    assert claim.quote == "dua kapal kargo telah tiba di Dunay"


def test_menurut_names_the_speaker_and_the_clause_after_the_comma():
    claim = only(suggest("Menurut Kementerian Unifikasi, peluncuran satelit itu ditunda hingga bulan depan."))
    assert claim.speaker_key == "south-korea-unification-ministry" and claim.cue == "menurut"
    assert claim.quote == "peluncuran satelit itu ditunda hingga bulan depan"


def test_trailing_menurut_attributes_the_clause_before_it():
    claim = only(suggest("Sekitar 300 gerbong melintasi perbatasan bulan lalu, menurut Yonhap."))
    assert claim.speaker_key == "yonhap" and claim.quote.startswith("Sekitar 300 gerbong")


def test_kata_speaker_kepada_wartawan_after_a_clause():
    claim = only(suggest("Pengiriman itu melanggar sanksi internasional, kata Kirby kepada wartawan."))
    assert claim.speaker_key == "john-kirby"
    assert claim.quote == "Pengiriman itu melanggar sanksi internasional"


def test_parenthetical_kata_keeps_the_whole_sentence():
    claim = only(suggest("Pyongyang, kata Blinken, menerima bantuan teknologi rudal sebagai imbalan."))
    assert claim.speaker_key == "antony-blinken"
    assert claim.quote == "Pyongyang, kata Blinken, menerima bantuan teknologi rudal sebagai imbalan"


def test_wire_named_with_dikutip_dari_is_not_the_speaker():
    claim = only(suggest("Lavrov menegaskan, dikutip dari TASS, bahwa tidak ada kesepakatan militer baru."))
    assert claim.speaker_key == "sergey-lavrov"


def test_seperti_dilansir_at_the_start_is_only_a_source():
    claim = only(suggest("Seperti dilansir AFP, Kirby mengatakan kapal-kapal itu membawa ribuan peluru."))
    assert claim.speaker_key == "john-kirby"


def test_a_source_phrase_alone_is_not_a_claim():
    assert suggest("Dikutip dari Al Jazeera, hubungan kedua negara memanas sejak Agustus.") == []


def test_second_verb_after_dan_shares_the_subject():
    claims = suggest(
        "Lavrov menolak tuduhan itu sebagai rekayasa, dan menegaskan bahwa Washington tidak punya bukti."
    )
    assert [c.speaker_key for c in claims] == ["sergey-lavrov", "sergey-lavrov"]
    assert claims[0].quote == "tuduhan itu sebagai rekayasa"


def test_two_speakers_in_one_sentence_get_a_clause_each():
    claims = suggest(
        "Meskipun Seoul mengatakan tidak ada bukti baru, Kirby mengatakan kapal ketiga sudah berlayar."
    )
    assert [(c.speaker_key, c.quote) for c in claims] == [
        ("south-korea", "tidak ada bukti baru"),
        ("john-kirby", "kapal ketiga sudah berlayar"),
    ]


def test_statement_reported_inside_another_by_someone_else_is_its_own_claim():
    body = "Juru bicara Departemen Luar Negeri AS mengatakan bahwa meski Moskow membantah telah membeli peluru artileri, Washington mampu mengonfirmasi pengirimannya."
    claims = suggest(body)
    assert {c.speaker_key for c in claims} == {"us-state-department", "russia"}
    outer = next(c for c in claims if c.speaker_key == "us-state-department")
    assert outer.stance == "confirms"  # "Washington mampu mengonfirmasi" is the same side speaking


def test_relative_clause_verb_is_not_a_new_speaker():
    claim = only(
        suggest("Lavrov mencemooh laporan AS yang menyebut bahwa Rusia membeli roket dari Pyongyang.")
    )
    assert claim.speaker_key == "sergey-lavrov" and claim.stance == "condemns"


def test_unnamed_experts_have_no_key_but_keep_their_words():
    claim = only(
        suggest("Para pengamat berpendapat bahwa sanksi baru tidak akan mengubah perilaku Pyongyang.")
    )
    assert claim.speaker_key is None and claim.speaker_text == "Para pengamat"
    assert claim.confidence < 0.5


def test_unnamed_official_of_a_known_actor_is_that_actor_as_a_hint_to_check():
    claim = only(
        suggest("Seorang pejabat Korea Selatan mengatakan bahwa kontainer itu berisi peluru artileri.")
    )
    assert claim.speaker_key == "south-korea" and claim.speaker_text == "Seorang pejabat Korea Selatan"
    assert claim.confidence < 0.6


def test_short_objects_are_not_statements():
    assert suggest("Komunitas internasional telah mengingatkan mereka berkali-kali.") == []


def test_passive_without_a_speaker_is_not_a_claim():
    assert suggest("Pengiriman itu disebut mencakup roket dan rudal jarak pendek.") == []


def test_reporting_verbs_of_belief_praise_and_record_produce_a_claim():
    for verb in ("memperkirakan", "meyakini", "mengaku", "memuji", "menggambarkan", "mencatat", "percaya"):
        claim = only(suggest(f"Blinken {verb} bahwa pabrik itu bekerja siang dan malam."))
        assert (claim.speaker_key, claim.stance) == ("antony-blinken", "asserts"), verb


def test_stance_verbs_give_their_stance():
    cases = {
        "mengancam akan": "warns",
        "menyalahkan": "condemns",
        "mengkritik": "condemns",
        "menjanjikan": "pledges",
        "menampik": "denies",
        "mempertanyakan": "questions",
        "membenarkan": "confirms",
    }
    for verb, stance in cases.items():
        claim = only(suggest(f"Lavrov {verb} kebijakan sanksi yang diterapkan negara Barat."))
        assert claim.stance == stance, verb


def test_a_demand_is_reported_as_a_statement():
    claim = only(suggest("Seoul mendesak Moskow menghentikan kerja sama militer dengan Pyongyang."))
    assert (claim.speaker_key, claim.cue) == ("south-korea", "mendesak")


def test_attribution_words_with_a_stance_of_their_own_give_it():
    cases = {"bantah": "denies", "kecamnya": "condemns", "ancam": "warns", "janjinya": "pledges"}
    for word, stance in cases.items():
        who = "" if word.endswith("nya") else " Peskov"
        body = f"Peskov hadir di Moskow. “Kapal itu tidak pernah membawa peluru dari sana,” {word}{who}."
        assert suggest(body)[-1].stance == stance, word


def test_a_source_named_first_says_the_sentence_when_nobody_else_speaks_in_it_as_a_labelled_guess():
    claim = only(suggest("Melansir Reuters, langkah itu mempertegas aliansi kedua negara."))
    assert (claim.speaker_key, claim.quote) == ("reuters", "langkah itu mempertegas aliansi kedua negara")
    assert claim.confidence < 0.6


def test_a_source_named_first_only_carries_a_statement_with_a_speaker_of_its_own():
    claim = only(suggest("Melansir AFP, Peskov mengatakan bahwa kunjungan itu belum dijadwalkan."))
    assert claim.speaker_key == "dmitry-peskov"


def test_an_unregistered_outlet_named_first_is_named_by_the_suggestion():
    claim = only(suggest("Diwartakan Harian Timur Raya, konvoi itu melintas pada malam hari."))
    assert (claim.speaker_key, claim.speaker_name) == (None, "Harian Timur Raya")


def test_dalam_pernyataan_names_the_speaker_of_the_sentence():
    claim = only(suggest("Dalam pernyataan NIS, latihan itu melibatkan sedikitnya dua divisi."))
    assert claim.speaker_key == "south-korea-nis"


def test_an_accusation_named_by_a_noun_is_its_owners_statement():
    body = "Langkah itu menyusul tuduhan dari AS dan Jepang bahwa Pyongyang menjual rudal ke Moskow."
    claim = only(suggest(body))
    assert (claim.speaker_key, claim.quote) == ("united-states", "Pyongyang menjual rudal ke Moskow")


def test_a_passive_with_its_agent_is_the_agents_statement_but_not_inside_a_relative_clause():
    claim = only(suggest("Korut sebelumnya dituduh AS memasok peluru ke kelompok Wagner."))
    assert (claim.speaker_key, claim.quote) == ("united-states", "memasok peluru ke kelompok Wagner")
    assert suggest("Korut, yang pernah dituduh AS memasok peluru ke Wagner, adalah produsen besar.") == []


def test_a_quote_closed_by_demikian_laporan_is_the_agencys():
    claim = only(suggest("“Kerja sama itu adalah mesin bagi dunia yang baru,” demikian laporan KCNA."))
    assert (claim.speaker_key, claim.cue) == ("kcna", "demikian")


def test_a_sentence_naming_who_said_the_one_before_attributes_it():
    body = (
        "Pabrik itu memproduksi dua ratus peluru setiap hari sejak Maret. "
        "Hal ini disampaikan dalam laporan terbaru intelijen Korea Selatan."
    )
    claim = only(suggest(body))
    assert (claim.speaker_key, claim.quote) == (
        "south-korea-nis",  # the intelligence of South Korea is its spy agency
        "Pabrik itu memproduksi dua ratus peluru setiap hari sejak Maret",
    )


def test_the_owner_of_a_statement_named_after_it_is_its_speaker_not_the_agency_that_reported_it():
    body = (
        "Moskow berhak membela diri dari serangan itu. "
        "Pernyataan resmi Kim Jong Un tersebut dilaporkan oleh KCNA pada Sabtu."
    )
    assert only(suggest(body)).speaker_key == "kim-jong-un"


def test_an_act_of_someone_as_the_subject_is_not_them_speaking():
    claim = only(
        suggest("Melansir Reuters, Tindakan Kim Jong Un tersebut menegaskan kembali aliansi kedua negara.")
    )
    assert claim.speaker_key == "reuters"


def test_a_trailing_wire_does_not_take_the_statement_from_its_speaker():
    body = "Peskov mengatakan pada Selasa bahwa tuduhan Barat tidak berdasar, menurut Reuters."
    assert [c.speaker_key for c in suggest(body)] == ["dmitry-peskov"]


def test_a_wire_credited_after_a_statement_gives_way_to_its_speaker_and_stance():
    claim = only(suggest("Korea Utara mengecam latihan itu sebagai provokasi berbahaya, kata KCNA."))
    assert (claim.speaker_key, claim.stance) == ("north-korea", "condemns")
    claim = only(suggest("Peskov mengatakan kunjungan itu berjalan sangat baik, lapor AFP."))
    assert (claim.speaker_key, claim.quote) == ("dmitry-peskov", "kunjungan itu berjalan sangat baik")


def test_dengan_mengatakan_continues_the_subjects_statement():
    claims = suggest(
        "Korea Utara membantah laporan itu, dengan mengatakan bahwa tuduhan tersebut tidak berdasar."
    )
    assert [(c.speaker_key, c.stance) for c in claims] == [
        ("north-korea", "denies"),
        ("north-korea", "denies"),
    ]


def test_a_statement_in_a_subordinate_clause_ends_at_its_comma():
    claims = suggest(
        "Meski Rusia mengaku tak ada perjanjian yang diteken, Putin melihat adanya peluang kerja sama."
    )
    assert [(c.speaker_key, c.quote) for c in claims] == [
        ("russia", "tak ada perjanjian yang diteken"),
        ("vladimir-putin", "adanya peluang kerja sama"),
    ]


def test_a_role_owned_by_the_subject_speaks_for_it():
    body = "Rusia konsisten menyangkal laporan itu dan perwakilannya di PBB menolak tuduhan pada hari Kamis."
    assert [c.speaker_key for c in suggest(body)] == ["russia", "russia"]


def test_an_adverb_after_a_stance_verb_belongs_to_the_cue():
    claim = only(suggest("Seoul mengecam keras latihan gabungan kedua negara itu."))
    assert (claim.stance, claim.quote) == ("condemns", "latihan gabungan kedua negara itu")


def test_an_aside_before_bahwa_is_not_part_of_the_statement():
    claim = only(suggest("Yonhap melaporkan, mengutip pejabat militer, bahwa dua kapal sudah berlabuh."))
    assert (claim.speaker_key, claim.quote) == ("yonhap", "dua kapal sudah berlabuh")


def test_where_or_how_something_was_said_is_not_a_statement():
    assert suggest("Kuleba, menulis di media sosial setelah pemungutan suara itu, tidak hadir.") == []
    assert suggest("Zelensky menyampaikan sambutan yang sama di Tallinn pada hari itu.") == []
    assert suggest("Mereka tidak bersedia menyebutkan tanggal pasti pertemuan itu.") == []


def test_a_long_time_phrase_before_bahwa_is_skipped():
    claim = only(
        suggest(
            "Peskov mengatakan pada konferensi pers hari Selasa (waktu setempat) bahwa senjata itu sah dipakai."
        )
    )
    assert claim.quote == "senjata itu sah dipakai"


def test_keduanya_is_the_first_of_the_pair_named_in_the_same_sentence():
    body = "Baik Moskow maupun Pyongyang membantah laporan itu, dan keduanya mengklaim ingin bekerja sama."
    assert [c.speaker_key for c in suggest(body)] == ["russia", "russia"]


def test_demikian_laporan_after_an_unquoted_statement_leaves_it_to_its_speaker():
    claim = only(
        suggest("Kim Jong Un mengatakan bahwa Rusia adalah sahabat terdekatnya, demikian laporan KCNA.")
    )
    assert (claim.speaker_key, claim.quote) == ("kim-jong-un", "Rusia adalah sahabat terdekatnya")


def test_demikian_laporan_names_the_agency_of_a_sentence_without_a_speaker():
    claim = only(suggest("Kedua pemimpin meninjau pabrik roket di Amur, demikian laporan KCNA."))
    assert (claim.speaker_key, claim.quote) == ("kcna", "Kedua pemimpin meninjau pabrik roket di Amur")


def test_an_aside_after_the_verb_without_bahwa_is_skipped_too():
    claim = only(
        suggest("Seoul mengatakan, mengutip data intelijen, sedikitnya 3.000 tentara telah dikirim.")
    )
    assert claim.quote == "sedikitnya 3.000 tentara telah dikirim"


def test_seperti_diungkapkan_oleh_closing_a_sentence_names_its_speaker():
    claim = only(
        suggest("Sepuluh ribu tentara telah tiba di Kursk, seperti diungkapkan oleh Zelensky pada Senin.")
    )
    assert (claim.speaker_key, claim.quote) == (
        "volodymyr-zelensky",
        "Sepuluh ribu tentara telah tiba di Kursk",
    )


def test_a_reporting_verb_cut_from_what_was_said_by_a_line_break_takes_the_next_line():
    body = (
        "Serangan itu terjadi pada Selasa malam.\n"
        "Juru bicara Kremlin Dmitry Peskov mengatakan.\n"
        "Pesawat nirawak itu dibuat di luar negeri dan dikirim lewat laut.\n"
        "Penyelidikan masih berlangsung."
    )
    claims = suggest(body)
    assert [(claim.speaker_key, claim.quote) for claim in claims] == [
        ("dmitry-peskov", "Pesawat nirawak itu dibuat di luar negeri dan dikirim lewat laut")
    ]


def test_a_statement_followed_by_its_speaker_and_a_reporting_verb_after_a_comma():
    body = (
        "Korea Utara telah mengirim lebih dari seribu kontainer amunisi ke pelabuhan Rusia, "
        "Kementerian Pertahanan Korea Selatan melaporkan pada hari Kamis."
    )
    claim = only(suggest(body))
    assert claim.speaker_key == "south-korea-defence-ministry"
    assert claim.quote.startswith("Korea Utara telah mengirim lebih dari seribu kontainer")


def test_a_sentence_opening_with_where_then_speaker_and_verb_says_nothing():
    assert suggest("Dalam pertemuan tertutup di gedung parlemen pekan lalu, Putin mengatakan.") == []


@pytest.mark.parametrize("word", ["beber", "cetus", "tukas", "urai"])
def test_the_less_common_attribution_words_after_a_quote_name_the_speaker(word):
    claim = only(suggest(f"“Pasokan itu sudah berjalan sejak musim panas,” {word} Kirby kepada wartawan."))
    assert (claim.speaker_key, claim.quote) == ("john-kirby", "Pasokan itu sudah berjalan sejak musim panas")


def test_a_finding_reported_with_menunjukkan_bahwa_is_its_subjects_statement():
    body = "Badan Intelijen Nasional Korea Selatan menunjukkan bahwa Rusia menerima roket dari Korea Utara."
    claim = only(suggest(body))
    assert (claim.speaker_key, claim.quote) == ("south-korea-nis", "Rusia menerima roket dari Korea Utara")


def test_menunjukkan_without_bahwa_reports_nothing_anyone_said():
    assert suggest("Kim Jong Un menunjukkan rudal baru kepada Shoigu di pameran senjata.") == []


def test_demikian_disampaikan_mid_sentence_names_the_speaker_not_whom_it_was_said_to():
    body = (
        "Korea Utara mampu memasok rudal ke Rusia dalam hitungan bulan, demikian disampaikan para peneliti "
        "kepada Dewan Keamanan PBB, menyusul temuan sisa rudal di Kharkiv."
    )
    claim = only(suggest(body))
    assert claim.quote == "Korea Utara mampu memasok rudal ke Rusia dalam hitungan bulan"
    assert claim.speaker_key is None and "peneliti" in claim.speaker_text


def test_demikian_juga_is_no_attribution():
    body = "Korea Utara memasok peluru ke Rusia dalam jumlah besar, demikian juga Iran, sejak tahun lalu."
    assert suggest(body) == []


def test_menyoroti_and_menguraikan_report_what_the_speaker_said():
    for verb in ("menyoroti", "menguraikan"):
        claim = only(suggest(f"Lavrov {verb} bantuan militer dari Iran kepada pasukan Rusia di garis depan."))
        assert (claim.speaker_key, claim.cue) == ("sergey-lavrov", verb)
        assert claim.quote == "bantuan militer dari Iran kepada pasukan Rusia di garis depan"


def test_a_time_and_a_comma_between_the_verb_and_the_clause_are_skipped():
    claim = only(
        suggest("Gedung Putih mengatakan pada hari Rabu, dua kapal kargo telah tiba di pelabuhan Rajin.")
    )
    assert claim.speaker_key == "white-house"
    assert claim.quote == "dua kapal kargo telah tiba di pelabuhan Rajin"


def test_the_subject_of_a_clause_after_setelah_is_the_one_who_said_it():
    body = (
        "Pernyataan itu muncul beberapa jam setelah Pentagon mengatakan sedikitnya 8.000 tentara Korea Utara "
        "berada di perbatasan."
    )
    claim = only(suggest(body))
    assert (claim.speaker_key, claim.speaker_name) == (None, "Pentagon")
    assert claim.quote.startswith("sedikitnya 8.000 tentara")


def test_an_institution_in_lower_case_with_its_verb_after_the_statement():
    claim = only(
        suggest(
            "Seoul menyampaikan protes keras atas latihan militer gabungan itu, kementerian pertahanan Korea "
            "Selatan mengatakan Sabtu."
        )
    )
    assert claim.speaker_key == "south-korea-defence-ministry"
    assert claim.quote.startswith("Seoul menyampaikan protes keras")


def test_an_agency_that_reports_and_names_its_source_after_the_statement():
    claims = suggest(
        "Kedua menteri bertemu selama satu jam di sela sidang umum PBB, Yonhap melaporkan, mengutip "
        "pernyataan kementerian."
    )
    claim = only(claims)  # "mengutip pernyataan kementerian" is where it came from, not a second statement
    assert claim.speaker_key == "yonhap"
    assert claim.quote == "Kedua menteri bertemu selama satu jam di sela sidang umum PBB"


def test_mengutip_a_source_first_gives_the_sentence_to_that_source():
    claim = only(suggest("Mengutip Mirror, permintaan itu muncul karena pasukan Rusia tertahan di Donbas."))
    assert (claim.speaker_key, claim.speaker_name) == (None, "Mirror")
    assert claim.quote == "permintaan itu muncul karena pasukan Rusia tertahan di Donbas"


def test_mengutip_dari_only_credits_background():
    assert suggest("Mengutip dari Reuters, sekitar 14.000 tentara telah dikirim ke wilayah Kursk.") == []


def test_mereka_after_a_passive_denial_is_the_one_who_denied():
    claims = suggest(
        "Amerika Serikat menuding Beijing membantu Rusia menghindari sanksi. Namun, hal tersebut dibantah "
        "langsung oleh China. Menurut mereka, China tidak memberikan bantuan militer apa pun ke Rusia."
    )
    claim = claims[-1]
    assert claim.quote.startswith("China tidak memberikan bantuan militer")
    assert (claim.speaker_key, claim.stance) == ("china", "denies")


def test_menuliskan_reports_what_an_agency_wrote():
    claim = only(suggest("KCNA juga menuliskan, Kim berharap kerja sama kedua negara terus tumbuh."))
    assert (claim.speaker_key, claim.cue) == ("kcna", "menuliskan")
    assert claim.quote == "Kim berharap kerja sama kedua negara terus tumbuh"


def test_demikian_ungkap_gives_the_sentence_before_to_its_speaker_not_to_the_wire():
    claims = suggest(
        "Sedikitnya 300 tentara Korea Utara tewas di Kursk dan 2.700 lainnya terluka. Demikian ungkap badan "
        "mata-mata Korea Selatan kepada para anggota parlemen pada hari Senin, seperti dilansir dari Yonhap."
    )
    claim = only(claims)
    assert claim.speaker_key == "south-korea-nis"
    assert claim.quote == "Sedikitnya 300 tentara Korea Utara tewas di Kursk dan 2.700 lainnya terluka"


def test_demikian_disampaikan_oleh_names_the_speaker_of_the_sentence_before():
    claim = only(
        suggest("Pasokan peluru itu melanggar sanksi PBB. Demikian disampaikan oleh Kirby kepada wartawan.")
    )
    assert claim.speaker_key == "john-kirby" and claim.quote == "Pasokan peluru itu melanggar sanksi PBB"


def test_report_of_an_agency_yang_menyebutkan_is_the_agency_speaking():
    claim = only(
        suggest(
            "Media itu mengutip laporan terbaru dari Badan Intelijen Nasional Korea Selatan (NIS) yang "
            "menyebutkan bahwa sekitar 2.000 tentara Korut tewas dalam pertempuran."
        )
    )
    assert claim.speaker_key == "south-korea-nis"
    assert claim.quote == "sekitar 2.000 tentara Korut tewas dalam pertempuran"


def test_statement_of_a_person_yang_menyebutkan_ends_where_the_main_clause_resumes():
    claim = only(
        suggest(
            "Pernyataan Menteri Luar Negeri Rusia, Sergei Lavrov, awal tahun ini yang menyebutkan pengiriman "
            "pasukan zeni Korut ke Kursk, kini tampak sebagai bagian dari strategi."
        )
    )
    assert claim.speaker_key == "sergey-lavrov"
    assert claim.quote == "pengiriman pasukan zeni Korut ke Kursk"


def test_a_state_speaks_in_a_relative_clause_only_through_an_institution():
    claim = only(
        suggest(
            "Laporan ini datang dari militer Ukraina yang menyebutkan bahwa rudal itu menghantam gudang gandum."
        )
    )
    assert claim.speaker_key == "ukraine" and claim.quote == "rudal itu menghantam gudang gandum"
    assert suggest("Rudal buatan Korea Utara yang menyebutkan nama Kim ditemukan di Kharkiv.") == []


def test_mengakui_adanya_confirms_what_was_owned_up_to():
    claim = only(
        suggest(
            "Meskipun Pyongyang telah mengakui adanya korban jiwa di antara tentaranya, jumlahnya masih misteri."
        )
    )
    assert (claim.speaker_key, claim.stance) == ("north-korea", "confirms")
    assert claim.quote == "adanya korban jiwa di antara tentaranya"


def test_parenthetical_katanya_keeps_a_quotation_that_ends_the_sentence():
    body = (
        "Blinken tiba di Seoul. Pengiriman rudal itu, katanya, adalah “pelanggaran nyata atas resolusi PBB”."
    )
    claim = next(s for s in suggest(body) if s.cue == "katanya")
    assert claim.speaker_key == "antony-blinken"
    assert claim.quote.endswith("“pelanggaran nyata atas resolusi PBB”")


def test_sebagaimana_dilaporkan_names_a_paper_first_that_says_the_rest():
    body = (
        "Sebagaimana dilaporkan Washington Post Senin 2 Oktober 2017 bahkan menurut ukuran Korea Utara, "
        "kapal itu sudah sangat tua dan berkarat."
    )
    claim = only(suggest(body))
    assert claim.speaker_key is None and claim.speaker_name == "Washington Post"
    assert claim.quote.startswith("kapal itu sudah sangat tua")


def test_a_think_tank_the_registry_does_not_know_qualified_by_its_country_is_the_speaker():
    claim = only(
        suggest("Lembaga kajian Institut Studi Pertahanan (ISP) Inggris mengatakan kapal itu membawa peluru.")
    )
    assert claim.speaker_key is None and claim.speaker_name.startswith("Institut Studi Pertahanan")


def test_a_former_member_of_a_body_is_not_the_body():
    body = "“Badan baru itu tidak sekuat panel lama,” kata mantan anggota panel ahli PBB yang kini meneliti di London."
    claim = only(suggest(body))
    assert claim.speaker_key is None and claim.speaker_text.startswith("mantan anggota panel ahli PBB")


def test_a_quote_relayed_by_an_agency_introduced_in_lower_case_is_the_quoted_persons():
    body = (
        "Duta Besar Kim Song mengecam rencana itu.\n"
        "“Panel kedua pun akan bubar dengan sendirinya,” kantor berita Korea Utara KCNA mengutip ucapan Kim."
    )
    claim = next(s for s in suggest(body) if s.quote.startswith("Panel kedua"))
    assert claim.speaker_key != "kcna" and "Kim" in claim.speaker_name


def test_a_view_of_something_as_something_is_reported():
    claim = only(suggest("Jepang melihat peluncuran satelit itu sebagai uji coba rudal terselubung."))
    assert claim.speaker_key == "japan" and claim.quote.startswith("peluncuran satelit itu sebagai")


def test_mengeluhkan_condemns():
    claim = only(suggest("Seoul mengeluhkan sikap sejumlah negara yang membiarkan pelanggaran itu terjadi."))
    assert claim.speaker_key == "south-korea" and claim.stance == "condemns"


def test_a_call_named_by_a_noun_and_its_owner_is_that_owners():
    body = "Beijing mengabaikan seruan AS untuk Dewan Keamanan PBB agar segera menjatuhkan sanksi baru."
    claim = next(s for s in suggest(body) if s.cue == "seruan")
    assert claim.speaker_key == "united-states" and claim.quote.startswith("Dewan Keamanan PBB")


def test_the_agent_of_a_passive_judgement_says_what_follows():
    claim = only(suggest("Langkah Pyongyang itu dianggap Tokyo melemahkan rezim sanksi internasional."))
    assert claim.speaker_key == "japan" and claim.quote.startswith("melemahkan rezim sanksi")


def test_a_verb_that_names_a_stance_taken_is_no_statement_of_its_own():
    assert not [
        s
        for s in suggest("Dewan itu gagal mengambil sikap mengutuk peluncuran tersebut.")
        if s.cue == "mengutuk"
    ]


def test_a_name_then_katanya_kepada_someone_bahwa_reports_like_mengatakan():
    body = "Lindqvist katanya kepada menteri luar negeri Park Jin bahwa bantuan Korea Utara untuk Rusia mengkhawatirkan."
    claim = only(suggest(body))
    assert claim.speaker_text == "Lindqvist" and claim.quote.startswith("bantuan Korea Utara untuk Rusia")


def test_the_support_of_a_state_as_subject_is_not_that_state_speaking():
    body = "Menurut Lindqvist, dukungan Korea Utara untuk Rusia mendesak kita semua untuk bersatu."
    assert all(s.speaker_key != "north-korea" for s in suggest(body))


def test_a_phrase_quoted_at_the_start_of_a_reported_clause_keeps_the_clause():
    body = "Pyongyang mengecam “standar ganda” Barat sebagai dalih untuk memperluas sanksi."
    claim = only(suggest(body))
    assert claim.speaker_key == "north-korea" and claim.quote.endswith("dalih untuk memperluas sanksi")


def test_apa_yang_dikatakan_an_agent_gives_it_what_follows():
    body = "Langkah itu bagian dari apa yang dikatakan pemerintah Jepang merupakan upaya menghindari sanksi."
    claim = only(suggest(body))
    assert claim.speaker_key == "japan" and claim.quote.startswith("merupakan upaya menghindari sanksi")


def test_mengindikasikan_a_name_and_the_words_quoted_reports_them():
    body = "Informasi Jepang mengindikasikan Pyongyang “diam-diam memindahkan muatan di tengah laut”."
    claim = only(suggest(body))
    assert claim.speaker_key == "japan" and "diam-diam memindahkan muatan" in claim.quote


def test_a_former_office_holder_named_after_the_title_is_that_person():
    claim = only(suggest("“Sanksi itu sudah tidak bergigi,” kata mantan Menteri Pertahanan Budi Santoso."))
    assert claim.speaker_key is None and claim.speaker_name == "Budi Santoso"


# Layout families, each written here in several variants of our own (other names, verbs, word orders and
# punctuation): a rule must hold for the family, not for the page that showed it.


# --- reporting verbs a layout family showed -----------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "“Pasukan itu belum pernah melihat internet,” cuit Kirby di media sosial.",
        "Kirby menulis di X. “Pasukan itu belum pernah melihat internet,” kicaunya.",
        "Kirby mencuit bahwa pasukan itu belum pernah melihat internet.",
        "“Pasukan itu belum pernah melihat internet,” cuit Kirby .",
    ],
)
def test_what_was_posted_is_said(body: str):
    assert quoting(body, "belum pernah melihat").speaker_key == "john-kirby"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Sementara itu, Korea Selatan mengusulkan bahwa kesepakatan itu lebih besar dari dugaan.",
            "south-korea",
        ),
        ("Lavrov menyarankan bahwa kesepakatan itu lebih besar dari dugaan.", "sergey-lavrov"),
        ("Kirby berargumen bahwa kesepakatan itu lebih besar dari dugaan.", "john-kirby"),
        ("Peskov beralasan bahwa kesepakatan itu lebih besar dari dugaan.", "dmitry-peskov"),
    ],
)
def test_any_active_verb_before_bahwa_reports(body: str, speaker: str):
    assert quoting(body, "lebih besar dari dugaan").speaker_key == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Kirby mengetahui bahwa kesepakatan itu lebih besar dari dugaan.",
        "Kirby mendengar bahwa kesepakatan itu lebih besar dari dugaan.",
        "Data itu membuktikan bahwa kesepakatan itu lebih besar dari dugaan.",
    ],
)
def test_verbs_of_knowing_before_bahwa_report_nobody(body: str):
    assert suggest(body) == []


def test_a_verb_known_only_by_its_bahwa_does_not_open_a_statement_inside_another():
    body = (
        "Badan Intelijen Nasional mengatakan militer Rusia mengeluh bahwa pasukan itu kurang terlatih "
        "dan mengatakan mereka dikerahkan sebagai penyerang."
    )
    assert {claim.speaker_key for claim in suggest(body)} == {"south-korea-nis"}


@pytest.mark.parametrize(
    ("body", "speaker", "stance"),
    [
        (
            "Laporan itu menyusul pengumuman Presiden Volodymyr Zelensky pada tanggal 25 Oktober bahwa "
            "pasukan asing akan tiba.",
            "volodymyr-zelensky",
            "asserts",
        ),
        (
            "Ia menanggapi tuduhan Presiden Zelensky bahwa pasukan asing akan tiba.",
            "volodymyr-zelensky",
            "asserts",
        ),
        (
            "Hal itu menanggapi bantahan juru bicara Kremlin Dmitry Peskov kemarin bahwa pasukan asing akan tiba.",
            "dmitry-peskov",
            "denies",
        ),
        (
            "Langkah itu menyusul janji Putin pekan lalu bahwa pasukan asing akan tiba.",
            "vladimir-putin",
            "pledges",
        ),
        ("Langkah itu menyusul kecaman Lavrov bahwa pasukan asing akan tiba.", "sergey-lavrov", "condemns"),
    ],
)
def test_a_statement_named_by_its_noun_with_a_title_or_a_time(body: str, speaker: str, stance: str):
    claim = quoting(body, "pasukan asing akan tiba")
    assert (claim.speaker_key, claim.stance) == (speaker, stance)


@pytest.mark.parametrize(
    "body",
    [
        "Militer Korea Utara mengklaim pasukannya membebaskan desa itu, menurut perintah Kim Jong Un.",
        "Militer Korea Utara mengklaim pasukannya membebaskan desa itu, menurut instruksi Kim Jong Un.",
        "Menurut arahan Kim Jong Un, pasukan itu membebaskan desa tersebut pekan lalu.",
        "Menurut perjanjian Putin dan Kim Jong Un, pasukan itu membebaskan desa tersebut pekan lalu.",
    ],
)
def test_menurut_an_order_or_a_rule_is_no_attribution(body: str):
    assert all(claim.speaker_key != "kim-jong-un" for claim in suggest(body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Wakil kepala dinas sandi Ukraina, Taras Bondar, dalam sebuah wawancara dengan Harian Nusantara menyebut "
            "bahwa pasokan itu besar.",
            "Taras Bondar",
        ),
        (
            "Duta Besar Rusia untuk PBB, Vassily Nebenzia, saat berbicara kepada Harian Nusantara Raya menilai "
            "bahwa pasokan itu besar.",
            "Vassily Nebenzia",
        ),
        ("Taras Bondar, dalam obrolan dengan CNN, menyebut bahwa pasokan itu besar.", "Taras Bondar"),
        (
            "Taras Bondar dalam obrolan dengan Harian Nusantara menyebut bahwa pasokan itu besar.",
            "Taras Bondar",
        ),
    ],
)
def test_where_or_to_whom_between_subject_and_verb_is_not_the_speaker(body: str, name: str):
    claim = quoting(body, "pasokan itu besar")
    assert claim.speaker_name == name


def test_a_registry_speaker_keeps_the_verb_past_an_interview_outlet():
    body = "Lavrov, dalam wawancara dengan Harian Nusantara Raya, menegaskan bahwa pasokan itu besar."
    assert quoting(body, "pasokan itu besar").speaker_key == "sergey-lavrov"


def test_a_word_quoted_after_a_reporting_verb_stays_in_the_reported_clause():
    claim = quoting("Kirby menyebut pengiriman itu “mengkhawatirkan”.", "pengiriman itu")
    assert claim.speaker_key == "john-kirby" and "mengkhawatirkan" in claim.quote


# --- the bare roots of headline-style leads -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker", "stance"),
    [
        (
            "Menlu Rusia Sergey Lavrov kecam latihan gabungan Amerika Serikat di Semenanjung Korea.",
            "latihan gabungan",
            "sergey-lavrov",
            "condemns",
        ),
        (
            "Juru bicara Kremlin Dmitry Peskov tegaskan Moskow tidak pernah membeli senjata dari Pyongyang.",
            "tidak pernah membeli",
            "dmitry-peskov",
            "asserts",
        ),
        (
            "Pyongyang bantah laporan soal pengiriman rudal ke Rusia.",
            "pengiriman rudal",
            "north-korea",
            "denies",
        ),
        (
            "Kirby sebut Korea Utara telah mengirim ribuan peluru artileri.",
            "ribuan peluru",
            "john-kirby",
            "asserts",
        ),
        (
            "Kim Yo Jong kutuk rencana latihan militer sekutu, Sabtu (28/1), menambahkan pihaknya akan terus"
            " mendukung Rusia.",
            "rencana latihan",
            "kim-yo-jong",
            "condemns",
        ),
    ],
)
def test_a_bare_root_after_its_subject_reports(body: str, words: str, speaker: str, stance: str):
    claim = quoting(body, words)
    assert (claim.speaker_key, claim.stance) == (speaker, stance)
    assert claim.confidence <= HINT


@pytest.mark.parametrize(
    "body",
    [
        "Sebut saja kesepakatan itu sebagai barter senjata dengan pangan dari Moskow.",
        "Pengamat itu menuai kritik karena pernyataannya soal Korea Utara pekan lalu.",
    ],
)
def test_bare_words_that_are_no_verb_report_nothing(body: str):
    assert suggest(body) == []


# --- the source last, with its verb and a time: "…, media pemerintah Korea Utara melaporkan Kamis." ---------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Choe Son Hui dan Lavrov membahas kerja sama energi lalu meninjau pelabuhan baru, media pemerintah"
            " Korea Utara melaporkan Jumat.",
            "meninjau pelabuhan baru",
            "north-korea",
        ),
        (
            "Rusia telah menembakkan puluhan rudal buatan Korea Utara sejak Desember, Kirby mengatakan kepada"
            " wartawan, Senin.",
            "puluhan rudal",
            "john-kirby",
        ),
        (
            "Kapal-kapal itu mematikan transponder saat berlayar ke pelabuhan Dunay, otoritas Korea Selatan"
            " mengatakan, Rabu (6/3).",
            "mematikan transponder",
            "south-korea",
        ),
    ],
)
def test_the_source_closing_a_sentence_with_a_time_speaks(body: str, words: str, speaker: str):
    assert quoting(body, words).speaker_key == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Korea Utara mengirim lebih banyak peluru artileri bulan ini, kantor berita Yonhap melaporkan Selasa (5/3).",
        "Pasukan itu sudah berada di Kursk, Reuters melaporkan pekan lalu.",
        "Rudal itu jatuh di laut, Yonhap melaporkan pada hari Jumat.",
    ],
)
def test_a_day_after_the_verb_is_nothing_said(body: str):
    assert not [claim for claim in suggest(body) if claim.quote.split()[0] in ("Selasa", "pekan", "pada")]


# --- a suggestion made --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Lavrov menyarankan Pyongyang dapat menjadi mitra dagang utama Moskow.",
            "mitra dagang",
            "sergey-lavrov",
        ),
        (
            "Kirby mengusulkan sekutu memperketat pengawasan kapal di Laut Jepang.",
            "pengawasan kapal",
            "john-kirby",
        ),
        (
            "Korea Selatan telah menyarankan Dewan Keamanan memperbarui panel pemantau sanksi.",
            "panel pemantau",
            "south-korea",
        ),
    ],
)
def test_a_suggestion_is_what_was_said(body: str, words: str, speaker: str):
    assert quoting(body, words).speaker_key == speaker


# --- a view voiced, its noun then a "bahwa" clause ----------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ("Xi menyuarakan keyakinan bahwa Beijing tidak ingin melihat eskalasi.", "Beijing tidak ingin", "Xi"),
        (
            "Menteri Hadi Prasetyo melontarkan pendapat bahwa sanksi itu tidak efektif.",
            "sanksi itu tidak efektif",
            "Hadi Prasetyo",
        ),
        (
            "Perdana Menteri Sato Kenji juga mengekspresikan harapan kuat bahwa kedua Korea kembali berunding.",
            "kedua Korea kembali berunding",
            "Sato Kenji",
        ),
    ],
)
def test_a_view_voiced_before_bahwa_is_a_statement(body: str, words: str, speaker: str):
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    assert speaker in found[0].speaker_text
    assert found[0].stance == ASSERTS


def test_support_voiced_without_bahwa_is_no_statement():
    assert not suggest("Menlu Retno menyuarakan dukungan untuk rakyat Palestina.")


# --- a named speaker opening what a source reports ----------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Kantor berita TASS melaporkan Kim Jong Un berjanji akan melakukan segala hal untuk membantu Moskow.",
            "melakukan segala hal",
            "kim-jong-un",
        ),
        (
            "Yonhap mengabarkan Menteri Luar Negeri Rusia Sergey Lavrov membantah adanya kesepakatan senjata.",
            "kesepakatan senjata",
            "sergey-lavrov",
        ),
        (
            "Media pemerintah memberitakan Presiden Vladimir Putin berjanji memperdalam kerja sama pertahanan.",
            "memperdalam kerja sama pertahanan",
            "vladimir-putin",
        ),
    ],
)
def test_a_name_after_a_verb_that_reports_a_clause_is_its_speaker(body: str, words: str, speaker: str):
    found = [claim for claim in suggest(body) if words in claim.quote]
    assert found, suggest(body)
    assert min(found, key=lambda claim: len(claim.quote)).speaker_key == speaker


def test_a_name_after_a_verb_that_takes_a_person_is_still_its_object():
    body = "Putin menyambut Kim Jong Un di bandara, berjanji membantu pembangunan satelit."
    found = [claim for claim in suggest(body) if "membantu pembangunan satelit" in claim.quote]
    assert found and found[0].speaker_key == "vladimir-putin"


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Jepang mengindikasikan pada hari Jumat bahwa sanksi baru sedang disiapkan.",
            "sanksi baru sedang disiapkan",
        ),
        ("Rusia menunjukkan pekan lalu bahwa pihaknya siap berunding.", "pihaknya siap berunding"),
        (
            "Jepang memastikan kemarin bahwa kapal itu telah meninggalkan Niigata.",
            "kapal itu telah meninggalkan",
        ),
    ],
)
def test_when_it_was_said_may_stand_before_the_bahwa_of_a_finding_verb(sentence, said):
    claim = only(suggest(sentence))
    assert claim.quote.startswith(said)


@pytest.mark.parametrize(
    "sentence",
    [
        # no "bahwa" clause: a finding verb reports nobody's words
        "Data itu menunjukkan pada bulan lalu kenaikan ekspor ke Rusia.",
        "Citra satelit mengindikasikan pada hari Senin adanya gerbong baru di stasiun.",
    ],
)
def test_a_finding_verb_without_bahwa_still_says_nothing(sentence):
    assert suggest(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "said", "key"),
    [
        (
            "Dalam lembar fakta Kementerian Luar Negeri Jepang yang dirilis Jumat, kapal tanker itu telah "
            "memindahkan minyak di laut lepas.",
            "kapal tanker itu telah memindahkan minyak",
            "japan-foreign-ministry",
        ),
        (
            "Dalam unggahan Kementerian Pertahanan Rusia, konvoi kedua sudah melewati Rostov pada malam hari.",
            "konvoi kedua sudah melewati Rostov",
            "russia-defence-ministry",
        ),
        (
            "Dalam dokumen resmi Korea Selatan, gudang-gudang di Nampo disebut penuh sejak musim gugur.",
            "gudang-gudang di Nampo disebut penuh",
            "south-korea",
        ),
    ],
)
def test_a_document_of_an_actor_opening_the_sentence_carries_its_words(sentence, said, key):
    found = [s for s in suggest(sentence) if said in s.quote]
    assert len(found) == 1, found
    assert found[0].speaker_key == key


@pytest.mark.parametrize(
    "sentence",
    [
        # a meeting or a visit is no document: what follows is the reporter's
        "Dalam kunjungan ke Rusia, para tamu menyaksikan peluncuran roket dari jauh.",
        # a document nobody is named for
        "Dalam dokumen itu, kapal tanker tersebut tercatat berlayar tanpa bendera.",
    ],
)
def test_no_actor_behind_the_opening_phrase_gives_no_statement(sentence):
    assert suggest(sentence) == []


@pytest.mark.parametrize(
    "opening",
    ["Namun menurut", "Sementara itu, menurut", "Bahkan menurut", "Adapun menurut"],
)
def test_menurut_after_a_connective_names_the_speaker(opening):
    sentence = f"{opening} Kementerian Unifikasi, peluncuran satelit itu ditunda hingga bulan depan."
    claim = only(suggest(sentence))
    assert claim.speaker_key == "south-korea-unification-ministry"
    assert claim.quote == "peluncuran satelit itu ditunda hingga bulan depan"


def test_menurut_inside_a_clause_after_a_connective_word_is_still_not_leading():
    # "namun" inside the sentence, not opening it: the clause before is no one's statement
    body = "Peluncuran itu ditunda, namun menurut rencana satelit akan terbang bulan depan."
    assert all(s.cue != "menurut" for s in suggest(body))


@pytest.mark.parametrize(
    ("sentence", "said", "key", "name"),
    [
        (
            "Sanksi dijatuhkan pada dua perusahaan pelayaran, yang menurut Jepang mengangkut suku cadang rudal.",
            "mengangkut suku cadang rudal",
            "japan",
            "",
        ),
        (
            "Pyongyang menerima ribuan kontainer gandum yang menurut Harjono telah menurunkan harga beras di sana.",
            "telah menurunkan harga beras di sana",
            None,
            "Harjono",
        ),
        (
            "Kapal itu berlabuh di Nampo, yang menurut Korea Selatan merupakan pelabuhan utama pengiriman, "
            "lalu kembali ke Vladivostok.",
            "merupakan pelabuhan utama pengiriman",
            "south-korea",
            "",
        ),
    ],
)
def test_menurut_opening_a_relative_clause_gives_the_clause_to_the_name(sentence, said, key, name):
    found = [s for s in suggest(sentence) if s.quote == said]
    assert len(found) == 1, suggest(sentence)
    assert (found[0].speaker_key, found[0].speaker_name) == (key, name)


def test_menurut_a_lowercase_rule_in_a_relative_clause_is_no_speaker():
    # "yang menurut aturan …": a rule, not someone
    assert suggest("Kapal itu membawa muatan yang menurut aturan harus diperiksa di pelabuhan.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Rusia kehilangan ratusan tank sejak musim panas, menurut kepala staf Ukraina, Bambang Wirawan.",
            "Bambang Wirawan",
        ),
        (
            "Ribuan peluru tiba di Rostov pekan lalu, menurut seorang pejabat Jepang, Kenji Mori.",
            "Kenji Mori",
        ),
    ],
)
def test_trailing_menurut_with_an_apposition_gives_the_named_person(sentence, name):
    claim = only(suggest(sentence))
    assert claim.cue == "menurut" and claim.speaker_name == name


def test_trailing_menurut_with_a_state_and_no_person_keeps_the_state():
    claim = only(suggest("Ribuan peluru tiba di Rostov pekan lalu, menurut militer Korea Selatan, Rabu."))
    assert claim.speaker_key == "south-korea"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jepang mengeklaim sekitar dua ribu kontainer telah dikirim sejak musim panas.",
        "Jepang mengklaim bahwa sekitar dua ribu kontainer telah dikirim sejak musim panas.",
        "Sekitar dua ribu kontainer telah dikirim sejak musim panas, Jepang mengeklaim pada hari Senin.",
    ],
)
def test_mengeklaim_with_the_epenthetic_e_reports_as_mengklaim_does(sentence):
    found = [s for s in suggest(sentence) if "dua ribu kontainer telah dikirim" in s.quote]
    assert len(found) == 1 and found[0].speaker_key == "japan", suggest(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Klaim Jepang soal dua ribu kontainer itu belum pernah diverifikasi pihak lain.",
        "Data itu menuai klaim tandingan dari berbagai lembaga di kawasan.",
    ],
)
def test_the_noun_klaim_is_no_reporting_verb(sentence):
    assert all(s.cue not in ("mengeklaim", "mengklaim") for s in suggest(sentence))
