"""Independence per statement: reports, distinct statements and independent origins of a key point."""

from briefs.assembly import assemble

from .builders import JAPAN, KIRBY, NORTH_KOREA, SOUTH_KOREA, WHITE_HOUSE, brief, claim, key_point, source

WIRE_STORY = (
    "SEOUL - Korea Utara telah mengirimkan lebih dari 1.000 kontainer berisi peralatan militer dan amunisi "
    "ke Rusia, kata Gedung Putih pada Jumat. Juru bicara Dewan Keamanan Nasional John Kirby mengatakan "
    "kontainer itu dikirim dengan kapal dari pelabuhan Rajin ke Dunai sebelum diangkut dengan kereta "
    "ke depot amunisi dekat Tikhoretsk, sekitar 290 kilometer dari perbatasan Ukraina."
)


def corroboration(sources, claims, aliases=None):
    snapshot = assemble(brief(key_point(1, tuple(c.id for c in claims))), claims, sources, aliases=aliases)
    return snapshot["key_points"][0]["corroboration"]


def badge(result) -> tuple[int, int, int]:
    return result["reports"], result["independent_origins"], result["statements"]


def reports(origin) -> list[tuple[str, str | None, str | None]]:
    return [(report["outlet"], report["credited"], report["credit_scope"]) for report in origin["reports"]]


def test_one_statement_reported_by_three_outlets_is_one_statement_one_origin_three_reports():
    quote = "Korea Utara telah mengirimkan lebih dari 1.000 kontainer peralatan militer ke Rusia"
    sources = [source(1, "Liputan6.com"), source(2, "Okezone"), source(3, "EGINDO.co")]
    claims = [
        claim(10, 1, WHITE_HOUSE, quote=quote, said_on="2023-10-13"),
        claim(11, 2, WHITE_HOUSE, quote="Gedung Putih mengklaim bahwa " + quote, said_on="2023-10-13"),
        claim(12, 3, WHITE_HOUSE, quote=quote.replace("mengirimkan", "mengirim"), said_on="2023-10-13"),
    ]

    result = corroboration(sources, claims)

    assert badge(result) == (3, 1, 1)
    assert result["outlets"] == 3
    (origin,) = result["origins"]
    assert origin["same_statement"] is True
    assert [report["statement_id"] for report in origin["reports"]] == [10, 10, 10]
    assert reports(origin) == [(outlet, None, None) for outlet in ("Liputan6.com", "Okezone", "EGINDO.co")]


def test_a_wire_credited_in_another_paragraph_is_not_the_statements_origin():
    # Each outlet mentions KCNA or Reuters somewhere, but not where its quote stands.
    tribun = (
        "Kirby menyebut Korea Utara memasok peluru artileri.\n\n"
        "Melalui siaran pers yang dirilis KCNA, Pyongyang mengecam tuduhan itu."
    )
    detik = (
        "Seperti dilansir Reuters, KCNA melaporkan janji Kim.\nKemlu AS mengonfirmasi pengiriman ke Wagner."
    )
    sources = [
        source(1, "Tribunnews", cited=("KCNA",), body=tribun),
        source(2, "detikNews", cited=("Reuters", "KCNA"), body=detik),
    ]
    claims = [
        claim(10, 1, KIRBY, quote="Korea Utara memasok peluru artileri"),
        claim(11, 2, WHITE_HOUSE, quote="mengonfirmasi pengiriman ke Wagner"),
    ]

    result = corroboration(sources, claims)

    assert badge(result) == (2, 2, 2)
    assert [reports(origin) for origin in result["origins"]] == [
        [("Tribunnews", None, None)],
        [("detikNews", None, None)],
    ]


