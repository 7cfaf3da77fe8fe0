"""The published files, generated from the schemas: deterministic CSVs, datapackage.json, the data
dictionary. Pure text, except read_published and write_published, which read and write the disk."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from casualties.codec import column_type, encode, read_strings
from casualties.errors import LoadError
from casualties.files import write_atomic
from casualties.schema import FOREIGN_KEYS, PRIMARY_KEYS, TABLES
from casualties.versioning import DATA_TABLES, Published

__all__ = [
    "CHANGELOG",
    "DATAPACKAGE",
    "data_dictionary",
    "datapackage_json",
    "read_published",
    "write_file",
    "write_published",
]

DATAPACKAGE = "datapackage.json"
CHANGELOG = "CHANGELOG.md"
PACKAGE = {
    "profile": "tabular-data-package",
    "name": "civilian-casualties",
    "title": "Civilian casualties recorded by the UN human rights monitoring missions",
    "description": (
        "Civilian casualty figures of the UN human rights office (OHCHR) and its monitoring "
        "missions, parsed from their bulletins and from the briefings and news that quote them. "
        "Every value is traced to the document and the characters it was read from. Figures are "
        "minimums: the actual numbers are considerably higher."
    ),
    "licenses": [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0",
        }
    ],
    "contributors": [{"title": "The casualties project", "role": "author"}],
}
CONSTRAINTS = {"min_value": "minimum", "allowed_values": "enum", "pattern": "pattern"}


def _columns(name: str) -> list[str]:
    return list(TABLES[name].to_schema().columns)


def _field(name: str, column: pa.Column, *, key: list[str]) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": name,
        "type": column_type(column),
        "description": column.description,
    }
    constraints: dict[str, Any] = {}
    if not column.nullable:
        constraints["required"] = True
    if key == [name]:
        constraints["unique"] = True
    for check in column.checks:
        for statistic, value in (check.statistics or {}).items():
            if statistic in CONSTRAINTS:
                constraints[CONSTRAINTS[statistic]] = (
                    list(value) if statistic == "allowed_values" else value
                )
    if constraints:
        field["constraints"] = constraints
    return field


def _table_description(name: str) -> str:
    return " ".join((TABLES[name].__doc__ or "").split())


def table_schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema of a published table, from its pandera model."""
    columns = TABLES[name].to_schema().columns
    key = PRIMARY_KEYS[name]
    schema: dict[str, Any] = {
        "fields": [_field(n, c, key=key) for n, c in columns.items()],
        "missingValues": [""],
        "primaryKey": key,
    }
    if name in FOREIGN_KEYS:
        schema["foreignKeys"] = [
            {"fields": fields, "reference": {"resource": resource, "fields": target}}
            for fields, resource, target in FOREIGN_KEYS[name]
        ]
    return schema


def datapackage_json(
    texts: Mapping[str, str], *, version: str, sources: list[dict[str, str]]
) -> str:
    """datapackage.json for the tables' CSV texts: schemas, bytes and sha256, sources, version."""
    resources = []
    for name in TABLES:
        data = texts[name].encode("utf-8")
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "description": _table_description(name),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(data),
                "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
                "schema": table_schema(name),
            }
        )
    package = {**PACKAGE, "version": version, "sources": sources, "resources": resources}
    return json.dumps(package, indent=2, ensure_ascii=False) + "\n"


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|")


