"""Transcriptions: the figures one named bulletin states, entered by hand into a small YAML file
beside the raw documents, read into the report they state. Pure text in, report out; the caller
reads the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from casualties.document import Document
from casualties.errors import LexiconError
from casualties.parse.lexicon import Conflict, load_conflict
from casualties.parse.profile import infer_conflict, monitoring_body
from casualties.report import COUNT_FIELDS, Evidence, Report

__all__ = [
    "REQUIRED_KEYS",
    "TRANSCRIPTION_SUFFIXES",
    "Transcription",
    "transcription_from_text",
]

TRANSCRIPTION_SUFFIXES = (".yaml", ".yml")
"""A raw file with one of these suffixes is a transcription, not a document to parse."""
REQUIRED_KEYS = (
    "bulletin",
    "source_url",
    "kind",
    "scope",
    "as_of",
    "figures",
    "entered_by",
    "entered_on",
)
OPTIONAL_KEYS = (
    "conflict",
    "country",
    "monitoring_body",
    "published",
    "area",
    "period_start",
    "revises",
    "language",
    "note",
)
SCOPES = ("cumulative", "period")


@dataclass(frozen=True)
class Transcription:
    """A transcription read: the Document standing for the bulletin (no text: nothing to parse)
    and the one Report its figures make, each value's evidence the value as entered."""

    document: Document
    report: Report


def _date(entry: dict[str, Any], key: str, *, required: bool) -> dt.date | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise ValueError(f"{key} must be a date (YYYY-MM-DD), not {value!r}")


def _figures(entry: dict[str, Any]) -> dict[str, int]:
    figures = entry.get("figures")
    if not isinstance(figures, dict) or not figures:
        raise ValueError("figures must map count names (killed, injured, ...) to numbers")
    unknown = sorted(set(figures) - set(COUNT_FIELDS))
    if unknown:
        raise ValueError(
            f"figures: {', '.join(unknown)} is not a count ({', '.join(COUNT_FIELDS)})"
        )
    for name, value in figures.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"figures: {name} must be a whole number >= 0, not {value!r}")
    return dict(figures)


def _check_keys(entry: dict[str, Any]) -> None:
    missing = [key for key in REQUIRED_KEYS if entry.get(key) in (None, "")]
    if missing:
        raise ValueError(
            f"no {', '.join(missing)} (a transcription needs {', '.join(REQUIRED_KEYS)})"
        )
    unknown = sorted(set(entry) - {*REQUIRED_KEYS, *OPTIONAL_KEYS})
    if unknown:
        raise ValueError(f"unknown key {', '.join(unknown)}")
    if entry["scope"] not in SCOPES:
        raise ValueError(f"scope {entry['scope']!r} is not one of {', '.join(SCOPES)}")


def _identity(entry: dict[str, Any]) -> tuple[Conflict, str]:
    """The conflict (named by `conflict:` or `country:`, else told from the bulletin's title and
    body) and the profile's body that the transcription's `monitoring_body` names."""
    named = entry.get("conflict") or entry.get("country")
    words = f"{entry['bulletin']}. {entry.get('monitoring_body') or ''}"
    try:
        conflict = load_conflict(str(named)) if named else infer_conflict(words)
    except LexiconError as err:
        raise ValueError(str(err)) from err
    if conflict is None:
        raise ValueError(
            "cannot tell its conflict from its bulletin: add `conflict:` (a profile key or country code)"
        )
    return conflict, monitoring_body(str(entry.get("monitoring_body") or ""), conflict)


def transcription_from_text(text: str, *, path: Path | None = None) -> Transcription:
    """A transcription's YAML as its Document and Report; ValueError saying what is wrong."""
    try:
        entry = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ValueError(f"malformed YAML: {str(err).splitlines()[0]}") from err
    if not isinstance(entry, dict):
        raise ValueError("a transcription is a YAML mapping of keys (bulletin, source_url, ...)")
    _check_keys(entry)
    figures = _figures(entry)
    _date(entry, "entered_on", required=True)
    conflict, body = _identity(entry)
    report = Report(
        country=conflict.country,
        monitoring_body=body,
        scope=entry["scope"],
        area=entry.get("area"),
        period_start=_date(entry, "period_start", required=False),
        as_of=_date(entry, "as_of", required=True),
        **figures,
        evidence={name: Evidence(str(value), None, None) for name, value in figures.items()},
    )
    document = Document(
        text="",
        path=path,
        published=_date(entry, "published", required=False),
        source_url=str(entry["source_url"]),
        language=str(entry.get("language") or "en"),
        metadata=dict(entry),
    )
    return Transcription(document, report)
