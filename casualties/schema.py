"""The published tables' pandera models: dtypes, keys, descriptions, identities. Pure: no I/O.

Each model is the one source of truth for its table: the column order of the CSV, the checks
the build runs, `datapackage.json` and docs/data-dictionary.md are all generated from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from casualties.sources import KINDS, METHODS
from casualties.vocabulary import (
    BREAKDOWN_GROUPS,
    CHILD_GROUPS,
    COUNT_FIELDS,
    GROUPS,
    MEANINGS,
    OUTCOMES,
    UNKNOWN_SEX_GROUPS,
)

__all__ = [
    "CHECK_FIELDS",
    "FOREIGN_KEYS",
    "OUTCOMES",
    "PRIMARY_KEYS",
    "QUALIFIERS",
    "RISING_FIELDS",
    "ROUNDED_QUALIFIERS",
    "TABLES",
    "DocumentsSchema",
    "FiguresSchema",
    "PeriodsSchema",
    "ReportsSchema",
    "RevisionsSchema",
    "SeriesSchema",
    "exact_counts",
    "mask_listed",
]

QUALIFIERS = ("at_least", "more_than", "nearly", "approximately", "at_most", "less_than")
ROUNDED_QUALIFIERS = frozenset(QUALIFIERS) - {"at_least"}
"""Qualifiers of a round bound or an estimate ("more than 3,000"): not an exact count. "At least"
is the monitoring body's own word for its recorded minimum, an exact count."""
SCOPES = ("cumulative", "period")
SHA256 = r"^[0-9a-f]{64}$"
COUNTRY_CODE = r"^[A-Z]{2}$"

PRIMARY_KEYS: dict[str, list[str]] = {
    "documents": ["document_id"],
    "reports": ["document_id", "report"],
    "figures": ["document_id", "report", "outcome", "group"],
    "series": ["country", "as_of"],
    "periods": ["country", "period_start", "as_of"],
    "revisions": ["version", "document_id", "report", "column"],
}
"""The columns that identify a row of each table: unique, and the CSV's sort order."""


def _count(description: str) -> Any:
    return pa.Field(ge=0, nullable=True, description=description)


def stated_count(name: str) -> Any:
    """A count as the document states it: never computed, null when unstated."""
    return _count(
        f"{MEANINGS[name]}, as the document states it; null when it states none (never computed)."
    )


def series_count(name: str) -> Any:
    """A count of the headline series: the preferred document's figure for the date."""
    return _count(
        f"{MEANINGS[name]} from the start of the count to as_of, as stated by the documents of "
        "this date; null when none states it."
    )


def period_count(name: str) -> Any:
    """A count of a period's row: its document's figure for the period."""
    return _count(
        f"{MEANINGS[name]} from period_start to as_of, as the row's document states it; null "
        "when it states none."
    )


def total_stated_field(stating: str) -> Any:
    """Whether a row's total is stated ("a document", "the document") or derived here."""
    return pa.Field(
        description=f"True when {stating} states this row's total; False when derived_total is "
        "computed here from killed + injured (or is null)."
    )


def derived_total_field(stating: str) -> Any:
    """The total as stated, else killed + injured: `stating` says who states it."""
    return pa.Field(
        ge=0,
        nullable=True,
        description=f"DERIVED where {stating} no total: total as stated, else "
        "killed + injured computed here; null when neither is possible.",
    )


def country_field() -> Any:
    """The monitored country: a code, checked."""
    return pa.Field(
        str_matches=COUNTRY_CODE, description="The monitored country (ISO 3166-1 alpha-2)."
    )


def derived_change(name: str) -> Any:
    return pa.Field(
        nullable=True,
        description=f"DERIVED, not stated: change in {name} since the previous row "
        "(this row minus the previous one); null on the first row or when either is unstated.",
    )


