"""Turn document text into reports. Pure: no file, network or clock access."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casualties.document import Document
from casualties.parse.assemble import assemble_reading
from casualties.parse.lexicon import Conflict, has_lexicon, load_conflict, load_lexicon
from casualties.parse.prefilter import might_state_figures
from casualties.parse.profile import infer_conflict
from casualties.parse.sentences import unwrapped
from casualties.report import Dropped, Report

__all__ = [
    "NO_LEXICON",
    "UNTOLD",
    "ParseResult",
    "conflict_of",
    "document_conflict",
    "parse_document",
    "parse_text",
    "read_reports",
]


def conflict_of(text: str, *, conflict: str | None = None, language: str = "en") -> Conflict | None:
    """The profile a text is read with: the one named (a key such as "afghanistan", or a
    country code such as "AF"), else the one whose places and bodies the text names most, in
    its language; None when that cannot be told. LexiconError for a name no profile has."""
    if conflict:
        return load_conflict(conflict)
    return infer_conflict(text, lexicon=load_lexicon(language))


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
    load_lexicon(language)  # a language with no lexicon is a LexiconError here, for a caller
    document = Document(text=text, published=published, language=language)
    return read_reports(document, conflict=conflict).reports


def document_conflict(document: Document) -> str | None:
    """The conflict a document's front matter or provenance names (`conflict:`, else
    `country:`); None when it names none."""
    named = document.metadata.get("conflict") or document.metadata.get("country")
    return str(named) if named else None


UNTOLD = "cannot tell which conflict it is about"
NO_LEXICON = "no lexicon for its language yet"


@dataclass(frozen=True)
class ParseResult:
    """A document's reports, and, when it could not be read, why (UNTOLD or NO_LEXICON); the
    readings left out of reports that kept no value are in `dropped`, with their reasons."""

    reports: list[Report]
    unread: str | None = None
    dropped: list[Dropped] = field(default_factory=list)


def read_reports(document: Document, *, conflict: str | None = None) -> ParseResult:
    """The reports of a Document, or why it gives none that a user should hear of: its language
    has no lexicon, or it might state figures but its conflict cannot be told. The prefilter
    and the profile are read once."""
    if not has_lexicon(document.language):
        return ParseResult([], NO_LEXICON)
    lexicon = load_lexicon(document.language)
    text = unwrapped(document.text)  # a mail's or a PDF's lines, rejoined where wrapped
    if not might_state_figures(text, lexicon=lexicon):
        return ParseResult([])  # most of a news archive: no sentence with a number and an outcome
    profile = conflict_of(
        text,
        conflict=conflict or document_conflict(document),
        language=document.language,
    )
    if profile is None:
        return ParseResult([], UNTOLD)
    reading = assemble_reading(
        text, lexicon=lexicon, conflict=profile, published=document.published
    )
    return ParseResult(reading.reports, dropped=reading.dropped)


def parse_document(document: Document, *, conflict: str | None = None) -> list[Report]:
    """The reports of a Document, read with its own publication date, language and conflict
    (its front matter's, else told from its text)."""
    return parse_text(
        document.text,
        published=document.published,
        language=document.language,
        conflict=conflict or document_conflict(document),
    )
