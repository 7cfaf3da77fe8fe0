"""Build data/processed from data/raw: read -> parse -> table -> validate -> consistency -> series
-> publish. Reads data/raw and data/processed; writes only after every check has passed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from casualties.batch import pool_map
from casualties.codec import encode, read_strings
from casualties.consistency import (
    apply_known_issues,
    cumulative_falls,
    excused_fields,
    period_parts_exceed,
    same_date_disagreements,
    untraced_values,
)
from casualties.errors import ValidationFailed
from casualties.parse import NO_LEXICON, UNTOLD, read_reports
from casualties.publish import (
    CHANGELOG,
    DATAPACKAGE,
    data_dictionary,
    datapackage_json,
    read_published,
    write_file,
    write_published,
)
from casualties.raw import (
    DEFAULT_KIND,
    KNOWN_ISSUES_FILE,
    KnownIssue,
    RawDocument,
    check_manifest,
    check_unique_ids,
    raw_files,
    read_known_issues,
    read_raw_document,
)
from casualties.reconcile import with_restatements
from casualties.schema import (
    DocumentsSchema,
    FiguresSchema,
    PeriodsSchema,
    ReportsSchema,
    RevisionsSchema,
    SeriesSchema,
)
from casualties.series import headline_series, period_figures
from casualties.table import ParsedDocument, documents_frame, figures_frame, reports_frame
from casualties.validate import Failure, schema_failures
from casualties.versioning import DATA_TABLES, next_release

__all__ = ["DATA_DICTIONARY", "BuildResult", "build", "plan_build", "read_and_parse", "stale_files"]

DATA_DICTIONARY = "data-dictionary.md"
TEXTS = "texts"
README = "README.md"
PROCESSED_README = """# data/processed

The published tables, built by `make data` from data/raw: do not edit by hand.
The columns are described in docs/data-dictionary.md and in datapackage.json.

| file | what |
| --- | --- |
| documents.csv | one row per raw document: provenance and sha256 (the manifest) |
| reports.csv | one row per report parsed from a document or transcribed from a bulletin, known issues flagged |
| figures.csv | one row per stated value, with the text and offsets it was read from |
| series.csv | the headline series: nationwide cumulative figures per country and as_of |
| periods.csv | nationwide figures for stated periods (months, quarters, years) per country |
| revisions.csv | every value that changed between data versions |
| texts/ | the text extracted from each HTML or PDF raw file: figures.csv offsets refer to it |
| datapackage.json | the Frictionless data package: schemas, sha256, version |
| CHANGELOG.md | what each data version added, changed and removed |
"""


@dataclass(frozen=True)
class BuildResult:
    """What a build publishes: the files by name, and the version before and after."""

    version: str
    previous_version: str | None
    documents: int
    reports: int
    series_rows: int
    period_rows: int
    files: Mapping[str, str]
    dictionary: str
    notes: tuple[str, ...] = ()
    """Things a user should know that broke no rule (documents read with a default kind)."""

    @property
    def changed(self) -> bool:
        return self.version != self.previous_version


def read_and_parse(path: Path, *, raw_dir: Path) -> ParsedDocument:
    """One raw document, read, checked and parsed: the unit of work of a build's pool."""
    raw = read_raw_document(path, raw_dir=raw_dir)
    if raw.transcribed is not None:
        return ParsedDocument(raw, [raw.transcribed])
    result = read_reports(raw.document)
    return ParsedDocument(raw, result.reports, unread=result.unread)


