"""Earlier values in pairs of a comparison: "a 110 per cent increase in civilians killed (352
to 739)", set against "the October to December 2024 quarter". Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from casualties.parse.dates import MONTHS_IN_YEAR, DateMention, month_end
from casualties.parse.lexicon import Lexicon, alternation

__all__ = [
    "ChangePair",
    "change_pairs",
    "compared_period",
    "same_months_named",
    "same_period_starts",
]


@dataclass(frozen=True, slots=True)
class ChangePair:
    """A pair "(earlier to later)" after an outcome: offsets in the sentence."""

    outcome: str  # killed, injured or total
    earlier: tuple[int, int]
    later: tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Patterns:
    pair: re.Pattern[str]
    outcome: re.Pattern[str]
    same_period: re.Pattern[str] | None
    previous_period: re.Pattern[str] | None


@cache
def _patterns(lexicon: Lexicon) -> _Patterns | None:
    """The lexicon's patterns; None when it names no words for a pair."""
    words = lexicon.words
    if not words("structure", "pair_to"):
        return None
    number = r"\d[\d,.\u00a0\u202f\u2009]*"
    pair = re.compile(
        rf"""\(\s*(?:{alternation(words("structure", "pair_from"))}\s+)?  # "(from"
             (?P<earlier>{number}?\d)\s+                                  # "352"
             {alternation(words("structure", "pair_to"))}\s+               # "to"
             (?P<later>{number}?\d)\s*\)                                  # "739)"
        """,
        re.VERBOSE,
    )
    outcome = re.compile(
        "|".join(
            rf"(?P<{n}>(?<!\w){alternation(words('outcomes', n))}(?!\w))"
            for n in ("total", "killed", "injured")
        )
    )
    year_words = alternation(words("dates", "of_year"))
    same = words("dates", "same_period")
    same_period = (
        re.compile(
            rf"""(?<!\w){alternation(same)}\s+
                 (?:{year_words}\s+(?P<year>(?:19|20)\d\d)(?!\d)       # "of 2024"
                  | (?P<last>{alternation(words("dates", "last_year_alone"))}))  # "last year"
            """,
            re.VERBOSE,
        )
        if same
        else None
    )
    previous = words("dates", "previous_period")
    previous_period = re.compile(rf"(?<!\w){alternation(previous)}(?!\w)") if previous else None
    return _Patterns(pair, outcome, same_period, previous_period)


def change_pairs(
    text: str, lexicon: Lexicon, cuts_of: Callable[[str], list[int]]
) -> list[ChangePair]:
    """The pairs of a sentence whose clause names an outcome before them ("killings by 58 per
    cent (468 to 739)"); `cuts_of` gives where its list divides (asked only if a pair is there)."""
    patterns = _patterns(lexicon)
    if patterns is None or "(" not in text:
        return []
    out = []
    cuts: list[int] = []
    for pair in patterns.pair.finditer(text):
        cuts = cuts or cuts_of(text)
        low = max(c for c in cuts if c <= pair.start())
        found = list(patterns.outcome.finditer(text, low, pair.start()))
        if not found:
            continue  # "victims (866 to 1,607)": abductions too, no outcome of the tables
        outcome = next(n for n in ("total", "killed", "injured") if found[-1].group(n))
        out.append(ChangePair(outcome, pair.span("earlier"), pair.span("later")))
    return out


def compared_period(
    text: str,
    dates: list[DateMention],
    current: tuple[dt.date, dt.date],
    lexicon: Lexicon,
    *,
    published: dt.date | None,
) -> tuple[dt.date, dt.date] | None:
    """The period a sentence sets the current one against: months it names ("the October to
    December 2024 quarter"), the same months of another year ("the same quarter of 2024"), or
    the stretch as long just before ("the previous quarter"); None when it names none."""
    patterns = _patterns(lexicon)
    if patterns is None:
        return None
    named = [d for d in dates if d.kind in ("months", "month") and d.year]
    if len(named) == 1:
        d = named[0]
        first = d.first_month or d.month
        first_year = d.first_year or (d.year if first <= d.month else d.year - 1)
        return dt.date(first_year, first, 1), month_end(d.year, d.month)
    same = patterns.same_period.search(text) if patterns.same_period else None
    if same is not None:
        year = int(same["year"]) if same["year"] else (published.year - 1 if published else None)
        return _in_year(current, year) if year else None
    if patterns.previous_period is not None and patterns.previous_period.search(text):
        return _just_before(current)
    return None


def same_months_named(
    text: str,
    end: int,
    current: tuple[dt.date, dt.date],
    lexicon: Lexicon,
    *,
    published: dt.date | None,
) -> tuple[dt.date, dt.date] | None:
    """The months of `current` in the year that a phrase opening before `end` names ("In the
    same period of 2023", "the same quarter last year"); None when it names no earlier year."""
    patterns = _patterns(lexicon)
    same = patterns.same_period.search(text) if patterns and patterns.same_period else None
    if same is None or same.start() >= end:
        return None
    year = int(same["year"]) if same["year"] else (published.year - 1 if published else None)
    return _in_year(current, year) if year else None


def same_period_starts(text: str, lexicon: Lexicon) -> list[int]:
    """Where the phrases of the same months in an earlier year start ("the same period of
    2023", "the same quarter last year")."""
    patterns = _patterns(lexicon)
    if patterns is None or patterns.same_period is None:
        return []
    return [m.start() for m in patterns.same_period.finditer(text)]


def _in_year(current: tuple[dt.date, dt.date], year: int) -> tuple[dt.date, dt.date] | None:
    start, end = current
    shift = year - end.year
    if shift >= 0:
        return None
    first = start.replace(year=start.year + shift)
    return first, month_end(end.year + shift, end.month)


def _just_before(current: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """The whole months as many as the current period's, ending the month before it."""
    start, end = current
    months = (end.year - start.year) * MONTHS_IN_YEAR + end.month - start.month + 1
    if start.day != 1 or end != month_end(end.year, end.month):
        return None  # days, not whole months: no stretch as long to tell
    index = start.year * MONTHS_IN_YEAR + start.month - 1 - months
    first = dt.date(index // MONTHS_IN_YEAR, index % MONTHS_IN_YEAR + 1, 1)
    last_index = start.year * MONTHS_IN_YEAR + start.month - 2
    return first, month_end(last_index // MONTHS_IN_YEAR, last_index % MONTHS_IN_YEAR + 1)
