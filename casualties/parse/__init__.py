"""Turn document text into reports. Pure: no file, network or clock access."""

from __future__ import annotations

import datetime as dt

from casualties.document import Document
from casualties.parse.assemble import assemble_reports
from casualties.parse.lexicon import load_conflict, load_lexicon
from casualties.parse.prefilter import might_state_figures
from casualties.report import Report

__all__ = ["parse_document", "parse_text"]


def parse_text(
    text: str,
    *,
    published: dt.date | None = None,
    language: str = "en",
    conflict: str = "ukraine",
) -> list[Report]:
    """The monitoring body's reports stated in `text`, in order of first appearance.

    `published` resolves relative dates and years left out; `language` picks the lexicon;
    `conflict` names when the count starts. Values the text leaves ambiguous are left out.
    """
    lexicon = load_lexicon(language)
    if not might_state_figures(text, lexicon=lexicon):
        return []  # most of a news archive: no sentence with a number and a measure word
    return assemble_reports(
        text, lexicon=lexicon, conflict=load_conflict(conflict), published=published
    )


def parse_document(document: Document, *, conflict: str = "ukraine") -> list[Report]:
    """The reports of a Document, read with its own publication date and language."""
    return parse_text(
        document.text, published=document.published, language=document.language, conflict=conflict
    )
