"""The `casualties` command line: reads the files it is given, writes to stdout and stderr."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from casualties.batch import pool_map
from casualties.document import read_document
from casualties.errors import CasualtiesError, ValidationFailed
from casualties.parse import NO_LEXICON, UNTOLD, read_reports
from casualties.raw import KINDS
from casualties.report import COUNT_FIELDS, REPORT_FIELDS, Dropped, Report

__all__ = ["main"]

EXIT_OK, EXIT_NO_REPORTS, EXIT_UNREADABLE = 0, 1, 2
EXIT_INVALID = 1  # build and validate: the data breaks a rule


@dataclass
class FileResult:
    """What one file argument gave: its reports, or the reason it could not be read."""

    source: str
    reports: list[Report] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None
    language: str | None = None  # as its front matter states it, else as told from its text
    dropped: list[Dropped] = field(default_factory=list)  # readings no report holds

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source}
        if self.language is not None:
            out["language"] = self.language
        out["reports"] = [r.to_dict() for r in self.reports]
        if self.dropped:
            out["dropped"] = [d.to_dict() for d in self.dropped]
        if self.error is not None:
            out["error"] = self.error
        if self.warning is not None:
            out["warning"] = self.warning
        return out


def _date_argument(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from err


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casualties",
        description="Civilian casualty figures of the UN human rights monitoring missions.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse documents into reports",
        description="Parse documents (.txt, .md, .html, .pdf) into the monitoring body's reports. "
        "Exit 0 when every file gave a report, 1 when some gave none, 2 when one could not be read.",
    )
    parse.add_argument(
        "--format",
        choices=("json", "csv", "table"),
        default=None,
        help="output format (default: table on a terminal, json otherwise)",
    )
    parse.add_argument(
        "--published",
        type=_date_argument,
        default=None,
        metavar="YYYY-MM-DD",
        help="publication date for documents whose front matter states none",
    )
    parse.add_argument(
        "--conflict",
        default=None,
        metavar="NAME",
        help="the monitored situation (afghanistan, ukraine, ... or a country code such as AF) "
        "for documents whose front matter names none (default: told from the text)",
    )
    _jobs(parse)
    parse.add_argument("files", nargs="+", metavar="FILE", help="documents to parse")
    for name, text in (
        ("build", "build the published tables from the raw documents (what `make data` runs)"),
        ("validate", "check the raw documents and that data/processed is what they build"),
    ):
        command = commands.add_parser(
            name,
            help=text,
            description=f"{text[0].upper()}{text[1:]}. Exit 0 when all is well, 1 when the data "
            "breaks a rule (each failure on its own line), 2 when an input cannot be read.",
        )
        _folders(command)
        _jobs(command)
    _fetch_command(commands)
    figures = commands.add_parser(
        "figures", help="draw the charts of the published data as PNG files"
    )
    figures.add_argument(
        "--out",
        type=Path,
        default=Path("reports/figures"),
        metavar="DIR",
        help="where the PNG files go (default: reports/figures)",
    )
    return parser


def _fetch_command(commands: Any) -> None:
    fetch = commands.add_parser(
        "fetch",
        help="download HTML pages and PDF files into data/raw, with their provenance",
        description="Download HTML pages and PDF files, each beside a provenance sidecar. A "
        "document already stored is not written again; a changed one is stored as a new file. "
        "Exit 0 when every URL gave a document, 1 when some failed (each on its own line), "
        "2 when the registry cannot be read.",
    )
    fetch.add_argument("urls", nargs="*", metavar="URL", help="pages or PDF files to fetch")
    fetch.add_argument(
        "--registry",
        type=Path,
        metavar="FILE",
        help="also fetch every URL this file lists (one 'URL [kind]' per line, '#' comments)",
    )
    fetch.add_argument(
        "--dest", type=Path, metavar="DIR", help="where the files go (default: RAW/<site>)"
    )
    fetch.add_argument(
        "--raw",
        type=Path,
        default=Path("data/raw"),
        metavar="RAW",
        help="the raw folder (default: data/raw)",
    )
    fetch.add_argument(
        "--kind",
        choices=KINDS,
        default="bulletin",
        help="what the URLs given on the command line serve (default: bulletin)",
    )


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (1 or more): {value!r}")
    return int(value)


def _jobs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="parse on N processes (default: 1); the output is the same, in the same order",
    )


def _folders(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--raw",
        type=Path,
        default=Path("data/raw"),
        metavar="DIR",
        help="raw documents (default: data/raw)",
    )
    command.add_argument(
        "--out",
        type=Path,
        default=Path("data/processed"),
        metavar="DIR",
        help="published tables (default: data/processed)",
    )
    command.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        metavar="DIR",
        help="where the data dictionary goes (default: docs)",
    )


ADVICE = {
    UNTOLD: "it names no profile's places or monitoring bodies; give --conflict, or `conflict:` "
    "in its front matter",
    NO_LEXICON: "the other files are still parsed",
}


def _parse_one(source: str, *, published: dt.date | None, conflict: str | None) -> FileResult:
    try:
        document = read_document(source)
        if document.published is None and published is not None:
            document = replace(document, published=published)
        result = read_reports(document, conflict=conflict)
    except CasualtiesError as err:
        return FileResult(source, error=str(err))
    language = document.language
    if result.unread is None:
        return FileResult(source, result.reports, language=language, dropped=result.dropped)
    reason = result.unread
    if reason == NO_LEXICON:
        reason = f"no lexicon for language {document.language!r} yet: not parsed"
    else:
        reason = f"no reports: {reason} ({ADVICE[reason]})"
    return FileResult(source, result.reports, warning=f"{source}: {reason}", language=language)


def _write_json(results: list[FileResult], out: TextIO) -> None:
    json.dump([r.to_dict() for r in results], out, indent=2, ensure_ascii=False)
    out.write("\n")


def _rows(results: list[FileResult]) -> list[dict[str, Any]]:
    rows = []
    for result in results:
        for report in result.reports:
            row = report.to_dict()
            row.pop("evidence")
            row.pop("dropped", None)
            rows.append({"source": result.source, **row})
    return rows


def _write_csv(results: list[FileResult], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=["source", *REPORT_FIELDS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(_rows(results))


def _write_table(results: list[FileResult], out: TextIO) -> None:
    import pandas as pd  # only the table needs it; keeps `casualties parse --format json` quick

    rows = _rows(results)
    if not rows:
        out.write("no reports\n")
        return
    frame = pd.DataFrame(rows).dropna(axis="columns", how="all")
    counts = [c for c in frame.columns if c in COUNT_FIELDS]
    frame[counts] = frame[counts].astype("Int64")
    out.write(frame.fillna("").to_string(index=False) + "\n")


WRITERS = {"json": _write_json, "csv": _write_csv, "table": _write_table}


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    parse_one = partial(_parse_one, published=args.published, conflict=args.conflict)
    results = pool_map(parse_one, args.files, jobs=args.jobs)
    for result in results:
        if result.error is not None:
            err.write(f"casualties: {result.error}\n")
        if result.warning is not None:
            err.write(f"casualties: warning: {result.warning}\n")
    fmt = args.format or ("table" if out.isatty() else "json")
    try:
        WRITERS[fmt](results, out)
        out.flush()
    except BrokenPipeError:  # `casualties parse ... | head`: the reader left; the code still counts
        if out is sys.stdout:  # as the Python docs advise: no second error when Python exits
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if any(r.error is not None for r in results):
        return EXIT_UNREADABLE
    if any(not r.reports for r in results):
        return EXIT_NO_REPORTS
    return EXIT_OK


def _run_build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casualties.build import (
        build,
    )  # pandas and pandera load only for the commands that need them

    result = build(args.raw, args.out, docs_dir=args.docs, progress=True, jobs=args.jobs)
    for note in result.notes:
        err.write(f"casualties: note: {note}\n")
    state = "unchanged" if not result.changed else f"was {result.previous_version or 'none'}"
    err.write(
        f"casualties: built {args.out}: version {result.version} ({state}), "
        f"{result.documents} documents, {result.reports} reports, "
        f"{result.series_rows} dates in the series, {result.period_rows} periods\n"
    )
    return EXIT_OK


def _run_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casualties.build import plan_build, stale_files

    result = plan_build(args.raw, args.out, progress=True, jobs=args.jobs)
    for note in result.notes:
        err.write(f"casualties: note: {note}\n")
    stale = stale_files(result, args.out, docs_dir=args.docs)
    for path in stale:
        err.write(f"casualties: {path}: not what {args.raw} builds; run `make data`\n")
    if stale:
        return EXIT_INVALID
    err.write(f"casualties: {args.raw} is valid and {args.out} is up to date ({result.version})\n")
    return EXIT_OK


def _run_fetch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casualties.fetch import Source, fetch_documents, read_registry

    sources = [Source(url, args.kind) for url in args.urls]
    if args.registry is not None:
        sources += read_registry(args.registry)
    if not sources:
        err.write("casualties: fetch: no URL given; pass URLs or --registry FILE\n")
        return EXIT_UNREADABLE
    results = fetch_documents(sources, raw_dir=args.raw, dest=args.dest, progress=True)
    for result in results:
        if result.failed:
            err.write(f"casualties: {result.url}: {result.detail}\n")
        else:
            out.write(f"{result.status:<9} {result.path}  ({result.detail})\n")
    failed = sum(r.failed for r in results)
    new = sum(r.status == "new" for r in results)
    err.write(
        f"casualties: fetched {len(results)} URL{'s' if len(results) != 1 else ''}: {new} new, "
        f"{len(results) - new - failed} unchanged, {failed} failed\n"
    )
    return EXIT_INVALID if failed else EXIT_OK


def _run_figures(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casualties.figures import write_figures

    for path in write_figures(args.out):
        err.write(f"casualties: wrote {path}\n")
    return EXIT_OK


COMMANDS = {
    "parse": _run_parse,
    "build": _run_build,
    "validate": _run_validate,
    "fetch": _run_fetch,
    "figures": _run_figures,
}


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code. Errors become one line on stderr."""
    out, err = out or sys.stdout, err or sys.stderr
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, out, err)
    except ValidationFailed as failed:
        for line in failed.failures:
            err.write(f"casualties: {line}\n")
        err.write(f"casualties: {failed}; nothing was written\n")
        return EXIT_INVALID
    except CasualtiesError as error:
        err.write(f"casualties: {error}\n")
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        err.write("casualties: interrupted\n")
        return 130
