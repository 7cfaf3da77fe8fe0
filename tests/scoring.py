"""Field-level scoring of parsed reports against annotated records (used by tests and by hand)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from casualties.report import REPORT_FIELDS

__all__ = ["CorpusScore", "align", "score_corpus", "score_document"]


def _stated(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record.get(k) for k in REPORT_FIELDS if record.get(k) is not None}


def _agreement(a: dict[str, Any], b: dict[str, Any]) -> int:
    return sum(1 for k, v in a.items() if b.get(k) == v)


def align(predicted: list[dict], expected: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pair predicted with expected records, greedily by the number of agreeing fields."""
    pairs, left, right = [], list(map(_stated, predicted)), list(map(_stated, expected))
    while left and right:
        i, j = max(
            ((i, j) for i in range(len(left)) for j in range(len(right))),
            key=lambda ij: _agreement(left[ij[0]], right[ij[1]]),
        )
        if _agreement(left[i], right[j]) == 0:
            break
        pairs.append((left.pop(i), right.pop(j)))
    pairs += [(p, None) for p in left] + [(None, e) for e in right]
    return pairs


def score_document(predicted: list[dict], expected: list[dict]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over stated fields."""
    tp = fp = fn = 0
    for p, e in align(predicted, expected):
        p, e = p or {}, e or {}
        for k in p.keys() | e.keys():
            if k in p and p.get(k) == e.get(k):
                tp += 1
            else:
                fp += k in p
                fn += k in e
    return tp, fp, fn


class CorpusScore(NamedTuple):
    """Field precision, recall and F1 over a corpus, and how many documents are fully right."""

    precision: float
    recall: float
    f1: float
    fully_right: int

    def __str__(self) -> str:
        return f"field F1 {self.f1:.3f} (precision {self.precision:.3f}, recall {self.recall:.3f})"


def score_corpus(documents: Iterable[tuple[list[dict], list[dict]]]) -> CorpusScore:
    """The score of (predicted, expected) record lists, one pair per document."""
    tp = fp = fn = right = 0
    for predicted, expected in documents:
        t, f, n = score_document(predicted, expected)
        tp, fp, fn, right = tp + t, fp + f, fn + n, right + (f == n == 0)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return CorpusScore(precision, recall, 2 * tp / (2 * tp + fp + fn), right)
