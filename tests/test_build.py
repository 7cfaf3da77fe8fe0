"""The build end to end: golden outputs, reproducibility, versions, and the guards that keep
data/processed untouched when the data breaks a rule."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from casualties.build import build, plan_build, stale_files
from casualties.cli import main
from casualties.errors import RawInputError, ValidationFailed

FIXTURE = Path(__file__).parent / "fixtures" / "build"
UPDATE_GOLDEN = os.environ.get("CASUALTIES_UPDATE_GOLDEN") == "1"

BAD_SUM = """---
published: 2022-09-01
source_url: https://example.org/bad-sum
kind: news
language: en
---
OHCHR recorded 14,000 civilian casualties as of 31 August 2022: 5,663 killed and 8,197 injured.
"""
FALLING = """---
published: 2022-09-01
source_url: https://example.org/falling
kind: news
language: en
---
OHCHR recorded 12,000 civilian casualties as of 31 August 2022: 5,000 killed and 7,000 injured.
"""
GOOD = """---
published: 2022-09-01
source_url: https://example.org/good
kind: bulletin
language: en
---
From 24 February to 31 August 2022, OHCHR recorded 13,917 civilian casualties in the country:
5,663 killed and 8,254 injured.
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder by its relative path (texts/ included)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    """A copy of the fixture's raw tree, built once: raw, out and docs folders."""
    paths = {"raw": tmp_path / "raw", "out": tmp_path / "processed", "docs": tmp_path / "docs"}
    shutil.copytree(FIXTURE / "raw", paths["raw"])
    build(paths["raw"], paths["out"], docs_dir=paths["docs"])
    return paths


def add_document(tree: dict[str, Path], name: str, text: str) -> Path:
    path = tree["raw"] / "news" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_fixture_tree_builds_the_golden_outputs(tree) -> None:
    produced = {**snapshot(tree["out"]), **snapshot(tree["docs"])}
    expected_dir = FIXTURE / "expected"
    if UPDATE_GOLDEN:
        shutil.rmtree(expected_dir, ignore_errors=True)
        expected_dir.mkdir()
        for name, data in produced.items():
            (expected_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / name).write_bytes(data)
    assert produced == snapshot(expected_dir)


def test_two_builds_are_byte_identical(tree) -> None:
    first = snapshot(tree["out"])
    result = build(tree["raw"], tree["out"], docs_dir=tree["docs"])
    assert snapshot(tree["out"]) == first
    assert not result.changed and result.version == "1.0.0"


def test_built_package_passes_frictionless_validation(tree) -> None:
    report = frictionless.validate(tree["out"] / "datapackage.json")
    assert report.valid, report.flatten(["type", "note"])


