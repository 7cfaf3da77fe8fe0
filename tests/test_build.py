"""The build end to end: golden outputs, reproducibility, versions, and the guards that keep
data/processed untouched when the data breaks a rule."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from casualties.build import build, plan_build, stale_files
from casualties.cli import main
from casualties.errors import LoadError, RawInputError, ValidationFailed

FIXTURE = Path(__file__).parent / "fixtures" / "build"
UPDATE_GOLDEN = os.environ.get("CASUALTIES_UPDATE_GOLDEN") == "1"

BAD_SUM = """---
published: 2022-09-01
source_url: https://example.org/bad-sum
kind: news
language: en
---
OHCHR recorded 14,000 civilian casualties in Ukraine as of 31 August 2022: 5,663 killed and 8,197 injured.
"""
FALLING = """---
published: 2022-09-01
source_url: https://example.org/falling
kind: news
language: en
---
OHCHR recorded 12,000 civilian casualties in Ukraine as of 31 August 2022: 5,000 killed and 7,000 injured.
"""
GOOD = """---
published: 2022-09-01
source_url: https://example.org/good
kind: bulletin
language: en
---
From 24 February to 31 August 2022, OHCHR recorded 13,917 civilian casualties in Ukraine:
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
    figures = pd.read_csv(
        tree["out"] / "figures.csv", dtype={"text": str, "char_start": "Int64", "char_end": "Int64"}
    )
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


def add_transcription(tree: dict[str, Path], name: str, text: str) -> Path:
    path = tree["raw"] / "transcriptions" / name
    path.write_text(text, encoding="utf-8")
    return path


TRANSCRIBED_3_MARCH = """bulletin: OHCHR civilian casualty update for Ukraine, figures to 24:00 on 3 March 2022
source_url: https://example.org/ohchr-3-march
kind: bulletin
scope: cumulative
period_start: 2022-02-24
as_of: 2022-03-03
figures:
  killed: {killed}
  injured: 675
entered_by: a test
entered_on: 2026-12-02
"""


def test_a_transcription_joins_the_tables_with_its_method_and_no_span(tree) -> None:
    figures = pd.read_csv(tree["out"] / "figures.csv", dtype=str, keep_default_na=False)
    transcribed = figures.loc[figures["document_id"] == "ohchr-ua-2022-03-26"]
    assert set(transcribed["method"]) == {"transcribed"}
    assert (transcribed["char_start"] == "").all() and (transcribed["char_end"] == "").all()
    documents = pd.read_csv(tree["out"] / "documents.csv", dtype=str, keep_default_na=False)
    row = documents.set_index("document_id").loc["ohchr-ua-2022-03-26"]
    assert (row["raw_file"], row["method"]) == (
        "transcriptions/ohchr-ua-2022-03-26.yaml",
        "transcribed",
    )


def test_a_news_item_dated_late_restates_its_bulletin_and_takes_its_cut_off(tree) -> None:
    reports = pd.read_csv(tree["out"] / "reports.csv", dtype=str, keep_default_na=False)
    news = reports.set_index("document_id").loc["ua-2022-03-29-restated"]
    assert (news["as_of"], news["restates"], news["restates_days"]) == (
        "2022-03-28",
        "ohchr-ua-2022-03-26",
        "2",
    )
    series = pd.read_csv(tree["out"] / "series.csv", dtype=str, keep_default_na=False)
    assert "2022-03-28" not in set(series["as_of"])
    row = series.set_index("as_of").loc["2022-03-26"]
    assert row["documents"] == "ohchr-ua-2022-03-26;ua-2022-03-29-restated"


def test_a_transcription_the_parsed_bulletin_contradicts_fails_naming_both(tree) -> None:
    path = add_transcription(
        tree, "ohchr-ua-2022-03-03.yaml", TRANSCRIBED_3_MARCH.format(killed=330)
    )
    with pytest.raises(ValidationFailed) as failed:
        plan_build(tree["raw"], tree["out"])
    (line,) = [f for f in failed.value.failures if "same_as_of_agrees" in f]
    assert str(path) in line and "ua-2022-03-04-update.txt" in line
    assert "killed as of 2022-03-03: 330 (ohchr-ua-2022-03-03), 331 (ua-2022-03-04-update)" in line


def test_a_transcription_the_parsed_bulletin_confirms_builds(tree) -> None:
    add_transcription(tree, "ohchr-ua-2022-03-03.yaml", TRANSCRIBED_3_MARCH.format(killed=331))
    result = plan_build(tree["raw"], tree["out"])
    assert result.version == "1.1.0"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("bulletin: [unclosed\n", "malformed YAML"),
        (
            TRANSCRIBED_3_MARCH.format(killed=331).replace("entered_by: a test\n", ""),
            "no entered_by",
        ),
        (TRANSCRIBED_3_MARCH.format(killed="many"), "killed must be a whole number"),
        (
            TRANSCRIBED_3_MARCH.format(killed=331) + "killed_horses: 3\n",
            "unknown key killed_horses",
        ),
        (
            TRANSCRIBED_3_MARCH.format(killed=331).replace("as_of: 2022-03-03", "as_of: 3 March"),
            "as_of must be a date",
        ),
    ],
    ids=["yaml", "no-entered-by", "not-a-number", "unknown-key", "not-a-date"],
)
def test_a_malformed_transcription_is_one_line_naming_the_file(tree, capsys, text, problem) -> None:
    path = add_transcription(tree, "ohchr-ua-2022-03-03.yaml", text)
    args = ["--raw", str(tree["raw"]), "--out", str(tree["out"]), "--docs", str(tree["docs"])]
    assert main(["build", *args]) != 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"casualties: {path}: not a readable transcription") and problem in line