def with_counts(base: type[pa.DataFrameModel], count: Callable[[str], Any]) -> type:
    """`base` followed by one nullable Int64 column per count of the vocabulary, described by
    `count(name)`: the count block of a table, generated so that it cannot drift from Report."""
    return type(
        f"{base.__name__}Counts",
        (base,),
        {
            "__module__": __name__,
            "__doc__": base.__doc__,
            "__annotations__": {name: Series[pd.Int64Dtype] for name in COUNT_FIELDS},
            **{name: count(name) for name in COUNT_FIELDS},
        },
    )


RISING_FIELDS = tuple(f for f in COUNT_FIELDS if not f.endswith(UNKNOWN_SEX_GROUPS))
"""Cumulative counts that never fall. Counts of unknown sex shrink as the monitoring body
establishes the sex of victims and moves them to men, women, boys or girls."""


def _holds(condition: pd.Series, applies: pd.Series) -> pd.Series:
    """True where the rule does not apply or holds; a rule over unstated values holds."""
    return (~applies | condition.fillna(False)).astype(bool)


def _stated(df: pd.DataFrame, columns: list[str]) -> pd.Series:
    return df[columns].notna().all(axis=1)


def mask_listed(df: pd.DataFrame, listed: pd.Series) -> pd.DataFrame:
    """The counts with, in each row, the fields `listed` names (';'-separated) masked."""
    names = listed.fillna("").str.split(";")
    masks = {
        name: df[name].mask(names.map(lambda row, name=name: name in row).astype(bool))
        for name in COUNT_FIELDS
    }
    return df.assign(**masks)


def exact_counts(df: pd.DataFrame) -> pd.DataFrame:
    """The counts with the values listed in `approximate` masked: a round bound is no count."""
    return mask_listed(df, df["approximate"]) if "approximate" in df else df


def adds_up(df: pd.DataFrame, whole: str, parts: list[str], *, required: list[str]) -> pd.Series:
    """whole = sum of the stated parts, checked where the whole and the required parts are stated."""
    return _holds(df[whole] == df[parts].sum(axis=1), _stated(df, [whole, *required]))


def within(df: pd.DataFrame, whole: str, parts: list[str]) -> pd.Series:
    """The stated parts never add up to more than the stated whole."""
    stated_parts = df[parts].notna().any(axis=1)
    return _holds(df[parts].sum(axis=1) <= df[whole], df[whole].notna() & stated_parts)


def breakdown(outcome: str) -> list[str]:
    return [f"{outcome}_{group}" for group in BREAKDOWN_GROUPS]


def complete_breakdown(outcome: str) -> list[str]:
    """The groups that make a breakdown complete: children of unknown sex, when not stated,
    are none (updates leave the group out when it is empty)."""
    return [f"{outcome}_{group}" for group in BREAKDOWN_GROUPS if group != "children_unknown_sex"]


def child_parts(outcome: str) -> list[str]:
    return [f"{outcome}_{group}" for group in CHILD_GROUPS]


CHECK_FIELDS: dict[str, tuple[str, ...]] = {
    "total_is_killed_plus_injured": OUTCOMES,
    "killed_and_injured_within_total": OUTCOMES,
    "breakdown_adds_up": (*breakdown("killed"), *breakdown("injured")),
    "breakdown_within_total": (*breakdown("killed"), *breakdown("injured")),
    "children_add_up": (
        "children_killed",
        "children_injured",
        *child_parts("killed"),
        *child_parts("injured"),
    ),
    "children_within_total": (
        "children_killed",
        "children_injured",
        *child_parts("killed"),
        *child_parts("injured"),
    ),
}
"""The count fields each row check is about: what a known issue of that rule leaves out of the
series. A check not listed here is about the whole report."""