def data_dictionary(*, version: str) -> str:
    """docs/data-dictionary.md: every table, column and check, from the schemas."""
    lines = [
        "# Data dictionary",
        "",
        "Generated from `casualties/schema.py` by `make data`: do not edit by hand.",
        f"Data version {version}. Null values are empty strings in the CSVs; dates are ISO 8601.",
    ]
    for name, model in TABLES.items():
        schema = model.to_schema()
        lines += ["", f"## {name}.csv", "", _table_description(name), ""]
        lines += [f"Primary key: {', '.join(PRIMARY_KEYS[name])}.", ""]
        lines += ["| column | type | null | description |", "| --- | --- | --- | --- |"]
        for column, spec in schema.columns.items():
            null = "yes" if spec.nullable else "no"
            kind = column_type(spec)
            lines.append(f"| `{column}` | {kind} | {null} | {_cell(spec.description)} |")
        if schema.checks:
            lines += ["", "Checks on every row:", ""]
            lines += [f"- `{c.name}`: {_cell(c.description)}" for c in schema.checks]
    return "\n".join(lines) + "\n"


def _published_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise LoadError(
            f"{path}: cannot be read ({err.strerror}); restore it with `git checkout {path.parent}`"
        ) from err


def _intact_text(path: Path, recorded: str | None) -> str | None:
    """The file's text when it is the one datapackage.json records; None when it is missing
    or was edited since (its sha256 differs)."""
    if not path.is_file():
        return None
    data = path.read_bytes()
    return (
        data.decode("utf-8") if f"sha256:{hashlib.sha256(data).hexdigest()}" == recorded else None
    )


def _revisions_text(out_dir: Path, recorded: str | None) -> str:
    """revisions.csv holds the history of earlier versions: it cannot be rebuilt from data/raw,
    unless datapackage.json says it held no revision yet."""
    text = _intact_text(out_dir / "revisions.csv", recorded)
    if text is not None:
        return text
    empty = encode(pd.DataFrame(columns=_columns("revisions")), "revisions")
    if recorded == f"sha256:{hashlib.sha256(empty.encode()).hexdigest()}":
        return empty
    raise LoadError(
        f"{out_dir / 'revisions.csv'}: missing or edited, and it holds the history of earlier "
        f"versions, which data/raw cannot rebuild; restore it with `git checkout {out_dir}`"
    )


def read_published(out_dir: Path) -> Published | None:
    """The release in out_dir, or None when nothing was published there yet. A data table that
    is missing, or edited since datapackage.json recorded it, is left out of `tables`: the build
    restores it."""
    package_file = out_dir / DATAPACKAGE
    if not package_file.exists():
        return None
    try:
        package = json.loads(_published_text(package_file))
        version = package["version"]
        recorded = {Path(r["path"]).stem: r.get("hash") for r in package["resources"]}
    except (ValueError, KeyError, TypeError) as err:
        raise LoadError(f"{package_file}: not a data package with a version") from err
    texts = {
        name: _intact_text(out_dir / f"{name}.csv", recorded.get(name)) for name in DATA_TABLES
    }
    tables = {name: read_strings(text) for name, text in texts.items() if text is not None}
    revisions = read_strings(_revisions_text(out_dir, recorded.get("revisions")))
    changelog = _published_text(out_dir / CHANGELOG)
    return Published(
        version=version,
        tables=tables,
        changelog=changelog,
        revisions=revisions,
        listed=frozenset(name for name in DATA_TABLES if name in recorded),
    )


def write_file(path: Path, text: str) -> None:
    """Write a text file atomically (UTF-8, line endings as given)."""
    write_atomic(path, text.encode("utf-8"))


def write_published(files: Mapping[str, str], out_dir: Path) -> None:
    """Replace out_dir with a folder holding exactly `files` and whatever else it held.

    The files are written to a temporary folder beside out_dir, which then takes its place:
    a failure on the way leaves out_dir as it was.
    """
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
    try:
        if out_dir.exists():
            for other in sorted(out_dir.iterdir()):
                if other.name not in files and other.is_file():
                    shutil.copy2(other, staging / other.name)
        for name, text in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8", newline="")
        os.chmod(staging, 0o755)
        _swap(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-old-", dir=out_dir.parent))
    os.rmdir(retired)  # a free name on the same file system, for the rename below
    os.rename(out_dir, retired)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        os.rename(retired, out_dir)
        raise
    shutil.rmtree(retired)
