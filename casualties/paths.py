"""The repository's folders as constants. Pure: nothing happens at import."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DOCS_DIR", "FIGURES_DIR", "PACKAGED_DIR", "PROCESSED_DIR", "RAW_DIR", "ROOT"]

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "data" / "raw"
PROCESSED_DIR = ROOT / "data" / "processed"
DOCS_DIR = ROOT / "docs"
FIGURES_DIR = ROOT / "reports" / "figures"
PACKAGED_DIR = Path(__file__).resolve().parent / "published"
"""The published tables inside an installed wheel (data/processed, copied there by the build
backend); absent in the source tree."""
