"""Parse a partitioned corpus on Dask (`pip install casualties[dask]`): a dask.bag of file
paths, one partition per folder, mapped with parse_file. Reads the disk through its workers.

A local scheduler is a pool of processes on this machine; a cluster is the same code with a
`distributed.Client` made first (then dask.bag uses the cluster by default):

    from casualties.cluster import parse_partitioned

    parsed = parse_partitioned("archive/", scheduler="processes", workers=2)
    reports = sum(len(p.reports) for p in parsed)

tests/test_parallel.py runs it and checks it against one process.
"""

from __future__ import annotations

from pathlib import Path

from casualties.batch import ParsedFile, parse_file
from casualties.document import DOCUMENT_SUFFIXES

__all__ = ["corpus_partitions", "parse_partitioned"]


def corpus_partitions(root: str | Path) -> list[list[str]]:
    """The document files under root, one sorted list per folder (a partition), folders sorted."""
    folders: dict[Path, list[str]] = {}
    for path in sorted(Path(root).rglob("*")):
        if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES:
            folders.setdefault(path.parent, []).append(str(path))
    return [folders[folder] for folder in sorted(folders)]


def parse_partitioned(
    root: str | Path, *, scheduler: str = "processes", workers: int | None = None
) -> list[ParsedFile]:
    """Every document under root parsed on Dask: the same ParsedFiles, in the same order (folder
    by folder, file by file), as parse_file over the sorted files in one process."""
    import dask.bag as db  # the optional extra: imported only here

    partitions = corpus_partitions(root)
    if not partitions:
        return []
    bag = db.concat([db.from_sequence(files, npartitions=1) for files in partitions])
    return bag.map(parse_file).compute(scheduler=scheduler, num_workers=workers)
