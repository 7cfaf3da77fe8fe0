"""Plot helpers draw the data they are given: line data, bars, labels, legend, source line."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.dates import date2num

import casualties
from casualties import plot


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def series() -> pd.DataFrame:
    """Ukraine's series: the helpers draw one country at a time."""
    everything = casualties.load("series")
    return everything.loc[everything["country"] == "UA"].reset_index(drop=True)


@pytest.fixture(scope="module")
def reports() -> pd.DataFrame:
    return casualties.load("reports")


def line(ax, label: str):
    (found,) = [ln for ln in ax.get_lines() if ln.get_label() == label]
    return found


def texts(ax) -> str:
    return " ".join(t.get_text() for t in ax.figure.texts + ax.texts)


def test_cumulative_draws_each_stated_value_at_its_date(series) -> None:
    ax = plot.plot_cumulative(series)
    killed = line(ax, "Civilians killed")
    stated = series.loc[series["killed"].notna()]
    drawn = ~np.isnan(killed.get_ydata())  # the blanks that break the line at a gap
    np.testing.assert_array_equal(killed.get_ydata()[drawn], stated["killed"].astype(float))
    np.testing.assert_array_equal(date2num(killed.get_xdata())[drawn], date2num(stated["as_of"]))
    assert killed.get_marker() == "o"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Civilians killed",
        "Civilians injured",
        "No figures in this stretch",
    ]
    assert (
        ax.get_title(loc="left") == "Civilian casualties recorded in Ukraine, as recorded by OHCHR"
    )
    assert plot.SOURCE_NOTE in texts(ax)
    assert ax.yaxis.get_major_formatter()(12345, 0) == "12,345"


def test_helpers_draw_on_the_axes_they_are_given(series) -> None:
    _, given = plt.subplots()
    assert plot.plot_children(series, ax=given) is given
    assert {ln.get_label() for ln in given.get_lines()} == {"Children killed", "Children injured"}


def test_derived_period_bars_are_the_changes_between_reports(series) -> None:
    ax = plot.plot_period_figures(series, outcome="injured")
    heights = [bar.get_height() for bar in ax.patches]
    stated = series["injured"].dropna()
    assert heights == list(stated.diff().dropna().astype(float))
    assert "derived" in ax.get_legend().get_texts()[0].get_text()


def test_stated_period_bars_take_the_latest_statement_of_each_month(reports) -> None:
    ax = plot.plot_period_figures(reports, country="UA", outcome="killed")
    bars = {mdates.num2date(bar.get_x()).date().isoformat(): bar.get_height() for bar in ax.patches}
    # 3,333 in November 2022, 4,094 on 2 May 2023, 4,118 on 23 May 2023 (a document whose known
    # issue concerns its breakdown of men only: its monthly figures stand)
    assert bars["2022-03-01"] == 4118
    assert bars["2022-07-01"] == 379  # the July 2022 bulletin said 355; revised by May 2023
    assert ax.get_title(loc="left") == "Civilians killed, as stated per period"


def test_the_periods_table_draws_the_same_bars_as_the_reports_it_comes_from(reports) -> None:
    periods = casualties.load("periods")
    from_reports = plot.plot_period_figures(reports, country="UA", outcome="injured")
    from_periods = plot.plot_period_figures(periods, country="UA", outcome="injured")
    heights = [
        [(b.get_x(), b.get_width(), b.get_height()) for b in ax.patches]
        for ax in (from_reports, from_periods)
    ]
    assert heights[0] == heights[1]
    stated = periods.loc[periods["country"] == "UA", "injured"].dropna()
    assert heights[1] and {h for _, _, h in heights[1]} <= set(stated.astype(float))


def test_breakdown_stacks_the_latest_complete_breakdown(series) -> None:
    ax = plot.plot_breakdown(series)
    latest = series.loc[series["killed_men"].notna() & series["injured_men"].notna()].iloc[-1]
    killed_bars = [bar for bar in ax.patches if bar.get_y() < 0.5]  # the first row: killed
    assert sum(bar.get_width() for bar in killed_bars) == pytest.approx(
        sum(latest[f"killed_{g}"] for g in plot.GROUP_LABELS if pd.notna(latest[f"killed_{g}"]))
    )
    assert f"{latest['as_of']:%-d %B %Y}" in ax.get_title(loc="left")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Killed", "Injured"]


