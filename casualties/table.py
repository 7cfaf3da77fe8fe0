"""Reports to DataFrames in schema column order: documents, reports, and the long figures view. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd
import pandera.pandas as pa

from casualties.report import Report
from casualties.schema import ROUNDED_QUALIFIERS, DocumentsSchema, FiguresSchema, ReportsSchema
from casualties.vocabulary import COUNT_FIELDS, NATIONWIDE, figure_slot

if TYPE_CHECKING:  # a type only: the tables are made without the raw reader's imports
    from casualties.raw import RawDocument

__all__ = [
    "ParsedDocument",
    "approximate_fields",
    "documents_frame",
    "figures_frame",
    "report_keys",
    "reports_frame",
]

NOT_SLUG = re.compile(r"[^a-z0-9]+")  # runs of anything but letters and digits become one '-'


@dataclass(frozen=True)
class ParsedDocument:
    """A raw document and the reports parsed from it."""

    raw: RawDocument
    reports: list[Report]
    unread: str | None = None  # why it gave no reports a user should hear of (parse.UNTOLD, ...)


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def report_key(report: Report) -> str:
    """A readable key from what identifies a report: scope, area and period.

    >>> import datetime as dt
    >>> report_key(Report(area="Donetsk and Luhansk regions", as_of=dt.date(2022, 7, 31)))
    'cumulative:donetsk-and-luhansk-regions:2022-07-31'
    """
    area = NOT_SLUG.sub("-", report.area.lower()).strip("-") if report.area else NATIONWIDE
    period = _iso(report.as_of) or "undated"
    if report.scope != "cumulative":
        period = f"{_iso(report.period_start)}..{_iso(report.as_of)}"
    return f"{report.scope}:{area}:{period}"


def report_keys(reports: Sequence[Report]) -> list[str]:
    """Keys for a document's reports, made unique with ~2, ~3 in order of appearance."""
    keys: list[str] = []
    for report in reports:
        key, n = report_key(report), 1
        while (key if n == 1 else f"{key}~{n}") in keys:
            n += 1
        keys.append(key if n == 1 else f"{key}~{n}")
    return keys


def approximate_fields(report: Report) -> str | None:
    """The count fields stated as a round bound or an estimate, ';'-separated; None if none."""
    fields = [
        name
        for name in COUNT_FIELDS
        if name in report.evidence and report.evidence[name].qualifier in ROUNDED_QUALIFIERS
    ]
    return ";".join(fields) or None


def _published(raw: RawDocument) -> pd.Timestamp | None:
    published = raw.document.published
    return pd.Timestamp(published) if published else None


def documents_frame(parsed: Sequence[ParsedDocument], *, flagged: set[str]) -> pd.DataFrame:
    """One row per raw document, in DocumentsSchema column order (dtypes set by validation)."""
    rows = [
        {
            "document_id": p.raw.document_id,
            "raw_file": p.raw.raw_file,
            "sha256": p.raw.sha256,
            "bytes": p.raw.size,
            "source_url": p.raw.document.source_url,
            "published": _published(p.raw),
            "kind": p.raw.kind,
            "language": p.raw.document.language,
            "reports": len(p.reports),
            "known_issue": p.raw.document_id in flagged,
            "method": p.raw.method,
            "kind_stated": p.raw.kind_stated,
            "language_stated": p.raw.language_stated,
        }
        for p in parsed
    ]
    return _frame(rows, DocumentsSchema)


def reports_frame(parsed: Sequence[ParsedDocument], *, flagged: set[str]) -> pd.DataFrame:
    """One row per report, in ReportsSchema column order."""
    rows = []
    for p in parsed:
        for key, report in zip(report_keys(p.reports), p.reports, strict=True):
            rows.append(
                {
                    "document_id": p.raw.document_id,
                    "report": key,
                    "source_url": p.raw.document.source_url,
                    "published": _published(p.raw),
                    "kind": p.raw.kind,
                    "language": p.raw.document.language,
                    "country": report.country,
                    "monitoring_body": report.monitoring_body,
                    "scope": report.scope,
                    "area": report.area,
                    "period_start": pd.Timestamp(report.period_start)
                    if report.period_start
                    else None,
                    "as_of": pd.Timestamp(report.as_of) if report.as_of else None,
                    **{name: getattr(report, name) for name in COUNT_FIELDS},
                    "approximate": approximate_fields(report),
                    "known_issue": p.raw.document_id in flagged,
                    "method": p.raw.method,
                    "revises": p.raw.document.metadata.get("revises"),
                }
            )
    return _frame(rows, ReportsSchema)


def figures_frame(parsed: Sequence[ParsedDocument]) -> pd.DataFrame:
    """One row per stated value with its evidence, in FiguresSchema column order."""
    rows = []
    for p in parsed:
        for key, report in zip(report_keys(p.reports), p.reports, strict=True):
            for field in COUNT_FIELDS:
                value, evidence = getattr(report, field), report.evidence.get(field)
                if value is None or evidence is None:
                    continue
                outcome, group = figure_slot(field)
                rows.append(
                    {
                        "document_id": p.raw.document_id,
                        "report": key,
                        "outcome": outcome,
                        "group": group,
                        "value": value,
                        "qualifier": evidence.qualifier,
                        "text": evidence.text,
                        "char_start": evidence.start,
                        "char_end": evidence.end,
                        "method": p.raw.method,
                    }
                )
    return _frame(rows, FiguresSchema)


def _frame(rows: list[dict[str, Any]], model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """The rows as a frame with the model's columns in its order, also when there are none."""
    return pd.DataFrame(rows, columns=list(model.to_schema().columns))
