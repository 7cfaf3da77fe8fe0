"""The raw inputs under data/raw: documents with provenance, their sha256, the known issues. Reads the disk."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from casualties.document import (
    DOCUMENT_SUFFIXES,
    EXTRACTED_SUFFIXES,
    LANGUAGE_DETECTED,
    Document,
    document_from_bytes,
    provenance_path,
    read_bytes,
    read_provenance,
)
from casualties.errors import DocumentError, RawInputError
from casualties.report import Report
from casualties.sources import DEFAULT_KIND, KINDS, METHODS, KnownIssue
from casualties.transcription import TRANSCRIPTION_SUFFIXES, transcription_from_text

__all__ = [
    "DEFAULT_KIND",
    "KINDS",
    "KNOWN_ISSUES_FILE",
    "METHODS",
    "KnownIssue",
    "RawDocument",
    "check_manifest",
    "check_unique_ids",
    "raw_files",
    "read_known_issues",
    "read_raw_document",
    "read_raw_documents",
]

KNOWN_ISSUES_FILE = "known_issues.csv"
KNOWN_ISSUE_COLUMNS = ("document", "rule", "reason", "evidence", "date_added")
IGNORED_NAMES = frozenset({"README.md"})


@dataclass(frozen=True)
class RawDocument:
    """A raw document with its identity: id (the file name without suffix), file, sha256."""

    document_id: str
    raw_file: str  # posix path relative to the raw folder
    sha256: str
    size: int
    document: Document
    transcribed: Report | None = None  # the figures of a transcription; None for a document

    @property
    def kind(self) -> str:
        return str(self.document.metadata["kind"])

    @property
    def kind_stated(self) -> bool:
        """False when the provenance named no kind and the document is read as DEFAULT_KIND."""
        return not self.document.metadata.get("kind_defaulted", False)

    @property
    def language_stated(self) -> bool:
        """False when the provenance named no language and the text's was detected."""
        return not self.document.metadata.get(LANGUAGE_DETECTED, False)

    @property
    def method(self) -> str:
        """parsed (a document's text) or transcribed (figures entered by hand)."""
        return "transcribed" if self.transcribed is not None else "parsed"

    @property
    def extracted(self) -> bool:
        """True for HTML and PDF files, whose text (and its offsets) comes from extraction."""
        return Path(self.raw_file).suffix.lower() in EXTRACTED_SUFFIXES


def raw_files(raw_dir: Path) -> list[Path]:
    """Every document and transcription file under raw_dir, at any depth, in a stable order."""
    return sorted(
        path
        for path in raw_dir.rglob("*")
        if path.is_file()
        and path.suffix.lower() in (*DOCUMENT_SUFFIXES, *TRANSCRIPTION_SUFFIXES)
        and path.name not in IGNORED_NAMES
        and not any(part.startswith(".") for part in path.relative_to(raw_dir).parts)
    )


def _provenance(document: Document, path: Path, *, sha256: str) -> None:
    """Every figure needs its source: a document without a source_url or kind is refused, and
    an HTML or PDF file must be the one its provenance sidecar describes."""
    extracted = path.suffix.lower() in EXTRACTED_SUFFIXES
    where = provenance_path(path) if extracted else path
    holder = "provenance" if extracted else "front matter"
    if not document.metadata.keys() - {LANGUAGE_DETECTED}:  # what the build added is not stated
        raise RawInputError(where, f"no {holder}; a raw document needs source_url and kind")
    if not document.source_url:
        raise RawInputError(where, f"{holder} has no source_url (where the figures were published)")
    kind = document.metadata.get("kind") or DEFAULT_KIND
    if kind not in KINDS:
        raise RawInputError(where, f"{holder} kind {kind!r} is not one of {', '.join(KINDS)}")
    if extracted and document.metadata.get("sha256") != sha256:
        raise RawInputError(
            path, f"its sha256 is not the one {where.name} records: raw files are never edited"
        )