def test_breakdown_without_one_is_a_clear_error(series) -> None:
    with pytest.raises(ValueError, match="no row with a sex and age breakdown"):
        plot.plot_breakdown(series.iloc[:1])


def test_areas_draw_one_line_per_area(reports) -> None:
    ax = plot.plot_areas(
        reports, country="UA", areas=["Donetsk and Luhansk regions", "other regions of Ukraine"]
    )
    assert [ln.get_label() for ln in ax.get_lines()] == [
        "Donetsk and Luhansk regions",
        "other regions of Ukraine",
    ]
    donetsk = line(ax, "Donetsk and Luhansk regions")
    assert list(donetsk.get_ydata()) == sorted(donetsk.get_ydata())


def test_no_helper_calls_show(series, monkeypatch) -> None:
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plt.show() was called"))
    plot.plot_cumulative(series)
    plot.plot_children(series)


def test_a_line_stops_at_a_gap_and_the_gap_is_marked() -> None:
    """Daily, then weekly figures, then a year with none: the line is not drawn across it."""
    dates = [
        *pd.date_range("2022-03-01", periods=10),
        *pd.date_range("2022-04-01", periods=8, freq="7D"),
        pd.Timestamp("2023-06-01"),
        pd.Timestamp("2023-06-08"),
    ]
    frame = pd.DataFrame(
        {"as_of": dates, "killed": range(len(dates)), "injured": range(len(dates))}
    )
    assert plot.gap_spans(frame["as_of"]) == [
        (pd.Timestamp("2022-05-20"), pd.Timestamp("2023-06-01"))
    ]
    ax = plot.plot_cumulative(frame)
    killed = line(ax, "Civilians killed")
    ydata, xdata = killed.get_ydata(), date2num(killed.get_xdata())
    (blank,) = np.flatnonzero(np.isnan(ydata))
    assert xdata[blank - 1] == date2num(pd.Timestamp("2022-05-20"))
    assert xdata[blank + 1] == date2num(pd.Timestamp("2023-06-01"))
    (span,) = [p for p in ax.patches if p.get_label() == "No figures in this stretch"]
    assert span.get_x() == date2num(pd.Timestamp("2022-05-20"))


def test_a_regular_series_has_no_gap() -> None:
    weekly = pd.Series(pd.date_range("2022-03-01", periods=30, freq="7D"))
    assert plot.gap_spans(weekly) == []


def test_small_multiples_draw_one_panel_per_country_with_dated_figures(reports) -> None:
    panels = plot.plot_countries(reports)
    titles = [ax.get_title(loc="left") for ax in panels]
    assert "Ukraine (OHCHR)" in titles and any(t.startswith("Afghanistan (UNAMA") for t in titles)
    ukraine = panels[titles.index("Ukraine (OHCHR)")]
    assert ukraine.get_lines(), "a cumulative series is a line"
    afghanistan = panels[[t.startswith("Afghanistan") for t in titles].index(True)]
    assert afghanistan.patches, "period figures are bars"


def test_a_table_of_several_countries_needs_the_country_named(reports) -> None:
    with pytest.raises(ValueError, match=r"several countries .*pass country="):
        plot.plot_areas(reports)
    with pytest.raises(ValueError, match="no rows for country 'XX'"):
        plot.plot_areas(reports, country="XX")


def test_period_bars_never_overlap_whole_months_first_then_the_shortest() -> None:
    rows = [
        ("2024-06-01", "2024-08-31", 589),  # a quarter holding a stated month
        ("2024-07-01", "2024-07-31", 219),
        ("2024-09-01", "2024-09-17", 85),  # the first weeks of a stated month
        ("2024-09-01", "2024-09-30", 180),
        ("2023-01-01", "2023-12-31", 2000),  # a year that overlaps no other period
    ]
    periods = pd.DataFrame(rows, columns=["period_start", "as_of", "killed"]).assign(
        country="UA",
        period_start=lambda f: pd.to_datetime(f["period_start"]),
        as_of=lambda f: pd.to_datetime(f["as_of"]),
    )
    ax = plot.plot_period_figures(periods, outcome="killed")
    assert sorted(bar.get_height() for bar in ax.patches) == [180, 219, 2000]
