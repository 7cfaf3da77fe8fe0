"""The seed article must always parse right: OHCHR's figures, and no other number."""

from __future__ import annotations

import datetime as dt

from conftest import SEEDS

from casualties import parse_document, read_document


def test_seed_gives_ohchr_figures_as_of_3_april_2022_and_nothing_else() -> None:
    reports = parse_document(read_document(SEEDS / "000_9e5707ed8e3f83c7.txt"))
    assert len(reports) == 1
    report = reports[0]
    assert report.as_of == dt.date(2022, 4, 3)
    assert report.counts() == {
        "total": 3455,
        "killed": 1417,
        "injured": 2038,
        "children_killed": 121,
        "children_injured": 171,
    }
    assert report.scope == "cumulative" and report.area is None and report.period_start is None


def test_seed_evidence_quotes_the_figures_as_written() -> None:
    document = read_document(SEEDS / "000_9e5707ed8e3f83c7.txt")
    report = parse_document(document)[0]
    assert {k: e.text for k, e in report.evidence.items()} == {
        "total": "3,455",
        "killed": "1,417",
        "injured": "2,038",
        "children_killed": "121",
        "children_injured": "171",
        "as_of": "April 3",
    }