def _read_transcription(path: Path, data: bytes) -> tuple[Document, Report]:
    try:
        transcription = transcription_from_text(data.decode("utf-8"), path=path)
    except (UnicodeDecodeError, ValueError) as err:
        raise DocumentError(path, f"not a readable transcription: {err}") from err
    return transcription.document, transcription.report


def read_raw_document(path: Path, *, raw_dir: Path) -> RawDocument:
    """Read, hash and check the provenance of one raw document (or transcription) under raw_dir."""
    if path.suffix.lower() in TRANSCRIPTION_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as err:
            raise DocumentError(path, f"cannot be read: {err.strerror or err}") from err
        document, transcribed = _read_transcription(path, data)
    else:
        data = read_bytes(path)
        document = document_from_bytes(data, path=path, provenance=read_provenance(path))
        transcribed = None
    sha256 = hashlib.sha256(data).hexdigest()
    _provenance(document, path, sha256=sha256)
    if document.metadata.get("kind") is None:
        metadata = {**document.metadata, "kind": DEFAULT_KIND, "kind_defaulted": True}
        document = replace(document, metadata=metadata)
    return RawDocument(
        document_id=path.stem,
        raw_file=path.relative_to(raw_dir).as_posix(),
        sha256=sha256,
        size=len(data),
        document=document,
        transcribed=transcribed,
    )


def check_unique_ids(documents: Iterable[RawDocument], *, raw_dir: Path) -> None:
    """A document id names one file: two files with the same name are refused."""
    seen: dict[str, str] = {}
    for document in documents:
        if document.document_id in seen:
            raise RawInputError(
                raw_dir / document.raw_file,
                f"document id {document.document_id!r} is also used by "
                f"{raw_dir / seen[document.document_id]}",
            )
        seen[document.document_id] = document.raw_file


def read_raw_documents(raw_dir: Path) -> list[RawDocument]:
    """Read, hash and check the provenance of every raw document; ids must be unique."""
    documents = [read_raw_document(path, raw_dir=raw_dir) for path in raw_files(raw_dir)]
    check_unique_ids(documents, raw_dir=raw_dir)
    return documents


def check_manifest(
    documents: Iterable[RawDocument], recorded: Mapping[str, str], *, raw_dir: Path
) -> None:
    """Raw files are immutable: a recorded file must still exist with the bytes it had."""
    current = {d.raw_file: d.sha256 for d in documents}
    for raw_file, sha256 in sorted(recorded.items()):
        if raw_file not in current:
            raise RawInputError(
                raw_dir / raw_file,
                "recorded in the published manifest but missing; raw files are never removed "
                "(restore it with `git checkout`)",
            )
        if current[raw_file] != sha256:
            raise RawInputError(
                raw_dir / raw_file,
                "changed since it was recorded (sha256 differs); raw files are immutable: restore "
                "it with `git checkout` and add the new version as a new file",
            )


def _known_issue(row: dict[str, str], path: Path, line: int) -> KnownIssue:
    missing = [c for c in ("document", "rule", "reason") if not (row.get(c) or "").strip()]
    if missing:
        raise RawInputError(path, f"line {line}: {', '.join(missing)} is empty")
    try:
        added = dt.date.fromisoformat((row.get("date_added") or "").strip())
    except ValueError as err:
        raise RawInputError(path, f"line {line}: date_added is not a date (YYYY-MM-DD)") from err
    return KnownIssue(
        document=row["document"].strip(),
        rule=row["rule"].strip(),
        reason=row["reason"].strip(),
        evidence=(row.get("evidence") or "").strip(),
        date_added=added,
    )


def read_known_issues(path: Path) -> list[KnownIssue]:
    """The known-issues list; an absent file is an empty list."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != KNOWN_ISSUE_COLUMNS:
            raise RawInputError(path, f"expected the columns {','.join(KNOWN_ISSUE_COLUMNS)}")
        return [_known_issue(row, path, n) for n, row in enumerate(reader, start=2)]