def test_the_wire_credited_in_the_statements_own_paragraph_is_its_origin_across_outlets():
    first = "Paragraf lain.\n\nPyongyang membantah, tulis pernyataan yang dikutip dari KCNA.\n\nPenutup."
    second = "Menurut kantor berita KCNA, Pyongyang membantah tuduhan itu.\nParagraf lain menyebut Reuters."
    sources = [
        source(1, "Tribunnews", cited=("KCNA",), body=first),
        source(2, "detikNews", cited=("KCNA", "Reuters"), body=second),
    ]
    claims = [
        claim(10, 1, NORTH_KOREA, "denies", quote="Pyongyang membantah", said_on="2022-11-08"),
        claim(11, 2, NORTH_KOREA, "denies", quote="Pyongyang membantah tuduhan itu", said_on="2023-06-12"),
    ]

    result = corroboration(sources, claims)

    # Two statements (said a year apart), both reaching us through KCNA: one origin.
    assert badge(result) == (2, 1, 2)
    (origin,) = result["origins"]
    assert reports(origin) == [("Tribunnews", "KCNA", "statement"), ("detikNews", "KCNA", "statement")]
    assert origin["joined_by_credit"] == ["KCNA"]
    assert origin["same_statement"] is False


def test_the_nearest_credit_in_a_paragraph_naming_two_counts():
    body = "Menurut Reuters, Kremlin membantah; Peskov berkata tidak ada bukti, seperti dilansir Interfax."
    sources = [source(1, "Liputan6.com", cited=("Reuters", "Interfax"), body=body)]
    claims = [claim(10, 1, KIRBY, "denies", quote="tidak ada bukti")]

    (origin,) = corroboration(sources, claims)["origins"]

    assert reports(origin) == [("Liputan6.com", "Interfax", "statement")]


def test_a_credit_the_body_does_not_contain_is_the_articles_source_line_and_covers_every_statement():
    # "Sumber: CNA/SL" is removed by cleaning; the importer still lists CNA among the credits.
    body = "Kirby mengutuk pengiriman itu.\n\nKirby akan terus memantau pengiriman."
    sources = [source(1, "EGINDO.co", cited=("CNA",), body=body), source(2, "Kompas.com")]
    claims = [
        claim(10, 1, KIRBY, "condemns", quote="Kirby mengutuk pengiriman itu"),
        claim(11, 1, KIRBY, "warns", quote="Kirby akan terus memantau pengiriman"),
        claim(12, 2, SOUTH_KOREA),
    ]

    result = corroboration(sources, claims)

    assert badge(result) == (3, 2, 3)
    cna, kompas = result["origins"]
    assert reports(cna) == [("EGINDO.co", "CNA", "article"), ("EGINDO.co", "CNA", "article")]
    assert reports(kompas) == [("Kompas.com", None, None)]


def test_a_credit_written_under_another_name_of_the_wire_is_found_with_the_aliases():
    body = "Kirby mengutuk pengiriman itu, seperti dilansir Associated Press."
    sources = [source(1, "Liputan6.com", cited=("AP",), body=body)]
    claims = [claim(10, 1, KIRBY, "condemns", quote="Kirby mengutuk pengiriman itu")]

    (origin,) = corroboration(sources, claims, aliases={"ap": ("Associated Press",)})["origins"]
    (without,) = corroboration(sources, claims)["origins"]

    assert reports(origin) == [("Liputan6.com", "AP", "statement")]
    assert reports(without) == [("Liputan6.com", "AP", "article")]


def test_a_joint_statement_attributed_to_two_governments_is_two_statements_of_one_origin():
    quote = "dengan keras mengutuk pasokan senjata dari Korea Utara"
    sources = [source(1, "Okezone")]
    claims = [
        claim(10, 1, SOUTH_KOREA, "condemns", quote=quote),
        claim(11, 1, JAPAN, "condemns", quote=quote),
    ]

    result = corroboration(sources, claims)

    assert badge(result) == (2, 1, 2)
    assert result["origins"][0]["same_words"] is True


def test_outlets_reporting_different_statements_on_their_own_are_independent():
    sources = [source(1, "Kompas.com"), source(2, "Tempo.co"), source(3, "CNN Indonesia")]
    claims = [claim(10, 1, WHITE_HOUSE), claim(11, 2, KIRBY), claim(12, 3, SOUTH_KOREA)]

    assert badge(corroboration(sources, claims)) == (3, 3, 3)


