"""`make bench`: parse throughput against a floor, build time and peak memory at 1,000 and
10,000 documents, --jobs scaling, import time; printed, and recorded in benchmarks/README.md.
Writes a generated corpus to a temporary folder, removed at the end."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from corpus import WITH_FIGURES, write_corpus

from casualties import parse_text
from casualties.batch import available_cores, parse_file, pool_map
from casualties.document import decode_text
from casualties.parse.numbers import DIGITS

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
RESULTS = re.compile(r"<!-- results -->.*<!-- /results -->", re.DOTALL)
SIZES = (1_000, 10_000)
TARGET_MB_S, TARGET_FLOOR_RATIO = 10.0, 10.0
TARGET_BUILD_S, TARGET_BUILD_MB = 30.0, 1024.0
TARGET_IMPORT_RATIO = 1.3
ANNOTATED = (HERE.parent / "tests" / "corpus", HERE.parent / "tests" / "corpus-multilingual")
"""The annotated documents (text with figures) whose parse speed is measured per language."""
LANGUAGE_REPEATS = 20
# Runs a build in a fresh interpreter and prints its peak resident memory, workers included.
BUILD_AND_MEASURE = """
import resource, sys
from pathlib import Path
from casualties.build import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[3]))
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(peak)
"""


def best_of(runs: int, function: Callable[[], object]) -> float:
    """The shortest wall time of `runs` calls: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def floor(paths: list[Path]) -> None:
    """What any parser must do at least: read the files and run one number regex over them."""
    for path in paths:
        DIGITS.findall(decode_text(path.read_bytes()))


def parse_serial(paths: list[Path]) -> None:
    for path in paths:
        parse_file(path)


def parse_pool(paths: list[Path], jobs: int) -> None:
    pool_map(parse_file, paths, jobs=jobs)


def build_once(raw: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak MB of `casualties build` in a new process, as `make data` runs it."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", BUILD_AND_MEASURE, str(raw), str(out), str(jobs)],
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - start, int(done.stdout.split()[-1]) / 1024


