"""Read documents from disk: text with front matter, HTML and PDF with their provenance sidecar.
The only reader of raw files."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml_rs
from frontmatter.default_handlers import YAMLHandler

from casualties.errors import DocumentError
from casualties.extract import Extracted, html_text, pdf_text

__all__ = [
    "DOCUMENT_SUFFIXES",
    "EXTRACTED_SUFFIXES",
    "PROVENANCE_SUFFIX",
    "TEXT_SUFFIXES",
    "Document",
    "decode_text",
    "document_from_bytes",
    "document_from_text",
    "provenance_path",
    "read_bytes",
    "read_document",
    "read_provenance",
]

TEXT_SUFFIXES = (".txt", ".md")
EXTRACTED_SUFFIXES = {".html": html_text, ".htm": html_text, ".pdf": pdf_text}
"""Files whose text is extracted: offsets in evidence refer to the extracted text."""
DOCUMENT_SUFFIXES = (*TEXT_SUFFIXES, *EXTRACTED_SUFFIXES)
PROVENANCE_SUFFIX = ".provenance.json"
"""The sidecar of an HTML or PDF file (page.html -> page.html.provenance.json): where and when
it was fetched, its sha256, its publication date; what a text file says in its front matter."""
FRONT_MATTER_START = re.compile(r"\A---[ \t]*\r?\n")


@dataclass(frozen=True)
class Document:
    """A document's text (offsets in evidence refer to it) and what its front matter says."""

    text: str
    path: Path | None = None
    published: dt.date | None = None
    source_url: str | None = None
    language: str = "en"
    metadata: dict[str, Any] = field(default_factory=dict)


def decode_text(raw: bytes) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM, else cp1252; NUL bytes otherwise: not text.

    >>> decode_text("caf\\u00e9".encode("cp1252"))
    'café'
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ValueError("not a text document (broken UTF-16)") from err
    if b"\x00" in raw:
        raise ValueError("not a text document (it holds NUL bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as err:
        raise ValueError("not a text document (neither UTF-8 nor cp1252)") from err


def _date(value: Any, key: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as err:
        raise ValueError(f"front matter: {key} {value!r} is not a date (YYYY-MM-DD)") from err


LANGUAGE_DETECTED = "language_detected"
"""The metadata key set (True) when the front matter or provenance named no language and the
text's language was detected."""


def _language(metadata: dict[str, Any], where: str, text: str) -> tuple[str, dict[str, Any]]:
    """The language the metadata states, else the text's, detected (and so recorded)."""
    if not metadata.get("language"):
        # imported here: the parser package reads Documents, so it cannot be imported first
        from casualties.parse.language import detect_language

        return detect_language(text), {**metadata, LANGUAGE_DETECTED: True}
    language = str(metadata["language"])
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise ValueError(f"{where}: language {language!r} is not an ISO 639-1 code")
    return language, metadata


class FrontMatterHandler(YAMLHandler):  # type: ignore[misc]
    """python-frontmatter's YAML block, read by yaml-rs: a YAML 1.2 loader in Rust, about ten
    times faster than PyYAML's C loader, whose constructor runs in Python and took a third of
    the time spent on a plain news file. YAML 1.2 also keeps `language: no` (Norwegian) and
    `country: NO` strings, where YAML 1.1 reads them as False."""

    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml_rs.loads(fm)


def _yaml_problem(err: ValueError) -> str:
    """One line from a loader's error: what is wrong, and where."""
    lines = [line for line in str(err).splitlines() if line.strip()]
    return f"{lines[-1]} ({lines[0]})" if len(lines) > 1 else (lines[0] if lines else "")


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not FRONT_MATTER_START.match(text):
        return {}, text
    try:
        metadata, body = frontmatter.parse(text, handler=FrontMatterHandler())
    except yaml_rs.YAMLDecodeError as err:
        raise ValueError(f"malformed front matter: {_yaml_problem(err)}") from err
    if body == text.strip() or not isinstance(metadata, dict):
        raise ValueError("malformed front matter: no closing '---' line")
    return metadata, body


def document_from_text(text: str, *, path: Path | None = None) -> Document:
    """A Document from decoded text with an optional front-matter block; ValueError if malformed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    metadata, body = _front_matter(text)
    language, metadata = _language(metadata, "front matter", body)
    source_url = metadata.get("source_url")
    return Document(
        text=body,
        path=path,
        published=_date(metadata.get("published"), "published"),
        source_url=str(source_url) if source_url else None,
        language=language,
        metadata=dict(metadata),
    )


def read_document(path: str | Path) -> Document:
    """Read a .txt, .md, .html or .pdf document (with the provenance sidecar of an HTML or PDF
    file, when it has one); DocumentError (naming the file) when it cannot be read."""
    path = Path(path)
    return document_from_bytes(read_bytes(path), path=path, provenance=read_provenance(path))


def provenance_path(path: Path) -> Path:
    """The provenance sidecar of an HTML or PDF file."""
    return path.with_name(path.name + PROVENANCE_SUFFIX)


def read_provenance(path: Path) -> dict[str, Any]:
    """The provenance sidecar of an HTML or PDF file as a dict; {} when there is none."""
    if path.suffix.lower() not in EXTRACTED_SUFFIXES:
        return {}
    sidecar = provenance_path(path)
    if not sidecar.is_file():
        return {}
    try:
        provenance = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DocumentError(sidecar, f"not a readable provenance file ({err})") from err
    if not isinstance(provenance, dict):
        raise DocumentError(sidecar, "not a provenance file: expected a JSON object")
    return provenance


def read_bytes(path: Path) -> bytes:
    """The bytes of a document file; DocumentError when it is not a readable document file."""
    if path.is_dir():
        raise DocumentError(path, "is a directory, not a document")
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise DocumentError(
            path,
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"expected one of {', '.join(DOCUMENT_SUFFIXES)}",
        )
    try:
        return path.read_bytes()
    except FileNotFoundError as err:
        raise DocumentError(path, "no such file") from err
    except IsADirectoryError as err:
        raise DocumentError(path, "is a directory, not a document") from err
    except OSError as err:
        raise DocumentError(path, f"cannot be read: {err.strerror or err}") from err


def document_from_bytes(
    raw: bytes, *, path: Path, provenance: dict[str, Any] | None = None
) -> Document:
    """A Document from a file's bytes, read by its suffix (text, HTML or PDF); the provenance of
    an HTML or PDF file gives its metadata. DocumentError (naming the file) when unreadable."""
    extract = EXTRACTED_SUFFIXES.get(path.suffix.lower())
    try:
        if extract is None:
            return document_from_text(decode_text(raw), path=path)
        return _extracted_document(extract(raw), path=path, provenance=provenance or {})
    except ValueError as err:
        raise DocumentError(path, str(err)) from err


def _extracted_document(
    extracted: Extracted, *, path: Path, provenance: dict[str, Any]
) -> Document:
    language, provenance = _language(provenance, "provenance", extracted.text)
    source_url = provenance.get("source_url")
    published = _date(provenance.get("published"), "provenance published")
    return Document(
        text=extracted.text,
        path=path,
        published=published or extracted.published,
        source_url=str(source_url) if source_url else None,
        language=language,
        metadata=dict(provenance),
    )