def test_near_identical_articles_count_once_even_without_a_credit():
    reworded = WIRE_STORY.replace("pada Jumat", "pada hari Jumat").replace("sekitar", "kurang lebih")
    sources = [
        source(1, "Antaranews.com", body=WIRE_STORY),
        source(2, "Republika.co.id", body=reworded),
        source(3, "Kompas.com"),
    ]
    claims = [
        claim(10, 1, WHITE_HOUSE, quote="lebih dari 1.000 kontainer"),
        claim(11, 2, KIRBY, quote="dikirim dengan kapal dari pelabuhan Rajin"),
        claim(12, 3, SOUTH_KOREA),
    ]

    result = corroboration(sources, claims)

    assert badge(result) == (3, 2, 3)
    copied = next(origin for origin in result["origins"] if origin["shared_text"])
    assert copied["outlets"] == ["Antaranews.com", "Republika.co.id"]


def test_a_rewritten_story_on_the_same_subject_is_independent():
    rewritten = (
        "Gedung Putih menuding Pyongyang memasok amunisi artileri kepada Moskow. Menurut Washington, "
        "ribuan peti dipindahkan lewat jalur laut dan kereta api menuju garis depan di Ukraina."
    )
    sources = [source(1, "Antaranews.com", body=WIRE_STORY), source(2, "Tempo.co", body=rewritten)]
    claims = [claim(10, 1, WHITE_HOUSE, quote="kata Gedung Putih"), claim(11, 2, KIRBY, quote="menuding")]

    assert corroboration(sources, claims)["independent_origins"] == 2


def test_only_the_credits_of_a_key_points_own_reports_join_them():
    sources = [
        source(1, "detikNews", cited=("Reuters",)),
        source(2, "detikNews", cited=("AFP",)),
        source(3, "Kompas.com", cited=("AFP",)),
    ]
    claims = [claim(10, 1, WHITE_HOUSE), claim(11, 2, KIRBY), claim(12, 3, SOUTH_KOREA)]
    points = (key_point(1, (10, 12)), key_point(2, (11, 12)))

    snapshot = assemble(brief(*points), claims, sources)

    first, second = (point["corroboration"] for point in snapshot["key_points"])
    assert badge(first) == (2, 2, 2)
    assert badge(second) == (2, 1, 2)
    assert second["origins"][0]["credited"] == ["AFP"]


def test_origins_never_outnumber_statements_nor_statements_reports():
    sources = [source(i, f"Outlet {i % 3}", cited=(("Reuters",) if i % 2 else ())) for i in range(1, 9)]
    claims = [claim(10 + i, i, (WHITE_HOUSE, KIRBY, SOUTH_KOREA)[i % 3]) for i in range(1, 9)]

    result = corroboration(sources, claims)

    assert result["independent_origins"] <= result["statements"] <= result["reports"] == 8


def test_a_source_an_editor_kept_as_a_copy_counts_once_with_its_original():
    # Different enough texts and speakers that only the editor's mark can tell they are one story.
    sources = [source(1, "Kompas.com"), source(2, "Tempo.co", copy_of=1), source(3, "CNN Indonesia")]
    claims = [
        claim(10, 1, WHITE_HOUSE, quote="Korea Utara mengirim kontainer"),
        claim(11, 2, KIRBY, quote="Pyongyang memasok amunisi"),
        claim(12, 3, SOUTH_KOREA, quote="Seoul memantau pelabuhan Rajin"),
    ]

    result = corroboration(sources, claims)

    assert (result["outlets"], result["statements"], result["independent_origins"]) == (3, 3, 2)
    copied, own = result["origins"]
    assert (copied["outlets"], copied["shared_text"]) == (["Kompas.com", "Tempo.co"], True)
    assert (own["outlets"], own["shared_text"]) == (["CNN Indonesia"], False)


def test_a_copy_whose_original_carries_no_claim_of_the_key_point_is_its_own_origin():
    sources = [source(1, "Kompas.com"), source(2, "Tempo.co", copy_of=1), source(3, "CNN Indonesia")]
    claims = [
        claim(11, 2, KIRBY, quote="Pyongyang memasok amunisi"),
        claim(12, 3, SOUTH_KOREA, quote="Seoul memantau pelabuhan Rajin"),
    ]

    result = corroboration(sources, claims)

    assert (result["outlets"], result["independent_origins"]) == (2, 2)