def import_seconds(module: str) -> float:
    """Wall time of `python -c "import module"`, less that of `python -c pass`, best of 7."""

    def run(code: str) -> Callable[[], object]:
        return partial(subprocess.run, [sys.executable, "-c", code], check=True)

    return best_of(7, run(f"import {module}")) - best_of(7, run("pass"))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = re.findall(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = names[0] if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read_text())[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB memory"
    return (
        f"{cpu}, {available_cores()} cores available{memory}; {platform.platform()}; "
        f"Python {platform.python_version()}"
    )


def mark(ok: bool) -> str:
    return "met" if ok else "**not met**"


def _annotated_by_language() -> dict[str, list[dict]]:
    documents: dict[str, list[dict]] = {}
    for folder in ANNOTATED:
        for path in sorted(folder.glob("*.json")):
            document = json.loads(path.read_text(encoding="utf-8"))
            documents.setdefault(document["language"], []).append(document)
    return dict(sorted(documents.items()))


def parse_annotated(documents: list[dict]) -> None:
    for _ in range(LANGUAGE_REPEATS):
        for d in documents:
            published = dt.date.fromisoformat(d["published"]) if d["published"] else None
            parse_text(d["text"], published=published, language=d["language"])


def language_rows() -> list[str]:
    """Parse speed of text with figures, per language (the annotated corpora, each document
    parsed LANGUAGE_REPEATS times)."""
    rows = []
    for language, documents in _annotated_by_language().items():
        megabytes = LANGUAGE_REPEATS * sum(len(d["text"].encode()) for d in documents) / 1e6
        seconds = best_of(3, partial(parse_annotated, documents))
        rows.append(
            f"| parse, annotated `{language}` documents ({len(documents)}, with figures) | "
            f"{megabytes / seconds:.2f} MB/s | |"
        )
    return rows


def measure(work: Path) -> list[str]:
    corpora = {size: work / f"corpus-{size}" for size in SIZES}
    for size, folder in corpora.items():
        write_corpus(folder, size)
    paths = sorted(corpora[10_000].rglob("*.txt"))
    figures = [p for p in paths if WITH_FIGURES in p.read_text(encoding="utf-8")]
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    floor_s = best_of(3, partial(floor, paths))
    parse_s = best_of(3, partial(parse_serial, paths))
    figure_mb = sum(p.stat().st_size for p in figures) / 1e6
    figure_s = best_of(3, partial(parse_serial, figures))
    plain = sorted(set(paths) - set(figures))
    plain_s = best_of(3, partial(parse_serial, plain))
    pool_s = {jobs: best_of(2, partial(parse_pool, paths, jobs)) for jobs in (1, 2)}
    builds = {
        (size, jobs): build_once(corpora[size], work / f"out-{size}-{jobs}", jobs)
        for size in SIZES
        for jobs in (1, 2)
    }
    casualties_s, pandas_s = import_seconds("casualties"), import_seconds("pandas")

    mb_s, ratio = megabytes / parse_s, parse_s / floor_s
    lines = [
        f"Measured {dt.date.today().isoformat()} on {machine()}.",
        "",
        f"Corpus: {len(paths):,} generated documents, {megabytes:.1f} MB "
        f"({len(figures):,} with figures); `benchmarks/corpus.py`, seed 2022.",
        "",
        "| measure | result | target |",
        "| --- | --- | --- |",
        f"| floor: read + one number regex | {megabytes / floor_s:.1f} MB/s | |",
        f"| parse, one process | {mb_s:.1f} MB/s, {len(paths) / parse_s:,.0f} documents/s, "
        f"{ratio:.1f}x the floor | ≥ {TARGET_MB_S:g} MB/s ({mark(mb_s >= TARGET_MB_S)}), "
        f"≤ {TARGET_FLOOR_RATIO:g}x the floor ({mark(ratio <= TARGET_FLOOR_RATIO)}) |",
        f"| parse, documents with figures only | {figure_mb / figure_s:.1f} MB/s, "
        f"{len(figures) / figure_s:,.0f} documents/s | |",
        f"| parse, plain news only | {(megabytes - figure_mb) / plain_s:.1f} MB/s, "
        f"{len(plain) / plain_s:,.0f} documents/s | |",
        f"| parse, `--jobs 1` / `--jobs 2` (pool) | {pool_s[1]:.2f} s / {pool_s[2]:.2f} s: "
        f"{pool_s[1] / pool_s[2]:.2f}x | |",
    ]
    for (size, jobs), (seconds, peak) in builds.items():
        target = ""
        if (size, jobs) == (10_000, 2):
            target = (
                f"< {TARGET_BUILD_S:g} s ({mark(seconds < TARGET_BUILD_S)}), "
                f"< {TARGET_BUILD_MB:g} MB ({mark(peak < TARGET_BUILD_MB)})"
            )
        lines.append(
            f"| build, {size:,} documents, `--jobs {jobs}` | {seconds:.1f} s, "
            f"peak {peak:.0f} MB | {target} |"
        )
    lines.extend(language_rows())
    import_ratio = casualties_s / pandas_s
    lines.append(
        f"| `import casualties` / `import pandas` | {casualties_s * 1000:.0f} ms / "
        f"{pandas_s * 1000:.0f} ms: {import_ratio:.2f}x | ≤ {TARGET_IMPORT_RATIO:g}x "
        f"({mark(import_ratio <= TARGET_IMPORT_RATIO)}) |"
    )
    return lines


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="casualties-bench-"))
    try:
        lines = measure(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(lines))
    block = "\n".join(["<!-- results -->", *lines, "<!-- /results -->"])
    README.write_text(RESULTS.sub(lambda _: block, README.read_text(encoding="utf-8")))
    print(f"\nrecorded in {README.relative_to(HERE.parent)}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
