"""Every entry of the English lexicon does its job, one parametrised case per entry: a change
that drops a qualifier, an outcome word or a month leaves a failing case behind."""

from __future__ import annotations

import datetime as dt

import pytest

from casualties import parse_text
from casualties.parse.lexicon import load_lexicon

LEXICON = load_lexicon("en")
EXACT = ("at_least",)  # the monitor's own recorded minimum: an exact count


def one(text: str, **options: object):
    (report,) = parse_text(text, conflict="ukraine", **options)
    return report


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(LEXICON.data["qualifiers"].items()))
def test_each_qualifier_is_recorded_with_its_value(phrase: str, qualifier: str) -> None:
    report = one(f"OHCHR said {phrase} 600 civilians had been killed.")
    assert report.killed == 600 and report.evidence["killed"].qualifier == qualifier


@pytest.mark.parametrize("phrase", ["more  than", "more\u00a0than", "at \u2009least"])
def test_a_qualifier_with_other_spaces_keeps_its_qualifier(phrase: str) -> None:
    report = one(f"OHCHR said {phrase} 600 civilians had been killed.")
    assert report.evidence["killed"].qualifier is not None


@pytest.mark.parametrize("word", LEXICON.data["outcomes"]["killed"])
def test_each_killed_word_gives_a_count_its_outcome(word: str) -> None:
    texts = {
        "toll": "OHCHR said the civilian toll was 600.",
        "death toll": "OHCHR said the civilian death toll was 600.",
        "lives": "OHCHR said 600 civilians lost their lives.",
        "lost their lives": "OHCHR said 600 civilians lost their lives.",
        "fatal": "OHCHR recorded 1,200 civilian casualties, 600 of them fatal.",
    }
    report = parse_text(texts.get(word, f"OHCHR recorded 600 civilians {word}."), conflict="UA")
    assert [r.killed for r in report] == [600], word


@pytest.mark.parametrize("word", LEXICON.data["outcomes"]["injured"])
def test_each_injured_word_gives_a_count_its_outcome(word: str) -> None:
    text = f"OHCHR recorded 600 civilians {word}."
    if word.endswith("ing"):
        text = f"OHCHR said fighting went on, {word} 600 civilians."
    assert [r.injured for r in parse_text(text, conflict="UA")] == [600], word


@pytest.mark.parametrize(("name", "number"), sorted(LEXICON.data["months"].items()))
def test_each_month_name_dates_a_count(name: str, number: int) -> None:
    report = one(f"OHCHR recorded 600 civilians killed as of 15 {name} 2023.")
    assert report.as_of == dt.date(2023, number, 15)


def test_nearly_is_no_exact_count() -> None:
    report = one("OHCHR said nearly 600 civilians had been killed as of 3 March 2022.")
    assert report.evidence["killed"].qualifier == "nearly"
    assert report.evidence["killed"].qualifier not in EXACT


@pytest.mark.parametrize("separator", [",", " ", "\u00a0", "\u2009", "\u202f", "."])
def test_each_thousands_separator_groups_digits(separator: str) -> None:
    assert one(f"OHCHR recorded 1{separator}417 civilians killed.").killed == 1417


def test_a_round_count_of_another_date_stays_beside_an_exact_one() -> None:
    """'1,000 ... as of 1 March' is a count of its own date, not a rounding of 1,417."""
    reports = parse_text(
        "OHCHR recorded 1,000 civilians killed as of 1 March 2022 and 1,417 as of 2 April 2022.",
        conflict="UA",
    )
    assert {(r.as_of, r.killed) for r in reports} == {
        (dt.date(2022, 3, 1), 1000),
        (dt.date(2022, 4, 2), 1417),
    }
