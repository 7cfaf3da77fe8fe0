"""The published CSV format, both ways: a table to the text we publish and that text back to a
typed table, by the table's schema. Pure: text in, text out (publish writes, load reads).

One codec for the build and for load(), so that what load() returns is what the build held:
`decode(encode(frame, name), name)` is the frame, sorted by its key (property-tested).
"""

from __future__ import annotations

import io
from typing import Any

import pandas as pd
from packaging.version import Version

from casualties.errors import LoadError
from casualties.schema import PRIMARY_KEYS, TABLES

__all__ = ["COLUMN_TYPES", "column_type", "decode", "encode", "read_strings", "typed"]

COLUMN_TYPES = {
    "Int64": "integer",
    "datetime64[ns]": "date",
    "bool": "boolean",
    "string[python]": "string",
    "str": "string",
}
"""The Frictionless type of each pandas dtype the schemas use."""
BOOLEANS = {True: "true", False: "false"}
NULL = ""  # a null cell is empty: no "NA" or "nan" a reader might take for a value
DATE_FORMAT = "%Y-%m-%d"


def column_type(spec: Any) -> str:
    """The published type of a schema column: integer, date, boolean or string."""
    return COLUMN_TYPES[str(spec.dtype)]


def _sort_key(column: pd.Series) -> pd.Series:
    return column.map(Version) if column.name == "version" else column


def encode(frame: pd.DataFrame, name: str) -> str:
    """The table as published: schema column order, rows by key, ISO dates, '' for null, \\n."""
    schema = TABLES[name].to_schema()
    out = frame[list(schema.columns)].copy()
    for column, spec in schema.columns.items():
        kind = column_type(spec)
        if kind == "date":
            out[column] = pd.to_datetime(out[column]).dt.strftime(DATE_FORMAT)
        elif kind == "boolean":
            out[column] = out[column].map(BOOLEANS)
    out = out.sort_values(PRIMARY_KEYS[name], key=_sort_key, kind="stable")
    return out.to_csv(index=False, lineterminator="\n", na_rep=NULL)


def read_strings(text: str) -> pd.DataFrame:
    """A published table as its cells' strings: '' stays '', so that two versions compare as
    published."""
    # rows end at \n alone, as encode writes them: a carriage return is a cell's character
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, lineterminator="\n")


def typed(strings: pd.DataFrame, name: str, *, source: object) -> pd.DataFrame:
    """A table read as strings, typed by its schema (not validated): '' is null in a nullable
    column, true/false are booleans, dates are datetimes. LoadError names a missing column."""
    schema = TABLES[name].to_schema()
    frame = strings.copy()
    for column, spec in schema.columns.items():
        if column not in frame:
            raise LoadError(f"{source}: no column {column!r}; is it a table of another version?")
        kind = column_type(spec)
        if kind == "boolean":
            frame[column] = frame[column].map({v: k for k, v in BOOLEANS.items()})
        elif spec.nullable or kind != "string":
            frame[column] = frame[column].mask(frame[column] == NULL)
    return schema.coerce_dtype(frame)


def decode(text: str, name: str, *, source: object = "<text>") -> pd.DataFrame:
    """A published table's text as a typed table (not validated)."""
    return typed(read_strings(text), name, source=source)
