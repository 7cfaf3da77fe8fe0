"""Rules across reports, the known-issues allowlist, the headline series, and the raw inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st
from test_schema import reports

from casualties.consistency import (
    _falls_in_area,
    apply_known_issues,
    cumulative_falls,
    dated_cumulative,
    period_parts_exceed,
    same_date_disagreements,
    untraced_values,
)
from casualties.errors import RawInputError
from casualties.paths import RAW_DIR
from casualties.raw import KnownIssue, read_known_issues, read_raw_documents
from casualties.report import COUNT_FIELDS
from casualties.schema import RISING_FIELDS, ROUNDED_QUALIFIERS
from casualties.series import headline_series, period_figures
from casualties.validate import Failure


def report(document: str, as_of: str, kind: str = "news", **counts: object) -> dict:
    return {
        "document_id": document,
        "as_of": as_of,
        "kind": kind,
        "published": None,
        "report": f"cumulative:national:{as_of}",
        **counts,
    }


@pytest.mark.parametrize(
    "field", ["children_killed", "children_injured", "killed_boys", "injured_girls"]
)
def test_children_counts_never_fall_either(field: str) -> None:
    frame = reports(
        report("a", "2022-03-03", **{field: 30}), report("b", "2022-03-10", **{field: 29})
    )
    (failure,) = cumulative_falls(frame)
    assert failure.rule == "cumulative_never_falls" and failure.detail.startswith(f"{field} 29")


def test_countries_are_compared_only_with_themselves() -> None:
    frame = reports(
        report("a", "2022-03-03", killed=331),
        {**report("b", "2022-03-10", killed=30), "country": "AF", "monitoring_body": "UNAMA"},
    )
    assert cumulative_falls(frame) == []


def test_a_count_below_an_earlier_date_fails_naming_both_documents() -> None:
    frame = reports(report("a", "2022-03-03", killed=331), report("b", "2022-03-10", killed=300))
    (failure,) = cumulative_falls(frame)
    assert failure.documents == ("a", "b")
    assert failure.detail == "killed 300 as of 2022-03-10 is below 331 as of 2022-03-03"


def test_areas_are_compared_only_with_themselves() -> None:
    frame = reports(
        report("a", "2022-03-03", killed=331),
        {
            **report("b", "2022-03-10", killed=77),
            "area": "Donetsk and Luhansk regions",
            "report": "cumulative:donetsk:2022-03-10",
        },
    )
    assert cumulative_falls(frame) == []


def test_a_rounded_bound_is_not_compared_as_a_count() -> None:
    frame = reports(
        report("a", "2022-03-28", total=3000, approximate="total"),
        report("b", "2022-03-29", total=2100),
    )
    assert cumulative_falls(frame) == []


def test_documents_of_one_date_must_agree() -> None:
    frame = reports(
        report("a", "2022-03-03", "bulletin", killed=331), report("b", "2022-03-03", killed=313)
    )
    (failure,) = same_date_disagreements(frame)
    assert failure.rule == "same_as_of_agrees" and failure.documents == ("a", "b")
    assert failure.detail == "killed as of 2022-03-03: 331 (a), 313 (b)"


def test_the_series_prefers_the_bulletin_and_fills_from_the_others() -> None:
    frame = reports(
        report("news", "2022-03-03", "news", killed=331, children_killed=19),
        report("social", "2022-03-03", "social", killed=331),
        report("update", "2022-03-03", "bulletin", killed=331, injured=675),
    )
    (row,) = headline_series(frame).to_dict("records")
    assert row["documents"] == "update;news;social"
    assert (row["killed"], row["injured"], row["children_killed"]) == (331, 675, 19)
    assert pd.isna(row["total"]) and row["derived_total"] == 1006


def test_the_series_leaves_out_flagged_documents_and_rounded_values() -> None:
    frame = reports(
        {**report("flagged", "2022-05-19", killed=3811), "known_issue": True},
        report("rounded", "2022-03-28", killed=1179, injured=1860, total=3000, approximate="total"),
    )
    (row,) = headline_series(frame).to_dict("records")
    assert row["documents"] == "rounded" and pd.isna(row["total"]) and row["derived_total"] == 3039


def period(document: str, start: str, end: str, published: str, **fields: object) -> dict:
    return {
        "document_id": document,
        "report": f"period:national:{start}..{end}",
        "scope": "period",
        "period_start": start,
        "as_of": end,
        "published": published,
        "kind": "news",
        "country": "IQ",
        "monitoring_body": "UNAMI",
        **fields,
    }


def test_a_period_takes_every_count_from_its_latest_statement_and_lists_the_others() -> None:
    frame = reports(
        period("first", "2014-06-01", "2014-06-30", "2014-07-01", killed=1759, injured=2400),
        period("revised", "2014-06-01", "2014-06-30", "2014-08-01", killed=1775),
        period(
            "rounded", "2014-06-01", "2014-06-30", "2014-09-01", killed=1800, approximate="killed"
        ),
        period("year", "2014-01-01", "2014-12-31", "2015-01-02", killed=12282, injured=23126),
        {**period("area", "2014-06-01", "2014-06-30", "2014-07-01", killed=500), "area": "Anbar"},
    )
    rows = period_figures(frame).set_index("period_start").to_dict("index")
    june = rows[pd.Timestamp("2014-06-01")]
    assert june["documents"] == "revised;first" and june["killed"] == 1775
    assert pd.isna(june["injured"]), "a row's counts are one document's: no mixed vintages"
    year = rows[pd.Timestamp("2014-01-01")]
    assert year["derived_total"] == 35408 and not year["total_stated"]


def test_cumulative_reports_have_no_row_in_the_periods() -> None:
    assert period_figures(reports(report("a", "2022-03-03", killed=331))).empty


def test_a_part_of_a_period_above_the_whole_fails_within_its_document() -> None:
    frame = reports(
        period("doc", "2014-01-01", "2014-12-31", "2015-01-02", killed=12282),
        period("doc", "2014-06-01", "2014-06-30", "2015-01-02", killed=1775, injured=2351),
        {
            **period("doc", "2014-06-01", "2014-06-30", "2015-01-02", injured=2400),
            "area": "Anbar",
            "report": "period:anbar:2014-06",
        },
        period("doc", "2014-12-01", "2014-12-31", "2015-01-02", killed=13000),
        period("other", "2014-12-01", "2014-12-31", "2016-01-02", killed=14000),
    )
    failures = period_parts_exceed(frame)
    assert [(f.documents, f.report, f.fields) for f in failures] == [
        (("doc",), "period:anbar:2014-06", ("injured",)),
        (("doc",), "period:national:2014-12-01..2014-12-31", ("killed",)),
    ]
    assert failures[1].detail == (
        "killed 13,000 exceeds 12,282 of period:national:2014-01-01..2014-12-31"
    )


def test_a_value_without_its_text_and_span_fails() -> None:
    frame = reports(report("a", "2022-03-03", killed=331, injured=675))
    figures = pd.DataFrame(
        [
            {
                "document_id": "a",
                "report": "cumulative:national:2022-03-03",
                "outcome": "killed",
                "group": "all",
            }
        ]
    )
    (failure,) = untraced_values(frame, figures)
    assert (failure.rule, failure.documents) == ("value_has_evidence", ("a",))
    assert failure.detail == "injured=675 has no text and span in figures"


def test_known_issues_excuse_their_rule_for_their_document_only() -> None:
    failures = [
        Failure("total_is_killed_plus_injured", ("a",), "r", ""),
        Failure("breakdown_adds_up", ("a",), "r", ""),
    ]
    issue = KnownIssue("a", "total_is_killed_plus_injured", "mixed updates", "", None)  # type: ignore[arg-type]
    stale = KnownIssue("b", "breakdown_adds_up", "gone", "", None)  # type: ignore[arg-type]
    remaining, unmatched = apply_known_issues(failures, [issue, stale])
    assert [f.rule for f in remaining] == ["breakdown_adds_up"]
    assert unmatched == [stale]


OTHER_CORPUS = Path(__file__).parent / "corpus-other-conflicts"
MULTILINGUAL_CORPUS = Path(__file__).parent / "corpus-multilingual"


def _expected_by_date() -> dict[tuple[str, str], list[tuple[str, dict]]]:
    """(document, figures) per (country, as_of): the annotated corpora's nationwide cumulative
    records and the transcriptions of data/raw (revisions of a cut-off, another vintage, left
    out)."""
    expected: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    corpora = (CORPUS, OTHER_CORPUS, MULTILINGUAL_CORPUS)
    for path in [p for corpus in corpora for p in corpus.glob("*.json")]:
        document = json.loads(path.read_text(encoding="utf-8"))
        country = document.get("country", "UA")
        for record in document["records"]:
            if record["scope"] == "cumulative" and record["area"] is None and record["as_of"]:
                expected.setdefault((country, record["as_of"]), []).append((path.stem, record))
    for path in (RAW_DIR / "transcriptions").rglob("*.yaml"):
        entry = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not entry.get("revises"):
            key = ("UA", str(entry["as_of"]))  # the transcribed series is Ukraine's
            expected.setdefault(key, []).append((path.stem, entry["figures"]))
    return expected


def test_the_series_agrees_with_the_transcribed_and_annotated_figures_for_every_date() -> None:
    """Every value of the committed series is what the transcriptions and the annotated corpora
    record for that country and date; sources with a known issue may differ (their issue)."""
    expected = _expected_by_date()
    flagged = set(pd.read_csv(RAW_DIR / "known_issues.csv")["document"])
    series = pd.read_csv("data/processed/series.csv", dtype=str, keep_default_na=False)
    for row in series.to_dict("records"):
        records = expected[(row["country"], row["as_of"])]
        for field in COUNT_FIELDS:
            if row[field]:
                value = int(row[field])
                sound = [r for d, r in records if d not in flagged]
                assert all(r.get(field) in (None, value) for r in sound), (row["as_of"], field)
                assert any(r.get(field) == value for _, r in records), (row["as_of"], field)


def test_the_seed_is_a_restatement_of_the_2_april_bulletin() -> None:
    """The seed says 'as of April 3' for OHCHR's figures to 24:00 on 2 April: reports.csv keeps
    the date it states and names the bulletin; the series dates the figures by the bulletin,
    and 3 April carries OHCHR's own figures for that day."""
    reports = pd.read_csv("data/processed/reports.csv", dtype=str, keep_default_na=False)
    seed = reports.loc[reports["document_id"] == "ua-2022-04-newsweek-sumy-withdrawal"].iloc[0]
    assert (seed["as_of"], seed["restates"], seed["restates_days"]) == (
        "2022-04-03",
        "ohchr-ua-2022-04-02",
        "1",
    )
    series = pd.read_csv("data/processed/series.csv", dtype=str, keep_default_na=False)
    by_date = series.set_index("as_of")
    assert "ua-2022-04-newsweek-sumy-withdrawal" in by_date.loc["2022-04-02", "documents"]
    assert tuple(by_date.loc["2022-04-03", ["killed", "injured", "total"]]) == (
        "1430",
        "2097",
        "3527",
    )
    assert "ua-2022-04-newsweek-sumy-withdrawal" not in by_date.loc["2022-04-03", "documents"]


