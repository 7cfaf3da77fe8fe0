"""Each check of the published tables rejects a crafted bad frame, and the failure names it."""

from __future__ import annotations

import pandas as pd
import pytest

from casualties.schema import FiguresSchema, ReportsSchema, SeriesSchema
from casualties.validate import schema_failures

DATES = ("published", "period_start", "as_of")


def reports(*rows: dict) -> pd.DataFrame:
    """A ReportsSchema frame: each row a valid, empty report of document d, overridden by row."""
    base = dict.fromkeys(ReportsSchema.to_schema().columns)
    base.update(
        document_id="d",
        report="cumulative:national:2022-03-03",
        source_url="https://example.org/d",
        published="2022-03-04",
        kind="bulletin",
        language="en",
        country="UA",
        monitoring_body="OHCHR",
        scope="cumulative",
        period_start="2022-02-24",
        as_of="2022-03-03",
        known_issue=False,
        method="parsed",
    )
    frame = pd.DataFrame([{**base, **row} for row in rows])
    for column in DATES:
        frame[column] = pd.to_datetime(frame[column])
    return ReportsSchema.to_schema().coerce_dtype(frame)


# (what is wrong, the row, the rule that must name it)
BAD_REPORTS = [
    (
        "killed + injured != total",
        {"killed": 1, "injured": 2, "total": 4},
        "total_is_killed_plus_injured",
    ),
    ("killed above the total", {"killed": 5, "total": 4}, "killed_and_injured_within_total"),
    (
        "a complete breakdown that misses its total",
        {
            "killed": 10,
            "killed_men": 1,
            "killed_women": 1,
            "killed_boys": 1,
            "killed_girls": 1,
            "killed_adults_unknown_sex": 1,
        },
        "breakdown_adds_up",
    ),
    (
        "groups above their total",
        {"injured": 3, "injured_men": 2, "injured_women": 2},
        "breakdown_within_total",
    ),
    (
        "boys + girls + unknown sex != children",
        {
            "children_killed": 5,
            "killed_boys": 1,
            "killed_girls": 1,
            "killed_children_unknown_sex": 1,
        },
        "children_add_up",
    ),
    ("more children than killed", {"killed": 3, "children_killed": 4}, "children_within_total"),
    (
        "boys and girls above the children killed",
        {"children_killed": 3, "killed_boys": 2, "killed_girls": 2},
        "children_within_total",
    ),
    (
        "a period that ends before it starts",
        {"period_start": "2022-03-05"},
        "period_starts_before_as_of",
    ),
    (
        "figures to a day after publication",
        {"published": "2022-03-01"},
        "as_of_not_after_published",
    ),
    ("a negative count", {"killed": -1}, "killed: greater_than_or_equal_to(0)"),
    ("an unknown kind", {"kind": "rumour"}, "kind: isin"),
]


@pytest.mark.parametrize(
    ("row", "rule"), [c[1:] for c in BAD_REPORTS], ids=[c[0] for c in BAD_REPORTS]
)
def test_reports_check_rejects_a_bad_row_and_names_it(row, rule) -> None:
    (failure,) = schema_failures(reports({}, {**row, "report": "bad"}), ReportsSchema)
    assert failure.rule.startswith(
        rule
    )  # a category check carries its categories: "kind: isin(...)"
    assert (failure.documents, failure.report) == (("d",), "bad")


GOOD_REPORTS = [
    ("nothing stated", {}),
    (
        "a consistent bulletin",
        {
            "killed": 331,
            "injured": 675,
            "total": 1006,
            "children_killed": 19,
            "killed_boys": 7,
            "killed_girls": 3,
            "killed_children_unknown_sex": 9,
        },
    ),
    ("a partial breakdown below its total", {"killed": 10, "killed_men": 4, "killed_women": 3}),
    (
        "a complete breakdown with no children of unknown sex",
        {
            "killed": 5,
            "killed_men": 1,
            "killed_women": 1,
            "killed_boys": 1,
            "killed_girls": 1,
            "killed_adults_unknown_sex": 1,
        },
    ),
    (
        "a rounded total ('more than 3,000')",
        {"killed": 1179, "injured": 1860, "total": 3000, "approximate": "total"},
    ),
    ("no publication date", {"published": None}),
]