def _typed(frame: pd.DataFrame, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    return model.to_schema().coerce_dtype(frame)


def _stale_issue(issue: KnownIssue) -> Failure:
    return Failure(
        "known_issue_matches_nothing",
        (issue.document,),
        "",
        f"the entry for rule {issue.rule!r} in {KNOWN_ISSUES_FILE} matches no failure: "
        "remove it, or fix its document id or rule",
    )


def _check(failures: list[Failure], issues: list[KnownIssue], files: Mapping[str, str]) -> None:
    remaining, unmatched = apply_known_issues(failures, issues)
    remaining += [_stale_issue(issue) for issue in unmatched]
    if remaining:
        raise ValidationFailed([f.message(files) for f in sorted(remaining)])


def _with_excused_fields(
    reports: pd.DataFrame, excused: Mapping[str, tuple[str, ...]]
) -> pd.DataFrame:
    listed = reports["document_id"].map(lambda d: ";".join(excused.get(d, ())) or None)
    return reports.assign(known_issue_fields=listed.astype(object))


def _default_kind_notes(documents: list[RawDocument], *, raw_dir: Path) -> tuple[str, ...]:
    """One note for every document whose provenance names no kind: read as the default."""
    defaulted = [(raw_dir / d.raw_file).as_posix() for d in documents if not d.kind_stated]
    if not defaulted:
        return ()
    noun = "document names" if len(defaulted) == 1 else "documents name"
    return (
        f"{len(defaulted)} {noun} no kind in its provenance; read as {DEFAULT_KIND} "
        f"(add `kind:` to say otherwise): {', '.join(defaulted)}",
    )


def _unread_notes(parsed: list[ParsedDocument], *, raw_dir: Path) -> tuple[str, ...]:
    """One note per reason for the documents that gave no reports and a user should hear why."""
    advice = {
        NO_LEXICON: "not parsed until a lexicon exists",
        UNTOLD: "add `conflict:` (or `country:`) to the front matter",
    }
    notes = []
    for reason, what_to_do in advice.items():
        files = [
            f"{(raw_dir / p.raw.raw_file).as_posix()} ({p.raw.document.language})"
            if reason == NO_LEXICON
            else (raw_dir / p.raw.raw_file).as_posix()
            for p in parsed
            if p.unread == reason
        ]
        if files:
            notes.append(
                f"{len(files)} document(s) gave no reports, {reason}; {what_to_do}: {', '.join(files)}"
            )
    return tuple(notes)


def _extracted_texts(documents: list[RawDocument]) -> dict[str, str]:
    """The text of every HTML or PDF document, published so that its figures' offsets can be
    checked against exactly the text they were read from, whatever extractor comes later."""
    return {f"{TEXTS}/{d.document_id}.txt": d.document.text for d in documents if d.extracted}


def _sources(documents: list[RawDocument]) -> list[dict[str, str]]:
    return [
        {"title": d.document_id, "path": str(d.document.source_url)}
        for d in sorted(documents, key=lambda d: d.document_id)
    ]


def plan_build(
    raw_dir: Path, out_dir: Path, *, progress: bool = False, jobs: int = 1
) -> BuildResult:
    """Everything a build would publish, checked; nothing is written. `jobs` processes read and
    parse the documents; the result is the same for any number.

    Raises RawInputError for a changed raw file, DocumentError for an unreadable one, and
    ValidationFailed (listing every failure) when the data breaks a rule no known issue explains.
    """
    parsed = pool_map(
        partial(read_and_parse, raw_dir=raw_dir), raw_files(raw_dir), jobs=jobs, progress=progress
    )
    documents = [p.raw for p in parsed]
    check_unique_ids(documents, raw_dir=raw_dir)
    previous = read_published(out_dir)
    if previous is not None and "documents" in previous.tables:
        recorded = previous.tables["documents"]
        check_manifest(
            documents,
            dict(zip(recorded["raw_file"], recorded["sha256"], strict=True)),
            raw_dir=raw_dir,
        )
    issues = read_known_issues(raw_dir / KNOWN_ISSUES_FILE)
    flagged = {issue.document for issue in issues}
    files = {d.document_id: (raw_dir / d.raw_file).as_posix() for d in documents}

    tables = {
        "documents": _typed(documents_frame(parsed, flagged=flagged), DocumentsSchema),
        "reports": _typed(with_restatements(reports_frame(parsed, flagged=flagged)), ReportsSchema),
        "figures": _typed(figures_frame(parsed), FiguresSchema),
    }
    failures = [
        *schema_failures(tables["documents"], DocumentsSchema),
        *schema_failures(tables["reports"], ReportsSchema),
        *schema_failures(tables["figures"], FiguresSchema),
        *cumulative_falls(tables["reports"]),
        *same_date_disagreements(tables["reports"]),
        *period_parts_exceed(tables["reports"]),
        *untraced_values(tables["reports"], tables["figures"]),
    ]
    _check(failures, issues, files)
    tables["reports"] = _with_excused_fields(tables["reports"], excused_fields(failures, issues))
    tables["series"] = _typed(headline_series(tables["reports"]), SeriesSchema)
    tables["periods"] = _typed(period_figures(tables["reports"]), PeriodsSchema)
    _check(schema_failures(tables["series"], SeriesSchema), [], files)
    _check(schema_failures(tables["periods"], PeriodsSchema), [], files)

    texts = {name: encode(tables[name], name) for name in DATA_TABLES}
    built = {name: read_strings(texts[name]) for name in DATA_TABLES}
    if previous is not None:  # a published table that is missing or edited is restored as built
        restored = {name: built[name] for name in previous.listed}
        previous = replace(previous, tables={**restored, **previous.tables})
    release = next_release(previous, built)
    texts["revisions"] = encode(_typed(release.revisions, RevisionsSchema), "revisions")
    published = {
        **{f"{name}.csv": text for name, text in texts.items()},
        DATAPACKAGE: datapackage_json(texts, version=release.version, sources=_sources(documents)),
        CHANGELOG: release.changelog,
        README: PROCESSED_README,
        **_extracted_texts(documents),
    }
    return BuildResult(
        version=release.version,
        previous_version=previous.version if previous else None,
        documents=len(documents),
        reports=len(tables["reports"]),
        series_rows=len(tables["series"]),
        period_rows=len(tables["periods"]),
        files=published,
        dictionary=data_dictionary(version=release.version),
        notes=(
            *_default_kind_notes(documents, raw_dir=raw_dir),
            *_unread_notes(parsed, raw_dir=raw_dir),
        ),
    )


def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    docs_dir: Path | None = None,
    progress: bool = False,
    jobs: int = 1,
) -> BuildResult:
    """Build and publish: out_dir is replaced only when every check has passed."""
    result = plan_build(raw_dir, out_dir, progress=progress, jobs=jobs)
    write_published(result.files, out_dir)
    if docs_dir is not None:
        write_file(docs_dir / DATA_DICTIONARY, result.dictionary)
    return result


def stale_files(result: BuildResult, out_dir: Path, *, docs_dir: Path | None = None) -> list[Path]:
    """The published files that differ from what the build would write (missing ones included)."""
    expected = {out_dir / name: text for name, text in result.files.items()}
    if docs_dir is not None:
        expected[docs_dir / DATA_DICTIONARY] = result.dictionary
    return [
        path
        for path, text in expected.items()
        if not path.exists() or path.read_bytes() != text.encode("utf-8")
    ]