FRONT = "---\npublished: 2022-03-04\nsource_url: https://example.org/x\nkind: news\n---\nText.\n"


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        ({"a/x.txt": FRONT, "b/x.txt": FRONT}, "document id 'x' is also used by"),
        ({"x.txt": FRONT.replace("source_url: https://example.org/x\n", "")}, "no source_url"),
        ({"x.txt": FRONT.replace("kind: news", "kind: rumour")}, "kind 'rumour' is not one of"),
        ({"x.txt": "Text without front matter.\n"}, "no front matter"),
    ],
    ids=["duplicate-id", "no-source-url", "unknown-kind", "no-front-matter"],
)
def test_raw_documents_without_identity_or_provenance_are_refused(tmp_path, files, problem) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(RawInputError, match=problem):
        read_raw_documents(tmp_path)


def test_readme_files_are_not_documents(tmp_path) -> None:
    (tmp_path / "README.md").write_text("# raw\n", encoding="utf-8")
    assert read_raw_documents(tmp_path) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("document,rule\n", "expected the columns"),
        ("document,rule,reason,evidence,date_added\nx,,why,,2026-11-24\n", "line 2: rule is empty"),
        (
            "document,rule,reason,evidence,date_added\nx,r,why,,24/11/2026\n",
            "date_added is not a date",
        ),
    ],
)
def test_a_malformed_known_issues_file_is_refused(tmp_path, text, problem) -> None:
    path = Path(tmp_path / "known_issues.csv")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RawInputError, match=problem):
        read_known_issues(path)


