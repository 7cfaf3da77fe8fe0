"""The report: one stated set of figures, each value with the text it came from. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, make_dataclass
from typing import Any

from casualties.vocabulary import COUNT_FIELDS

__all__ = [
    "COUNT_FIELDS",
    "DATE_FIELDS",
    "FRAME_FIELDS",
    "REPORT_FIELDS",
    "Dropped",
    "Evidence",
    "Report",
]

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


FRAME_FIELDS: list[tuple[str, Any, Any]] = [
    ("country", str | None, None),  # ISO 3166-1 alpha-2 of the monitored country
    ("monitoring_body", str | None, None),  # the body whose figures they are (UNAMA, OHCHR, ...)
    ("scope", str, "cumulative"),
    ("area", str | None, None),
    ("period_start", dt.date | None, None),
    ("as_of", dt.date | None, None),
]
"""What a report's figures are of: the fields before its counts, in the published order."""


def _counts(self: Any) -> dict[str, int]:
    """The stated counts, by field name."""
    return {name: getattr(self, name) for name in COUNT_FIELDS if getattr(self, name) is not None}


def _to_dict(self: Any) -> dict[str, Any]:
    """JSON-ready: ISO dates, null for unstated values, evidence per stated value."""
    out: dict[str, Any] = {}
    for name in REPORT_FIELDS:
        value = getattr(self, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    out["evidence"] = {k: v.to_dict() for k, v in sorted(self.evidence.items())}
    if self.dropped:
        out["dropped"] = [d.to_dict() for d in self.dropped]
    return out


# The count fields are generated from the vocabulary, so that a new group is one edit there.
Report = make_dataclass(
    "Report",
    [
        *((name, kind, field(default=default)) for name, kind, default in FRAME_FIELDS),
        *((name, int | None, field(default=None)) for name in COUNT_FIELDS),
        ("evidence", dict[str, Evidence], field(default_factory=dict)),
        ("dropped", list[Dropped], field(default_factory=list)),
    ],
    namespace={"counts": _counts, "to_dict": _to_dict},
    slots=True,
)
Report.__module__ = __name__
Report.__doc__ = """One set of figures of the monitoring body, for a scope, an area and a period.

Field names are the published column names: a public contract. The frame fields (FRAME_FIELDS)
come first, then one `int | None` per count of casualties.vocabulary.COUNT_FIELDS (None when
the text states none), then `evidence` (per stated value, where it was read) and `dropped`.
"""


REPORT_FIELDS = tuple(f.name for f in fields(Report) if f.name not in ("evidence", "dropped"))
