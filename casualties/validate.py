"""Run a table's pandera model lazily and turn every failure into a Failure naming its row. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from casualties.report import COUNT_FIELDS, DATE_FIELDS
from casualties.schema import CHECK_FIELDS

__all__ = ["Failure", "schema_failures"]

SHOWN_FIELDS = (*DATE_FIELDS, "published", *COUNT_FIELDS)
"""The values a failure of a row check quotes: its dates and its stated counts."""


@dataclass(frozen=True, order=True)
class Failure:
    """One broken rule: the documents involved, the report (or series date), the values, and
    the count fields the rule is about (empty: all of them)."""

    rule: str
    documents: tuple[str, ...]
    report: str
    detail: str
    fields: tuple[str, ...] = field(default=(), compare=False)

    def message(self, files: Mapping[str, str]) -> str:
        """One line naming the files, the rule, the report and the values."""
        where = ", ".join(files.get(d, d) for d in self.documents) or "(table)"
        report = f" [{self.report}]" if self.report else ""
        return f"{where}: {self.rule}{report}: {self.detail}"


def _value(value: object) -> str:
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def _row_failure(rule: str, row: pd.Series) -> Failure:
    if "document_id" in row:
        documents, report = (str(row["document_id"]),), str(row.get("report", ""))
    else:  # a series row: every document that gave the date
        documents = tuple(str(row["documents"]).split(";"))
        report = _value(row["as_of"])
    shown = [f"{c}={_value(row[c])}" for c in SHOWN_FIELDS if c in row and pd.notna(row[c])]
    detail = ", ".join(shown) or "no stated values"
    return Failure(rule, documents, report, detail, CHECK_FIELDS.get(rule, ()))


def _case_failure(case: pd.Series, frame: pd.DataFrame) -> Failure:
    """A column check (range, category, dtype) or a key check on one value."""
    rule = f"{case['column']}: {case['check']}" if case["column"] else str(case["check"])
    detail = f"{case['column']}={case['failure_case']}"
    index = case["index"]
    if pd.isna(index) or index not in frame.index:
        return Failure(rule, (), "", detail)
    row_failure = _row_failure(rule, frame.loc[index])
    return Failure(rule, row_failure.documents, row_failure.report, detail)


def schema_failures(frame: pd.DataFrame, model: type[pa.DataFrameModel]) -> list[Failure]:
    """Every failure of the model's checks on frame (lazy: all of them, not the first)."""
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    else:
        return []
    dataframe_checks = {check.name for check in model.to_schema().checks}
    failures: set[Failure] = set()
    for _, case in cases.iterrows():
        if case["check"] in dataframe_checks and case["index"] in frame.index:
            failures.add(_row_failure(str(case["check"]), frame.loc[case["index"]]))
        else:
            failures.add(_case_failure(case, frame))
    return sorted(failures)
