"""What the brief's markup says about figures, positions and the timeline, in English and Indonesian.

The content is assembled from hand-made inputs and rendered with the template readers and reviewers see."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from briefs.assembly import assemble
from tests.briefs.assembly.builders import KREMLIN, WHITE_HOUSE, brief, claim, figure, key_point, source


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def content():
    sources = [
        source(1, "Liputan6.com", published_at="2023-10-17T00:00:00+07:00", precision="day"),
        source(2, "Okezone", published_at="2023-10-27T17:33:00+07:00"),
        source(3, "Kompas.com", published_at="2024-02-27T00:00:00+07:00", precision="day"),
    ]
    more = figure("1000", qualifier="more_than")
    claims = [
        claim(10, 1, WHITE_HOUSE, quote="lebih dari 1.000 kontainer", figures=(more,), said_on="2023-10-13"),
        claim(11, 2, WHITE_HOUSE, quote="lebih dari 1.000 kontainer", figures=(more,), said_on="2023-10-13"),
        claim(
            12,
            3,
            WHITE_HOUSE,
            quote="lebih dari 2.000 kontainer",
            figures=(figure("2000", qualifier="more_than"),),
            said_on="2024-02-26",
        ),  # fmt: skip
        claim(13, 1, KREMLIN, "asserts", quote="pembicaraan soal senjata memang ada", said_on="2023-09-20"),
        claim(14, 2, KREMLIN, "denies", quote="tidak ada kesepakatan senjata apa pun", said_on="2023-10-17"),
    ]
    point = key_point(
        1, (10, 11, 12, 13, 14), statement="North Korea ships containers of munitions to Russia."
    )
    return assemble(brief(point), claims, sources)


def render(content, language: str) -> str:
    with translation.override(language):
        return text_of(render_to_string("briefs/_brief_content.html", {"content": content}))


def test_counts_at_two_dates_read_as_a_progression_with_unit_qualifier_and_separators(content):
    english, indonesian = render(content, "en"), render(content, "id")

    assert (
        "Progression more than 1,000 containers by 13 Oct 2023 — White House · Liputan6.com, Okezone "
        "more than 2,000 containers by 26 Feb 2024 — White House · Kompas.com"
    ) in english
    assert "lebih dari 1.000 kontainer per 13 Okt 2023" in indonesian
    assert "000 containers" not in indonesian
    assert "Sources disagree on the figure" not in english
    # Each figure once in the key figures table.
    assert english.count("more than 1,000 containers · as of 13 Oct 2023") == 1


def test_an_actor_that_changed_its_position_is_one_row_with_the_dates(content):
    english = render(content, "en")

    assert (
        "Kremlin Russia mixed Changed over time: supports 20 Sep 2023 → disputes 17 Oct 2023 "
        "asserts 20 Sep 2023 denies 17 Oct 2023"
    ) in english


def test_the_brief_says_how_far_its_coverage_goes_and_how_independence_was_decided(content):
    english = render(content, "en")

    assert "Coverage through 27 Feb 2024 (the newest cited source)" in english
    assert "5 reports · 4 independent origins · 4 distinct statements" in english
    assert "How independence was decided" in english
    assert "Origin 1 — one origin because: the same statement" in english


def test_a_date_discrepancy_is_one_box_on_its_key_point_and_the_timeline_points_to_it():
    sources = [source(1, "EGINDO.co"), source(2, "Liputan6.com")]
    claims = [
        claim(10, 1, paraphrase="From Najin", start="2023-09-01", end="2023-10-01"),
        claim(11, 2, paraphrase="From Najin", start="2023-09-07", end="2023-10-01"),
    ]
    shipped = key_point(1, (10, 11), statement="Containers shipped", start="2023-09-01", end="2023-10-01")
    route = key_point(2, (10, 11), statement="By sea from Najin to Dunay")
    content = assemble(brief(shipped, route), claims, sources)

    with translation.override("en"):
        html = render_to_string("briefs/_brief_content.html", {"content": content})

    assert html.count("Sources disagree on the date:") == 1
    assert 'id="key-point-1-dates"' in html
    assert (
        '<a class="timeline-discrepancy" href="#key-point-1-dates">Sources disagree on the date</a>' in html
    )


def test_two_citations_of_one_outlet_can_be_told_apart_before_they_are_opened():
    sources = [source(1, "EGINDO.co"), source(2, "Okezone")]
    claims = [
        claim(10, 1, quote="Korea Utara telah mengirimkan lebih dari 1.000 kontainer"),
        claim(11, 1, quote="antara 1 September dan 1 Oktober, sejumlah kontainer dikirim"),
        claim(12, 1, quote="antara 1 September dan 1 Oktober kontainer dikirim lewat laut"),
        claim(13, 2, quote="Gedung Putih mengklaim"),
    ]
    content = assemble(brief(key_point(1, (10, 11, 12, 13))), claims, sources)

    with translation.override("en"):
        html = render_to_string("briefs/_brief_content.html", {"content": content})
    chips = re.findall(r'<details class="citation-chip" name="citation"><summary>(.*?)</summary>', html)

    # The quote's opening words (and a number when those match too) are part of the chip's name, so
    # screen readers read them as well.
    assert [text_of(chip) for chip in chips] == [
        "EGINDO.co “Korea Utara telah mengirimkan…”",
        "EGINDO.co “antara 1 September dan…” (1)",
        "EGINDO.co “antara 1 September dan…” (2)",
        "Okezone",
    ]
    assert '<span lang="id">“Korea Utara telah mengirimkan…”</span>' in chips[0]


@pytest.mark.parametrize(
    ("language", "visible", "hidden"), [("en", "quote 2", "from"), ("id", "kutipan 2", "dari")]
)
def test_a_further_quote_of_a_timeline_source_says_what_it_links_to(language, visible, hidden):
    claims = [
        claim(10, 1, paraphrase="Containers moved", start="2023-09-07"),
        claim(11, 1, paraphrase="Containers moved", start="2023-09-07"),
    ]
    content = assemble(brief(), claims, [source(1, "EGINDO.co")])

    with translation.override(language):
        html = render_to_string(
            "briefs/_brief_content.html", {"content": content, "citation_url": "source_detail"}
        )

    (link,) = re.findall(r'<a class="more-quotes" href="[^"]*#claim-11">(.*?)</a>', html)
    assert link == f'{visible}<span class="visually-hidden"> {hidden} EGINDO.co</span>'
    timeline = html.split('<section class="timeline"', 1)[1].split("</section>", 1)[0]
    assert "aria-label=" not in timeline


def figure_entry(value: str, unit: str, qualifier: str = "exactly") -> dict:
    return {"value": value, "unit": unit, "qualifier": qualifier}


@pytest.mark.parametrize(
    ("figure_in", "english", "indonesian"),
    [
        (
            figure_entry("1000", "containers", "more_than"),
            "more than 1,000 containers",
            "lebih dari 1.000 kontainer",
        ),
        (figure_entry("1", "containers"), "1 container", "1 kontainer"),
        (
            figure_entry("2000", "Peluru  Artileri", "about"),
            "about 2,000 artillery shells",
            "sekitar 2.000 peluru artileri",
        ),
        (
            figure_entry("290", "km from the Ukrainian border", "about"),
            "about 290 km from the Ukrainian border",
            'sekitar 290 km <span lang="en">from the Ukrainian border</span>',
        ),
    ],
)
def test_figure_units_the_vocabulary_knows_are_shown_in_the_readers_language(figure_in, english, indonesian):
    from briefs.templatetags.reader import figure_amount

    with translation.override("en"):
        assert figure_amount(figure_in) == english
    with translation.override("id"):
        assert figure_amount(figure_in) == indonesian


def test_every_unit_of_the_vocabulary_has_an_indonesian_label():
    from briefs.units import UNITS

    for key, (label, _) in UNITS.items():
        with translation.override(None):
            english = label(2)
        with translation.override("id"):
            if key in ("km",):  # written alike in both languages (its catalogue entry says so too)
                continue
            assert label(2) != english, key
