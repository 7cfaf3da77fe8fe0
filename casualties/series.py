"""The headline series: nationwide cumulative figures, one row per as_of, with derived columns
marked as derived. Pure: no file, network or clock access."""

from __future__ import annotations

import pandas as pd

from casualties.consistency import NATIONWIDE, dated_cumulative
from casualties.report import COUNT_FIELDS
from casualties.schema import SeriesSchema

__all__ = ["CHANGED_FIELDS", "headline_series"]

CHANGED_FIELDS = ("killed", "injured", "derived_total", "children_killed", "children_injured")
"""The counts whose change since the previous row the series derives."""


def headline_series(reports: pd.DataFrame) -> pd.DataFrame:
    """One row per as_of from the nationwide cumulative reports of documents with no known issue.

    Documents of one date agree (consistency checks that); the preferred one's values come first.
    """
    dated = dated_cumulative(reports)
    nationwide = dated.loc[(dated["area"] == NATIONWIDE) & ~dated["known_issue"]]
    columns = list(SeriesSchema.to_schema().columns)
    if nationwide.empty:
        return pd.DataFrame(columns=columns)
    days = nationwide.groupby("as_of", sort=True)
    # per count, the value of the most preferred document that states it: rows are in order
    series = days[list(COUNT_FIELDS)].first()
    series["documents"] = days["document_id"].agg(lambda ids: ";".join(dict.fromkeys(ids)))
    series = series.reset_index()
    for field in COUNT_FIELDS:
        series[field] = series[field].astype("Int64")
    series["derived_total"] = series["total"].fillna(series["killed"] + series["injured"])
    for field in CHANGED_FIELDS:
        series[f"derived_{field.removeprefix('derived_')}_change"] = series[field].diff()
    return series[columns]
