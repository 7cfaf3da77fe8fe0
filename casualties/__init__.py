"""casualties: civilian casualty figures of the UN human rights monitoring missions.

Parse bulletins and the news that quotes them into reports, each value traced to its text.
"""

import importlib
from typing import Any

from casualties.document import Document, read_document
from casualties.errors import CasualtiesError, DocumentError, LexiconError
from casualties.parse import parse_document, parse_text
from casualties.report import Evidence, Report

__all__ = [
    "CasualtiesError",
    "Document",
    "DocumentError",
    "Evidence",
    "LexiconError",
    "Report",
    "load",
    "parse_document",
    "parse_text",
    "plot",
    "read_document",
    "tables",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """load, tables and plot import pandas, pandera and matplotlib: only when first used."""
    if name in ("load", "tables"):
        return getattr(importlib.import_module("casualties.loader"), name)
    if name == "plot":
        return importlib.import_module("casualties.plot")
    raise AttributeError(f"module 'casualties' has no attribute {name!r}")
