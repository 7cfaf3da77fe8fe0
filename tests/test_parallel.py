"""Parsing on several processes and on Dask gives exactly the serial result, in the same order;
the prefilter never drops a text the parser would read figures from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import corpus_documents
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.batch import parse_file, pool_map
from casualties.build import build
from casualties.cli import main
from casualties.parse.assemble import assemble_reports
from casualties.parse.lexicon import load_conflict, load_lexicon
from casualties.parse.prefilter import might_state_figures

RAW = Path(__file__).parent.parent / "data" / "raw"
FIXTURE = Path(__file__).parent / "fixtures" / "build" / "raw"
LEXICON = load_lexicon("en")


def every_document() -> list[Path]:
    return sorted(p for p in RAW.rglob("*.txt"))


def test_a_pool_parses_like_one_process_in_the_same_order() -> None:
    paths = every_document()
    assert pool_map(parse_file, paths, jobs=2) == [parse_file(p) for p in paths]


def test_cli_parse_with_jobs_prints_what_the_serial_run_prints(capsys) -> None:
    files = [str(p) for p in every_document()]
    assert main(["parse", "--format", "json", *files]) == 0
    serial = capsys.readouterr().out
    assert main(["parse", "--format", "json", "--jobs", "2", *files]) == 0
    assert capsys.readouterr().out == serial
    assert len(json.loads(serial)) == len(files)


def test_a_build_on_two_processes_publishes_the_same_bytes(tmp_path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "raw")
    serial = build(tmp_path / "raw", tmp_path / "one")
    pooled = build(tmp_path / "raw", tmp_path / "two", jobs=2)
    assert pooled.files == serial.files


def test_an_error_in_a_worker_reaches_the_caller_whole(tmp_path) -> None:
    from casualties.errors import DocumentError

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00")
    with pytest.raises(DocumentError) as caught:
        pool_map(parse_file, [bad, *every_document()[:3]], jobs=2)
    assert (caught.value.path, caught.value.problem) == (
        bad,
        "not a text document (it holds NUL bytes)",
    )


def test_jobs_must_be_a_positive_number(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["parse", "--jobs", "0", "x.txt"])
    assert caught.value.code == 2
    assert "not a number of processes" in capsys.readouterr().err


def full_parse(text: str) -> list:
    return assemble_reports(
        text, lexicon=LEXICON, conflict=load_conflict("ukraine"), published=None
    )


@pytest.mark.parametrize("document", corpus_documents(), ids=lambda d: d["id"])
def test_the_prefilter_keeps_every_corpus_document_with_figures(document) -> None:
    text = document["text"]
    assert might_state_figures(text, lexicon=LEXICON) or not full_parse(text)


FRAGMENTS = st.sampled_from(
    [
        "1,417",
        "2,038",
        "nine",
        "121",
        "3 April 2022",
        "killed",
        "injured",
        "casualties",
        "civilians",
        "children",
        "OHCHR recorded",
        "including",
        ". ",
        ".\n",
        "\n\n",
        " and ",
        ", ",
        "Mr. ",
        "a.m. ",
        "Of those killed, ",
        "men",
        "women",
        "the death toll is ",
        " were",
        " (",
        ")",
        "wounded",
        "lost their lives",
        "Kharkiv",
        "In March ",
        "toll",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=25).map("".join))
def test_text_the_prefilter_skips_has_no_report(text: str) -> None:
    if not might_state_figures(text, lexicon=LEXICON):
        assert full_parse(text) == []


def test_dask_parses_a_partitioned_corpus_exactly_like_one_process(tmp_path) -> None:
    pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    from casualties.cluster import corpus_partitions, parse_partitioned

    for index, path in enumerate(every_document()):
        folder = tmp_path / f"part-{index % 3}"
        folder.mkdir(exist_ok=True)
        shutil.copy(path, folder / path.name)
    serial = [parse_file(p) for files in corpus_partitions(tmp_path) for p in files]
    assert len(corpus_partitions(tmp_path)) == 3
    assert parse_partitioned(tmp_path, scheduler="processes", workers=2) == serial
    assert sum(len(p.reports) for p in serial) > 50
