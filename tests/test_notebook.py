"""The quickstart notebook runs top to bottom on a fresh kernel, offline, and draws its charts."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).parent.parent / "notebooks" / "01-quickstart.ipynb"


def test_quickstart_notebook_runs_and_draws_its_charts(tmp_path) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},  # any working directory will do
    )
    client.execute()  # raises CellExecutionError naming the failing cell
    images = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    assert len(images) == 6  # cumulative, breakdown, periods (UA, IQ), vintages, countries
