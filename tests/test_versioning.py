"""Data versions: unchanged data keeps its version; added reports, corrections and removed
columns bump MINOR, PATCH and MAJOR; every changed value lands in revisions."""

from __future__ import annotations

import pandas as pd
import pytest

from casualties.versioning import CHANGELOG_HEADER, Published, next_release


def tables(reports: list[dict], **extra_columns: str) -> dict[str, pd.DataFrame]:
    """Published tables (strings) with the given reports; the other tables follow them."""
    frame = pd.DataFrame([{"document_id": "a", "as_of": "", **r, **extra_columns} for r in reports])
    documents = pd.DataFrame({"document_id": sorted(set(frame["document_id"]))})
    empty = pd.DataFrame({"as_of": []})
    return {
        "documents": documents,
        "reports": frame,
        "figures": frame.copy(),
        "series": empty,
        "periods": empty.assign(period_start=[]),
    }


V1 = [{"report": "cumulative:national:2022-03-03", "as_of": "2022-03-03", "killed": "331"}]


def published(version: str, data: dict[str, pd.DataFrame]) -> Published:
    revisions = pd.DataFrame(columns=["version", "document_id", "report", "column", "old", "new"])
    changelog = f"{CHANGELOG_HEADER}\n## {version}\n\n- earlier\n"
    return Published(version, data, changelog, revisions, listed=frozenset(data))


def test_the_first_release_is_1_0_0() -> None:
    release = next_release(None, tables(V1))
    assert release.version == "1.0.0"
    assert "First release: 1 reports from 1 documents, as_of 2022-03-03 to 2022-03-03" in (
        release.changelog
    )


def test_unchanged_data_keeps_its_version_and_changelog() -> None:
    before = published("1.2.3", tables(V1))
    release = next_release(before, tables(V1))
    assert (release.version, release.changelog) == ("1.2.3", before.changelog)


@pytest.mark.parametrize(
    ("after", "version", "entry"),
    [
        (
            tables([*V1, {"document_id": "b", "report": "cumulative:national:2022-03-10"}]),
            "1.3.0",
            "- Added 1 reports: b cumulative:national:2022-03-10.",
        ),
        (tables([{**V1[0], "killed": "332"}]), "1.2.4", "- Changed 1 values in 1 reports"),
        (tables(V1, approximate=""), "1.3.0", "- Added columns: reports.approximate"),
        (
            {**tables(V1), "reports": tables(V1)["reports"].drop(columns="killed")},
            "2.0.0",
            "- Removed columns: reports.killed.",
        ),
    ],
    ids=["report-added", "value-corrected", "column-added", "column-removed"],
)
def test_changes_bump_the_version_by_their_kind(after, version, entry) -> None:
    release = next_release(published("1.2.3", tables(V1)), after)
    assert release.version == version
    assert f"## {version}\n\n" in release.changelog and entry in release.changelog
    assert release.changelog.index(f"## {version}") < release.changelog.index("## 1.2.3")


def test_a_corrected_value_is_listed_in_revisions() -> None:
    release = next_release(published("1.2.3", tables(V1)), tables([{**V1[0], "killed": "332"}]))
    assert release.revisions.to_dict("records") == [
        {
            "version": "1.2.4",
            "document_id": "a",
            "report": "cumulative:national:2022-03-03",
            "column": "killed",
            "old": "331",
            "new": "332",
        }
    ]


def test_a_new_key_column_is_a_major_version() -> None:
    """series gains `country` as part of its key: each row is now one country's date."""
    before = tables(V1)
    after = tables(V1)
    after["series"] = pd.DataFrame({"country": [], "as_of": []})
    release = next_release(published("1.2.3", before), after)
    assert release.version == "2.0.0"
    assert "Changed the key of series: a row is now one country, as_of." in release.changelog


def test_a_new_table_is_a_minor_version_named_in_the_changelog() -> None:
    before = {name: frame for name, frame in tables(V1).items() if name != "periods"}
    after = tables(V1)
    after["periods"] = pd.DataFrame({"period_start": ["2022-03-01"], "as_of": ["2022-03-31"]})
    release = next_release(published("1.2.3", before), after)
    assert release.version == "1.3.0"
    assert "- Added the table periods (1 rows)." in release.changelog
    assert "Tables whose content changed" not in release.changelog.split("## 1.2.3")[0]
