"""A quick test that a text may state figures, so that the parser skips text that cannot. Pure.

The parser gives a count its outcome (killed, injured, casualties) only from an outcome word in
the count's own sentence, or from an earlier count that had one; sentences never cross a line.
So a text without a line holding a sentence with both a number and an outcome word has no
report, and skipping it changes nothing: the test suite checks this on every text it parses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import ahocorasick_rs

from casualties.parse.lexicon import Lexicon, plain_words, spelled_out
from casualties.parse.numbers import number_words
from casualties.parse.sentences import (
    LINE_BREAK,
    RARE_LINE_BREAK,
    sentence_bounds,
    split_sentences,
)

__all__ = ["has_outcome_stem", "might_state_figures", "outcome_stems"]

DIGIT = re.compile(r"\d")
WHITE_SPACE = re.compile(r"\s")
BLOCK = 1 << 20

OUTCOME_LISTS = (
    "killed",
    "injured",
    "total",
    "subjects_killed",
    "subjects_injured",
    "subjects_total",
    "killed_before",
    "killed_before_of",
    "injured_before",
    "total_before",
    "killed_label",
    "injured_label",
    "total_label",
)
"""Every list of the lexicon whose words give a count its outcome."""


@cache
def outcome_stems(lexicon: Lexicon) -> tuple[str, ...]:
    """One word of each outcome phrase, in lower case: a text that holds none of them holds no
    outcome word. A phrase is represented by a word of it that is an outcome word itself
    ("death toll": "death"), else by its last word ("lost their lives": "lives") longer than
    two letters ("il ferimento di": "ferimento"), never by a common one like "number", "their"
    or "di". Substring tests run at C speed."""
    phrases = {
        " ".join(plain_words(spelled.lower()))  # a stem: its letters; no optional word
        for key in OUTCOME_LISTS
        for w in lexicon.words("outcomes", key)
        for spelled in spelled_out(w)  # each choice of a word is a phrase of its own
    }
    single = {p for p in phrases if " " not in p}
    return tuple(
        sorted({next((w for w in p.split() if w in single), _last_long_word(p)) for p in phrases})
    )


def _last_long_word(phrase: str) -> str:
    words = phrase.split()
    return next((w for w in reversed(words) if len(w) > 2), words[-1])


def has_outcome_stem(text: str, lexicon: Lexicon) -> bool:
    """False only when `text` holds no outcome word, not even inside a longer word."""
    return bool(_stem_finder(lexicon).find_matches_as_indexes(text.lower()))


@cache
def _stem_finder(lexicon: Lexicon) -> ahocorasick_rs.AhoCorasick:
    """Finds the stems in lower-case text, all of them in one pass (an Aho-Corasick automaton,
    in Rust: five times a regex alternation's speed), at offsets in characters. A stem holding a
    shorter one is left out: the shorter one is found wherever it is. Overlapping finds are
    lost, but they lie in one word, and a sentence holds a whole word or none of it."""
    stems = outcome_stems(lexicon)
    needed = [s for s in stems if not any(t != s and t in s for t in stems)]
    return ahocorasick_rs.AhoCorasick(needed, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)


def _may_hold_number(text: str, lexicon: Lexicon) -> bool:
    """True when find_numbers could find a number: a digit, or a number word."""
    return DIGIT.search(text) is not None or number_words(lexicon).search(text) is not None


def _line_states_figures(line: str, stems_at: list[int], lexicon: Lexicon) -> bool:
    """Whether a sentence of one line holds a stem (found at `stems_at`) and a number. Only
    the sentences around the stems are read; each is read as the text between the sentence
    ends around it, which holds the sentence (never less), so the test is never False where a
    sentence holds both."""
    if not _may_hold_number(line, lexicon):
        return False
    bounds = sentence_bounds(line, lexicon)
    end = -1
    for at in stems_at:
        if at < end:
            continue  # in the run of text read last
        start, end = bounds(at)
        if _may_hold_number(line[start:end], lexicon):
            return True
    return False


class _CaseChangesLength(Exception):
    """Lower-casing changed a text's length: offsets in the lowered text do not hold."""


def _stems_at(text: str, lexicon: Lexicon) -> Iterator[int]:
    """The offsets of the outcome stems of `text`, found in lower-cased blocks of about
    BLOCK characters cut at white space (a stem is one word): lower-casing a long text at once
    takes several times its size. _CaseChangesLength for a rare character that lower-casing
    turns into two."""
    finder = _stem_finder(lexicon)
    start = 0
    while start < len(text):
        space = WHITE_SPACE.search(text, start + BLOCK)
        end = space.end() if space else len(text)
        lowered = text[start:end].lower()
        if len(lowered) != end - start:
            raise _CaseChangesLength
        for _, at, _ in finder.find_matches_as_indexes(lowered):
            yield at + start
        start = end


def _line_around(text: str, at: int, floor: int) -> tuple[int, int]:
    """(start, end) of the line holding offset `at`, less its line break, as str.splitlines
    cuts it; a line starts at `floor` or after it. Found at C speed where only newlines stand
    between `floor` and `at`, so that the lines without stems are never walked."""
    if RARE_LINE_BREAK.search(text, floor, at) is None:
        begin = text.rfind("\n", floor, at) + 1 or floor
    else:
        begin = floor
        for found in LINE_BREAK.finditer(text, floor, at):
            begin = found.end()
    found = LINE_BREAK.search(text, at)
    return begin, found.start() if found else len(text)


def _stated_in_lines(text: str, stems: Iterator[int], lexicon: Lexicon) -> bool:
    """Whether a line holding stems (at the offsets `stems`, in order) may state figures."""
    begin, end = 0, -1
    local: list[int] = []  # the stems of the line [begin, end), from its start
    for at in stems:
        if at >= end:  # a stem lies in a line, never in a line break
            if local and _line_states_figures(text[begin:end], local, lexicon):
                return True
            local = []
            begin, end = _line_around(text, at, max(end, 0))
        local.append(at - begin)
    return bool(local) and _line_states_figures(text[begin:end], local, lexicon)


def might_state_figures(text: str, *, lexicon: Lexicon) -> bool:
    """False only when no sentence of `text` holds both a number and an outcome word. The
    lines are read in turn, and only those that hold an outcome word: the test stops at the
    first that may state figures, and never holds a long text's lines at once."""
    try:
        return _stated_in_lines(text, _stems_at(text, lexicon), lexicon)
    except _CaseChangesLength:  # test sentence by sentence
        return any(
            has_outcome_stem(s.text, lexicon) and _may_hold_number(s.text, lexicon)
            for s in split_sentences(text, lexicon)
        )
