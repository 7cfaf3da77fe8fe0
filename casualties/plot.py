"""Charts of the published tables: each helper draws on an Axes (a new one when ax is None) and
returns it; none calls plt.show(). Pure drawing: no file or network access."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd
from matplotlib.axes import Axes

from casualties.errors import LexiconError
from casualties.parse.lexicon import load_conflict
from casualties.schema import complete_breakdown
from casualties.series import period_figures
from casualties.vocabulary import BREAKDOWN_GROUPS

__all__ = [
    "SOURCE_NOTE",
    "gap_spans",
    "plot_areas",
    "plot_breakdown",
    "plot_children",
    "plot_countries",
    "plot_cumulative",
    "plot_period_figures",
]

SOURCE_NOTE = "Source: OHCHR. Figures are minimums: the actual numbers are considerably higher."
COLOURS = {"killed": "#b2182b", "injured": "#ef8a62", "total": "#4d4d4d"}
GAP_FACTOR = 3
MIN_GAP = pd.Timedelta(days=45)
GROUP_COLOURS = ["#2166ac", "#b2182b", "#67a9cf", "#ef8a62", "#d1e5f0", "#bababa"]
GROUP_LABELS = {
    "men": "Men",
    "women": "Women",
    "boys": "Boys",
    "girls": "Girls",
    "children_unknown_sex": "Children, sex unknown",
    "adults_unknown_sex": "Adults, sex unknown",
}


def _axes(ax: Axes | None, *, size: tuple[float, float] = (9, 5)) -> Axes:
    return ax if ax is not None else plt.subplots(figsize=size, layout="constrained")[1]


def _finish(ax: Axes, *, title: str, dates: bool = True, legend: bool = True) -> Axes:
    """Readable defaults: thousands separators, a date axis, title, legend and the source line."""
    counts = ax.yaxis if dates else ax.xaxis
    counts.set_major_formatter(mticker.StrMethodFormatter("{x:,.0f}"))
    if dates:
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title(title, loc="left", fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y" if dates else "x", alpha=0.3)
    if legend:
        ax.legend(frameon=False)
    ax.annotate(
        SOURCE_NOTE,
        xy=(0, 0),
        xycoords="figure fraction",
        xytext=(6, 4),
        textcoords="offset points",
        fontsize=7,
        color="#555555",
    )
    return ax


def gap_spans(dates: pd.Series) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The stretches between consecutive dates longer than the series' usual spacing: over
    GAP_FACTOR times the median spacing, and over MIN_GAP (so that a weekly cadence after daily
    updates is not a gap)."""
    ordered = pd.Series(sorted(pd.to_datetime(dates.dropna().unique())))
    spacing = ordered.diff()
    if len(ordered) < 3:
        return []
    longest_usual = max(GAP_FACTOR * spacing.median(), MIN_GAP)
    return [(ordered[i - 1], ordered[i]) for i in spacing.index[spacing > longest_usual]]


def _broken_at_gaps(points: pd.DataFrame, column: str) -> pd.DataFrame:
    """The points with a blank one in the middle of every gap: the line stops there."""
    blanks = [
        {"as_of": start + (end - start) / 2, column: float("nan")}
        for start, end in gap_spans(points["as_of"])
    ]
    if not blanks:
        return points
    return pd.concat([points, pd.DataFrame(blanks)]).sort_values("as_of", kind="stable")


def _mark_gaps(ax: Axes, dates: pd.Series) -> None:
    for n, (start, end) in enumerate(gap_spans(dates)):
        label = "No figures in this stretch" if n == 0 else None
        ax.axvspan(start, end, color="#000000", alpha=0.06, linewidth=0, label=label)


def _line(ax: Axes, frame: pd.DataFrame, column: str, label: str, colour: str | None) -> None:
    stated = frame.loc[frame[column].notna(), ["as_of", column]]
    points = _broken_at_gaps(stated.assign(**{column: stated[column].astype(float)}), column)
    ax.plot(
        points["as_of"],
        points[column],
        marker="o",
        markersize=4,
        label=label,
        color=colour,
    )


def one_country(frame: pd.DataFrame, country: str | None) -> pd.DataFrame:
    """The rows of one country: the one named, or the only one the table holds."""
    if "country" not in frame:
        return frame
    held = sorted(frame["country"].dropna().astype(str).unique())
    if country is None:
        if len(held) > 1:
            raise ValueError(
                f"the table holds several countries ({', '.join(held)}): pass country="
            )
        return frame
    if country not in held:
        raise ValueError(
            f"no rows for country {country!r}; the table holds {', '.join(held) or 'none'}"
        )
    return frame.loc[frame["country"] == country]


def country_name(code: str) -> str:
    """A country's name as its conflict profile gives it ("UA" -> "Ukraine"); else the code."""
    try:
        return load_conflict(code).country_name
    except LexiconError:
        return code


