"""Split text into sentences with their offsets, lines and paragraphs. Pure: no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from casualties.parse.lexicon import Lexicon, alternation

__all__ = ["Sentence", "split_sentences"]

BULLET = re.compile(
    r"""
    ^(?P<indent>[ \t]*)                # indentation tells nesting
    (?P<marker>[-*•o–—]{1,2}|\d+[.)])  # "-", "--", "o", "•", "1."
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


BOUNDARY = re.compile(
    r"""
    (?P<word>[\w.]*)             # the word before the end mark (abbreviations are checked)
    [.!?]+ ["'”’)\]]*            # the end mark, closing quotes or brackets
    \s+                          # white space
    (?= ["'“‘(\[]? [A-Z0-9#@] )  # and a capital, a digit or a tag starts the next
    """,
    re.VERBOSE,
)


@cache
def _abbreviation(lexicon: Lexicon) -> re.Pattern[str]:
    words = alternation(lexicon.words("abbreviations", "words"))
    # "a.m." or "Mr." does not end a sentence, nor does an initial ("J. Smith")
    return re.compile(rf"(?:.*\b)?(?:{words}|[A-Z])\.?")


def _cuts(line: str, begin: int, lexicon: Lexicon) -> list[int]:
    abbreviation = _abbreviation(lexicon)
    return [
        m.end()
        for m in BOUNDARY.finditer(line, begin)
        if not (line[m.end("word")] == "." and abbreviation.fullmatch(m["word"]))
    ]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line.rstrip("\r\n"))))
        start += len(line)
    return spans


def split_sentences(text: str, lexicon: Lexicon) -> list[Sentence]:
    """The sentences of `text`; each line is split on its own, a list item is one sentence.

    The first line is the title when a blank line follows it.
    """
    spans = _lines(text)
    sentences: list[Sentence] = []
    paragraph = 0
    for number, (line_start, line_end) in enumerate(spans):
        line = text[line_start:line_end]
        if not line.strip():
            paragraph += 1
            continue
        bullet = BULLET.match(line)
        indent = len(line) - len(line.lstrip())
        title = number == 0 and len(spans) > 1 and not text[spans[1][0] : spans[1][1]].strip()
        begin = bullet.end() if bullet else indent
        cuts = [begin, *_cuts(line, begin, lexicon), len(line)]
        for a, b in pairwise(cuts):
            chunk = line[a:b].rstrip()
            if chunk.strip():
                sentences.append(
                    Sentence(
                        text=chunk,
                        start=line_start + a,
                        end=line_start + a + len(chunk),
                        line=number,
                        paragraph=paragraph,
                        indent=indent,
                        bullet=bool(bullet),
                        title=title,
                    )
                )
    return sentences
