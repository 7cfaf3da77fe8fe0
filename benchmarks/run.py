"""`make bench`: parse throughput against a floor, build time and peak memory at 1,000 and
10,000 documents, --jobs scaling, import time; printed, and recorded in benchmarks/README.md.
Writes a generated corpus to a temporary folder, removed at the end."""

from __future__ import annotations

import datetime as dt
import json
import math
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

from corpus import RAW_DIR, WITH_FIGURES, write_corpus

from casualties import parse_text
from casualties.batch import available_cores, parse_file, pool_map
from casualties.document import decode_text
from casualties.parse.numbers import DIGITS
from casualties.raw import read_raw_documents

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
RESULTS = re.compile(r"<!-- results -->.*<!-- /results -->", re.DOTALL)
SIZES = (1_000, 10_000)
TARGET_MB_S, TARGET_FLOOR_RATIO = 10.0, 10.0
TARGET_BUILD_S, TARGET_BUILD_MB = 30.0, 1024.0
TARGET_IMPORT_RATIO = 1.3
TARGET_DENSE_MB_S, TARGET_DENSE_FLOOR_RATIO = 8.0, 15.0
TARGET_MIX_MB_S = {10: None, 50: 15.0, 100: 8.0}  # by the share of documents with figures
TARGET_PLAIN_MB_S = 40.0
TARGET_GROWTH, TARGET_MEMORY_RATIO = 1.1, 10.0
MIX_DOCUMENTS = 2_000
GROWTH_MB = (0.1, 0.4, 1.6, 6.4)
"""Document lengths (MB) whose parse times give the growth exponent."""
BIG_FILE_MB = 50
ANNOTATED = (HERE.parent / "tests" / "corpus", HERE.parent / "tests" / "corpus-multilingual")
"""The annotated documents (text with figures) whose parse speed is measured per language."""
LANGUAGE_REPEATS = 20
# Runs a build in a fresh interpreter and prints its peak resident memory, workers included.
# Parses one file in a fresh interpreter; prints the peak resident memory (kB) before and
# after. VmHWM, not ru_maxrss: that one keeps the peak of the process forked from this one.
PARSE_AND_MEASURE = """
import re, sys
from pathlib import Path
from casualties.batch import parse_file
def peak():
    return int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text())[1])
base = peak()
parse_file(sys.argv[1])
print(base, peak())
"""
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


def dense_bodies() -> list[tuple[str, str]]:
    """(front matter, text) of every shipped raw document: bulletins and the news that quotes
    them, each stating figures; the front matter gives its language and publication date."""
    return [
        (
            f"---\nlanguage: {raw.document.language}\nkind: news\n"
            f"published: {raw.document.published or 'null'}\n---\n",
            raw.document.text,
        )
        for raw in read_raw_documents(RAW_DIR)
        if raw.transcribed is None and raw.document.text.strip()
    ]


def write_mix(folder: Path, dense: list[Path], plain: list[Path], percent: int) -> list[Path]:
    """MIX_DOCUMENTS files, `percent` of them with figures: copies of the dense documents and
    of the corpus's plain news, in turn."""
    folder.mkdir(parents=True)
    with_figures = MIX_DOCUMENTS * percent // 100
    sources = [dense[i % len(dense)] for i in range(with_figures)]
    sources += [plain[i % len(plain)] for i in range(MIX_DOCUMENTS - with_figures)]
    paths = []
    for index, source in enumerate(sources):
        path = folder / f"mix-{index:05d}.txt"
        shutil.copyfile(source, path)
        paths.append(path)
    return paths


def write_dense(folder: Path, bodies: list[tuple[str, str]]) -> list[Path]:
    """The shipped documents with figures as files with their front matter."""
    folder.mkdir(parents=True)
    paths = []
    for index, (front_matter, text) in enumerate(bodies):
        path = folder / f"dense-{index:04d}.txt"
        path.write_text(f"{front_matter}{text}\n", "utf-8")
        paths.append(path)
    return paths


def long_text(bodies: list[str], megabytes: float, joiner: str) -> str:
    """A text of about `megabytes` MB made of the bodies, in turn, joined by `joiner`."""
    parts, size = [], 0
    while size < megabytes * 1e6:
        body = bodies[len(parts) % len(bodies)]
        parts.append(body)
        size += len(body.encode()) + len(joiner)
    return joiner.join(parts)


