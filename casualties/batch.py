"""Run a function over many documents, in this process or on a pool of processes, with the
results in input order. The functions it is given read the disk; it adds none of its own."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from casualties.document import read_document
from casualties.parse import parse_document
from casualties.report import Report

__all__ = ["CHUNKS_PER_WORKER", "ParsedFile", "available_cores", "parse_file", "pool_map"]

Item = TypeVar("Item")
Result = TypeVar("Result")
CHUNKS_PER_WORKER = 8  # small enough to balance uneven documents, large enough to amortise IPC


def available_cores() -> int:
    """The cores this process may run on (the CPU affinity, not the machine's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def pool_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    jobs: int = 1,
    progress: bool = False,
    desc: str = "parsing",
) -> list[Result]:
    """[function(item) for item in items], on `jobs` processes when jobs > 1: the same results
    in the same order. `function` must be importable (a module-level function or a partial)."""
    bar = {"desc": desc, "unit": "doc", "total": len(items), "disable": None if progress else True}
    if jobs <= 1 or len(items) < 2:
        return [function(item) for item in tqdm(items, **bar)]
    workers = min(jobs, len(items))
    chunksize = max(1, len(items) // (workers * CHUNKS_PER_WORKER))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(tqdm(pool.map(function, items, chunksize=chunksize), **bar))


@dataclass(frozen=True)
class ParsedFile:
    """A document file and the reports parsed from it."""

    path: str
    reports: list[Report]


def parse_file(path: str | Path) -> ParsedFile:
    """Read and parse one document file (.txt, .md, .html, .pdf): the unit of work of a pool or a
    cluster. DocumentError when the file cannot be read."""
    return ParsedFile(str(path), parse_document(read_document(path)))
