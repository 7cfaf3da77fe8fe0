"""Split text into sentences with their offsets, lines and paragraphs. Pure: no I/O."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice, pairwise
from typing import overload

from casualties.parse.dates import YEAR
from casualties.parse.lexicon import Lexicon, alternation

__all__ = [
    "Sentence",
    "Sentences",
    "capitals_class",
    "line_sentence_spans",
    "line_spans",
    "sentence_bounds",
    "split_sentences",
    "unwrapped",
]

BULLET = re.compile(
    r"""
    ^(?P<indent>[ \t]*)                # indentation tells nesting
    (?P<marker>[-*•o–—]{1,2}|\d+[.)/])  # "-", "--", "o", "•", "1.", a thread's "2/"
    [ \t]+                             # then a space
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a list item): its text, offsets, and where it stands in the document."""

    text: str
    start: int
    end: int
    line: int
    paragraph: int
    indent: int
    bullet: bool
    title: bool


@cache
def capitals_class() -> str:
    """The body of a character class of the capital letters a sentence of the package's
    languages starts with."""
    return _capitals()


def _capitals(below: int = 0x2000) -> str:
    """A character class body of the capital letters of the alphabets below `below` (Latin,
    Greek, Cyrillic ...), in ranges: a sentence of any of these languages starts with one."""
    capitals = [c for c in range(below) if chr(c).isupper()]
    ranges: list[tuple[int, int]] = []
    for c in capitals:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(
        re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges
    )


END_MARK = re.compile(
    rf"""
    (?P<mark>[.!?]+) ["'”’»)\]]*     # the end mark, closing quotes or brackets
    \s+                             # white space
    (?= ["'“‘«„(\[]? [{capitals_class()}0-9#@] )  # and a capital, a digit or a tag starts the next
    """,
    re.VERBOSE,
)
WORD = re.compile(r"[\w.]*")  # a word with its dots ("U.S."), matched here on reversed text
WORD_WINDOW = 64  # characters read back from an end mark; a longer word is read whole
LONGEST_SENTENCE = 2000
"""Characters a sentence may hold (the longest in the annotated corpora holds about 400). A
longer run without an end mark (a table flattened into one line, a text with no full stops) is
cut at clause breaks, so that the work on each sentence, and the parse, stay linear in the
text's length."""
CLAUSE_BREAK = re.compile(
    r"""
    (?P<clause>[;,:]\s+)  # a clause ends ("1,417" has no space after its comma)
    | \s+                 # else a word ends
    """,
    re.VERBOSE,
)


@cache
def _abbreviation(lexicon: Lexicon) -> re.Pattern[str]:
    words = alternation(lexicon.words("abbreviations", "words"))
    # "a.m." or "Mr." does not end a sentence, nor does an initial ("J. Smith")
    return re.compile(rf"(?:.*\b)?(?:{words}|[A-Z])\.?")


def _word_before(line: str, end: int) -> str:
    """The word (with its dots) that ends at `end - 1`, less its last character: "U.S" of
    "U.S.". After "!" or "?" it is empty, so no abbreviation keeps that sentence open."""
    window = line[max(0, end - WORD_WINDOW) : end][::-1]
    length = WORD.match(window).end()
    if length == len(window) < end:  # the word may go on before the window
        length = WORD.match(line[:end][::-1]).end()
    return line[end - length : end - 1]


@cache
def _ordinal_day(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A day with an ordinal dot before a month ("am 24. Februar", "do 7. maja", "od 24. 2.
    2022"), in languages that write one: no sentence ends there. None for the others."""
    if "." not in lexicon.data["dates"]["ordinal_suffixes"]:
        return None
    months = lexicon.month_names()
    return re.compile(
        rf"""(?<![\d.])[0-3]?\d\.\s+{months}(?!\w)               # "24. Februar"
           | (?<![\d.])[0-3]?\d\.\x20?[01]?\d\.\x20?{YEAR}       # "24. 2. 2022": the day's dot
           | (?:(?<=\d\.\x20)|(?<=\d\.))[01]?\d\.\x20?{YEAR}    # and the month's""",
        re.VERBOSE,
    )


def _ends_sentence(line: str, mark: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether an end mark found by END_MARK ends a sentence: not after an abbreviation or an
    initial, nor after an ordinal day ("am 24. Februar")."""
    if _abbreviation(lexicon).fullmatch(_word_before(line, mark.end("mark"))):
        return False
    ordinal_day = _ordinal_day(lexicon)
    return not (
        ordinal_day is not None
        and any(ordinal_day.match(line, max(0, mark.start("mark") - k)) for k in (1, 2))
    )


def _cuts(line: str, begin: int, lexicon: Lexicon) -> list[int]:
    """Where sentences end in one line. An end mark is found first and the word before it is
    read backwards, so that the regex never tries a word that ends in no mark."""
    return [m.end() for m in END_MARK.finditer(line, begin) if _ends_sentence(line, m, lexicon)]


def sentence_bounds(line: str, lexicon: Lexicon) -> Callable[[int], tuple[int, int]]:
    """For one line, a function from a position to the bounds of the run of text between the
    sentence ends around it: the sentence there, or more (the line's indentation or list
    marker, the other pieces of an overlong sentence), never less. The end marks are found once;
    only those beside each position asked for are checked for abbreviations."""
    marks = list(END_MARK.finditer(line))
    ends = [m.end() for m in marks]
    is_end: dict[int, bool] = {}

    def ends_at(i: int) -> bool:
        if i not in is_end:
            is_end[i] = _ends_sentence(line, marks[i], lexicon)
        return is_end[i]

    def bounds(at: int) -> tuple[int, int]:
        after = bisect_right(ends, at)  # the first mark that ends after `at`
        before = next((i for i in range(after - 1, -1, -1) if ends_at(i)), None)
        following = next((i for i in range(after, len(marks)) if ends_at(i)), None)
        start = 0 if before is None else ends[before]
        return start, len(line) if following is None else ends[following]

    return bounds


LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # where str.splitlines cuts
RARE_LINE_BREAK = re.compile(r"[\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # any but "\n"


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, less its line break, as str.splitlines cuts them; found as
    they are read, so that a long text is never held as a list of lines."""
    begin = 0
    for found in LINE_BREAK.finditer(text):
        yield begin, found.start()
        begin = found.end()
    if begin < len(text):
        yield begin, len(text)


def line_sentence_spans(line: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) in `line` of each sentence of one line (no line break inside), as
    split_sentences cuts it: a sentence starts and ends beside white space or the line's ends."""
    bullet = BULLET.match(line)
    begin = bullet.end() if bullet else len(line) - len(line.lstrip())
    spans = []
    for a, b in pairwise([begin, *_cuts(line, begin, lexicon), len(line)]):
        for c, d in _within_longest(line, a, b):
            chunk = line[c:d].rstrip()
            if chunk.strip():
                spans.append((c, c + len(chunk)))
    return spans


def _within_longest(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of a sentence, or of its pieces when it is longer than LONGEST_SENTENCE: each
    cut after the last clause break (else word break) of its second half."""
    pieces = []
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        found = list(CLAUSE_BREAK.finditer(line, start + LONGEST_SENTENCE // 2, limit))
        clauses = [m.end() for m in found if m["clause"]]
        cut = (clauses or [m.end() for m in found] or [limit])[-1]
        pieces.append((start, cut))
        start = cut
    return [*pieces, (start, end)]


class Sentences(Sequence[Sentence]):
    """The sentences of a text, kept as offsets and a few numbers each: a Sentence (with its
    text) is made when it is read, so that a long text's sentences hold no copy of it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans = array("q")  # start, end of each sentence, in turn
        self._places = array("q")  # line, paragraph, indent of each sentence, in turn
        self._kinds = bytearray()  # BULLET | TITLE of each sentence
        self._last: tuple[int, Sentence] | None = None

    def append(self, start: int, end: int, place: tuple[int, int, int], kind: int) -> None:
        self._spans.extend((start, end))
        self._places.extend(place)
        self._kinds.append(kind)

    def __len__(self) -> int:
        return len(self._kinds)

    @overload
    def __getitem__(self, index: int) -> Sentence: ...

    @overload
    def __getitem__(self, index: slice) -> list[Sentence]: ...

    def __getitem__(self, index: int | slice) -> Sentence | list[Sentence]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sentence index out of range")
        if self._last is not None and self._last[0] == index:
            return self._last[1]  # a parse reads one sentence several times in a row
        start, end = self._spans[2 * index], self._spans[2 * index + 1]
        line, paragraph, indent = self._places[3 * index : 3 * index + 3]
        kind = self._kinds[index]
        sentence = Sentence(
            self.text[start:end],
            start,
            end,
            line,
            paragraph,
            indent,
            bool(kind & BULLET_KIND),
            bool(kind & TITLE_KIND),
        )
        self._last = (index, sentence)
        return sentence

    def index_at(self, offset: int) -> int:
        """The index of the sentence an offset of the text falls in (-1 before the first)."""
        return bisect_right(self._spans[0::2], offset) - 1

    def body_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence that is not the title."""
        spans = self._spans
        return [
            (spans[2 * i], spans[2 * i + 1])
            for i, kind in enumerate(self._kinds)
            if not kind & TITLE_KIND
        ]


BULLET_KIND, TITLE_KIND = 1, 2
SENTENCE_END = re.compile(r"(?<!\.)[.!?]\s*$")  # a full stop, not an ellipsis ("Kyiv...")


HYPHEN_BREAK = re.compile(r"[^\W\d_]- [^\W\d_]")  # "government-" and "controlled" on the next line
LINE_AFTER_BREAK = re.compile(r"\n[ \t\r]*\S")  # a break, then a line (its literal first: fast)
WRAP_WIDTHS = (40, 100)
"""The widths a hard-wrapped text breaks its lines at (a mail, a PDF's text), in characters."""
WRAPPED_SHARE = 0.6
"""The share of a text's line breaks inside paragraphs that must be a wrap's for it to be one."""
FULL_LINE = 0.5
"""A wrapped line fills at least this share of the width."""


def unwrapped(text: str) -> str:
    """A hard-wrapped text with the breaks of its wrapped lines made spaces ("331 civilians
    had\nbeen killed"): the same length, so every offset stands. A break is a wrap's where the
    next line's first word would not have fitted on the line, at the width of its paragraph's
    longest line; a text is wrapped when most of its breaks inside paragraphs are, at one
    width. Other texts, and list items, stay as they are."""
    if not _has_single_break(text):
        return text  # paragraphs of one line each: most texts
    lines = text.split("\n")
    breaks = _breaks_in_paragraphs(lines)
    lengths = [len(lines[i].rstrip()) for i in breaks]
    fitting = [n for n in lengths if n <= WRAP_WIDTHS[1]]
    if len(breaks) < 2 or not fitting or max(fitting) < WRAP_WIDTHS[0]:
        return text
    if sum(_wraps(lines, i, max(fitting)) for i in breaks) < WRAPPED_SHARE * len(breaks):
        return text
    widths = _paragraph_widths(lines)
    wrapped = {i for i in breaks if _wraps(lines, i, widths[i])}
    out = []
    for i, line in enumerate(lines):
        if i - 1 in wrapped and HYPHEN_BREAK.match(lines[i - 1][-2:] + " " + line):
            # the word broken at its hyphen is one again: the break's place goes after it
            word = len(line.split()[0])
            line = line[:word] + " " + line[word:]
        if i in wrapped and HYPHEN_BREAK.match(line[-2:] + " " + lines[i + 1]):
            out.append(line)  # "government-\ncontrolled"
        else:
            out.append(line + ("" if i == len(lines) - 1 else " " if i in wrapped else "\n"))
    return "".join(out)


def _has_single_break(text: str) -> bool:
    """Whether a line is followed by another of its paragraph: no blank line between them."""
    for found in LINE_AFTER_BREAK.finditer(text):
        at = found.start() - 1
        while at >= 0 and text[at] in " \t\r":
            at -= 1
        if at >= 0 and text[at] != "\n":
            return True
    return False


def _breaks_in_paragraphs(lines: list[str]) -> list[int]:
    """The lines a paragraph's next line follows, but not before a list item: " - eight deaths
    and 13 injuries - " wrapped to a line's start continues its line, where no list is."""
    breaks, listed = [], False
    for i in range(len(lines) - 1):
        if not lines[i].strip():
            listed = False
            continue
        bullet = BULLET.match(lines[i + 1])
        listed = listed or bool(BULLET.match(lines[i]))
        # "(some\n787) and August", "injured\n-- 1,577 of them": a marker's look, lower case
        # or a number after it, and no list begun
        going_on = (
            bullet is not None
            and not listed
            and not lines[i].rstrip().endswith(":")
            and _continues(lines[i + 1][bullet.end() : bullet.end() + 1])
        )
        if lines[i + 1].strip() and (not bullet or going_on):
            breaks.append(i)
    return breaks


def _continues(first: str) -> bool:
    return first.islower() or first.isdigit()


def _paragraph_widths(lines: list[str]) -> list[int]:
    """For each line, the longest line of its paragraph."""
    widths: list[int] = []
    start = 0
    for i, line in enumerate([*lines, ""]):
        if not line.strip():
            longest = max((len(x.rstrip()) for x in lines[start:i]), default=0)
            widths += [longest] * (i - start) + ([0] if i < len(lines) else [])
            start = i + 1
    return widths


def _wraps(lines: list[str], i: int, width: int) -> bool:
    n = len(lines[i].rstrip())
    return FULL_LINE * width <= n <= width and n + 1 + len(lines[i + 1].split()[0]) > width


def split_sentences(text: str, lexicon: Lexicon) -> Sentences:
    """The sentences of `text`; each line is split on its own, a list item is one sentence.

    The first line is the title when a blank line follows it and it does not end as a sentence
    does: "From 24 February to 5 June, OHCHR recorded ... injured." is a lead, not a headline.
    """
    spans = islice(line_spans(text), 2)
    first, second = next(spans, None), next(spans, None)
    first_is_title = (
        first is not None
        and second is not None
        and not text[second[0] : second[1]].strip()
        and not SENTENCE_END.search(text, first[0], first[1])
    )
    sentences = Sentences(text)
    paragraph = 0
    for number, (line_start, line_end) in enumerate(line_spans(text)):
        line = text[line_start:line_end]
        if not line.strip():
            paragraph += 1
            continue
        title = number == 0 and first_is_title
        kind = (BULLET_KIND if BULLET.match(line) else 0) | (TITLE_KIND if title else 0)
        place = (number, paragraph, len(line) - len(line.lstrip()))
        for a, b in line_sentence_spans(line, lexicon):
            sentences.append(line_start + a, line_start + b, place, kind)
    return sentences