class CountChecks(pa.DataFrameModel):
    """The arithmetic every table of counts obeys: identities that tolerate unstated values."""

    @pa.dataframe_check
    def total_is_killed_plus_injured(cls, df: pd.DataFrame) -> Series[bool]:
        """killed + injured = total where all three are stated."""
        df = exact_counts(df)
        return adds_up(df, "total", ["killed", "injured"], required=["killed", "injured"])

    @pa.dataframe_check
    def killed_and_injured_within_total(cls, df: pd.DataFrame) -> Series[bool]:
        """killed and injured never exceed the total."""
        df = exact_counts(df)
        return within(df, "total", ["killed"]) & within(df, "total", ["injured"])

    @pa.dataframe_check
    def breakdown_adds_up(cls, df: pd.DataFrame) -> Series[bool]:
        """A complete sex/age breakdown (men, women, boys, girls and adults of unknown sex stated)
        sums to killed, or to injured."""
        df = exact_counts(df)
        return adds_up(
            df, "killed", breakdown("killed"), required=complete_breakdown("killed")
        ) & adds_up(df, "injured", breakdown("injured"), required=complete_breakdown("injured"))

    @pa.dataframe_check
    def breakdown_within_total(cls, df: pd.DataFrame) -> Series[bool]:
        """The stated groups of a breakdown never add up to more than killed, or than injured."""
        df = exact_counts(df)
        return within(df, "killed", breakdown("killed")) & within(
            df, "injured", breakdown("injured")
        )

    @pa.dataframe_check
    def children_add_up(cls, df: pd.DataFrame) -> Series[bool]:
        """children = boys + girls + children of unknown sex where all four are stated."""
        df = exact_counts(df)
        return adds_up(
            df, "children_killed", child_parts("killed"), required=child_parts("killed")
        ) & adds_up(df, "children_injured", child_parts("injured"), required=child_parts("injured"))

    @pa.dataframe_check
    def children_within_total(cls, df: pd.DataFrame) -> Series[bool]:
        """Children never exceed killed (injured); boys, girls and unknown sex never exceed children."""
        df = exact_counts(df)
        return (
            within(df, "killed", ["children_killed"])
            & within(df, "injured", ["children_injured"])
            & within(df, "children_killed", child_parts("killed"))
            & within(df, "children_injured", child_parts("injured"))
        )


class DocumentsSchema(pa.DataFrameModel):
    """One row per raw document: its provenance and the sha256 of its bytes (the manifest)."""

    document_id: Series[str] = pa.Field(
        description="Document id: the raw file's name without its suffix."
    )
    raw_file: Series[str] = pa.Field(
        unique=True, description="Path of the raw file under data/raw (immutable once recorded)."
    )
    sha256: Series[str] = pa.Field(
        str_matches=SHA256, description="SHA-256 of the raw file's bytes, in hex."
    )
    bytes: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Size of the raw file in bytes.")
    source_url: Series[str] = pa.Field(description="Where the figures were published.")
    published: Series[pa.DateTime] = pa.Field(
        nullable=True, description="Publication date of the source (ISO); null when unknown."
    )
    kind: Series[str] = pa.Field(
        isin=KINDS,
        description="bulletin (the monitoring body's own update), briefing, news or social.",
    )
    language: Series[str] = pa.Field(description="ISO 639-1 code of the document's language.")
    reports: Series[pd.Int64Dtype] = pa.Field(
        ge=0, description="Number of reports parsed from the document."
    )
    known_issue: Series[bool] = pa.Field(
        description="True when data/raw/known_issues.csv lists an error of this source."
    )
    method: Series[str] = pa.Field(
        isin=METHODS,
        description="parsed (read from the document's text by the parser) or transcribed "
        "(entered by hand from the named bulletin, in a transcription file under data/raw).",
    )
    kind_stated: Series[bool] = pa.Field(
        description="False when the document's provenance named no kind and the build read it "
        "as news (the default for a document dropped into data/raw)."
    )
    language_stated: Series[bool] = pa.Field(
        description="False when the document's provenance named no language and the build "
        "detected it from the text (offline, with py3langid)."
    )

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = PRIMARY_KEYS["documents"]


