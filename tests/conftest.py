"""Shared fixtures: the annotated corpus (project data copied from shared/corpus)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
SEEDS = Path(__file__).parent.parent / "seeds"


def corpus_documents() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]


def published_of(document: dict) -> dt.date | None:
    return dt.date.fromisoformat(document["published"]) if document["published"] else None


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    return corpus_documents()
