"""One vocabulary: the Report's counts, both schemas' count blocks, the long view's slots and the
parser's fields all come from casualties.vocabulary, so that adding a group is one edit."""

from __future__ import annotations

import dataclasses

import pytest

from casualties.parse.assemble import _slot
from casualties.report import FRAME_FIELDS, Report
from casualties.schema import FiguresSchema, ReportsSchema, SeriesSchema
from casualties.vocabulary import (
    BREAKDOWN_GROUPS,
    COUNT_FIELDS,
    GROUPED_OUTCOMES,
    GROUPS,
    MEANINGS,
    OUTCOMES,
    count_field,
    figure_slot,
)


def _count_block(model: type) -> list[str]:
    columns = list(model.to_schema().columns)
    return [c for c in columns if c in COUNT_FIELDS]


def test_report_fields_are_the_frame_then_every_count() -> None:
    names = [f.name for f in dataclasses.fields(Report)]
    assert names == [*(n for n, _, _ in FRAME_FIELDS), *COUNT_FIELDS, "evidence", "dropped"]


@pytest.mark.parametrize("model", [ReportsSchema, SeriesSchema])
def test_each_count_table_has_every_count_in_one_block(model: type) -> None:
    columns = list(model.to_schema().columns)
    first = columns.index(COUNT_FIELDS[0])
    assert columns[first : first + len(COUNT_FIELDS)] == list(COUNT_FIELDS)


def test_every_count_is_an_outcome_and_group_of_the_long_view() -> None:
    figures = FiguresSchema.to_schema().columns
    outcomes = set(figures["outcome"].checks[0].statistics["allowed_values"])
    groups = set(figures["group"].checks[0].statistics["allowed_values"])
    for field in COUNT_FIELDS:
        outcome, group = figure_slot(field)
        assert (outcome in outcomes, group in groups) == (True, True)
        assert count_field(outcome, group) == field
    assert outcomes == set(OUTCOMES) and groups == set(GROUPS)


def test_each_grouped_outcome_has_children_and_every_breakdown_group() -> None:
    expected = {
        *OUTCOMES,
        *(f"children_{o}" for o in GROUPED_OUTCOMES),
        *(f"{o}_{g}" for o in GROUPED_OUTCOMES for g in BREAKDOWN_GROUPS),
    }
    assert set(COUNT_FIELDS) == expected and len(COUNT_FIELDS) == len(expected)


@pytest.mark.parametrize(
    ("group", "outcome", "field"),
    [
        ("all", "total", "total"),
        ("children", "total", None),  # no field counts children's casualties together
        ("adults", "killed", None),  # adults of known sex: men and women, which the text says
        ("adults_unknown_sex", "injured", "injured_adults_unknown_sex"),
        ("children", "killed", "children_killed"),
        ("boys", None, None),
    ],
)
def test_a_mention_fills_a_count_field_only(
    group: str, outcome: str | None, field: str | None
) -> None:
    assert _slot(group, outcome) == field


def test_every_count_has_a_meaning_in_the_data_dictionary() -> None:
    described = ReportsSchema.to_schema().columns
    for field in COUNT_FIELDS:
        assert described[field].description.startswith(MEANINGS[field])
