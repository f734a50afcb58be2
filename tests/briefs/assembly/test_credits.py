import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.assembly.credits import whole_words

# Letters that case-insensitive matching treats specially (İ ı ſ K), accents, and word edges.
alphabet = st.sampled_from(
    ["a", "P", "ap", "AP", "s", "ſ", "k", "\u212a", "i", "İ", "ı", "é", " ", "-", "_", "\n"]
)
spelling = st.sampled_from(["ap", "a", "ks", "kcna", "ap news", "sí", "ip"])


@settings(max_examples=400, deadline=None)
@given(st.lists(alphabet, max_size=30).map("".join), st.lists(spelling, min_size=1, max_size=4))
def test_whole_words_finds_what_the_regular_expression_finds(text, spellings):
    ordered = sorted(dict.fromkeys(spellings), key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.IGNORECASE)

    assert whole_words(text, spellings) == [(m.start(), m.group()) for m in pattern.finditer(text)]


def test_a_credited_name_is_found_as_a_whole_word_in_any_case():
    text = "kata Peskov seperti dilansir REUTERS, bukan Reutersnya."

    assert whole_words(text, ["reuters", "ap"]) == [(text.index("REUTERS"), "REUTERS")]