@pytest.mark.parametrize("row", [c[1] for c in GOOD_REPORTS], ids=[c[0] for c in GOOD_REPORTS])
def test_reports_checks_pass_stated_consistent_or_unstated_values(row) -> None:
    assert schema_failures(reports(row), ReportsSchema) == []


def test_duplicate_report_keys_are_rejected() -> None:
    failures = schema_failures(reports({}, {}), ReportsSchema)
    assert {f.rule for f in failures} == {
        "document_id: multiple_fields_uniqueness",
        "report: multiple_fields_uniqueness",
    }


def test_a_failure_quotes_the_values_it_concerns() -> None:
    (failure,) = schema_failures(reports({"killed": 1, "injured": 2, "total": 4}), ReportsSchema)
    assert "killed=1, injured=2, total=4" in failure.detail
    assert failure.message({"d": "data/raw/d.txt"}).startswith(
        "data/raw/d.txt: total_is_killed_plus_injured [cumulative:national:2022-03-03]"
    )


def series(*rows: dict) -> pd.DataFrame:
    base = dict.fromkeys(SeriesSchema.to_schema().columns)
    frame = pd.DataFrame(
        [
            {**base, "country": "UA", "monitoring_body": "OHCHR", "documents": "d", **row}
            for row in rows
        ]
    )
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    frame["total_stated"] = frame["total"].notna()
    return SeriesSchema.to_schema().coerce_dtype(frame)


def test_series_rejects_a_falling_cumulative_count() -> None:
    frame = series(
        {"as_of": "2022-03-03", "killed": 331, "documents": "a"},
        {"as_of": "2022-03-10", "killed": 300, "documents": "b"},
    )
    (failure,) = schema_failures(frame, SeriesSchema)
    assert (failure.rule, failure.documents, failure.report) == (
        "cumulative_never_falls",
        ("b",),
        "2022-03-10",
    )


def test_series_lets_counts_of_unknown_sex_fall_as_sex_is_established() -> None:
    frame = series(
        {"as_of": "2022-05-26", "killed_children_unknown_sex": 69},
        {"as_of": "2022-06-23", "killed_children_unknown_sex": 41},
    )
    assert schema_failures(frame, SeriesSchema) == []


def test_series_compares_a_country_only_with_itself() -> None:
    frame = series(
        {"country": "UA", "as_of": "2022-03-03", "killed": 331, "documents": "a"},
        {"country": "AF", "as_of": "2022-03-10", "killed": 30, "documents": "b"},
        {"country": "UA", "as_of": "2022-03-17", "killed": 300, "documents": "c"},
    )
    (failure,) = schema_failures(frame, SeriesSchema)
    assert (failure.rule, failure.documents) == ("cumulative_never_falls", ("c",))


def test_series_skips_unstated_values_when_comparing_dates() -> None:
    frame = series(
        {"as_of": "2022-03-03", "killed": 331},
        {"as_of": "2022-03-10"},
        {"as_of": "2022-03-17", "killed": 400},
    )
    assert schema_failures(frame, SeriesSchema) == []


def test_figures_reject_an_empty_span() -> None:
    frame = pd.DataFrame(
        [
            {
                "document_id": "d",
                "report": "r",
                "outcome": "killed",
                "group": "all",
                "value": 1,
                "qualifier": None,
                "text": "1",
                "char_start": 5,
                "char_end": 5,
                "method": "parsed",
            }
        ]
    )
    frame = FiguresSchema.to_schema().coerce_dtype(frame)
    assert [f.rule for f in schema_failures(frame, FiguresSchema)] == ["span_is_not_empty"]
