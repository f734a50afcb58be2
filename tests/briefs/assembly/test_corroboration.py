from briefs.assembly import assemble

from .builders import brief, claim, key_point, source

WIRE_STORY = (
    "SEOUL - Korea Utara telah mengirimkan lebih dari 1.000 kontainer berisi peralatan militer dan amunisi "
    "ke Rusia, kata Gedung Putih pada Jumat. Juru bicara Dewan Keamanan Nasional John Kirby mengatakan "
    "kontainer itu dikirim dengan kapal dari pelabuhan Rajin ke Dunai sebelum diangkut dengan kereta "
    "ke depot amunisi dekat Tikhoretsk, sekitar 290 kilometer dari perbatasan Ukraina."
)


def corroboration(sources, claim_sources):
    claims = [claim(100 + i, source_id) for i, source_id in enumerate(claim_sources)]
    snapshot = assemble(brief(key_point(1, tuple(c.id for c in claims))), claims, sources)
    return snapshot["key_points"][0]["corroboration"]


def test_two_outlets_crediting_reuters_are_two_outlets_but_one_independent_origin():
    sources = [source(1, "Liputan6.com", cited=("Reuters",)), source(2, "detikNews", cited=("Reuters",))]

    result = corroboration(sources, [1, 2])

    assert result == {
        "outlets": 2,
        "independent_origins": 1,
        "origins": [
            {"outlets": ["Liputan6.com", "detikNews"], "credited": ["Reuters"], "shared_text": False}
        ],
    }


def test_a_third_outlet_crediting_nobody_is_an_origin_of_its_own():
    sources = [
        source(1, "Liputan6.com", cited=("Reuters",)),
        source(2, "detikNews", cited=("Reuters",)),
        source(3, "Kompas.com"),
    ]

    result = corroboration(sources, [1, 2, 3])

    assert (result["outlets"], result["independent_origins"]) == (3, 2)
    assert result["origins"] == [
        {"outlets": ["Kompas.com"], "credited": [], "shared_text": False},
        {"outlets": ["Liputan6.com", "detikNews"], "credited": ["Reuters"], "shared_text": False},
    ]


def test_outlets_crediting_nobody_are_not_lumped_together():
    sources = [source(1, "Kompas.com"), source(2, "Tempo.co"), source(3, "CNN Indonesia")]

    result = corroboration(sources, [1, 2, 3])

    assert (result["outlets"], result["independent_origins"]) == (3, 3)


def test_near_identical_bodies_from_two_outlets_count_once():
    reworded = WIRE_STORY.replace("pada Jumat", "pada hari Jumat").replace("sekitar", "kurang lebih")
    sources = [
        source(1, "Antaranews.com", body=WIRE_STORY),
        source(2, "Republika.co.id", body=reworded),
        source(3, "Kompas.com"),
    ]

    result = corroboration(sources, [1, 2, 3])

    assert (result["outlets"], result["independent_origins"]) == (3, 2)
    assert {"outlets": ["Antaranews.com", "Republika.co.id"], "credited": [], "shared_text": True} in (
        result["origins"]
    )


def test_a_rewritten_story_on_the_same_subject_is_independent():
    rewritten = (
        "Gedung Putih menuding Pyongyang memasok amunisi artileri kepada Moskow. Menurut Washington, "
        "ribuan peti dipindahkan lewat jalur laut dan kereta api menuju garis depan di Ukraina."
    )
    sources = [source(1, "Antaranews.com", body=WIRE_STORY), source(2, "Tempo.co", body=rewritten)]

    assert corroboration(sources, [1, 2])["independent_origins"] == 2


def test_the_same_outlet_is_one_outlet_however_many_of_its_articles_carry_the_point():
    sources = [source(1, "detikNews"), source(2, "detikNews"), source(3, "Kompas.com")]

    result = corroboration(sources, [1, 2, 3])

    assert (result["outlets"], result["independent_origins"]) == (2, 2)


def test_the_credited_wire_itself_is_the_same_origin_as_outlets_crediting_it():
    sources = [source(1, "Reuters", kind="wire"), source(2, "Liputan6.com", cited=("reuters",))]

    result = corroboration(sources, [1, 2])

    assert result["independent_origins"] == 1
    assert result["origins"][0]["outlets"] == ["Liputan6.com", "Reuters"]


def test_only_credits_in_the_sources_carrying_the_linked_claims_count():
    # detikNews credits AFP in another article, not in the one that carries this key point's claim.
    sources = [
        source(1, "detikNews", cited=("Reuters",)),
        source(2, "detikNews", cited=("AFP",)),
        source(3, "Kompas.com", cited=("AFP",)),
    ]
    claims = [claim(10, 1), claim(11, 2), claim(12, 3)]
    points = (key_point(1, (10, 12)), key_point(2, (11, 12)))

    snapshot = assemble(brief(*points), claims, sources)

    first, second = (point["corroboration"] for point in snapshot["key_points"])
    assert (first["outlets"], first["independent_origins"]) == (2, 2)
    assert (second["outlets"], second["independent_origins"]) == (2, 1)
    assert second["origins"][0]["credited"] == ["AFP"]


def test_credit_chains_merge_transitively():
    sources = [
        source(1, "Liputan6.com", cited=("Reuters", "KCNA")),
        source(2, "detikNews", cited=("KCNA",)),
        source(3, "Kompas.com", cited=("Reuters",)),
    ]

    result = corroboration(sources, [1, 2, 3])

    assert result["independent_origins"] == 1
    assert result["origins"][0]["credited"] == ["KCNA", "Reuters"]


def test_a_source_an_editor_kept_as_a_copy_counts_once_with_its_original():
    # Different enough texts that only the editor's mark can tell they are one story.
    sources = [source(1, "Kompas.com"), source(2, "Tempo.co", copy_of=1), source(3, "CNN Indonesia")]

    result = corroboration(sources, [1, 2, 3])

    assert (result["outlets"], result["independent_origins"]) == (3, 2)
    assert {"outlets": ["Kompas.com", "Tempo.co"], "credited": [], "shared_text": True} in result["origins"]


def test_a_copy_whose_original_carries_no_claim_of_the_key_point_is_its_own_origin():
    sources = [source(1, "Kompas.com"), source(2, "Tempo.co", copy_of=1), source(3, "CNN Indonesia")]

    result = corroboration(sources, [2, 3])

    assert (result["outlets"], result["independent_origins"]) == (2, 2)
