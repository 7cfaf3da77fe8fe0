"""Rules across reports (cumulative counts never fall; one date, one figure) and the known-issues
allowlist. Pure: no file, network or clock access."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import product

import pandas as pd

from casualties.schema import RISING_FIELDS, exact_counts
from casualties.sources import KINDS, KnownIssue
from casualties.validate import Failure
from casualties.vocabulary import COUNT_FIELDS, NATIONWIDE, figure_slot

__all__ = [
    "apply_known_issues",
    "cumulative_falls",
    "dated_cumulative",
    "excused_fields",
    "kind_rank",
    "period_parts_exceed",
    "preference_order",
    "same_date_disagreements",
    "untraced_values",
]


def kind_rank(reports: pd.DataFrame) -> pd.Series:
    """Each row's kind as its rank of preference: bulletin 0, briefing 1, news 2, social 3."""
    return reports["kind"].map({kind: n for n, kind in enumerate(KINDS)})


def preference_order(reports: pd.DataFrame) -> pd.DataFrame:
    """Rows by as_of, then the monitoring body's own bulletin first, briefing, news, social."""
    return (
        reports.assign(_rank=kind_rank(reports))
        .sort_values(["as_of", "_rank", "document_id", "report"], kind="stable")
        .drop(columns="_rank")
    )


def dated_cumulative(reports: pd.DataFrame) -> pd.DataFrame:
    """The cumulative reports with an as_of, in preference order, approximate values masked;
    `area` is NATIONWIDE for the whole country so that it groups, and `place` is country|area: the
    rules hold per place. A report that restates a bulletin
    takes the bulletin's as_of; a revision of a cut-off (another vintage) is left out. Known
    issues are not left out: they excuse failures by rule."""
    keep = (reports["scope"] == "cumulative") & reports["as_of"].notna()
    if "revises" in reports:
        keep &= reports["revises"].isna()
    dated = exact_counts(reports.loc[keep])
    as_of = dated["as_of"]
    if "restates_days" in dated:
        as_of = as_of - pd.to_timedelta(dated["restates_days"].fillna(0).astype(int), unit="D")
    area = dated["area"].fillna(NATIONWIDE)
    country = dated["country"].fillna("") if "country" in dated else ""
    return preference_order(dated.assign(area=area, place=country + "|" + area, as_of=as_of))


def _number(value: object) -> str:
    return f"{int(value):,}"  # type: ignore[call-overload]


def _falls_in_area(rows: pd.DataFrame, field: str) -> Iterator[Failure]:
    highest: pd.Series | None = None  # the row with the highest value on an earlier date
    for as_of, day in rows.loc[rows[field].notna()].groupby("as_of", sort=True):
        if highest is not None:
            for _, row in day.loc[day[field] < highest[field]].iterrows():
                yield Failure(
                    "cumulative_never_falls",
                    (str(highest["document_id"]), str(row["document_id"])),
                    str(row["report"]),
                    f"{field} {_number(row[field])} as of {as_of.date()} is below "
                    f"{_number(highest[field])} as of {highest['as_of'].date()}",
                    (field,),
                )
        top = day.loc[day[field].idxmax()]
        if highest is None or top[field] > highest[field]:
            highest = top


def _areas_with_falls(dated: pd.DataFrame, field: str) -> set[str]:
    """The areas where a stated `field` is below the highest of an earlier date: one groupby
    for all areas, so that the row-by-row search runs only where there is a fall."""
    stated = dated.loc[dated[field].notna(), ["place", "as_of", field]]
    day_highest = stated.groupby(["place", "as_of"], sort=True)[field].max()
    earlier_highest = day_highest.groupby(level="place").cummax().groupby(level="place").shift(1)
    before = stated.join(earlier_highest.rename("_earlier"), on=["place", "as_of"])["_earlier"]
    return set(stated.loc[stated[field] < before, "place"])


def cumulative_falls(reports: pd.DataFrame) -> list[Failure]:
    """Per country and area, every cumulative count is at least what any earlier date stated."""
    dated = dated_cumulative(reports)
    return sorted(
        failure
        for field in RISING_FIELDS
        for place in _areas_with_falls(dated, field)
        for failure in _falls_in_area(dated.loc[dated["place"] == place], field)
    )


