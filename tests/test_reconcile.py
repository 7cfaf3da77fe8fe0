"""Reconciliation: which reports restate a bulletin, told by example tables."""

from __future__ import annotations

import pandas as pd
import pytest
from test_schema import reports

from casualties.consistency import same_date_disagreements
from casualties.reconcile import with_restatements
from casualties.series import headline_series

BULLETIN = {"document_id": "bulletin", "kind": "bulletin", "report": "b", "as_of": "2022-04-02"}
FIGURES = {"killed": 1417, "injured": 2038, "total": 3455}


def news(as_of: str, **counts: object) -> dict:
    return {"document_id": "news", "kind": "news", "report": "n", "as_of": as_of, **counts}


def restated(*rows: dict) -> pd.Series:
    frame = with_restatements(reports(*rows))
    return frame.set_index("document_id").loc["news", ["restates", "restates_days"]]


# (what the news item says, its row, the bulletin it restates and the day difference, or None)
CASES = [
    ("the same figures a day late", news("2022-04-03", **FIGURES), ("bulletin", 1)),
    ("the same figures on the same day", news("2022-04-02", **FIGURES), ("bulletin", 0)),
    ("a day early (a cut-off misread)", news("2022-04-01", **FIGURES), ("bulletin", -1)),
    ("only some of them", news("2022-04-04", killed=1417), ("bulletin", 2)),
    ("five days late", news("2022-04-07", **FIGURES), ("bulletin", 5)),
    ("six days late: too far", news("2022-04-08", **FIGURES), None),
    ("one figure differs", news("2022-04-03", killed=1417, injured=2039), None),
    ("a figure the bulletin does not state", news("2022-04-03", killed=1417, killed_men=9), None),
    ("children only: level for days", news("2022-04-03", children_killed=121), None),
    (
        "a rounded total beside exact figures",
        news("2022-04-03", killed=1417, total=3000, approximate="total"),
        ("bulletin", 1),
    ),
    ("another area", news("2022-04-03", **FIGURES, area="Kyiv region"), None),
]


@pytest.mark.parametrize(("row", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_report_restates_the_bulletin_whose_figures_it_all_repeats(row, expected) -> None:
    found = restated({**BULLETIN, **FIGURES, "children_killed": 121}, row)
    if expected is None:
        assert found.isna().all()
    else:
        assert (found["restates"], found["restates_days"]) == expected


def test_two_bulletins_equally_near_leave_the_date_alone() -> None:
    earlier = {**BULLETIN, "document_id": "b1", "report": "b1", "as_of": "2022-04-02", "killed": 10}
    later = {**BULLETIN, "document_id": "b2", "report": "b2", "as_of": "2022-04-04", "killed": 10}
    assert restated(earlier, later, news("2022-04-03", killed=10)).isna().all()


def test_the_nearest_of_two_matching_bulletins_wins() -> None:
    near = {**BULLETIN, "document_id": "b1", "report": "b1", "as_of": "2022-04-02", "killed": 10}
    far = {**BULLETIN, "document_id": "b2", "report": "b2", "as_of": "2022-03-30", "killed": 10}
    assert tuple(restated(near, far, news("2022-04-03", killed=10))) == ("b1", 1)


def test_a_restatement_counts_on_the_bulletins_date_and_agrees_with_its_own_days() -> None:
    """The seed's case: news says 'as of 3 April' for the 2 April figures; OHCHR's own 3 April
    figures are different, and no disagreement is reported."""
    third = {
        **BULLETIN,
        "document_id": "third",
        "report": "t",
        "as_of": "2022-04-03",
        "killed": 1430,
        "injured": 2097,
        "total": 3527,
    }
    frame = with_restatements(
        reports({**BULLETIN, **FIGURES}, third, news("2022-04-03", **FIGURES))
    )
    assert same_date_disagreements(frame) == []
    series = headline_series(frame).set_index("as_of")
    assert series.loc["2022-04-02", "documents"] == "bulletin;news"
    assert series.loc["2022-04-03", "killed"] == 1430


def test_figures_matching_no_bulletin_still_disagree_with_one_of_their_date() -> None:
    frame = with_restatements(
        reports({**BULLETIN, **FIGURES}, news("2022-04-02", killed=1500, injured=2038))
    )
    (failure,) = [f for f in same_date_disagreements(frame) if f.detail.startswith("killed")]
    assert failure.documents == ("bulletin", "news")
