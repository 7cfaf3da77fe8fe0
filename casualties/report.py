"""The report: one stated set of figures, each value with the text it came from. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

__all__ = ["COUNT_FIELDS", "DATE_FIELDS", "REPORT_FIELDS", "Dropped", "Evidence", "Report"]

GROUPS = ("men", "women", "boys", "girls", "children_unknown_sex", "adults_unknown_sex")
COUNT_FIELDS = (
    "killed",
    "injured",
    "total",
    "children_killed",
    "children_injured",
    *(f"killed_{g}" for g in GROUPS),
    *(f"injured_{g}" for g in GROUPS),
)
DATE_FIELDS = ("period_start", "as_of")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: the text as written, its offsets in the document, a qualifier.
    A transcribed value has no offsets (None): its text is the value as entered by hand."""

    text: str
    start: int | None
    end: int | None
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "qualifier": self.qualifier,
        }


@dataclass(frozen=True, slots=True)
class Dropped:
    """A value the parser read and left out, because another reading of the same field had
    stronger evidence (or as strong: then both are left out): kept so that nothing is lost."""

    field: str
    value: int
    evidence: Evidence
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            **self.evidence.to_dict(),
            "reason": self.reason,
        }


@dataclass(slots=True)
class Report:
    """One set of figures of the monitoring body, for a scope, an area and a period.

    Field names are the published column names: a public contract.
    """

    country: str | None = None  # ISO 3166-1 alpha-2 of the monitored country
    monitoring_body: str | None = None  # the body whose figures they are (UNAMA, OHCHR, ...)
    scope: str = "cumulative"
    area: str | None = None
    period_start: dt.date | None = None
    as_of: dt.date | None = None
    killed: int | None = None
    injured: int | None = None
    total: int | None = None
    children_killed: int | None = None
    children_injured: int | None = None
    killed_men: int | None = None
    killed_women: int | None = None
    killed_boys: int | None = None
    killed_girls: int | None = None
    killed_children_unknown_sex: int | None = None
    killed_adults_unknown_sex: int | None = None
    injured_men: int | None = None
    injured_women: int | None = None
    injured_boys: int | None = None
    injured_girls: int | None = None
    injured_children_unknown_sex: int | None = None
    injured_adults_unknown_sex: int | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """The stated counts, by field name."""
        return {
            name: getattr(self, name) for name in COUNT_FIELDS if getattr(self, name) is not None
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ISO dates, null for unstated values, evidence per stated value."""
        out: dict[str, Any] = {}
        for name in REPORT_FIELDS:
            value = getattr(self, name)
            out[name] = value.isoformat() if isinstance(value, dt.date) else value
        out["evidence"] = {k: v.to_dict() for k, v in sorted(self.evidence.items())}
        if self.dropped:
            out["dropped"] = [d.to_dict() for d in self.dropped]
        return out


REPORT_FIELDS = tuple(f.name for f in fields(Report) if f.name not in ("evidence", "dropped"))
