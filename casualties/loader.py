"""Load the published tables as typed, validated DataFrames: those this copy of the package
carries, or a release over HTTP (cached, sha256-checked). Reads the disk; the network only for a
release."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd
import requests

from casualties.errors import LoadError
from casualties.files import write_atomic
from casualties.paths import PACKAGED_DIR, PROCESSED_DIR

__all__ = ["RELEASES_URL_ENV", "load", "tables"]

RELEASES_URL_ENV = "CASUALTIES_RELEASES_URL"
"""Environment variable: the URL of a tagged release, with {version} where the version goes."""
CATEGORIES = {
    "kind",
    "scope",
    "language",
    "country",
    "monitoring_body",
    "outcome",
    "group",
    "qualifier",
}
TIMEOUT = (5, 30)  # seconds to connect, seconds between bytes


def tables() -> pd.DataFrame:
    """The published tables with a one-line description each."""
    from casualties.schema import TABLES

    return pd.DataFrame(
        {
            "table": list(TABLES),
            "description": [" ".join((m.__doc__ or "").split()) for m in TABLES.values()],
        }
    )


def _model(table: str) -> Any:
    from casualties.schema import TABLES

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return TABLES[table]


def typed_table(text_frame: pd.DataFrame, table: str, *, source: object) -> pd.DataFrame:
    """A table read as strings, typed and validated against its schema; LoadError if it fails."""
    import pandera.pandas as pa

    from casualties.codec import typed

    model = _model(table)
    frame = typed(text_frame, table, source=source)
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        _raise_unless_known_issues(err.failure_cases, frame, model.to_schema(), source=source)
    except pa.errors.SchemaError as err:
        raise LoadError(f"{source}: does not match the {table} schema ({err.reason_code})") from err
    return frame


def _raise_unless_known_issues(
    cases: pd.DataFrame, frame: pd.DataFrame, schema: Any, *, source: object
) -> None:
    """Rows of documents listed in known_issues.csv break row checks by design: excused."""
    flagged = frame.index[frame["known_issue"]] if "known_issue" in frame else frame.index[:0]
    row_checks = {check.name for check in schema.checks}
    excused = cases["check"].isin(row_checks) & cases["index"].isin(flagged)
    if not excused.all():
        broken = cases.loc[~excused].drop_duplicates(["check", "index"])
        first = broken.iloc[0]
        where = f"row {first['index']}" if pd.notna(first["index"]) else f"column {first['column']}"
        raise LoadError(
            f"{source}: {len(broken)} checks fail; first {first['check']} at {where}: "
            "is it a table of another version, or edited by hand?"
        )


def _read(folder: Path, table: str) -> pd.DataFrame:
    path = folder / f"{table}.csv"
    if not path.exists():
        raise LoadError(f"{path}: no such file; run `make data`, or load a release with version=")
    from casualties.codec import read_strings

    return typed_table(read_strings(path.read_text(encoding="utf-8")), table, source=path)


def _vintage(folder: Path, table: str, published_before: str) -> pd.DataFrame:
    """A table as known on a date: only documents published on or before it."""
    cutoff = pd.Timestamp(published_before)
    if table == "revisions":
        raise ValueError(
            "published_before applies to documents, reports, figures, series and periods"
        )
    source = "documents" if table == "documents" else "reports"
    rows = _read(folder, source)
    known = rows.loc[rows["published"].notna() & (rows["published"] <= cutoff)]
    if table in ("documents", "reports"):
        return known.reset_index(drop=True)
    if table in ("series", "periods"):
        from casualties.series import headline_series, period_figures

        derive = headline_series if table == "series" else period_figures
        return _model(table).validate(_model(table).to_schema().coerce_dtype(derive(known)))
    figures = _read(folder, "figures")
    keys = known[["document_id", "report"]]
    return figures.merge(keys, on=["document_id", "report"]).reset_index(drop=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _get(session: requests.Session, url: str) -> bytes:
    try:
        response = session.get(url, timeout=TIMEOUT)
    except requests.RequestException as err:
        raise LoadError(
            f"{url}: cannot be reached ({type(err).__name__}); are you offline?"
        ) from err
    if response.status_code != 200:
        raise LoadError(f"{url}: HTTP {response.status_code}; is the version or URL right?")
    return response.content


def _verified(folder: Path, package: dict[str, Any]) -> bool:
    return all(
        (folder / r["path"]).exists() and f"sha256:{_sha256(folder / r['path'])}" == r["hash"]
        for r in package["resources"]
    )


def release_folder(url: str, *, cache_dir: Path | None = None) -> Path:
    """Download a release's datapackage.json and tables into the cache, checking each sha256
    against the package; a complete, verified cached copy is used when the server is offline."""
    from casualties.fetch import USER_AGENT  # the one User-Agent of the package

    url = url if url.endswith("/") else f"{url}/"
    cache_root = cache_dir or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    folder = cache_root / "casualties" / hashlib.sha256(url.encode()).hexdigest()[:16]
    cached_package = folder / "datapackage.json"
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    try:
        package_bytes = _get(session, f"{url}datapackage.json")
    except LoadError:
        if cached_package.exists() and _verified(folder, json.loads(cached_package.read_bytes())):
            return folder
        raise
    package = json.loads(package_bytes)
    folder.mkdir(parents=True, exist_ok=True)
    for resource in package["resources"]:
        path = folder / Path(resource["path"]).name
        if path.exists() and f"sha256:{_sha256(path)}" == resource["hash"]:
            continue
        data = _get(session, f"{url}{resource['path']}")
        digest = f"sha256:{hashlib.sha256(data).hexdigest()}"
        if digest != resource["hash"]:
            raise LoadError(
                f"{url}{resource['path']}: sha256 differs from datapackage.json "
                f"({digest} != {resource['hash']}): the release is corrupt or was tampered with"
            )
        write_atomic(path, data)
    write_atomic(cached_package, package_bytes)
    return folder


def _release_url(version: str) -> str:
    template = os.environ.get(RELEASES_URL_ENV)
    if not template:
        raise LoadError(
            f"no release URL for version {version}: set {RELEASES_URL_ENV} to the URL of the "
            "tagged releases (with {version} where the version goes), or pass url="
        )
    return template.format(version=version)


def _installed_folder() -> Path:
    """The tables this copy of the package carries: those shipped in the wheel when installed
    with pip, else the source tree's data/processed (an editable install, a clone)."""
    return PACKAGED_DIR if PACKAGED_DIR.is_dir() else PROCESSED_DIR


def load(
    table: str = "series",
    *,
    version: str | None = None,
    url: str | None = None,
    published_before: str | None = None,
    cache_dir: Path | None = None,
) -> pd.DataFrame:
    """A published table as a typed DataFrame, validated against its schema.

    Dates are datetime64, counts nullable Int64, kinds and scopes categories. By default the
    data this copy of the package carries (shipped in the wheel; data/processed in the source
    tree); `version="1.2.0"` or `url=` a release over HTTP (cached, each
    file's sha256 checked against its datapackage.json). `published_before="2022-06-01"` gives
    the table as known on that date: only documents published on or before it.
    """
    _model(table)
    if url is None and version is not None:
        url = _release_url(version)
    folder = release_folder(url, cache_dir=cache_dir) if url else _installed_folder()
    if published_before is not None:
        frame = _vintage(folder, table, published_before)
    else:
        frame = _read(folder, table)
    for column in CATEGORIES & set(frame.columns):
        frame[column] = frame[column].astype("category")
    return frame
