"""The parser's fast paths give exactly what their plain forms give: phrase alternations grouped
by first letter, sentence ends found from the end mark, the prefilter's stem search."""

from __future__ import annotations

import re
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.parse import prefilter
from casualties.parse.lexicon import alternation, languages, load_lexicon
from casualties.parse.prefilter import (
    OUTCOME_LISTS,
    _line_around,
    _may_hold_number,
    has_outcome_stem,
    might_state_figures,
    outcome_stems,
)
from casualties.parse.sentences import (
    _abbreviation,
    _capitals,
    _cuts,
    _word_before,
    line_sentence_spans,
    line_spans,
    sentence_bounds,
    split_sentences,
)

LEXICON = load_lexicon("en")

# The plain forms, as the parser had them before they were made fast.
PLAIN_BOUNDARY = re.compile(
    rf"""(?P<word>[\w.]*) [.!?]+ ["'”’»)\]]* \s+ (?= ["'“‘«„(\[]? [{_capitals()}0-9#@] )""",
    re.VERBOSE,
)


def plain_alternation(phrases: list[str], *, case_sensitive: bool = False) -> str:
    words = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in words)
    return f"(?:{body})" if case_sensitive else f"(?i:{body})"


def plain_cuts(line: str, begin: int) -> list[int]:
    abbreviation = _abbreviation(LEXICON)
    return [
        m.end()
        for m in PLAIN_BOUNDARY.finditer(line, begin)
        if not (line[m.end("word")] == "." and abbreviation.fullmatch(m["word"]))
    ]


WORD_PIECES = ["Mr", "U.S", "U.N", "etc", "e.g", "J", "a.m", "word", "x", "1", "2022", "_", "é"]
MARK_PIECES = [".", "..", "...", "!", "?", "?!", ".!", "!.", '"', "”", ")", "]", "'", "’", "(", "“"]
SPACE_PIECES = [" ", "  ", "\t", "\u00a0", "\u2009", "A", "The", "Ж", "#tag", "@user", "-", ","]
LINE_PIECES = st.sampled_from([*WORD_PIECES, *MARK_PIECES, *SPACE_PIECES])


@settings(max_examples=500, deadline=None)
@given(st.lists(LINE_PIECES, max_size=30).map("".join), st.integers(0, 3))
def test_sentence_ends_are_those_of_the_plain_boundary_regex(line: str, begin: int) -> None:
    begin = min(begin, len(line))
    if begin and not line[begin - 1].isspace():
        begin = 0  # a line's sentences start after indentation or a list marker
    assert _cuts(line, begin, LEXICON) == plain_cuts(line, begin)


def test_a_word_longer_than_the_window_is_read_whole() -> None:
    line = "(" + "x" * 100 + ".y" * 40 + "Mr. Smith came. Then"
    assert _word_before(line, line.index(" ")) == line[1 : line.index(" ") - 1]
    assert _cuts(line, 0, LEXICON) == plain_cuts(line, 0)


PHRASE_LISTS = [
    LEXICON.words("sources", "monitor"),
    LEXICON.words("sources", "other"),
    LEXICON.words("outcomes", "killed"),
    LEXICON.words("outcomes", "injured"),
    list(LEXICON.data["qualifiers"]),
    list(LEXICON.data["months"]),
    ["a", "a day", "A.M.", "at least", "at most", "(x)", "Kelvin", "k", "ſun", "sun"],
]


@pytest.mark.parametrize("case_sensitive", [False, True])
@pytest.mark.parametrize("phrases", PHRASE_LISTS, ids=range(len(PHRASE_LISTS)))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_grouped_alternation_matches_like_a_flat_one(phrases, case_sensitive, data) -> None:
    pieces = [*phrases, *(p.upper() for p in phrases), " ", "  ", "-", ".", "x", "\u212a", "S"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=12)))
    grouped = re.compile(rf"(?<!\w){alternation(phrases, case_sensitive=case_sensitive)}")
    plain = re.compile(rf"(?<!\w){plain_alternation(phrases, case_sensitive=case_sensitive)}")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_letters_that_match_alike_keep_the_flat_order() -> None:
    # "s" and the long s "ſ" match each other when case is ignored: no grouping then
    assert alternation(["sun", "\u017ftar"]) == plain_alternation(["sun", "\u017ftar"])
    assert alternation(["sun", "star"]) == "(?i:s(?:tar|un))"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("killedinjuredcasualtiesDEATHtoll wounds\u0130")))
def test_stem_search_is_a_substring_test(text: str) -> None:
    lowered = text.lower()
    assert has_outcome_stem(text, LEXICON) == any(s in lowered for s in outcome_stems(LEXICON))


@pytest.mark.parametrize("language", languages())
def test_every_outcome_phrase_holds_its_stem_and_no_stem_is_a_short_word(language: str) -> None:
    lexicon = load_lexicon(language)
    stems = outcome_stems(lexicon)
    phrases = [p for key in OUTCOME_LISTS for p in lexicon.words("outcomes", key)]
    assert all(any(s in p.lower().replace("*", "") for s in stems) for p in phrases)
    # "il ferimento di": "ferimento", never "di", which every Italian text holds
    assert all(len(s) > 2 or s in [p.lower() for p in phrases] for s in stems)


@settings(max_examples=500, deadline=None)
@given(st.lists(LINE_PIECES, max_size=30).map("".join), st.data())
def test_the_prefilter_reads_each_sentence_whole(line: str, data) -> None:
    """The prefilter reads around a word the text between the sentence ends beside it: never
    less than the sentence the parser reads there."""
    spans = line_sentence_spans(line, LEXICON)
    if not spans:
        return
    start, end = data.draw(st.sampled_from(spans))
    at = data.draw(st.integers(start, end - 1))
    low, high = sentence_bounds(line, LEXICON)(at)
    assert low <= start and end <= high


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["killed", "1,417", " ", ". ", "\n", "Mr. ", "A", "x" * 9, "İ", "nine"]),
        max_size=40,
    ).map("".join)
)
def test_the_prefilter_read_in_blocks_keeps_every_sentence_with_figures(text: str) -> None:
    """Lower-cased in blocks (here of 8 characters) the prefilter still finds every sentence
    that holds an outcome word and a number."""
    plain = any(
        has_outcome_stem(s.text, LEXICON) and _may_hold_number(s.text, LEXICON)
        for s in split_sentences(text, LEXICON)
    )
    with patch.object(prefilter, "BLOCK", 8):
        assert might_state_figures(text, lexicon=LEXICON) or not plain


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "bc", " ", "\n", "\r\n", "\r", "\x0b", "\u2028", "\x85"]),
        max_size=30,
    ).map("".join),
    st.data(),
)
def test_the_line_around_a_word_is_the_line_splitlines_cuts(text: str, data) -> None:
    """The prefilter finds the line around a word from the word, not by walking the lines
    before it: the same line str.splitlines cuts, from any line start before it."""
    lines = list(line_spans(text))
    words = [(i, at) for i, (a, b) in enumerate(lines) for at in range(a, b)]
    if not words:
        return
    index, at = data.draw(st.sampled_from(words))
    floor = data.draw(st.sampled_from([0, *(b for _, b in lines[:index])]))
    assert _line_around(text, at, floor) == lines[index]
