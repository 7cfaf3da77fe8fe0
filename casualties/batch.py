"""Run a function over many documents, in this process or on a pool of processes, with the
results in input order. The functions it is given read the disk; it adds none of its own."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from tqdm import tqdm

__all__ = ["CHUNKS_PER_WORKER", "available_cores", "pool_map"]

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
