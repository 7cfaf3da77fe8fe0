"""Property tests: the parser never crashes, and generated bulletin sentences parse back."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from casualties import parse_text

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = [
    "OHCHR",
    "killed",
    "injured",
    "casualties",
    "children",
    "(",
    ")",
    ",",
    ":",
    "and",
    "as of",
    "from",
    "to",
    "between",
    "including",
    "men",
    "women",
    "of them",
    "1,417",
    "24 February",
    "2022",
    "March",
    "at least",
    "more than",
    "--",
    "\n",
    "- ",
    "UN",
    "%",
]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    parse_text(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS) | st.integers(0, 10**6).map(str), max_size=40).map(" ".join),
    st.none() | st.dates(dt.date(2022, 3, 1), dt.date(2026, 1, 1)),
)
def test_text_made_of_casualty_words_never_raises(text: str, published: dt.date | None) -> None:
    for report in parse_text(text, published=published):
        for name, evidence in report.evidence.items():
            assert text[evidence.start : evidence.end] == evidence.text, name


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=200, deadline=None)
@given(
    killed=st.integers(1, 99_999),
    injured=st.integers(1, 99_999),
    as_of=st.dates(dt.date(2022, 3, 1), dt.date(2025, 12, 31)),
    sep=st.sampled_from([",", " ", "\u00a0", "\u2009"]),
    day_first=st.booleans(),
)
def test_generated_bulletin_sentence_parses_back(killed, injured, as_of, sep, day_first) -> None:
    day = (
        f"{as_of.day} {MONTHS[as_of.month - 1]} {as_of.year}"
        if day_first
        else f"{MONTHS[as_of.month - 1]} {as_of.day}, {as_of.year}"
    )
    text = (
        f"From 24 February 2022 to {day}, OHCHR recorded {_grouped(killed + injured, sep)} "
        f"civilian casualties in the country: {_grouped(killed, sep)} killed and "
        f"{_grouped(injured, sep)} injured."
    )
    (report,) = parse_text(text)
    assert (report.period_start, report.as_of) == (dt.date(2022, 2, 24), as_of)
    assert report.counts() == {"killed": killed, "injured": injured, "total": killed + injured}