def test_committed_package_passes_frictionless_validation() -> None:
    report = frictionless.validate(Path("data/processed/datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])


def test_tampered_table_fails_frictionless_validation(tree) -> None:
    series = tree["out"] / "series.csv"
    series.write_text(series.read_text().replace("331", "332"), encoding="utf-8")
    report = frictionless.validate(tree["out"] / "datapackage.json")
    assert not report.valid
    assert "hash-count" in {error[0] for error in report.flatten(["type"])}


def test_committed_data_is_what_the_build_produces() -> None:
    raw, out, docs = Path("data/raw"), Path("data/processed"), Path("docs")
    assert stale_files(plan_build(raw, out), out, docs_dir=docs) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [(BAD_SUM, "total_is_killed_plus_injured"), (FALLING, "cumulative_never_falls")],
    ids=["sum-mismatch", "falling-count"],
)
def test_a_breaking_document_stops_the_build_and_leaves_the_output_untouched(
    tree, text, rule
) -> None:
    before = {**snapshot(tree["out"]), **snapshot(tree["docs"])}
    path = add_document(tree, "ua-2022-09-01-new.txt", text)
    with pytest.raises(ValidationFailed) as failed:
        build(tree["raw"], tree["out"], docs_dir=tree["docs"])
    assert any(str(path) in line and rule in line for line in failed.value.failures)
    assert {**snapshot(tree["out"]), **snapshot(tree["docs"])} == before
    assert sorted(p.name for p in tree["out"].parent.iterdir()) == ["docs", "processed", "raw"]


def test_validation_lists_every_failure_at_once(tree) -> None:
    add_document(tree, "ua-2022-09-01-sum.txt", BAD_SUM)
    add_document(tree, "ua-2022-09-01-fall.txt", FALLING)
    with pytest.raises(ValidationFailed) as failed:
        plan_build(tree["raw"], tree["out"])
    rules = " ".join(failed.value.failures)
    assert "total_is_killed_plus_injured" in rules and "cumulative_never_falls" in rules
    assert "killed=5663, injured=8197, total=14000" in rules


def test_a_good_document_joins_the_series_and_bumps_the_minor_version(tree) -> None:
    add_document(tree, "ua-2022-09-01-update.txt", GOOD)
    result = build(tree["raw"], tree["out"], docs_dir=tree["docs"])
    assert (result.previous_version, result.version) == ("1.0.0", "1.1.0")
    series = pd.read_csv(tree["out"] / "series.csv", dtype=str, keep_default_na=False)
    last = series.iloc[-1]
    assert (last["as_of"], last["killed"], last["injured"], last["total"]) == (
        "2022-08-31",
        "5663",
        "8254",
        "13917",
    )
    assert last["documents"] == "ua-2022-09-01-update"
    assert last["derived_killed_change"] == str(5663 - 5327)
    changelog = (tree["out"] / "CHANGELOG.md").read_text()
    assert changelog.index("## 1.1.0") < changelog.index("## 1.0.0")
    assert "ua-2022-09-01-update cumulative:national:2022-08-31" in changelog
    assert '"version": "1.1.0"' in (tree["out"] / "datapackage.json").read_text()


def test_a_changed_raw_file_stops_the_build_naming_it(tree) -> None:
    path = tree["raw"] / "bulletins" / "ua-2022-06-24-update.txt"
    path.write_text(path.read_text().replace("4,677", "4,678"), encoding="utf-8")
    with pytest.raises(RawInputError, match="changed since it was recorded") as error:
        build(tree["raw"], tree["out"])
    assert error.value.path == path


def test_a_removed_raw_file_stops_the_build(tree) -> None:
    (tree["raw"] / "news" / "ua-2022-08-02-feed.txt").unlink()
    with pytest.raises(RawInputError, match="missing"):
        build(tree["raw"], tree["out"])


def test_a_known_issue_that_matches_nothing_fails_the_build(tree) -> None:
    issues = tree["raw"] / "known_issues.csv"
    issues.write_text(
        issues.read_text() + "ua-2022-08-02-feed,breakdown_adds_up,stale,,2026-11-24\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationFailed) as failed:
        plan_build(tree["raw"], tree["out"])
    assert any("known_issue_matches_nothing" in line for line in failed.value.failures)


def test_a_listed_document_is_flagged_and_left_out_of_the_series(tree) -> None:
    reports = pd.read_csv(tree["out"] / "reports.csv", dtype=str, keep_default_na=False)
    flagged = reports.loc[reports["known_issue"] == "true", "document_id"].tolist()
    assert flagged == ["ua-2022-05-20-mixed"]
    series = pd.read_csv(tree["out"] / "series.csv", dtype=str, keep_default_na=False)
    assert "2022-05-19" not in set(series["as_of"])


def test_cli_build_prints_one_line_per_failure_and_exits_1(tree, capsys) -> None:
    path = add_document(tree, "ua-2022-09-01-new.txt", BAD_SUM)
    args = ["--raw", str(tree["raw"]), "--out", str(tree["out"]), "--docs", str(tree["docs"])]
    assert main(["build", *args]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"casualties: {path}: total_is_killed_plus_injured")
    assert lines[-1] == "casualties: validation: 1 failure; nothing was written"
    assert "Traceback" not in "\n".join(lines)


def test_cli_validate_reports_stale_output(tree, capsys) -> None:
    args = ["--raw", str(tree["raw"]), "--out", str(tree["out"]), "--docs", str(tree["docs"])]
    assert main(["validate", *args]) == 0
    (tree["out"] / "series.csv").write_text("as_of\n", encoding="utf-8")
    assert main(["validate", *args]) == 1
    assert "series.csv: not what" in capsys.readouterr().err


def test_figures_of_html_and_pdf_documents_quote_their_published_text(tree) -> None:
    figures = pd.read_csv(tree["out"] / "figures.csv", dtype={"text": str})
    extracted = figures[
        figures["document_id"].isin(["ua-2022-04-04-update", "ua-2022-05-27-update"])
    ]
    assert len(extracted) == 8  # five values from the page, three from the PDF
    for row in extracted.itertuples():
        text = (tree["out"] / "texts" / f"{row.document_id}.txt").read_text(encoding="utf-8")
        assert text[row.char_start : row.char_end] == row.text


def test_an_html_file_without_its_provenance_sidecar_is_refused(tree) -> None:
    (tree["raw"] / "bulletins" / "ua-2022-04-04-update.html.provenance.json").unlink()
    with pytest.raises(RawInputError, match=r"update\.html\.provenance\.json: no provenance"):
        plan_build(tree["raw"], tree["out"])


def test_a_pdf_that_differs_from_its_provenance_sha256_is_refused(tree) -> None:
    pdf = tree["raw"] / "bulletins" / "ua-2022-05-27-update.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n")
    with pytest.raises(RawInputError, match=r"update\.pdf: its sha256 is not the one"):
        plan_build(tree["raw"], tree["out"])
