"""Download HTML pages and PDF files into data/raw with their provenance. Touches the network
and the disk: each download is written atomically beside a provenance sidecar, and nothing
already stored is ever changed (a changed document is a new file, a vintage)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from tqdm import tqdm
from urllib3.exceptions import (
    ConnectTimeoutError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.util.retry import Retry

from casualties import __version__
from casualties.document import PROVENANCE_SUFFIX, provenance_path
from casualties.errors import CasualtiesError, RawInputError
from casualties.extract import html_text, pdf_text
from casualties.files import write_atomic
from casualties.raw import KINDS

__all__ = [
    "RETRY_STATUSES",
    "USER_AGENT",
    "FetchError",
    "Fetched",
    "Source",
    "fetch_document",
    "fetch_documents",
    "http_session",
    "read_registry",
    "site_folder",
]

USER_AGENT = (
    f"casualties/{__version__} (open data package of civilian casualty figures; "
    f"python-requests/{requests.__version__})"
)
"""An honest User-Agent: the package and its version, so that a site can tell who fetches."""
RETRY_STATUSES = (429, 500, 502, 503, 504)
TIMEOUT = (10.0, 60.0)  # seconds to connect, seconds between bytes of the response
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
UNTYPED = frozenset({"", "application/octet-stream", "binary/octet-stream"})
NOT_SLUG = re.compile(r"[^a-z0-9]+")  # runs of anything but letters and digits become one '-'
FILE_SUFFIX = re.compile(r"\.(?:html?|pdf|aspx?|php)$")  # a suffix the slug does not need
SLUG_LENGTH = 80


class FetchError(CasualtiesError):
    """A URL that gave no document: an HTTP error, a timeout after retries, not HTML or PDF."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Source:
    """A URL to fetch, the kind of document it serves and its language."""

    url: str
    kind: str = "bulletin"
    language: str = "en"


@dataclass(frozen=True)
class Fetched:
    """What fetching a URL did: stored a new file, found it unchanged, or failed (and why)."""

    url: str
    status: Literal["new", "unchanged", "failed"]
    path: Path | None
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == "failed"