def test_a_document_without_a_kind_is_read_as_news_and_recorded(tree, capsys) -> None:
    add_document(tree, "ua-2022-09-01-update.txt", GOOD.replace("kind: bulletin\n", ""))
    args = ["--raw", str(tree["raw"]), "--out", str(tree["out"]), "--docs", str(tree["docs"])]
    assert main(["build", *args]) == 0
    documents = pd.read_csv(tree["out"] / "documents.csv", dtype=str, keep_default_na=False)
    row = documents.set_index("document_id").loc["ua-2022-09-01-update"]
    assert (row["kind"], row["kind_stated"]) == ("news", "false")
    notes = [line for line in capsys.readouterr().err.splitlines() if "no kind" in line]
    assert len(notes) == 1 and "ua-2022-09-01-update.txt" in notes[0]


def test_deleted_or_edited_tables_are_restored_as_they_were(tree) -> None:
    before = snapshot(tree["out"])
    (tree["out"] / "series.csv").unlink()
    (tree["out"] / "figures.csv").unlink()
    reports = tree["out"] / "reports.csv"
    reports.write_text(reports.read_text().replace("331", "333"), encoding="utf-8")
    result = build(tree["raw"], tree["out"], docs_dir=tree["docs"])
    assert not result.changed and snapshot(tree["out"]) == before


def test_a_missing_history_of_revisions_is_rebuilt_only_when_it_was_empty(tree) -> None:
    before = snapshot(tree["out"])
    (tree["out"] / "revisions.csv").unlink()
    build(tree["raw"], tree["out"], docs_dir=tree["docs"])
    assert snapshot(tree["out"]) == before  # the package recorded an empty history
    package = tree["out"] / "datapackage.json"
    recorded = json.loads(package.read_text())
    for resource in recorded["resources"]:  # as if the history held revisions of earlier versions
        if resource["name"] == "revisions":
            resource["hash"] = "sha256:" + "0" * 64
    package.write_text(json.dumps(recorded))
    with pytest.raises(LoadError, match="holds the history of earlier versions"):
        build(tree["raw"], tree["out"], docs_dir=tree["docs"])


def test_a_document_whose_conflict_cannot_be_told_is_a_note_and_the_build_goes_on(
    tree, capsys
) -> None:
    untold = GOOD.replace("in Ukraine:", "in the country:").replace("24 February", "the start")
    add_document(tree, "ua-2022-09-01-untold.txt", untold)
    args = ["--raw", str(tree["raw"]), "--out", str(tree["out"]), "--docs", str(tree["docs"])]
    assert main(["build", *args]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "cannot tell" in line]
    assert len(notes) == 1 and "ua-2022-09-01-untold.txt" in notes[0]
    reports = pd.read_csv(tree["out"] / "reports.csv", dtype=str, keep_default_na=False)
    assert "ua-2022-09-01-untold" not in set(reports["document_id"])


def test_a_document_naming_its_country_is_read_with_that_profile(tree) -> None:
    afghan = """---
published: 2019-10-17
source_url: https://example.org/unama-q3
kind: news
country: AF
---
The UN mission said 1,174 civilians were killed and 3,139 injured from 1 July to 30 September 2019.
"""
    add_document(tree, "af-2019-10-17-q3.txt", afghan)
    build(tree["raw"], tree["out"], docs_dir=tree["docs"])
    reports = pd.read_csv(tree["out"] / "reports.csv", dtype=str, keep_default_na=False)
    row = reports.set_index("document_id").loc["af-2019-10-17-q3"]
    assert (row["country"], row["monitoring_body"], row["scope"], row["killed"]) == (
        "AF",
        "UNAMA",
        "period",
        "1174",
    )
    assert (row["period_start"], row["as_of"]) == ("2019-07-01", "2019-09-30")


def test_a_document_in_a_language_without_a_lexicon_is_a_note_and_the_build_goes_on(
    tree, capsys
) -> None:
    add_document(tree, "ua-2022-09-01-hu.txt", GOOD.replace("language: en", "language: hu"))
    args = ["--raw", str(tree["raw"]), "--out", str(tree["out"]), "--docs", str(tree["docs"])]
    assert main(["build", *args]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "no lexicon" in line]
    assert len(notes) == 1 and "ua-2022-09-01-hu.txt (hu)" in notes[0]
    documents = pd.read_csv(tree["out"] / "documents.csv", dtype=str, keep_default_na=False)
    assert documents.set_index("document_id").loc["ua-2022-09-01-hu", "reports"] == "0"
