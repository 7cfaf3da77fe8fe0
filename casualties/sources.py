"""What a raw input is, in the words the tables use: the kinds of document, how their figures
were read, and a source's known error. Pure: constants and a record, for the modules that check
and publish tables without reading the disk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["DEFAULT_KIND", "KINDS", "METHODS", "KnownIssue"]

KINDS = ("bulletin", "briefing", "news", "social")
"""Kinds of document, most authoritative first: the order the headline series prefers them in."""
DEFAULT_KIND = "news"
"""The kind of a document whose provenance names none: the most common kind of a dropped-in file."""

METHODS = ("parsed", "transcribed")
"""How a raw input's figures were read: parsed from its text, or transcribed by hand."""


@dataclass(frozen=True)
class KnownIssue:
    """An error of a source, kept as stated: the document, the rule it breaks, and why."""

    document: str
    rule: str
    reason: str
    evidence: str
    date_added: dt.date