def _title(frame: pd.DataFrame, what: str) -> str:
    """'<what> in <country>, as recorded by <bodies>', from what the rows say."""
    title = what
    if "country" in frame and len(frame):
        title += f" in {country_name(str(frame['country'].iloc[0]))}"
    if "monitoring_body" in frame:
        bodies = sorted(frame["monitoring_body"].dropna().astype(str).unique())
        title += f", as recorded by {' and '.join(bodies)}" if bodies else ""
    return title


def plot_cumulative(
    series: pd.DataFrame,
    *,
    country: str | None = None,
    outcomes: Sequence[str] = ("killed", "injured"),
    ax: Axes | None = None,
) -> Axes:
    """Cumulative figures of one country over time (the series table), a marker at each report
    date, the line broken where figures are missing for long."""
    series = one_country(series, country)
    ax = _axes(ax)
    for outcome in outcomes:
        _line(ax, series, outcome, f"Civilians {outcome}", COLOURS.get(outcome))
    _mark_gaps(ax, series.loc[series[list(outcomes)].notna().any(axis=1), "as_of"])
    return _finish(ax, title=_title(series, "Civilian casualties recorded"))


def _period_bars(ax: Axes, periods: pd.DataFrame, outcome: str, label: str) -> None:
    """One bar per period, as wide as the period, from its first day."""
    width = (periods["as_of"] - periods["period_start"]).dt.days + 1
    ax.bar(
        periods["period_start"],
        periods[outcome].astype(float),
        width=width,
        align="edge",
        color=COLOURS.get(outcome),
        edgecolor="white",
        label=label,
    )


def _country_panel(ax: Axes, reports: pd.DataFrame, outcome: str) -> None:
    """One country's figures: its cumulative nationwide counts as a line, else the counts it
    states per period (a quarter, a year) as bars as wide as their periods."""
    usable = reports.loc[reports[outcome].notna() & ~reports["known_issue"]]
    usable = usable.loc[usable["area"].isna() & usable["as_of"].notna()]
    cumulative = usable.loc[usable["scope"] == "cumulative"].drop_duplicates("as_of")
    periods = _stated_periods(reports, outcome)
    if len(cumulative) >= 2 or periods.empty:
        _line(
            ax,
            cumulative.sort_values("as_of"),
            outcome,
            f"Civilians {outcome}, cumulative",
            COLOURS.get(outcome),
        )
        return
    _period_bars(ax, periods, outcome, f"Civilians {outcome} per period")


