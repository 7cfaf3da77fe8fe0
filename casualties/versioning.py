"""Data versions: the next version, its changelog entry and revisions, from what was published
before. Pure: no file, network or clock access.

Semantic versioning for data: MAJOR when a published column is removed or renamed, MINOR when
reports or columns are added, PATCH for corrections; unchanged data keeps its version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
from packaging.version import Version

from casualties.schema import PRIMARY_KEYS, RevisionsSchema

__all__ = ["DATA_TABLES", "FIRST_VERSION", "Published", "Release", "next_release"]

DATA_TABLES = ("documents", "reports", "figures", "series", "periods")
"""The tables whose content defines a version (revisions.csv records changes between them)."""
FIRST_VERSION = "1.0.0"
CHANGELOG_HEADER = """# Changelog

Versions of the published data (data/processed), newest first. MAJOR: a column removed,
renamed or changed in meaning; MINOR: reports or columns added; PATCH: corrections.
Every changed value is listed in revisions.csv.
"""


@dataclass(frozen=True)
class Published:
    """A release as published: its version, tables (as strings), changelog and revisions."""

    version: str
    tables: Mapping[str, pd.DataFrame]
    changelog: str
    revisions: pd.DataFrame
    listed: frozenset[str] = frozenset(DATA_TABLES)
    """The data tables its datapackage.json lists: a table it does not list is new."""


@dataclass(frozen=True)
class Release:
    """What the build publishes next."""

    version: str
    changelog: str
    revisions: pd.DataFrame


def _keys(frame: pd.DataFrame, name: str) -> set[tuple[str, ...]]:
    return set(frame[PRIMARY_KEYS[name]].itertuples(index=False, name=None))


def _same(previous: Mapping[str, pd.DataFrame], tables: Mapping[str, pd.DataFrame]) -> bool:
    return all(name in previous and previous[name].equals(tables[name]) for name in DATA_TABLES)


def _columns_change(previous: Mapping[str, pd.DataFrame], tables: Mapping[str, pd.DataFrame]):
    removed = [
        f"{n}.{c}"
        for n in DATA_TABLES
        if n in previous
        for c in previous[n].columns
        if c not in tables[n].columns
    ]
    added = [
        f"{n}.{c}"
        for n in DATA_TABLES
        if n in previous
        for c in tables[n].columns
        if c not in previous[n].columns
    ]
    return removed, added


def _rekeyed(previous: Mapping[str, pd.DataFrame], tables: Mapping[str, pd.DataFrame]) -> list[str]:
    """The tables that gained a key column: their rows are something else now (a MAJOR change)."""
    return [
        name
        for name in DATA_TABLES
        if name in previous
        and any(
            c in tables[name].columns and c not in previous[name].columns
            for c in PRIMARY_KEYS[name]
        )
    ]


def _new_tables(previous: Published) -> list[str]:
    """The tables this release publishes for the first time (a MINOR change)."""
    return [name for name in DATA_TABLES if name not in previous.listed]


def _bump(version: str, part: str) -> str:
    major, minor, patch = Version(version).release[:3]
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _revisions(old: pd.DataFrame, new: pd.DataFrame, version: str) -> pd.DataFrame:
    """Each value of a report published in both versions that changed, as published."""
    key = PRIMARY_KEYS["reports"]
    merged = old.merge(new, on=key, suffixes=("_old", "_new"))
    shared = [c for c in old.columns if c in new.columns and c not in key]
    rows = [
        {
            "version": version,
            "document_id": row["document_id"],
            "report": row["report"],
            "column": column,
            "old": row[f"{column}_old"] or None,
            "new": row[f"{column}_new"] or None,
        }
        for _, row in merged.iterrows()
        for column in shared
        if row[f"{column}_old"] != row[f"{column}_new"]
    ]
    return pd.DataFrame(rows, columns=list(RevisionsSchema.to_schema().columns))


def _listing(keys: set[tuple[str, ...]]) -> str:
    return ", ".join(" ".join(k) for k in sorted(keys))


def _entry(
    version: str,
    previous: Mapping[str, pd.DataFrame],
    tables: Mapping[str, pd.DataFrame],
    revisions: pd.DataFrame,
    *,
    new_tables: list[str],
) -> str:
    lines = []
    removed_cols, added_cols = _columns_change(previous, tables)
    for verb, name in (("Added", "documents"), ("Added", "reports")):
        added = _keys(tables[name], name) - _keys(previous[name], name)
        if added:
            lines.append(f"- {verb} {len(added)} {name}: {_listing(added)}.")
    for name in ("documents", "reports"):
        removed = _keys(previous[name], name) - _keys(tables[name], name)
        if removed:
            lines.append(f"- Removed {len(removed)} {name}: {_listing(removed)}.")
    if len(revisions):
        changed = revisions[["document_id", "report"]].drop_duplicates()
        lines.append(
            f"- Changed {len(revisions)} values in {len(changed)} reports (see revisions.csv)."
        )
    for name in _rekeyed(previous, tables):
        lines.append(
            f"- Changed the key of {name}: a row is now one {', '.join(PRIMARY_KEYS[name])}."
        )
    for name in new_tables:
        lines.append(f"- Added the table {name} ({len(tables[name])} rows).")
    if added_cols:
        lines.append(f"- Added columns: {', '.join(added_cols)}.")
    if removed_cols:
        lines.append(f"- Removed columns: {', '.join(removed_cols)}.")
    others = [n for n in DATA_TABLES if n in previous and not previous[n].equals(tables[n])]
    if others:
        lines.append(f"- Tables whose content changed: {', '.join(others)}.")
    return f"## {version}\n\n" + "\n".join(lines) + "\n"


def _first_entry(tables: Mapping[str, pd.DataFrame]) -> str:
    reports, documents = tables["reports"], tables["documents"]
    dates = sorted(d for d in reports["as_of"] if d)
    span = f", as_of {dates[0]} to {dates[-1]}" if dates else ""
    return (
        f"## {FIRST_VERSION}\n\n- First release: {len(reports)} reports from "
        f"{len(documents)} documents{span}.\n"
    )


def next_release(previous: Published | None, tables: Mapping[str, pd.DataFrame]) -> Release:
    """The version, changelog and revisions to publish with `tables` (each table as published:
    strings, '' for null). Unchanged tables keep the previous release as it was."""
    empty = pd.DataFrame(columns=list(RevisionsSchema.to_schema().columns))
    if previous is None:
        return Release(FIRST_VERSION, f"{CHANGELOG_HEADER}\n{_first_entry(tables)}", empty)
    if _same(previous.tables, tables):
        return Release(previous.version, previous.changelog, previous.revisions)
    removed_cols, added_cols = _columns_change(previous.tables, tables)
    added_reports = _keys(tables["reports"], "reports") - _keys(
        previous.tables["reports"], "reports"
    )
    # a new key column changes what a row is: a change of meaning
    major = removed_cols or _rekeyed(previous.tables, tables)
    new_tables = _new_tables(previous)
    minor = added_cols or added_reports or new_tables
    part = "major" if major else "minor" if minor else "patch"
    version = _bump(previous.version, part)
    revisions = _revisions(previous.tables["reports"], tables["reports"], version)
    entries = previous.changelog.removeprefix(CHANGELOG_HEADER).lstrip("\n")
    entry = _entry(version, previous.tables, tables, revisions, new_tables=new_tables)
    changelog = f"{CHANGELOG_HEADER}\n{entry}\n{entries}"
    if len(previous.revisions):
        revisions = pd.concat([previous.revisions, revisions], ignore_index=True)
    return Release(version, changelog, revisions)
