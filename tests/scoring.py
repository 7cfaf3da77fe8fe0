"""Field-level scoring of parsed reports against annotated records (used by tests and by hand)."""

from __future__ import annotations

from typing import Any

from casualties.report import REPORT_FIELDS

__all__ = ["align", "score_document"]


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