class ReportFrame(CountChecks):
    """A report's columns before its counts: its document and what its figures are of."""

    document_id: Series[str] = pa.Field(description="The document the report was parsed from.")
    report: Series[str] = pa.Field(
        description="The report's key within its document: scope:area:period (readable, stable)."
    )
    source_url: Series[str] = pa.Field(description="Where the figures were published.")
    published: Series[pa.DateTime] = pa.Field(
        nullable=True, description="Publication date of the source (ISO); null when unknown."
    )
    kind: Series[str] = pa.Field(
        isin=KINDS,
        description="bulletin (the monitoring body's own update), briefing, news or social.",
    )
    language: Series[str] = pa.Field(description="ISO 639-1 code of the document's language.")
    country: Series[str] = pa.Field(
        str_matches=COUNTRY_CODE,
        description="The monitored country (ISO 3166-1 alpha-2): the conflict profile the "
        "document was read with, named in its front matter or told from its text.",
    )
    monitoring_body: Series[str] = pa.Field(
        description="The body whose figures these are (OHCHR, UNAMA, UNAMI, UNMISS, ...).",
    )
    scope: Series[str] = pa.Field(
        isin=SCOPES,
        description="cumulative (since the start of the count) or period (a month, part-month, year).",
    )
    area: Series[str] = pa.Field(
        nullable=True,
        description="The part of the country the figures cover; null for the whole country.",
    )
    period_start: Series[pa.DateTime] = pa.Field(
        nullable=True, description="First day the figures cover (ISO); null when not stated."
    )
    as_of: Series[pa.DateTime] = pa.Field(
        nullable=True, description="Last day the figures cover (ISO); null when not stated."
    )


class ReportsSchema(with_counts(ReportFrame, stated_count)):  # type: ignore[misc]
    """One row per report: a set of figures a document states for a scope, an area and a period."""

    approximate: Series[str] = pa.Field(
        nullable=True,
        description="Count columns whose value the text gives as a round bound or an estimate "
        "('more than 3,000', 'nearly', 'about'), separated by ';'. Such a value is not an exact "
        "count: the checks and series.csv leave it out. Null when every value is exact.",
    )
    known_issue: Series[bool] = pa.Field(
        description="True when data/raw/known_issues.csv lists an error of this report's "
        "document; the values it concerns (known_issue_fields) are left out of series.csv."
    )
    method: Series[str] = pa.Field(
        isin=METHODS,
        description="parsed (read from the document's text by the parser) or transcribed "
        "(entered by hand from the named bulletin, in a transcription file under data/raw).",
    )
    revises: Series[str] = pa.Field(
        nullable=True,
        description="The document whose figures for the same cut-off this report revises: a later "
        "report of the monitoring body, after further verification. Such a report is kept here but "
        "is of another vintage than the series (see series.revised_by). Null for most reports.",
    )
    restates: Series[str] = pa.Field(
        nullable=True,
        description="The bulletin (document id) whose figures this report's all equal, within "
        "a few days of its as_of: the report restates it, and series.csv dates its figures by "
        "the bulletin's cut-off. Null when the report restates no bulletin (and for bulletins).",
    )
    restates_days: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        description="This report's as_of minus the as_of of the bulletin it restates, in days "
        "(1: the text dates the bulletin's figures a day late). Null when restates is null.",
    )
    known_issue_fields: Series[str] = pa.Field(
        nullable=True,
        description="The count columns a known issue of this report's document concerns, "
        "separated by ';': these values are left out of series.csv, the document's other "
        "figures stand. Null when the document has no known issue.",
    )

    @pa.dataframe_check
    def period_starts_before_as_of(cls, df: pd.DataFrame) -> Series[bool]:
        """period_start <= as_of where both are stated."""
        return _holds(df["period_start"] <= df["as_of"], _stated(df, ["period_start", "as_of"]))

    @pa.dataframe_check
    def as_of_not_after_published(cls, df: pd.DataFrame) -> Series[bool]:
        """as_of <= published where both are stated: figures cannot cover days not yet lived."""
        return _holds(df["as_of"] <= df["published"], _stated(df, ["as_of", "published"]))

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = PRIMARY_KEYS["reports"]


