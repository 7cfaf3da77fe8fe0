"""Turn document text into reports. Pure: no file, network or clock access."""

from __future__ import annotations

import datetime as dt

from casualties.document import Document
from casualties.parse.assemble import assemble_reports
from casualties.parse.lexicon import Conflict, has_lexicon, load_conflict, load_lexicon
from casualties.parse.prefilter import might_state_figures
from casualties.parse.profile import infer_conflict
from casualties.report import Report

__all__ = [
    "conflict_of",
    "conflict_untold",
    "document_conflict",
    "parse_document",
    "parse_text",
    "unreadable_language",
]


def conflict_of(text: str, *, conflict: str | None = None) -> Conflict | None:
    """The profile a text is read with: the one named (a key such as "afghanistan", or a
    country code such as "AF"), else the one whose places and bodies the text names most;
    None when that cannot be told. LexiconError for a name no profile has."""
    return load_conflict(conflict) if conflict else infer_conflict(text)


def parse_text(
    text: str,
    *,
    published: dt.date | None = None,
    language: str = "en",
    conflict: str | None = None,
) -> list[Report]:
    """The monitoring body's reports stated in `text`, in order of first appearance.

    `published` resolves relative dates and years left out; `language` picks the lexicon;
    `conflict` names the monitored situation (a profile key or a country code), else it is
    told from the text (see conflict_of): a text whose conflict cannot be told gives no
    reports. Values the text leaves ambiguous are left out.
    """
    lexicon = load_lexicon(language)
    if not might_state_figures(text, lexicon=lexicon):
        return []  # most of a news archive: no sentence with a number and a measure word
    profile = conflict_of(text, conflict=conflict)
    if profile is None:
        return []
    return assemble_reports(text, lexicon=lexicon, conflict=profile, published=published)


def document_conflict(document: Document) -> str | None:
    """The conflict a document's front matter or provenance names (`conflict:`, else
    `country:`); None when it names none."""
    named = document.metadata.get("conflict") or document.metadata.get("country")
    return str(named) if named else None


def unreadable_language(document: Document) -> str | None:
    """Why a document cannot be parsed for its language (no lexicon for it yet); None if it can."""
    if has_lexicon(document.language):
        return None
    return f"no lexicon for language {document.language!r} yet: not parsed"


def conflict_untold(document: Document, *, conflict: str | None = None) -> bool:
    """True for a document that might state figures but whose conflict cannot be told: it
    gives no reports, and a user should hear why."""
    if conflict or document_conflict(document):
        return False
    lexicon = load_lexicon(document.language)
    return might_state_figures(document.text, lexicon=lexicon) and not infer_conflict(document.text)


def parse_document(document: Document, *, conflict: str | None = None) -> list[Report]:
    """The reports of a Document, read with its own publication date, language and conflict
    (its front matter's, else told from its text)."""
    return parse_text(
        document.text,
        published=document.published,
        language=document.language,
        conflict=conflict or document_conflict(document),
    )
