"""The CSV codec round-trips every published table: decode(encode(frame)) is the frame, for any
values the schema allows (nulls, booleans, dates, commas, quotes, line breaks, any script)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packaging.version import Version

from casualties.codec import column_type, decode, encode, read_strings
from casualties.errors import LoadError
from casualties.schema import PRIMARY_KEYS, TABLES

# any character a document may hold, line breaks, quotes and separators included; not NUL or
# lone surrogates, which no UTF-8 text holds
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)
DATES = st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)).map(pd.Timestamp)
VERSIONS = st.tuples(*[st.integers(0, 30)] * 3).map(lambda v: ".".join(map(str, v)))


def _values(name: str, spec: Any) -> st.SearchStrategy[Any]:
    """The values a column of this schema may hold."""
    statistics = {k: v for check in spec.checks for k, v in (check.statistics or {}).items()}
    kind = column_type(spec)
    if "allowed_values" in statistics:
        values: st.SearchStrategy[Any] = st.sampled_from(sorted(statistics["allowed_values"]))
    elif "pattern" in statistics:
        values = st.from_regex(statistics["pattern"], fullmatch=True)
    elif name == "version":
        values = VERSIONS
    elif kind == "integer":
        values = st.integers(0, 10**12)
    elif kind == "date":
        values = DATES
    elif kind == "boolean":
        values = st.booleans()
    else:
        # a nullable string is null when empty: the format has one empty cell for both
        values = TEXT.filter(bool) if spec.nullable else TEXT
    return st.none() | values if spec.nullable else values


@st.composite
def tables(draw: st.DrawFn, name: str) -> pd.DataFrame:
    schema = TABLES[name].to_schema()
    columns = {column: _values(column, spec) for column, spec in schema.columns.items()}
    rows = draw(st.lists(st.fixed_dictionaries(columns), max_size=6))
    return schema.coerce_dtype(pd.DataFrame(rows, columns=list(columns)))


@pytest.mark.parametrize("name", list(TABLES))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_table_round_trips_through_its_published_text(name: str, data: st.DataObject) -> None:
    frame = data.draw(tables(name))
    text = encode(frame, name)
    back = decode(text, name)
    order = read_strings(text)  # rows as published: by key
    assert len(back) == len(frame) == len(order)
    expected = frame.sort_values(
        PRIMARY_KEYS[name],
        key=lambda c: c.map(Version) if c.name == "version" else c,
        kind="stable",
    ).reset_index(drop=True)
    pd.testing.assert_frame_equal(back, expected)
    assert encode(back, name) == text  # and the text is a fixed point


def test_null_and_empty_are_one_empty_cell_and_read_back_as_null() -> None:
    frame = (
        TABLES["revisions"]
        .to_schema()
        .coerce_dtype(
            pd.DataFrame(
                [
                    {
                        "version": "1.0.0",
                        "document_id": "d",
                        "report": "r",
                        "column": "c",
                        "old": None,
                        "new": "x",
                    }
                ]
            )
        )
    )
    text = encode(frame, "revisions")
    assert text.splitlines()[1] == "1.0.0,d,r,c,,x"
    assert decode(text, "revisions")["old"].isna().all()


def test_a_table_of_another_version_is_named_with_its_missing_column() -> None:
    with pytest.raises(LoadError, match=r"old\.csv: no column 'new'"):
        decode("version,document_id,report,column,old\n", "revisions", source="old.csv")
