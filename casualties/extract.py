"""The text and publication date of HTML pages and PDF files, from their bytes. Pure: no disk,
network or clock access; the extraction libraries are imported on first use."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Extracted", "html_text", "pdf_text", "repair_line_breaks"]

PUBLISHED_META = (
    "article:published_time",  # Open Graph articles (most news sites, OHCHR, ReliefWeb)
    "og:article:published_time",
    "datepublished",  # schema.org microdata as a meta tag
    "dcterms.issued",  # Dublin Core
    "dc.date.issued",
    "citation_publication_date",  # reports and papers
)
"""The meta tags (property, name or itemprop, any case) that state when a page was published."""

ISO_DATE = re.compile(
    r"""
    \A\s*
    (?P<date>\d{4}-\d{2}-\d{2})   # the calendar day as the publisher wrote it
    (?:[T\s]|\Z)                  # then a time, or nothing
    """,
    re.VERBOSE,
)
LETTER = r"[^\W\d_]"  # a letter of any script
BROKEN_WORD = re.compile(
    rf"""
    (?<={LETTER})        # a word part ends the line
    -[ \t]*              # with the hyphen that split it
    \n\s*                # a line break, blank lines or a page break
    (?={LETTER})         # and the word goes on
    """,
    re.VERBOSE,
)
LINE_BREAK_IN_PARAGRAPH = re.compile(
    r"""
    (?<=\S)[ \t]*   # text ends the line
    \n              # a single line break, not a blank line
    [ \t]*(?=\S)    # and text goes on on the next one
    """,
    re.VERBOSE,
)
PARAGRAPH_BREAK_IN_SENTENCE = re.compile(
    r"""
    (?<=[^\s.!?:;"”»)\]])  # the text before stops without closing a sentence
    [ \t]*\n\s*\n\s*       # a blank line or a page break
    (?=[\d(]|[^\W\d_])     # and the next text starts with a digit, '(' or a letter
    """,
    re.VERBOSE,
)
BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")  # two or more line breaks: one blank line
INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u2060\ufeff"))
"""Characters a page puts inside words that no reader sees: a soft hyphen ("civil&shy;ian"),
zero-width spaces and joiners, a byte order mark; the extracted text leaves them out."""


@dataclass(frozen=True)
class Extracted:
    """The text a document's figures are read from, and its publication date when stated."""

    text: str
    published: dt.date | None = None


def html_text(data: bytes) -> Extracted:
    """The main text of a page (not its navigation, sidebars or footer) and its publication date.

    ValueError when the bytes are not an HTML page.
    """
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(data)
    except (lxml.etree.ParserError, ValueError) as err:
        raise ValueError(f"not an HTML page ({err})") from err
    # Precision first: trafilatura drops boilerplate, which carries numbers of its own.
    text = trafilatura.extract(
        data,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    return Extracted(text=_tidy(text or ""), published=published_date(tree))


def _tidy(text: str) -> str:
    lines = [line.strip() for line in text.translate(INVISIBLE).replace("\r\n", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line) + "\n" if any(lines) else ""


def published_date(tree: Any) -> dt.date | None:
    """The date the page says it was published: its meta tags, else its JSON-LD, else the
    `<time datetime>` of its article. A source that states two dates is not used, and a page
    without one has none: dates in the text are never taken for the publication date."""
    for dates in (_meta_dates(tree), _json_ld_dates(tree), _time_dates(tree)):
        distinct = set(dates)
        if len(distinct) == 1:
            return distinct.pop()
        if distinct:
            return None
    return None


def _iso_date(value: object) -> dt.date | None:
    match = ISO_DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match["date"])
    except ValueError:
        return None


def _dates(values: Iterator[object]) -> list[dt.date]:
    return [date for date in map(_iso_date, values) if date is not None]


def _meta_dates(tree: Any) -> list[dt.date]:
    def values() -> Iterator[object]:
        for meta in tree.iter("meta"):
            names = {meta.get(key, "").strip().lower() for key in ("property", "name", "itemprop")}
            if names & set(PUBLISHED_META):
                yield meta.get("content")

    return _dates(values())


def _json_ld_items(node: object) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _json_ld_items(item)
    elif isinstance(node, dict):
        yield node
        yield from _json_ld_items(node.get("@graph", []))


def _json_ld_dates(tree: Any) -> list[dt.date]:
    def values() -> Iterator[object]:
        for script in tree.iter("script"):
            if script.get("type", "").strip().lower() != "application/ld+json":
                continue
            try:
                data = json.loads(script.text or "")
            except ValueError:
                continue  # a broken block states nothing
            yield from (item.get("datePublished") for item in _json_ld_items(data))

    return _dates(values())


def _time_dates(tree: Any) -> list[dt.date]:
    times = tree.xpath("//article//time[@datetime] | //main//time[@datetime]")
    if not times:
        times = tree.xpath("//time[@datetime][@pubdate or @itemprop='datePublished']")
    return _dates(time.get("datetime") for time in times)


def pdf_text(data: bytes) -> Extracted:
    """The text of a PDF in reading order, with words and sentences broken by lines mended.

    ValueError when the bytes are not a readable PDF.
    """
    from pdfminer.high_level import extract_text

    if not data.lstrip()[:5] == b"%PDF-":
        raise ValueError("not a PDF file (it does not start with %PDF-)")
    try:
        text = extract_text(io.BytesIO(data))
    # pdfminer raises many unrelated types on a damaged file; each means "cannot be read".
    except Exception as err:
        raise ValueError(f"not a readable PDF ({type(err).__name__}: {err})") from err
    return Extracted(text=repair_line_breaks(text))


def repair_line_breaks(text: str) -> str:
    """Mend what a page layout does to prose: hyphenated words split at a line end, sentences
    split across lines, blank lines or pages, soft hyphens. Paragraphs stay apart by one blank
    line.

    >>> repair_line_breaks("OHCHR recorded 3,455 civil-\\nian casualties: 1,417 killed and\\n\\n"
    ...                    "2,038 injured.\\f\\nMost were caused by shelling.")
    'OHCHR recorded 3,455 civilian casualties: 1,417 killed and 2,038 injured.\\n\\nMost were caused by shelling.\\n'
    """
    text = text.translate(INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    text = BROKEN_WORD.sub(_join_broken_word, text.replace("\f", "\n\n"))
    text = LINE_BREAK_IN_PARAGRAPH.sub(" ", text)
    text = PARAGRAPH_BREAK_IN_SENTENCE.sub(_join_sentence, text)
    text = BLANK_LINES.sub("\n\n", text).strip()
    return text + "\n" if text else ""


def _join_broken_word(match: re.Match[str]) -> str:
    # "civil-\nian" is one word; before a capital it is a compound: "Russian-\nControlled".
    following = match.string[match.end()]
    return "" if following.islower() else "-"


def _join_sentence(match: re.Match[str]) -> str:
    # "killed and\n\n2,038 injured" goes on; a capital after a blank line starts a new paragraph.
    following = match.string[match.end()]
    return " " if not following.isupper() else match.group()
