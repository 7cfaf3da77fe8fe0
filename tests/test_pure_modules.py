"""The pure modules (checks and tables) import no module that reads the disk or the network,
not even for a constant: they say so in their first line, and the import graph holds them to it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "casualties"
PURE = ("schema", "consistency", "validate", "table", "report", "sources", "reconcile")
DISK_OR_NETWORK = {"casualties.raw", "casualties.fetch", "casualties.build", "casualties.files"}


def _runtime_imports(path: Path) -> set[str]:
    """The casualties modules a file imports when it runs (not under `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("casualties")}


@pytest.mark.parametrize("module", PURE)
def test_a_pure_module_imports_no_disk_or_network_module(module: str) -> None:
    path = PACKAGE / f"{module}.py"
    assert "Pure" in path.read_text(encoding="utf-8").split("\n\n")[0]
    assert not _runtime_imports(path) & DISK_OR_NETWORK