class FiguresSchema(pa.DataFrameModel):
    """The tidy long view: one row per stated value, with the text it was read from."""

    document_id: Series[str] = pa.Field(description="The document the value was read from.")
    report: Series[str] = pa.Field(description="The report's key within its document.")
    outcome: Series[str] = pa.Field(isin=OUTCOMES, description="killed, injured or total.")
    group: Series[str] = pa.Field(
        isin=GROUPS,
        description="Who is counted: all, children, men, women, boys, girls, "
        "children_unknown_sex or adults_unknown_sex.",
    )
    value: Series[pd.Int64Dtype] = pa.Field(ge=0, description="The value as stated.")
    qualifier: Series[str] = pa.Field(
        nullable=True,
        isin=QUALIFIERS,
        description="How the text qualifies the value (at_least, more_than, nearly, "
        "approximately, at_most, less_than); null when it states the value plainly.",
    )
    text: Series[str] = pa.Field(description="The number as written in the document.")
    char_start: Series[pd.Int64Dtype] = pa.Field(
        ge=0,
        nullable=True,
        description="Offset of the first character of text in the document's text (after its "
        "front matter), as read by casualties.read_document; null for a transcribed value.",
    )
    char_end: Series[pd.Int64Dtype] = pa.Field(
        ge=0,
        nullable=True,
        description="Offset one past the last character of text; null for a transcribed value.",
    )
    method: Series[str] = pa.Field(
        isin=METHODS,
        description="parsed (read from the document's text by the parser) or transcribed "
        "(entered by hand from the named bulletin, in a transcription file under data/raw).",
    )

    @pa.dataframe_check
    def span_is_not_empty(cls, df: pd.DataFrame) -> Series[bool]:
        """char_start < char_end for a parsed value; a transcribed one has no span."""
        parsed = df["method"] == "parsed"
        return _holds(df["char_start"] < df["char_end"], parsed) & (
            parsed | (df["char_start"].isna() & df["char_end"].isna())
        )

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = PRIMARY_KEYS["figures"]


class SeriesKey(CountChecks):
    """A row of the headline series before its counts: the country, the date and the body."""

    country: Series[str] = country_field()
    as_of: Series[pa.DateTime] = pa.Field(description="Last day the figures cover (ISO).")
    monitoring_body: Series[str] = pa.Field(
        description="The body whose figures these are: the preferred document's (OHCHR, UNAMA, ...)."
    )


class SeriesSchema(with_counts(SeriesKey, series_count)):  # type: ignore[misc]
    """The headline series: the nationwide cumulative figures of the monitoring body, one row per
    country and as_of, from the documents' values that no known issue concerns."""

    documents: Series[str] = pa.Field(
        description="Ids of the documents that state figures for this date, separated by ';', "
        "the preferred first (bulletin, then briefing, news, social post)."
    )
    total_stated: Series[bool] = total_stated_field("a document")
    revised_by: Series[str] = pa.Field(
        nullable=True,
        description="Reports of the monitoring body that later revised this cut-off (their "
        "document ids, ';'-separated; their figures are in reports.csv). The series keeps the "
        "figures first published for the cut-off, the vintage of the updates that followed, so "
        "that cumulative counts never fall. Null when no revision is known.",
    )
    derived_total: Series[pd.Int64Dtype] = derived_total_field("the documents state")
    derived_killed_change: Series[pd.Int64Dtype] = derived_change("killed")
    derived_injured_change: Series[pd.Int64Dtype] = derived_change("injured")
    derived_total_change: Series[pd.Int64Dtype] = derived_change("derived_total")
    derived_children_killed_change: Series[pd.Int64Dtype] = derived_change("children_killed")
    derived_children_injured_change: Series[pd.Int64Dtype] = derived_change("children_injured")

    @pa.dataframe_check
    def cumulative_never_falls(cls, df: pd.DataFrame) -> Series[bool]:
        """Every stated count is at least its highest value on an earlier as_of of its country."""
        ordered = df.sort_values(["country", "as_of"])
        ok = pd.Series(True, index=df.index)
        for column in RISING_FIELDS:
            values = ordered[column].astype("Float64")
            earlier_max = values.groupby(ordered["country"], dropna=False).transform(
                lambda v: v.cummax().ffill().shift(1)
            )
            applies = ordered[column].notna() & earlier_max.notna()
            ok &= _holds(ordered[column] >= earlier_max, applies).reindex(df.index)
        return ok

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = PRIMARY_KEYS["series"]


