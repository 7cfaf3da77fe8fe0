"""Reconciliation: a report whose figures all equal those of a bulletin a few days away restates
that bulletin, and is dated by the bulletin's cut-off in the series. Pure: no file, network or
clock access."""

from __future__ import annotations

import pandas as pd

from casualties.schema import exact_counts
from casualties.vocabulary import COUNT_FIELDS, NATIONWIDE

__all__ = ["HEADLINE_FIELDS", "RESTATEMENT_WINDOW_DAYS", "with_restatements"]

RESTATEMENT_WINDOW_DAYS = 5
"""How far a restating report's as_of may be from its bulletin's: news dates a bulletin by the
day it was published or reported, a few days after the monitor's cut-off at most."""
HEADLINE_FIELDS = ("killed", "injured", "total")
"""A restatement must match at least one of these: children's counts alone stay level for days,
so they cannot tell one bulletin from the next."""
KEY = ["document_id", "report"]


def _cumulative(reports: pd.DataFrame) -> pd.DataFrame:
    keep = (reports["scope"] == "cumulative") & reports["as_of"].notna()
    if "revises" in reports:
        keep &= reports["revises"].isna()  # a later vintage of a cut-off is not the bulletin
    rows = exact_counts(reports.loc[keep])
    return rows.assign(area=rows["area"].fillna(NATIONWIDE), country=rows["country"].fillna(""))


def _matches(candidates: pd.DataFrame, bulletins: pd.DataFrame) -> pd.DataFrame:
    """Every (candidate, bulletin) pair of one country and area within the window whose every count the
    candidate states, the bulletin states equally."""
    pairs = candidates.merge(bulletins, on=["country", "area"], suffixes=("", "_b"))
    days = (pairs["as_of"] - pairs["as_of_b"]).dt.days
    agree = days.abs() <= RESTATEMENT_WINDOW_DAYS
    agree &= pairs["document_id"] != pairs["document_id_b"]
    agree &= pairs[list(HEADLINE_FIELDS)].notna().any(axis=1)
    for field in COUNT_FIELDS:
        stated = pairs[field].notna()
        agree &= ~stated | (pairs[f"{field}_b"] == pairs[field]).fillna(False)
    return pairs.loc[agree].assign(days=days.loc[agree], distance=days.loc[agree].abs())


def _nearest_unambiguous(matches: pd.DataFrame) -> pd.DataFrame:
    """Per candidate, the nearest bulletin; none when two cut-offs are equally near."""
    nearest = matches.loc[matches["distance"] == matches.groupby(KEY)["distance"].transform("min")]
    cut_offs = nearest.groupby(KEY)["as_of_b"].transform("nunique")
    chosen = nearest.loc[cut_offs == 1].sort_values([*KEY, "document_id_b"], kind="stable")
    return chosen.drop_duplicates(KEY)


def with_restatements(reports: pd.DataFrame) -> pd.DataFrame:
    """The reports with `restates` (the bulletin a report's figures all equal, within
    RESTATEMENT_WINDOW_DAYS of its as_of; null for bulletins and unmatched reports) and
    `restates_days` (the report's as_of minus the bulletin's)."""
    cumulative = _cumulative(reports)
    is_bulletin = cumulative["kind"] == "bulletin"
    columns = [*KEY, "country", "area", "as_of", *COUNT_FIELDS]
    matches = _matches(cumulative.loc[~is_bulletin, columns], cumulative.loc[is_bulletin, columns])
    chosen = _nearest_unambiguous(matches)[[*KEY, "document_id_b", "days"]]
    chosen = chosen.rename(columns={"document_id_b": "restates", "days": "restates_days"})
    found = chosen.set_index(KEY).reindex(pd.MultiIndex.from_frame(reports[KEY]))
    return reports.assign(
        restates=found["restates"].to_numpy(),
        restates_days=pd.array(found["restates_days"].to_numpy(), dtype="Int64"),
    )