def _contains(whole: pd.Series, part: pd.Series) -> bool:
    """`part` covers a stretch inside `whole`'s, in whole's area or in part of the country."""
    if whole["report"] == part["report"] or whole["country"] != part["country"]:
        return False
    if whole["scope"] == part["scope"] == "cumulative":  # cumulative_never_falls has them
        return False
    inside = whole["period_start"] <= part["period_start"] and part["as_of"] <= whole["as_of"]
    return bool(inside) and whole["area"] in (NATIONWIDE, part["area"])


def period_parts_exceed(reports: pd.DataFrame) -> list[Failure]:
    """Within one document, a count for a stretch inside another report's period (a month of a
    year, a region of the country, a period of the cumulative count) never exceeds that report's.
    Documents of different dates are not compared: a later one may have revised the figures."""
    bounded = exact_counts(reports.loc[reports["period_start"].notna() & reports["as_of"].notna()])
    bounded = bounded.assign(area=bounded["area"].fillna(NATIONWIDE))
    failures = []
    for document, rows in bounded.groupby("document_id", sort=True):
        if len(rows) < 2:
            continue
        for (_, whole), (_, part) in product(rows.iterrows(), repeat=2):
            if not _contains(whole, part):
                continue
            for field in COUNT_FIELDS:
                if pd.notna(part[field]) and pd.notna(whole[field]) and part[field] > whole[field]:
                    failures.append(
                        Failure(
                            "period_parts_within_period",
                            (str(document),),
                            str(part["report"]),
                            f"{field} {_number(part[field])} exceeds {_number(whole[field])} "
                            f"of {whole['report']}",
                            (field,),
                        )
                    )
    return sorted(failures)


def same_date_disagreements(reports: pd.DataFrame) -> list[Failure]:
    """Documents giving cumulative figures for the same place and as_of must state the same ones."""
    dated = dated_cumulative(reports)
    failures = []
    for field in COUNT_FIELDS:
        stated = dated.loc[dated[field].notna()]
        differ = stated.groupby(["place", "as_of"], sort=False)[field].transform("nunique") > 1
        for (_, as_of), rows in stated.loc[differ].groupby(["place", "as_of"], sort=True):
            values = ", ".join(
                f"{_number(v)} ({d})" for v, d in zip(rows[field], rows["document_id"], strict=True)
            )
            failures.append(
                Failure(
                    "same_as_of_agrees",
                    tuple(rows["document_id"].astype(str)),
                    str(rows["report"].iloc[0]),
                    f"{field} as of {as_of.date()}: {values}",
                )  # about the whole report: one of the documents is wrong, all its values suspect
            )
    return sorted(failures)


def untraced_values(reports: pd.DataFrame, figures: pd.DataFrame) -> list[Failure]:
    """Every stated count of a report has its row in figures: its text and its span."""
    traced = set(
        figures[["document_id", "report", "outcome", "group"]].itertuples(index=False, name=None)
    )
    failures = []
    for row in reports.itertuples(index=False):
        for field in COUNT_FIELDS:
            value = getattr(row, field)
            if pd.notna(value) and (row.document_id, row.report, *figure_slot(field)) not in traced:
                failures.append(
                    Failure(
                        "value_has_evidence",
                        (row.document_id,),
                        row.report,
                        f"{field}={value} has no text and span in figures",
                    )
                )
    return failures


def apply_known_issues(
    failures: Sequence[Failure], issues: Sequence[KnownIssue]
) -> tuple[list[Failure], list[KnownIssue]]:
    """(failures no known issue explains, known issues that explain no failure).

    An issue explains a failure of its rule that involves its document.
    """

    def explains(issue: KnownIssue, failure: Failure) -> bool:
        return issue.rule == failure.rule and issue.document in failure.documents

    remaining = [f for f in failures if not any(explains(i, f) for i in issues)]
    unmatched = [i for i in issues if not any(explains(i, f) for f in failures)]
    return remaining, unmatched


def excused_fields(
    failures: Sequence[Failure], issues: Sequence[KnownIssue]
) -> dict[str, tuple[str, ...]]:
    """Per document with a known issue, the count fields its explained failures are about: the
    values the series leaves out (the rest of the document's figures stand)."""
    fields: dict[str, set[str]] = {}
    for issue in issues:
        for failure in failures:
            if issue.rule == failure.rule and issue.document in failure.documents:
                fields.setdefault(issue.document, set()).update(failure.fields or COUNT_FIELDS)
    return {d: tuple(f for f in COUNT_FIELDS if f in names) for d, names in fields.items()}
