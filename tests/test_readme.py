"""The README's claims hold: the commands it names exist, its layout is the package's, and its
notebook lines run on the published data."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pytest

from casualties.cli import _parser

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKE_TARGET = re.compile(r"^(?P<target>[a-z][a-z-]*):", re.MULTILINE)  # "data: $(BUILT) ## ..."
NAMED_TARGET = re.compile(r"`make (?P<target>[a-z-]+)`|^make (?P<line>[a-z-]+)", re.MULTILINE)
NAMED_COMMAND = re.compile(r"(?:casualties|python -m casualties) (?P<command>[a-z]+)\b")
LAYOUT_LINE = re.compile(r"^ {2,4}(?P<name>[a-z_]+\.py)\s", re.MULTILINE)  # "  report.py   ..."


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.MULTILINE | re.DOTALL)


def test_every_make_target_it_names_exists() -> None:
    targets = set(MAKE_TARGET.findall((ROOT / "Makefile").read_text(encoding="utf-8")))
    named = {m["target"] or m["line"] for m in NAMED_TARGET.finditer(README)}
    assert named and named <= targets


def test_every_command_it_names_exists() -> None:
    parser = _parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    named = set(NAMED_COMMAND.findall(README))
    assert named and named <= commands


def test_its_layout_lists_every_module_of_the_package() -> None:
    listed = set(LAYOUT_LINE.findall(README))
    modules = {p.name for p in (ROOT / "casualties").glob("*.py") if p.name != "__init__.py"}
    modules |= {
        p.name for p in (ROOT / "casualties" / "parse").glob("*.py") if p.name != "__init__.py"
    }
    assert modules - listed == set()
    assert listed - modules == set()


@pytest.mark.parametrize("block", _blocks("python")[:1])
def test_its_notebook_lines_run_on_the_published_data(block: str) -> None:
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    series = namespace["series"]
    assert {"country", "monitoring_body", "as_of"} <= set(series.columns)  # type: ignore[attr-defined]
