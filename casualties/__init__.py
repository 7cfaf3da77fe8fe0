"""casualties: civilian casualty figures of the UN human rights monitoring missions.

Parse bulletins and the news that quotes them into reports, each value traced to its text.
"""

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
    "parse_document",
    "parse_text",
    "read_document",
]
__version__ = "0.1.0"