def growth_exponent(sizes: list[float], seconds: list[float]) -> float:
    """The slope of log(time) against log(length): 1 when time grows in proportion."""
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def growth_row(name: str, bodies: list[str], joiner: str) -> str:
    """Parse time of one text of each GROWTH_MB length, and the growth exponent."""
    seconds = []
    for megabytes in GROWTH_MB:
        text = long_text(bodies, megabytes, joiner)
        seconds.append(best_of(2, partial(parse_text, text, conflict="ukraine")))
    exponent = growth_exponent(list(GROWTH_MB), seconds)
    times = " / ".join(f"{t:.2f} s" for t in seconds)
    lengths = " / ".join(f"{m:g}" for m in GROWTH_MB)
    return (
        f"| parse time vs length, {name} ({lengths} MB) | {times}: exponent {exponent:.2f} | "
        f"≤ {TARGET_GROWTH:g} ({mark(exponent <= TARGET_GROWTH)}) |"
    )


def memory_row(work: Path, bodies: list[str]) -> str:
    """Peak resident memory of parsing one BIG_FILE_MB file in a new interpreter."""
    path = work / "big.txt"
    front_matter = "---\nlanguage: en\nkind: news\n---\n"  # the language detector's model is 100 MB
    path.write_text(front_matter + long_text(bodies, BIG_FILE_MB, "\n\n"), encoding="utf-8")
    megabytes = path.stat().st_size / 1e6
    done = subprocess.run(
        [sys.executable, "-c", PARSE_AND_MEASURE, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    base, peak = (int(v) / 1024 for v in done.stdout.split()[-2:])
    ratio = peak / megabytes
    return (
        f"| parse one {megabytes:.0f} MB file: peak memory | {peak:.0f} MB ({base:.0f} MB before "
        f"reading it): {ratio:.1f}x its size | < {TARGET_MEMORY_RATIO:g}x "
        f"({mark(ratio < TARGET_MEMORY_RATIO)}) |"
    )


def throughput(paths: list[Path]) -> float:
    """MB/s of reading and parsing the files in one process, best of 3."""
    return sum(p.stat().st_size for p in paths) / 1e6 / best_of(3, partial(parse_serial, paths))


def text_rows(work: Path, plain: list[Path], floor_mb_s: float) -> list[str]:
    """Text that states figures: the dense corpus alone, mixed with plain news, per length."""
    bodies = dense_bodies()
    dense = write_dense(work / "dense", bodies)
    dense_mb_s = throughput(dense)
    ratio = floor_mb_s / dense_mb_s
    rows = [
        f"| parse, dense corpus ({len(dense)} shipped documents with figures, every language) | "
        f"{dense_mb_s:.2f} MB/s, {ratio:.0f}x the floor | ≥ {TARGET_DENSE_MB_S:g} MB/s "
        f"({mark(dense_mb_s >= TARGET_DENSE_MB_S)}), ≤ {TARGET_DENSE_FLOOR_RATIO:g}x the floor "
        f"({mark(ratio <= TARGET_DENSE_FLOOR_RATIO)}) |"
    ]
    for percent, target in TARGET_MIX_MB_S.items():
        mix = write_mix(work / f"mix-{percent}", dense, plain, percent)
        mb_s = throughput(mix)
        goal = f"≥ {target:g} MB/s ({mark(mb_s >= target)})" if target else ""
        rows.append(
            f"| parse, {percent} % dense documents and {100 - percent} % plain news | "
            f"{mb_s:.2f} MB/s | {goal} |"
        )
    english = [text for front_matter, text in bodies if "language: en" in front_matter]
    rows.append(growth_row("English documents one after another", english, "\n\n"))
    flat = [" ".join(text.split()).replace(". ", "; ") for text in english]
    rows.append(growth_row("one paragraph, no full stop", flat, " "))
    rows.append(memory_row(work, english))
    return rows


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
    plain_mb_s = (megabytes - figure_mb) / plain_s
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
        f"| parse, plain news only | {plain_mb_s:.1f} MB/s, "
        f"{len(plain) / plain_s:,.0f} documents/s | ≥ {TARGET_PLAIN_MB_S:g} MB/s "
        f"({mark(plain_mb_s >= TARGET_PLAIN_MB_S)}) |",
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
    lines.extend(text_rows(work, plain, megabytes / floor_s))
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