def plot_countries(
    reports: pd.DataFrame,
    *,
    countries: Sequence[str] | None = None,
    outcome: str = "killed",
    columns: int = 3,
) -> list[Axes]:
    """Small multiples from the reports table: one panel per country (by default each with a
    dated nationwide figure), each on its own scale (its cumulative counts as a line, or the
    counts it states per period as bars)."""
    drawable = reports.loc[
        reports[outcome].notna()
        & reports["area"].isna()
        & reports["as_of"].notna()
        & ~reports["known_issue"]
    ]
    chosen = list(countries or sorted(drawable["country"].dropna().astype(str).unique()))
    if not chosen:
        raise ValueError("no country to plot")
    width = min(columns, len(chosen))
    rows = -(-len(chosen) // width)
    figure, grid = plt.subplots(
        rows, width, figsize=(4 * width, 2.8 * rows), layout="constrained", squeeze=False
    )
    panels = list(grid.flat)
    for ax, country in zip(panels, chosen, strict=False):
        _country_panel(ax, one_country(reports, country), outcome)
        bodies = sorted(
            one_country(reports, country)["monitoring_body"].dropna().astype(str).unique()
        )
        ax.set_title(f"{country_name(country)} ({', '.join(bodies)})", loc="left", fontsize=9)
        ax.yaxis.set_major_formatter(mticker.StrMethodFormatter("{x:,.0f}"))
        locator = mdates.AutoDateLocator(maxticks=4)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.spines[["top", "right"]].set_visible(False)
    for ax in panels[len(chosen) :]:
        ax.set_visible(False)
    figure.suptitle(
        f"Civilians {outcome}, as the UN monitoring bodies state them",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    return panels[: len(chosen)]


def plot_children(
    series: pd.DataFrame, *, country: str | None = None, ax: Axes | None = None
) -> Axes:
    """Children killed and injured in one country over time (the series table)."""
    series = one_country(series, country)
    ax = _axes(ax)
    _line(ax, series, "children_killed", "Children killed", COLOURS["killed"])
    _line(ax, series, "children_injured", "Children injured", COLOURS["injured"])
    _mark_gaps(
        ax, series.loc[series[["children_killed", "children_injured"]].notna().any(axis=1), "as_of"]
    )
    return _finish(ax, title=_title(series, "Children among the civilian casualties"))


def _stated_periods(df: pd.DataFrame, outcome: str) -> pd.DataFrame:
    """Nationwide period figures, from the periods table or derived the same way from reports:
    a period stated twice takes its latest statement (figures are revised as cases are verified)."""
    periods = period_figures(df) if "scope" in df.columns else df
    periods = periods.loc[periods[outcome].notna()]
    return _without_overlaps(periods[["period_start", "as_of", outcome]])


def _without_overlaps(periods: pd.DataFrame) -> pd.DataFrame:
    """Periods that do not overlap, so that no bar hides another: whole calendar months first,
    then the shortest (a month's first weeks, a quarter that holds a stated month, and a
    year that holds a stated quarter give way)."""
    whole_month = (periods["period_start"].dt.day == 1) & periods["as_of"].dt.is_month_end
    length = periods["as_of"] - periods["period_start"]
    order = periods.assign(_partial=~whole_month, _length=length).sort_values(
        ["_partial", "_length", "as_of"], kind="stable"
    )
    kept: list[int] = []
    for index, row in order.iterrows():
        if not any(
            row["period_start"] <= periods.at[k, "as_of"]
            and periods.at[k, "period_start"] <= row["as_of"]
            for k in kept
        ):
            kept.append(index)
    return periods.loc[kept].sort_values("as_of")


def _derived_periods(series: pd.DataFrame, outcome: str) -> pd.DataFrame:
    points = series.loc[series[outcome].notna(), ["as_of", outcome]].sort_values("as_of")
    return pd.DataFrame(
        {
            "period_start": points["as_of"].shift(1) + pd.Timedelta(days=1),
            "as_of": points["as_of"],
            outcome: points[outcome].diff(),
        }
    ).dropna()


def plot_period_figures(
    df: pd.DataFrame,
    *,
    country: str | None = None,
    outcome: str = "killed",
    ax: Axes | None = None,
) -> Axes:
    """Figures per period in one country, one bar per period: the figures the periods table (or
    the reports table) states for months, quarters or years, or, given the series table, the
    increase between consecutive report dates (derived)."""
    df = one_country(df, country)
    ax = _axes(ax)
    stated = "period_start" in df.columns
    periods = _stated_periods(df, outcome) if stated else _derived_periods(df, outcome)
    label = f"Civilians {outcome}" + ("" if stated else " (derived: change between reports)")
    _period_bars(ax, periods, outcome, label)
    how = "as stated per period" if stated else "between consecutive reports"
    return _finish(ax, title=f"Civilians {outcome}, {how}")


def _latest_breakdown(df: pd.DataFrame) -> pd.Series:
    required = [*complete_breakdown("killed"), *complete_breakdown("injured")]
    stated = df.loc[df[required].notna().all(axis=1)].sort_values("as_of")
    if "scope" in df.columns:
        stated = stated.loc[(stated["scope"] == "cumulative") & stated["area"].isna()]
    if stated.empty:
        raise ValueError("no row with a sex and age breakdown to plot")
    return stated.iloc[-1]


def plot_breakdown(df: pd.DataFrame, *, country: str | None = None, ax: Axes | None = None) -> Axes:
    """The sex and age breakdown of one country's latest report that states one: stacked bars."""
    df = one_country(df, country)
    ax = _axes(ax, size=(8, 4))
    row = _latest_breakdown(df)
    outcomes = ["killed", "injured"]
    left = pd.Series(0.0, index=outcomes)
    for group, colour in zip(BREAKDOWN_GROUPS, GROUP_COLOURS, strict=True):
        values = pd.Series([row[f"{o}_{group}"] for o in outcomes], index=outcomes).fillna(0)
        ax.barh(outcomes, values.astype(float), left=left, color=colour, label=GROUP_LABELS[group])
        left += values.astype(float)
    ax.invert_yaxis()
    ax.set_yticks(range(len(outcomes)), [o.capitalize() for o in outcomes])
    _finish(ax, title=f"Who was killed and injured, as of {row['as_of']:%-d %B %Y}", dates=False)
    ax.legend(frameon=False, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return ax


def plot_areas(
    reports: pd.DataFrame,
    *,
    country: str | None = None,
    outcome: str = "killed",
    areas: Sequence[str] | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Cumulative figures of several areas of one country side by side over time (the reports
    table)."""
    reports = one_country(reports, country)
    ax = _axes(ax)
    keep = (reports["scope"] == "cumulative") & reports["area"].notna() & ~reports["known_issue"]
    cumulative = reports.loc[keep & reports[outcome].notna()]
    for area in areas or sorted(cumulative["area"].unique()):
        rows = (
            cumulative.loc[cumulative["area"] == area].drop_duplicates("as_of").sort_values("as_of")
        )
        _line(ax, rows, outcome, str(area), None)
    return _finish(ax, title=_title(reports.iloc[:1], f"Civilians {outcome} by area, cumulative"))
