"""A history entry about sources disagreeing says on what, in the page's language: the date, or the
figure named by its unit as the key figures name it."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from briefs.assembly.history import _entry


def shown(kind: str, key: tuple[str, str], language: str) -> str:
    change = {**_entry(kind, key[1], key_point="Shells went west."), "key": key}
    with translation.override(language):
        return " ".join(
            render_to_string(
                "briefs/_history_change.html", {"change": change, "wording": None, "language": "en"}
            ).split()
        )


@pytest.mark.parametrize(
    ("kind", "english", "indonesian"),
    [
        ("discrepancy_added", "Sources now disagree on the figure: containers", "Sumber kini berbeda soal angkanya: kontainer"),
        ("discrepancy_removed", "Sources no longer disagree on the figure: containers", "Sumber tidak lagi berbeda soal angkanya: kontainer"),
        ("discrepancy_changed", "Disagreement updated on the figure: containers", "Perbedaan soal angka diperbarui: kontainer"),
    ],
)  # fmt: skip
def test_a_figure_disagreement_names_the_unit_in_the_pages_language(kind, english, indonesian):
    assert shown(kind, ("figure", "containers"), "en").startswith(english + " —")
    assert shown(kind, ("figure", "containers"), "id").startswith(indonesian + " —")


def test_a_date_disagreement_says_so_without_the_internal_subject_name():
    english = shown("discrepancy_added", ("date", "event start"), "en")
    indonesian = shown("discrepancy_added", ("date", "event start"), "id")

    assert english.startswith("Sources now disagree on the date —")
    assert indonesian.startswith("Sumber kini berbeda soal tanggalnya —")
    assert "event start" not in english + indonesian
