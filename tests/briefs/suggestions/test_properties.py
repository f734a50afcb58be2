"""Properties of suggest_claims on arbitrary text: never raises, exact spans, deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefs.vocabulary import STANCES
from tests.briefs.suggestions.helpers import suggest

# Words the rules react to, so that generated text exercises them and not only noise.
VOCABULARY = [
    "kata", "ujar", "tambahnya", "mengatakan", "bahwa", "membantah", "menolak", "tuduhan", "mengecam",
    "berjanji", "mengonfirmasi", "menurut", "dikutip", "dari", "seperti", "dilansir", "dia", "ia", "mereka",
    "Kirby", "Peskov", "Korea Utara", "Korut", "AS", "Gedung Putih", "juru bicara Kremlin", "keempat negara",
    "pernyataan tersebut", "kami", "tidak", "pernah", '"', "“", "”", "'", ",", ".", ":", "(", ")", "\n\n", "-",
    "2,5", "1.000", "Dr.", "KCNA", "dan", "Reuters",
]  # fmt: skip

reporting_text = st.lists(st.sampled_from(VOCABULARY) | st.text(max_size=8), max_size=60).map(" ".join)
any_text = st.text(max_size=400)


def check(body: str) -> None:
    first = suggest(body)
    assert suggest(body) == first
    for suggestion in first:
        assert 0 <= suggestion.start < suggestion.end <= len(body)
        assert suggestion.quote == body[suggestion.start : suggestion.end]
        assert suggestion.stance in STANCES
        assert 0.0 <= suggestion.confidence <= 1.0
    assert [s.start for s in first] == sorted(s.start for s in first)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_text_never_raises_and_spans_are_exact(body):
    check(body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reporting_text)
def test_text_made_of_reporting_words_never_raises_and_spans_are_exact(body):
    check(body)