class PeriodsKey(CountChecks):
    """A row of the period figures before its counts: the country, the period and the body."""

    country: Series[str] = country_field()
    period_start: Series[pa.DateTime] = pa.Field(description="First day of the period (ISO).")
    as_of: Series[pa.DateTime] = pa.Field(description="Last day of the period (ISO).")
    monitoring_body: Series[str] = pa.Field(
        description="The body whose figures these are (UNAMI, UNSMIL, OHCHR, ...)."
    )


class PeriodsSchema(with_counts(PeriodsKey, period_count)):  # type: ignore[misc]
    """The figures for stated periods: the nationwide counts a monitoring body gives for a month,
    a quarter, a half-year or a year, one row per country and period. Bodies that report each
    period on its own (UNAMI, UNSMIL, UNMISS, ...) have their figures here rather than in the
    cumulative series."""

    document_id: Series[str] = pa.Field(
        description="The document whose figures the row gives: of those that state the period,"
        " the latest published (bodies revise a period's figures as they verify more), then the"
        " preferred kind (bulletin, briefing, news, social post)."
    )
    documents: Series[str] = pa.Field(
        description="Ids of every document that states figures for this period, separated by "
        "';', document_id first; the others' figures are in reports.csv."
    )
    total_stated: Series[bool] = total_stated_field("the document")
    derived_total: Series[pd.Int64Dtype] = derived_total_field("the document states")

    @pa.dataframe_check
    def period_starts_before_as_of(cls, df: pd.DataFrame) -> Series[bool]:
        """period_start <= as_of."""
        return df["period_start"] <= df["as_of"]

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = PRIMARY_KEYS["periods"]


class RevisionsSchema(pa.DataFrameModel):
    """Every published value that changed between two versions of the data."""

    version: Series[str] = pa.Field(description="The data version that made the change.")
    document_id: Series[str] = pa.Field(description="The report's document.")
    report: Series[str] = pa.Field(description="The report's key within its document.")
    column: Series[str] = pa.Field(description="The column of reports.csv that changed.")
    old: Series[str] = pa.Field(
        nullable=True, description="The value before, as published; null when it was empty."
    )
    new: Series[str] = pa.Field(
        nullable=True, description="The value after, as published; null when it is empty."
    )

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = PRIMARY_KEYS["revisions"]


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentsSchema,
    "reports": ReportsSchema,
    "figures": FiguresSchema,
    "series": SeriesSchema,
    "periods": PeriodsSchema,
    "revisions": RevisionsSchema,
}
"""The published tables, by name (the CSV is data/processed/<name>.csv)."""

FOREIGN_KEYS: dict[str, list[tuple[list[str], str, list[str]]]] = {
    "reports": [(["document_id"], "documents", ["document_id"])],
    "figures": [(["document_id", "report"], "reports", ["document_id", "report"])],
}
"""(columns, referenced table, referenced columns) per table."""
