"""Golden tests: every field of every record of the 30 annotated documents."""

from __future__ import annotations

import pytest
from conftest import corpus_documents, published_of
from scoring import score_corpus

from casualties import parse_text
from casualties.report import REPORT_FIELDS

# Known gaps, each a strict xfail: a fix must promote it.
KNOWN_GAPS: dict[str, str] = {}


def _records(document: dict) -> list[dict]:
    """The annotated records, with the document's country and body (this corpus: Ukraine's)."""
    identity = {
        "country": document.get("country", "UA"),
        "monitoring_body": document.get("monitoring_body", "OHCHR"),
    }
    return [{**{k: r.get(k) for k in REPORT_FIELDS}, **identity} for r in document["records"]]


def _parsed(document: dict) -> list[dict]:
    reports = parse_text(document["text"], published=published_of(document))
    return [
        {k: v for k, v in r.to_dict().items() if k not in ("evidence", "dropped")} for r in reports
    ]


def _key(record: dict) -> tuple:
    return tuple(str(record[k]) for k in REPORT_FIELDS)


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(
            d, id=d["id"], marks=[pytest.mark.xfail(reason=KNOWN_GAPS[d["id"]], strict=True)]
        )
        if d["id"] in KNOWN_GAPS
        else pytest.param(d, id=d["id"])
        for d in corpus_documents()
    ],
)
def test_document_parses_to_its_annotated_records(document: dict) -> None:
    assert sorted(_parsed(document), key=_key) == sorted(_records(document), key=_key)


def test_corpus_field_f1_and_share_of_documents_fully_right(corpus: list[dict]) -> None:
    score = score_corpus((_parsed(d), _records(d)) for d in corpus)
    assert score.f1 >= 0.98, str(score)
    assert score.fully_right / len(corpus) >= 0.85


def test_every_value_points_at_its_text(corpus: list[dict]) -> None:
    for document in corpus:
        for report in parse_text(document["text"], published=published_of(document)):
            for name, evidence in report.evidence.items():
                assert document["text"][evidence.start : evidence.end] == evidence.text, name