def falls_row_by_row(frame: pd.DataFrame) -> list[Failure]:
    """The rule's plain definition: every area and count, date by date."""
    dated = dated_cumulative(frame)
    return sorted(
        failure
        for _, rows in dated.groupby("area", sort=True)
        for field in RISING_FIELDS
        for failure in _falls_in_area(rows, field)
    )


def disagreements_group_by_group(frame: pd.DataFrame) -> list[Failure]:
    """The rule's plain definition: every area and date, count by count."""
    failures = []
    for (_, as_of), rows in dated_cumulative(frame).groupby(["area", "as_of"], sort=True):
        for field in COUNT_FIELDS:
            stated = rows.loc[rows[field].notna()]
            if stated[field].nunique() > 1:
                values = ", ".join(
                    f"{v:,} ({d})"
                    for v, d in zip(stated[field], stated["document_id"], strict=True)
                )
                documents = tuple(stated["document_id"].astype(str))
                detail = f"{field} as of {as_of.date()}: {values}"
                failures.append(
                    Failure("same_as_of_agrees", documents, str(stated["report"].iloc[0]), detail)
                )
    return sorted(failures)


# few areas, days and values, so that examples often share an area and a count
ROWS = st.lists(
    st.tuples(
        st.sampled_from([None, "Donetsk and Luhansk regions"]),
        st.integers(1, 3),  # day of March 2022
        st.sampled_from(["killed", "children_killed"]),
        st.integers(0, 4),
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=50, deadline=None)
@given(ROWS)
def test_the_rules_find_what_their_plain_definitions_find(rows) -> None:
    frame = reports(
        *(
            {
                **report(f"d{n}", f"2022-03-0{day}", **{field: value}),
                "area": area,
                "report": f"cumulative:{area}:{day}:{n}",
            }
            for n, (area, day, field, value) in enumerate(rows)
        )
    )
    assert cumulative_falls(frame) == falls_row_by_row(frame)
    assert same_date_disagreements(frame) == disagreements_group_by_group(frame)


def test_approximate_is_what_the_figures_qualifiers_say() -> None:
    """reports.approximate is derived from the same evidence as figures.qualifier: the fields
    whose figure is a round bound or an estimate, never a second record of it."""
    reports = pd.read_csv("data/processed/reports.csv", dtype=str, keep_default_na=False)
    figures = pd.read_csv("data/processed/figures.csv", dtype=str, keep_default_na=False)
    rounded = figures[figures["qualifier"].isin(sorted(ROUNDED_QUALIFIERS))]
    field = rounded.apply(
        lambda f: (
            f["outcome"]
            if f["group"] == "all"
            else (
                f"children_{f['outcome']}"
                if f["group"] == "children"
                else f"{f['outcome']}_{f['group']}"
            )
        ),
        axis=1,
    )
    derived = (
        rounded.assign(field=field)
        .groupby(["document_id", "report"])["field"]
        .agg(lambda names: ";".join(n for n in COUNT_FIELDS if n in set(names)))
    )
    stated = reports.set_index(["document_id", "report"])["approximate"]
    assert (stated[stated != ""] == derived.reindex(stated[stated != ""].index)).all()
    assert set(derived.index) == set(stated[stated != ""].index)
