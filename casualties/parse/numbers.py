"""Find numbers as people write them (digits with any grouping, number words). Pure: no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from casualties.parse.lexicon import Lexicon, alternation

__all__ = ["NumberToken", "find_numbers", "number_words", "number_words_value"]

# Characters that group thousands: comma, space, no-break space, narrow no-break and thin space.
GROUP_SPACE = "[ \u00a0\u202f\u2009]"

DIGITS = re.compile(
    rf"""
    (?<![\w.,:/+#-])                        # not inside a word, a decimal, a time, a date or a phone
    (?P<digits>
        [1-9]\d{{0,2}}(?:,\d{{3}})+         # 1,417
      | [1-9]\d{{0,2}}(?:{GROUP_SPACE}\d{{3}})+ (?!\d|,\d)  # 1 417 (space-grouped)
      | [1-9]\d{{0,2}}(?:\.\d{{3}})+ (?!\d|,\d) # 1.417 (dot-grouped)
      | [1-9]\d{{0,2}}(?:['’]\d{{3}})+ (?!\d|,\d)  # 50'000 (apostrophe-grouped, as in Switzerland)
      | \d+                                 # 9614
    )
    (?P<decimal>\.\d+(?!\d)|,\d{{1,2}}(?!\d))?  # 69.5, "10,5 tys.": a fraction, a count only in thousands
    (?![\w]|[.,:]\d)                        # not followed by letters, a time or more digits
    """,
    re.VERBOSE,
)


NOT_DIGIT = re.compile(r"\D")  # group separators, dropped to read the value

# "560+", "10k+", "3,000-plus": a lower bound written after the number, part of its token
PLUS_AFTER = re.compile(r"\+(?![\w+])|-plus(?![\w-])")


@dataclass(frozen=True, slots=True)
class NumberToken:
    """A number in the text: its value (None for a fraction), the text as written, its offsets."""

    value: int | None
    text: str
    start: int
    end: int
    is_word: bool = False


def _digit_value(digits: str, decimal: str | None) -> int | None:
    if decimal:
        return None
    return int(NOT_DIGIT.sub("", digits))


@cache
def number_words(lexicon: Lexicon) -> re.Pattern[str]:
    """Runs of number words ("two hundred and one"), compiled once per lexicon."""
    numbers = lexicon.data["numbers"]
    word = alternation(
        [*numbers["units"], *numbers["tens"], *numbers["hundred"], *numbers["scales"]]
    )
    joiner = alternation(numbers["joiners"])
    run_together = "| " if numbers["compounds"] else ""  # "zehntausend", "diecimila"
    return re.compile(
        rf"""
        (?<![\w-])
        {word}                               # "one"
        (?: (?:\s+{joiner}\s+ | \s+ | - {run_together}) {word} )*   # " hundred and two", "-one"
        (?![\w-])
        """,
        re.VERBOSE,
    )


def _run_together(word: str, known: set[str]) -> list[str]:
    """A word written as number words run together, split into them ("zehntausend": "zehn",
    "tausend"); the word alone when it is no such run.

    >>> _run_together("zehntausend", {"zehn", "tausend"})
    ['zehn', 'tausend']
    """
    splits: dict[int, list[str]] = {0: []}
    for end in range(1, len(word) + 1):
        start = next((a for a in range(end) if a in splits and word[a:end] in known), None)
        if start is not None:
            splits[end] = [*splits[start], word[start:end]]
    return splits.get(len(word), [word])


def number_words_value(text: str, lexicon: Lexicon) -> int | None:
    """The value of a run of number words, or None when the run is not a well-formed number.

    >>> from casualties.parse.lexicon import load_lexicon
    >>> number_words_value("one hundred and two", load_lexicon("en"))
    102
    >>> number_words_value("twenty-one", load_lexicon("en"))
    21
    """
    numbers = lexicon.data["numbers"]
    units, tens = numbers["units"], numbers["tens"]
    hundreds, scales = set(numbers["hundred"]), numbers["scales"]
    joiners = {j.lower() for j in numbers["joiners"]}
    total = current = 0
    previous = ""
    words = [w.lower() for w in re.split(r"[\s-]+", text.strip())]
    if numbers["compounds"]:
        known = {w.lower() for w in (*units, *tens, *hundreds, *scales, *joiners)}
        words = [part for w in words for part in _run_together(w, known)]
    for word in words:
        if word in joiners:
            if previous not in ("hundred", "scale"):
                return None
            previous = "and"
        elif word in units or word in tens:
            value = units.get(word, tens.get(word))
            if previous in ("unit", "teen") or (previous == "tens" and word in tens):
                return None
            if previous == "tens" and value >= 10:
                return None
            current += value
            previous = "tens" if word in tens else ("teen" if value >= 10 else "unit")
        elif word in hundreds:
            if current == 0 or current >= 100:
                return None
            current *= 100
            previous = "hundred"
        elif word in scales:
            if current == 0:
                return None
            total += current * scales[word]
            current = 0
            previous = "scale"
        else:
            return None
    if previous == "and":
        return None
    return total + current


def _longest_numbers(run: re.Match[str], lexicon: Lexicon) -> list[NumberToken]:
    """Cut a run of number words into the longest well-formed numbers: "seven and nine" is two."""
    words = [(w.start(), w.end()) for w in re.finditer(r"[^\s-]+", run.group())]
    tokens, i = [], 0
    while i < len(words):
        for j in range(len(words), i, -1):
            piece = run.group()[words[i][0] : words[j - 1][1]]
            value = number_words_value(piece, lexicon)
            if value is not None:
                start = run.start() + words[i][0]
                tokens.append(NumberToken(value, piece, start, start + len(piece), is_word=True))
                i = j
                break
        else:
            i += 1
    return tokens


@cache
def _digit_scale(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A scale word right after digits ("8 тис.", "7 mil"), or None where the language has none."""
    scales = lexicon.data["numbers"]["digit_scales"]
    if not scales:
        return None
    return re.compile(rf"[ \u00a0\u202f\u2009]+(?P<scale>{alternation(list(scales))})(?!\w)")


@cache
def _attached_scale(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Digits with a scale word written onto them ("10mila", "18.5k"), or None where the
    language has no scale words."""
    scales = lexicon.data["numbers"]["digit_scales"]
    if not scales:
        return None
    return re.compile(
        rf"""(?<![\w.,:/+#-])
             (?P<digits>[1-9]\d{{0,2}})        # "10", "18"
             (?P<decimal>[.,]\d)?              # ".5": "18.5k" is 18,500
             (?P<scale>{alternation(list(scales))})(?!\w)  # "k", "mila"
        """,
        re.VERBOSE,
    )


@cache
def _scale_factor(lexicon: Lexicon, word: str) -> int:
    """The factor of a scale word as found (a stem's entry matches its every ending)."""
    scales = lexicon.data["numbers"]["digit_scales"]
    return next(v for k, v in scales.items() if re.fullmatch(alternation([k]), word))


def _digits(found: re.Match[str], text: str, lexicon: Lexicon) -> NumberToken:
    """A number in digits, times the scale word after it: "8 тис." is 8,000 and "12,3 тис."
    12,300 as stated; a fraction with no scale word ("69.5") is never a count."""
    value = _digit_value(found["digits"], found["decimal"])
    scale_after = _digit_scale(lexicon)
    scaled = scale_after.match(text, found.end()) if scale_after else None
    if scaled is None:
        return _token(value, text, found.start(), found.end())
    factor = _scale_factor(lexicon, scaled["scale"].lower())
    if found["decimal"]:
        value = _scaled_fraction(found["digits"], found["decimal"], factor)
    elif value is not None:
        value *= factor
    return _token(value, text, found.start(), scaled.end())


def _token(value: int | None, text: str, start: int, end: int) -> NumberToken:
    """A number in digits from `start` to `end`, with a plus sign after it ("560+")."""
    plus = PLUS_AFTER.match(text, end)
    end = plus.end() if plus else end
    return NumberToken(value, text[start:end], start, end)


def _scaled_fraction(digits: str, decimal: str, factor: int) -> int | None:
    """ "10,5 tys.": a fraction of a scale that comes to a whole number, as stated.

    >>> _scaled_fraction("10", ",5", 1000)
    10500
    >>> _scaled_fraction("1", ".2345", 1000) is None
    True
    """
    places = len(decimal) - 1
    stated = int(NOT_DIGIT.sub("", digits) + decimal[1:]) * factor
    return stated // 10**places if stated % 10**places == 0 else None


def find_numbers(
    text: str, lexicon: Lexicon, *, start: int = 0, end: int | None = None
) -> list[NumberToken]:
    """Every number in `text` (between `start` and `end`, with the text around them read as
    context), in order of position, digits and words alike."""
    end = len(text) if end is None else end
    found = [_digits(m, text, lexicon) for m in DIGITS.finditer(text, start, end)]
    attached = _attached_scale(lexicon)
    for m in attached.finditer(text, start, end) if attached is not None else ():
        factor = _scale_factor(lexicon, m["scale"].lower())
        value = (
            _scaled_fraction(m["digits"], m["decimal"], factor)
            if m["decimal"]
            else int(m["digits"]) * factor
        )
        found.append(_token(value, text, m.start(), m.end()))
    for m in number_words(lexicon).finditer(text, start, end):
        found.extend(_longest_numbers(m, lexicon))
    return sorted(found, key=lambda n: n.start)