def read_registry(path: Path) -> list[Source]:
    """The sources a registry file lists: one `URL [kind]` per line; '#' starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise RawInputError(path, f"cannot be read ({err.strerror})") from err
    sources = []
    for number, line in enumerate(lines, start=1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        url, kind = fields[0], (fields[1] if len(fields) > 1 else "bulletin")
        if urlsplit(url).scheme not in ("http", "https") or len(fields) > 2:
            raise RawInputError(f"{path}:{number}", f"expected 'URL [kind]', got {line.strip()!r}")
        if kind not in KINDS:
            raise RawInputError(f"{path}:{number}", f"kind {kind!r} is not one of {KINDS}")
        sources.append(Source(url, kind))
    return sources


def site_folder(url: str) -> str:
    """The folder under data/raw for a URL's site.

    >>> site_folder("https://www.ohchr.org/en/news/2022/04/ukraine-civilian-casualty-update")
    'ohchr.org'
    """
    host = (urlsplit(url).hostname or "unknown-site").lower()
    return host.removeprefix("www.")


def http_session(*, retries: int = 4, backoff: float = 1.0) -> requests.Session:
    """A Session that retries GETs on 429, 5xx and dropped connections with exponential backoff,
    waiting as long as a Retry-After header asks, and names the package in its User-Agent."""
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        backoff_factor=backoff,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        raise_on_status=False,  # the last error response is reported as itself
    )
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _failure_reason(err: requests.RequestException, *, timeout: tuple[float, float]) -> str:
    cause = err.args[0] if err.args else None
    cause = getattr(cause, "reason", cause)  # the last error behind "max retries exceeded"
    if isinstance(err, requests.ReadTimeout) or isinstance(cause, ReadTimeoutError):
        return f"timed out: no response within {timeout[1]:g} s, after retries"
    if isinstance(cause, NewConnectionError):  # first: urllib3 makes it a ConnectTimeoutError
        return "cannot connect (connection refused or no such host), after retries"
    if isinstance(err, requests.ConnectTimeout) or isinstance(cause, ConnectTimeoutError):
        return f"timed out: could not connect within {timeout[0]:g} s, after retries"
    if isinstance(cause, ProtocolError):
        return "the server dropped the connection, after retries"
    return f"request failed ({type(err).__name__})"


def _suffix(content_type: str, data: bytes) -> str:
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type in HTML_TYPES:
        return ".html"
    if media_type in PDF_TYPES or (media_type in UNTYPED and data.startswith(b"%PDF-")):
        return ".pdf"
    raise ValueError(f"not HTML or PDF (Content-Type {media_type or 'missing'!r})")


def _slug(url: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    last = FILE_SUFFIX.sub("", path.rsplit("/", 1)[-1].lower())
    return NOT_SLUG.sub("-", last).strip("-")[:SLUG_LENGTH].strip("-") or "index"


def _vintages(folder: Path, url: str) -> list[tuple[Path, dict[str, Any]]]:
    """The stored files of a URL with their provenance, oldest first."""
    found = []
    for sidecar in sorted(folder.glob(f"*{PROVENANCE_SUFFIX}")):
        try:
            provenance = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not ours to judge here: the build names a broken sidecar
        raw_file = sidecar.with_name(sidecar.name.removesuffix(PROVENANCE_SUFFIX))
        if (
            isinstance(provenance, dict)
            and provenance.get("source_url") == url
            and raw_file.exists()
        ):
            found.append((raw_file, provenance))
    return sorted(found, key=lambda item: str(item[1].get("retrieved", "")))


def _conditional_headers(provenance: dict[str, Any]) -> dict[str, str]:
    headers = {}
    if provenance.get("etag"):
        headers["If-None-Match"] = str(provenance["etag"])
    if provenance.get("last_modified"):
        headers["If-Modified-Since"] = str(provenance["last_modified"])
    return headers


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def fetch_document(
    source: Source,
    *,
    folder: Path,
    session: requests.Session,
    timeout: tuple[float, float] = TIMEOUT,
    clock: Callable[[], dt.datetime] = _utc_now,
) -> Fetched:
    """Fetch one URL into `folder`: a new file with its provenance sidecar, or nothing when the
    server says it is not modified or its bytes are those of a stored vintage.

    Raises FetchError when the URL gives no HTML or PDF document.
    """
    vintages = _vintages(folder, source.url)
    headers = _conditional_headers(vintages[-1][1]) if vintages else {}
    try:
        response = session.get(source.url, headers=headers, timeout=timeout)
    except requests.RequestException as err:
        raise FetchError(source.url, _failure_reason(err, timeout=timeout)) from err
    if response.status_code == 304 and vintages:
        return Fetched(source.url, "unchanged", vintages[-1][0], "not modified (HTTP 304)")
    if response.status_code != 200:
        raise FetchError(source.url, f"HTTP {response.status_code} {response.reason or ''}".strip())
    data = response.content
    sha256 = hashlib.sha256(data).hexdigest()
    for path, provenance in vintages:
        if provenance.get("sha256") == sha256:
            return Fetched(source.url, "unchanged", path, "same bytes as the stored file")
    content_type = response.headers.get("Content-Type", "")
    try:
        suffix = _suffix(content_type, data)
        extracted = (html_text if suffix == ".html" else pdf_text)(data)
    except ValueError as err:
        raise FetchError(source.url, str(err)) from err
    path = folder / f"{_slug(source.url)}-{sha256[:12]}{suffix}"
    provenance = {
        "source_url": source.url,
        "final_url": response.url if response.url != source.url else None,
        "retrieved": clock().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "content_type": content_type or None,
        "sha256": sha256,
        "bytes": len(data),
        "published": extracted.published.isoformat() if extracted.published else None,
        "etag": response.headers.get("ETag"),
        "last_modified": response.headers.get("Last-Modified"),
        "kind": source.kind,
        "language": source.language,
        "fetched_by": USER_AGENT,
        "provenance": "The server's bytes as downloaded by `casualties fetch`, unchanged.",
    }
    # The file first, then its sidecar: an interrupted fetch leaves a file the next one redoes.
    sidecar = json.dumps(provenance, indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomic(path, data)
        write_atomic(provenance_path(path), sidecar.encode("utf-8"))
    except OSError as err:
        raise FetchError(source.url, f"cannot write {path}: {err.strerror or err}") from err
    return Fetched(source.url, "new", path, f"{len(data):,} bytes, {suffix[1:].upper()}")


def fetch_documents(
    sources: Sequence[Source],
    *,
    raw_dir: Path,
    dest: Path | None = None,
    session: requests.Session | None = None,
    timeout: tuple[float, float] = TIMEOUT,
    progress: bool = False,
) -> list[Fetched]:
    """Fetch every source, in order, into `dest` (default raw_dir/<site>); a failing URL is
    recorded as failed and the others are still fetched."""
    session = session or http_session()
    results = []
    bar = tqdm(sources, desc="fetching", unit="url", disable=None if progress else True)
    for source in bar:
        folder = dest if dest is not None else raw_dir / site_folder(source.url)
        try:
            results.append(fetch_document(source, folder=folder, session=session, timeout=timeout))
        except FetchError as err:
            results.append(Fetched(source.url, "failed", None, err.reason))
    return results
