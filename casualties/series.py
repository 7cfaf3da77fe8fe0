"""The headline series (nationwide cumulative figures, one row per country and as_of) and the
period figures (one row per country and stated period), derived columns marked as derived.
Pure: no file, network or clock access."""

from __future__ import annotations

import pandas as pd

from casualties.consistency import dated_cumulative, kind_rank
from casualties.schema import PeriodsSchema, SeriesSchema, exact_counts, mask_listed
from casualties.vocabulary import COUNT_FIELDS, NATIONWIDE

__all__ = ["CHANGED_FIELDS", "headline_series", "period_figures"]

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


def _joined_ids(ids: pd.Series) -> str:
    """Document ids in order, each once, ';'-separated."""
    return ";".join(dict.fromkeys(ids))


def _with_totals(rows: pd.DataFrame) -> pd.DataFrame:
    """The counts as nullable integers, whether the total is stated, and the total as stated
    or else killed + injured (derived)."""
    counts = {field: rows[field].astype("Int64") for field in COUNT_FIELDS}
    rows = rows.assign(**counts, total_stated=rows["total"].notna())
    return rows.assign(derived_total=rows["total"].fillna(rows["killed"] + rows["injured"]))


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
    series["documents"] = days["document_id"].agg(_joined_ids)
    series["revised_by"] = series.index.map(_revisions(reports))
    series = series.reset_index()
    series = _with_totals(series)
    by_country = series.groupby("country", sort=False)
    for field in CHANGED_FIELDS:
        series[f"derived_{field.removeprefix('derived_')}_change"] = by_country[field].diff()
    return series[columns]


def _latest_first(reports: pd.DataFrame) -> pd.DataFrame:
    """Rows by the latest published document first, then the preferred kind: a body revises a
    period's figures as it verifies more, so the latest statement is the best one."""
    ordered = reports.assign(_rank=kind_rank(reports)).sort_values(
        ["published", "_rank", "document_id", "report"],
        ascending=[False, True, True, True],
        kind="stable",
        na_position="last",
    )
    return ordered.drop(columns="_rank")


def period_figures(reports: pd.DataFrame) -> pd.DataFrame:
    """One row per country and stated period from the nationwide period reports of documents with
    no known issue: every count of a row from one document (the latest published that states the
    period), so that the row's arithmetic is one source's; the other documents are listed."""
    keep = (
        (reports["scope"] == "period")
        & reports["area"].isna()
        & reports["period_start"].notna()
        & reports["as_of"].notna()
    )
    periods = _without_known_errors(exact_counts(reports.loc[keep]))
    periods = periods.loc[periods[list(COUNT_FIELDS)].notna().any(axis=1)]
    columns = list(PeriodsSchema.to_schema().columns)
    if periods.empty:
        return pd.DataFrame(columns=columns)
    periods = _latest_first(periods)
    key = ["country", "period_start", "as_of"]
    rows = periods.drop_duplicates(key).set_index(key)
    rows["documents"] = periods.groupby(key)["document_id"].agg(_joined_ids)
    rows = rows.reset_index().sort_values(key, kind="stable")
    return _with_totals(rows)[columns].reset_index(drop=True)
