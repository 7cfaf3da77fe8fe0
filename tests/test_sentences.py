"""Sentences: a run of text with no end mark is cut into pieces no longer than LONGEST_SENTENCE,
at clause breaks, so that parsing stays linear in the length of the text."""

from __future__ import annotations

import datetime as dt
import textwrap
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from casualties import parse_text
from casualties.parse.lexicon import load_lexicon
from casualties.parse.sentences import (
    LONGEST_SENTENCE,
    line_sentence_spans,
    line_spans,
    split_sentences,
    unwrapped,
)

LEXICON = load_lexicon("en")
CLAUSE = "OHCHR recorded 1,417 civilians killed and 2,038 injured as of 2 April 2022; "


def test_a_sentence_of_ordinary_length_is_whole() -> None:
    line = "OHCHR recorded 1,417 civilians killed, " * 40 + "and 2,038 injured."
    assert len(line) < LONGEST_SENTENCE
    assert line_sentence_spans(line, LEXICON) == [(0, len(line))]


def test_a_run_without_end_marks_is_cut_at_clause_breaks() -> None:
    line = CLAUSE * 100
    spans = line_sentence_spans(line, LEXICON)
    assert len(spans) > 1
    assert all(b - a <= LONGEST_SENTENCE for a, b in spans)
    assert all(line[a:b].startswith("OHCHR") and line[a:b].endswith(";") for a, b in spans)


def test_a_run_without_clause_breaks_is_cut_between_words() -> None:
    line = "killed " * 1000
    spans = line_sentence_spans(line, LEXICON)
    assert all(line[a:b].startswith("killed") and line[a:b].endswith("killed") for a, b in spans)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["killed", "1,417", " ", "; ", ", ", "x" * 300, "\u00a0", ".", "A"]),
        max_size=60,
    ).map("".join)
)
def test_pieces_are_ordered_short_and_lose_no_character(line: str) -> None:
    spans = line_sentence_spans(line, LEXICON)
    assert all(b - a <= LONGEST_SENTENCE for a, b in spans)
    assert all(a < b <= c for (a, b), (c, _) in pairwise(spans))
    covered = {i for a, b in spans for i in range(a, b)}
    assert {i for i, c in enumerate(line) if not c.isspace()} <= covered


def test_the_pieces_of_a_long_paragraph_are_sentences_of_it() -> None:
    text = "Title\n\n" + CLAUSE * 100
    pieces = split_sentences(text, LEXICON)[1:]
    assert {p.paragraph for p in pieces} == {1}
    assert all(text[p.start : p.end] == p.text for p in pieces)


def test_a_long_paragraph_gives_the_figures_of_its_clauses() -> None:
    reports = parse_text(CLAUSE * 100, published=dt.date(2022, 4, 3), conflict="ukraine")
    assert [(r.as_of, r.killed, r.injured) for r in reports] == [(dt.date(2022, 4, 2), 1417, 2038)]


def test_sentences_read_like_a_list() -> None:
    text = "Title\n\nOHCHR recorded 1,417 killed. Then 2,038 injured.\n- A list item"
    sentences = split_sentences(text, LEXICON)
    listed = list(sentences)
    assert len(sentences) == len(listed) == 4
    assert sentences[-1] == listed[-1] and sentences[1:3] == listed[1:3]
    assert [s.text for s in sentences] == [
        "Title",
        "OHCHR recorded 1,417 killed.",
        "Then 2,038 injured.",
        "A list item",
    ]
    assert (sentences[0].title, sentences[3].bullet, sentences[3].paragraph) == (True, True, 1)


BREAKS = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*BREAKS, "a", "b c", " ", ""]), max_size=20).map("".join))
def test_lines_are_cut_where_splitlines_cuts_them(text: str) -> None:
    assert [text[a:b] for a, b in line_spans(text)] == text.splitlines()


WRAPPED_BULLETIN = (
    "Ukraine: civilian casualties\n\n"
    "From 24 February 2022 to 9 July 2023, OHCHR recorded 25,170 civilian\n"
    "casualties in the country: 9,177 killed and 15,993 injured. In Donetsk and\n"
    "Luhansk regions, 1,950 civilians were killed in government-controlled\n"
    "territory -- 532 of the dead in the country were children. The figures\n"
    "are likely considerably higher, the office said in its regular update.\n"
)


def test_a_hard_wrapped_text_is_rejoined_at_its_wraps_and_keeps_its_length() -> None:
    text = unwrapped(WRAPPED_BULLETIN)
    assert len(text) == len(WRAPPED_BULLETIN)
    assert "25,170 civilian casualties in the country" in text
    assert "Donetsk and Luhansk regions" in text
    assert "territory -- 532 of the dead" in text
    assert text.startswith("Ukraine: civilian casualties\n\nFrom 24 February")  # a paragraph


def test_a_word_broken_at_its_hyphen_is_one_again() -> None:
    paragraph = (
        "In Donetsk and Luhansk regions, OHCHR recorded 1,950 civilians killed in the"
        " government-controlled territory and 412 in the territory occupied by the Russian"
        " Federation, the office said in its update."
    )
    wrapped = textwrap.fill(paragraph, 50)
    assert "government-\ncontrolled" in wrapped
    text = unwrapped(wrapped)
    assert "the government-controlled  territory" in text
    assert len(text) == len(wrapped)


def test_a_wrapped_text_reads_as_its_unwrapped_one() -> None:
    published = dt.date(2023, 7, 10)
    unbroken = WRAPPED_BULLETIN.replace("\n\n", "\t").replace("\n", " ").replace("\t", "\n\n")
    wrapped = parse_text(WRAPPED_BULLETIN, published=published)
    assert [r.to_dict() for r in wrapped] == [
        r.to_dict() for r in parse_text(unbroken, published=published)
    ]
    assert [(r.killed, r.area) for r in wrapped] == [
        (9177, None),
        (1950, "government-controlled territory of Donetsk and Luhansk regions"),
    ]


def test_lines_of_a_list_and_lines_of_unequal_length_are_no_wraps() -> None:
    listed = (
        "OHCHR recorded 12,272 civilian casualties in the country, as its update says:\n"
        "- 5,237 killed, including 348 children, as the update of this week says\n"
        "- 7,035 injured, including 727 children, in places under Government control\n"
    )
    ragged = "Ukraine: civilian casualties\nOHCHR recorded 1,000 killed.\nSee the full update.\n"
    assert unwrapped(listed) == listed
    assert unwrapped(ragged) == ragged


@given(st.text(alphabet=st.sampled_from("ab -\n:1")))
def test_unwrapping_never_changes_a_length(text: str) -> None:
    assert len(unwrapped(text)) == len(text)
