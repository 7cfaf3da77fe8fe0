"""Draw the README's charts from the published tables and save them as PNG. Writes the disk."""

from __future__ import annotations

from pathlib import Path

__all__ = ["write_figures"]


def write_figures(out_dir: Path) -> list[Path]:
    """Save one PNG per chart of casualties.plot into out_dir; returns their paths."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no screen needed
    import matplotlib.pyplot as plt

    from casualties import plot
    from casualties.loader import load

    series, reports, periods = load("series"), load("reports"), load("periods")
    ukraine = "UA"  # the longest series: the README's charts of one country
    charts = {
        "cumulative.png": lambda: plot.plot_cumulative(series, country=ukraine),
        "monthly-killed.png": lambda: plot.plot_period_figures(
            periods, country=ukraine, outcome="killed"
        ),
        "children.png": lambda: plot.plot_children(series, country=ukraine),
        "breakdown.png": lambda: plot.plot_breakdown(series, country=ukraine),
        "areas.png": lambda: plot.plot_areas(reports, country=ukraine),
        "countries.png": lambda: plot.plot_countries(reports)[0],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, draw in charts.items():
        ax = draw()
        ax.figure.savefig(out_dir / name, dpi=100, metadata={"Software": None})
        plt.close(ax.figure)
        paths.append(out_dir / name)
    return paths
