"""`make data` rebuilds when and only when a published file is missing, edited, or older than
its inputs: the Makefile's rules, run dry (`make -n`) against a stamp in a temporary folder."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from casualties.paths import ROOT

BUILD_COMMAND = "casualties build --raw data/raw --out data/processed"


def dry_run(stamp: Path, published: list[Path]) -> str:
    """What `make data` would run, with the build stamp and the published files given."""
    names = " ".join(str(p) for p in published)
    done = subprocess.run(
        ["make", "-n", "data", f"BUILT={stamp}", f"PUBLISHED={names}", "STAMP="],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def stamp(tmp_path: Path) -> Path:
    """A build stamp newer than every input, beside one published file older than it."""
    published = tmp_path / "series.csv"
    published.write_text("as_of\n")
    stamp = tmp_path / "built"
    stamp.touch()
    later = time.time() + 5
    os.utime(stamp, (later, later))
    return stamp


def test_nothing_is_done_when_nothing_changed(stamp) -> None:
    assert BUILD_COMMAND not in dry_run(stamp, [stamp.parent / "series.csv"])


def test_a_missing_published_file_is_rebuilt(stamp) -> None:
    missing = stamp.parent / "reports.csv"
    assert BUILD_COMMAND in dry_run(stamp, [stamp.parent / "series.csv", missing])


def test_a_published_file_edited_after_the_build_is_rebuilt(stamp) -> None:
    edited = stamp.parent / "series.csv"
    later = stamp.stat().st_mtime + 5
    os.utime(edited, (later, later))
    assert BUILD_COMMAND in dry_run(stamp, [edited])
