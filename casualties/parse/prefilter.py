"""A quick test that a text may state figures, so that the parser skips text that cannot. Pure.

The parser gives a count its measure (killed, injured, casualties) only from a measure word in
the count's own sentence, or from an earlier count that had one; sentences never cross a line.
So a text without a line holding a sentence with both a number and a measure word has no
report, and skipping it changes nothing: the test suite checks this on every text it parses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from casualties.parse.lexicon import Lexicon
from casualties.parse.numbers import number_words
from casualties.parse.sentences import split_sentences

__all__ = ["has_measure_stem", "measure_stems", "might_state_figures"]

DIGIT = re.compile(r"\d")
LINE_BREAK = re.compile(
    r"""
    \r\n                          # a Windows line end is one break
    | [\n\r\v\f\x1c-\x1e\x85\u2028\u2029]  # and every other break str.splitlines knows
    """,
    re.VERBOSE,
)

MEASURE_LISTS = (
    "killed",
    "injured",
    "total",
    "subjects_killed",
    "subjects_injured",
    "subjects_total",
    "killed_before",
    "killed_before_of",
    "injured_before",
)
"""Every list of the lexicon whose words give a count its measure."""


@cache
def measure_stems(lexicon: Lexicon) -> tuple[str, ...]:
    """One word of each measure phrase, in lower case: a text that holds none of them holds no
    measure word. A phrase is represented by a word of it that is a measure word itself
    ("death toll": "death"), else by its last word ("lost their lives": "lives"), never by a
    common one like "number" or "their". Substring tests run at C speed."""
    phrases = {w.lower() for key in MEASURE_LISTS for w in lexicon.words("measures", key)}
    single = {p for p in phrases if " " not in p}
    return tuple(
        sorted({next((w for w in p.split() if w in single), p.split()[-1]) for p in phrases})
    )


def has_measure_stem(text: str, lexicon: Lexicon) -> bool:
    """False only when `text` holds no measure word, not even inside a longer word."""
    lowered = text.lower()
    return any(stem in lowered for stem in measure_stems(lexicon))


def _stem_positions(text: str, lexicon: Lexicon) -> list[int]:
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare case-changing character: look at every line
        return [m.start() for m in LINE_BREAK.finditer(text)] + [0]
    positions = []
    for stem in measure_stems(lexicon):
        at = lowered.find(stem)
        while at >= 0:
            positions.append(at)
            at = lowered.find(stem, at + 1)
    return positions


def _may_hold_number(text: str, lexicon: Lexicon) -> bool:
    """True when find_numbers could find a number: a digit, or a number word."""
    return DIGIT.search(text) is not None or number_words(lexicon).search(text) is not None


def _lines_with(text: str, positions: list[int]) -> list[str]:
    """The lines (as str.splitlines cuts them) that hold the positions, each once."""
    starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    lines = []
    for index in sorted({bisect_right(starts, at) - 1 for at in positions}):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        lines.append(text[starts[index] : end])
    return lines


def might_state_figures(text: str, *, lexicon: Lexicon) -> bool:
    """False only when no sentence of `text` holds both a number and a measure word."""
    for line in _lines_with(text, _stem_positions(text, lexicon)):
        if not _may_hold_number(line, lexicon):
            continue
        for sentence in split_sentences(line, lexicon):
            if has_measure_stem(sentence.text, lexicon) and _may_hold_number(
                sentence.text, lexicon
            ):
                return True
    return False
