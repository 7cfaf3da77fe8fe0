"""The headline series: nationwide cumulative figures, one row per country and as_of, with
derived columns marked as derived. Pure: no file, network or clock access."""

from __future__ import annotations

import pandas as pd

from casualties.consistency import dated_cumulative
from casualties.schema import SeriesSchema, mask_listed
from casualties.vocabulary import COUNT_FIELDS, NATIONWIDE

__all__ = ["CHANGED_FIELDS", "headline_series"]

CHANGED_FIELDS = ("killed", "injured", "derived_total", "children_killed", "children_injured")
"""The counts whose change since the previous row the series derives."""


def _without_known_errors(dated: pd.DataFrame) -> pd.DataFrame:
    """The reports with the values their known issues concern left out (all of a flagged
    document's values when the table does not say which), and rows left with none dropped."""
    if "known_issue_fields" not in dated:
        return dated.loc[~dated["known_issue"]]
    every = ";".join(COUNT_FIELDS)  # a flag that names no field concerns the whole report
    unnamed = dated["known_issue"] & dated["known_issue_fields"].isna()
    masked = mask_listed(dated, dated["known_issue_fields"].mask(unnamed, every))
    return masked.loc[masked[list(COUNT_FIELDS)].notna().any(axis=1)]


def _revisions(reports: pd.DataFrame) -> dict[tuple[str, pd.Timestamp], str]:
    """Per country and as_of, the nationwide reports that revise a cut-off the series shows: ';'-joined ids."""
    if "revises" not in reports:
        return {}
    keep = reports["revises"].notna() & reports["area"].isna() & reports["as_of"].notna()
    revising = reports.loc[keep & ~reports["known_issue"]].sort_values("document_id")
    return revising.groupby(["country", "as_of"])["document_id"].agg(";".join).to_dict()


def headline_series(reports: pd.DataFrame) -> pd.DataFrame:
    """One row per as_of from the nationwide cumulative reports of documents with no known issue.

    Documents of one date agree (consistency checks that); the preferred one's values come first.
    A report that restates a bulletin counts on the bulletin's as_of. The series is one vintage:
    the figures first published for each cut-off, which the monitor's following updates build
    on, so that cumulative counts never fall; a later revision of a cut-off is named in
    `revised_by` and kept in reports.
    """
    dated = _without_known_errors(dated_cumulative(reports))
    nationwide = dated.loc[dated["area"] == NATIONWIDE]
    columns = list(SeriesSchema.to_schema().columns)
    if nationwide.empty:
        return pd.DataFrame(columns=columns)
    days = nationwide.groupby(["country", "as_of"], sort=True)
    # per count, the value of the most preferred document that states it: rows are in order
    series = days[list(COUNT_FIELDS)].first()
    series["monitoring_body"] = days["monitoring_body"].first()
    series["documents"] = days["document_id"].agg(lambda ids: ";".join(dict.fromkeys(ids)))
    series["revised_by"] = series.index.map(_revisions(reports))
    series = series.reset_index()
    series["total_stated"] = series["total"].notna()
    for field in COUNT_FIELDS:
        series[field] = series[field].astype("Int64")
    series["derived_total"] = series["total"].fillna(series["killed"] + series["injured"])
    by_country = series.groupby("country", sort=False)
    for field in CHANGED_FIELDS:
        series[f"derived_{field.removeprefix('derived_')}_change"] = by_country[field].diff()
    return series[columns]
