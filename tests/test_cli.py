"""The command line: the JSON contract, the formats, exit codes, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import SEEDS

from casualties.cli import main
from casualties.report import REPORT_FIELDS

SEED = str(SEEDS / "000_9e5707ed8e3f83c7.txt")


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def empty(tmp_path):
    path = tmp_path / "empty.md"
    path.write_text("---\npublished: 2022-04-05\n---\nNo figures here.\n", encoding="utf-8")
    return str(path)


def test_json_lists_one_object_per_file_in_argument_order(empty) -> None:
    code, out, _ = run("parse", "--format", "json", SEED, empty)
    result = json.loads(out)
    assert [r["source"] for r in result] == [SEED, empty]
    report = result[0]["reports"][0]
    assert list(report) == [*REPORT_FIELDS, "evidence"]
    assert report["as_of"] == "2022-04-03" and report["killed"] == 1417 and report["area"] is None
    assert report["evidence"]["killed"] == {
        "text": "1,417",
        "start": 2976,
        "end": 2981,
        "qualifier": None,
    }
    assert result[1]["reports"] == []
    assert code == 1


def test_exit_zero_when_every_file_gives_a_report() -> None:
    assert run("parse", "--format", "json", SEED)[0] == 0


def test_csv_has_one_row_per_report() -> None:
    code, out, _ = run("parse", "--format", "csv", SEED)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1
    assert rows[0]["source"] == SEED and rows[0]["total"] == "3455" and rows[0]["area"] == ""


def test_table_is_readable() -> None:
    code, out, _ = run("parse", "--format", "table", SEED)
    assert code == 0 and "3455" in out and "2022-04-03" in out


def test_published_option_resolves_dates_of_documents_without_one(tmp_path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(
        "OHCHR recorded 40 civilians killed in Ukraine as of 3 April.", encoding="utf-8"
    )
    _, out, _ = run("parse", "--format", "json", "--published", "2022-04-05", str(path))
    assert json.loads(out)[0]["reports"][0]["as_of"] == "2022-04-03"


def test_a_document_whose_conflict_cannot_be_told_is_one_warning_and_the_rest_parse(
    tmp_path,
) -> None:
    untold, afghan = tmp_path / "untold.txt", tmp_path / "afghan.txt"
    untold.write_text("The UN said 40 civilians were killed as of 3 April.", encoding="utf-8")
    afghan.write_text("UNAMA said 40 civilians were killed in Afghanistan.", encoding="utf-8")
    code, out, err = run("parse", "--format", "json", str(untold), str(afghan))
    assert code == 1
    (line,) = err.splitlines()
    assert line.startswith(f"casualties: warning: {untold}: no reports: cannot tell which conflict")
    untold_result, afghan_result = json.loads(out)
    assert untold_result["reports"] == [] and "--conflict" in untold_result["warning"]
    (report,) = afghan_result["reports"]
    assert (report["country"], report["monitoring_body"], report["killed"]) == ("AF", "UNAMA", 40)


def test_the_conflict_option_names_the_profile(tmp_path) -> None:
    path = tmp_path / "untold.txt"
    path.write_text("The UN said 40 civilians were killed.", encoding="utf-8")
    code, out, err = run("parse", "--format", "json", "--conflict", "YE", str(path))
    assert code == 0 and err == ""
    (report,) = json.loads(out)[0]["reports"]
    assert (report["country"], report["monitoring_body"]) == ("YE", "OHCHR")


@pytest.mark.parametrize(
    ("name", "raw", "problem"),
    [
        ("missing.txt", None, "no such file"),
        ("binary.txt", b"\x00\x01\x02", "not a text document"),
        ("bad-date.txt", b"---\npublished: 2022-02-30\n---\nOHCHR", "front matter"),
    ],
)
def test_unreadable_file_exits_2_with_one_line_and_the_rest_still_parse(
    tmp_path, name, raw, problem
) -> None:
    path = tmp_path / name
    if raw is not None:
        path.write_bytes(raw)
    code, out, err = run("parse", "--format", "json", str(path), SEED)
    assert code == 2
    assert err.count("\n") == 1 and str(path) in err and problem in err
    result = json.loads(out)
    assert result[0]["reports"] == [] and result[1]["reports"]


def test_directory_is_reported_not_raised(tmp_path) -> None:
    code, _, err = run("parse", "--format", "json", str(tmp_path))
    assert code == 2 and "directory" in err


def test_python_m_casualties_is_the_same_cli_and_shows_no_traceback(tmp_path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"---\npublished: nope\n---\n")
    done = subprocess.run(
        [sys.executable, "-m", "casualties", "parse", "--format", "json", str(bad), SEED],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert json.loads(done.stdout)[1]["reports"][0]["total"] == 3455


def test_a_language_without_a_lexicon_is_one_warning_and_the_others_parse(tmp_path) -> None:
    hungarian, english = tmp_path / "hu.txt", tmp_path / "en.txt"
    hungarian.write_text(
        "---\nlanguage: hu\n---\nAz ENSZ szerint 1417 civil halt meg Ukrajnában.\n",
        encoding="utf-8",
    )
    english.write_text("OHCHR recorded 1,417 civilians killed in Ukraine.", encoding="utf-8")
    code, out, err = run("parse", "--format", "json", str(hungarian), str(english))
    assert code == 1  # some file gave no report; never 2 for the whole run
    (line,) = err.splitlines()
    assert line == f"casualties: warning: {hungarian}: no lexicon for language 'hu' yet: not parsed"
    first, second = json.loads(out)
    assert first["reports"] == [] and second["reports"][0]["killed"] == 1417


def test_a_file_without_a_language_is_read_in_the_language_of_its_text(tmp_path) -> None:
    russian = tmp_path / "ru.txt"
    russian.write_text(
        "Управление ООН по правам человека: с начала войны в Украине погибли 11 284 мирных "
        "жителя.\n",
        encoding="utf-8",
    )
    code, out, _ = run("parse", "--format", "json", str(russian))
    assert code == 0
    (result,) = json.loads(out)
    assert result["language"] == "ru" and result["reports"][0]["killed"] == 11284


def test_json_keeps_the_readings_of_a_report_left_with_no_value(tmp_path) -> None:
    path = tmp_path / "tie.md"
    path.write_text(
        "---\npublished: 2023-09-26\n---\nOHCHR said 1,417 civilians were killed. OHCHR said"
        " 1,430 civilians were killed.\n",
        encoding="utf-8",
    )
    code, out, _ = run("parse", "--format", "json", "--conflict", "ukraine", str(path))
    (result,) = json.loads(out)
    assert result["reports"] == []
    assert [(d["value"], d["text"], d["start"], d["reason"]) for d in result["dropped"]] == [
        (
            1417,
            "1,417",
            11,
            "two readings of the field, as strongly evidenced, disagree: both left out",
        ),
        (
            1430,
            "1,430",
            51,
            "two readings of the field, as strongly evidenced, disagree: both left out",
        ),
    ]
    assert code == 1
