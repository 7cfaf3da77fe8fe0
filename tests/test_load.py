"""casualties.load: dtypes, validation, vintages, and releases served over loopback HTTP."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest

import casualties
from casualties.errors import LoadError
from casualties.paths import PROCESSED_DIR, RAW_DIR


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def release_server(tmp_path):
    """A loopback server with a copy of data/processed at /v1/; yields (base URL, folder)."""
    folder = tmp_path / "site" / "v1"
    shutil.copytree(PROCESSED_DIR, folder)
    handler = functools.partial(QuietHandler, directory=str(tmp_path / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    server.shutdown()
    server.server_close()


def test_series_loads_with_dates_and_nullable_counts() -> None:
    series = casualties.load()
    assert series["as_of"].dtype == "datetime64[ns]"
    assert series["killed"].dtype == "Int64" and series["total"].isna().any()
    # one series per country, each in date order
    assert series["country"].is_monotonic_increasing
    assert (
        series.groupby("country", observed=True)["as_of"]
        .apply(lambda days: days.is_monotonic_increasing)
        .all()
    )


def test_reports_load_with_categories_and_flags() -> None:
    reports = casualties.load("reports")
    assert reports["kind"].dtype == "category" and reports["known_issue"].dtype == bool
    listed = pd.read_csv(RAW_DIR / "known_issues.csv")["document"]
    assert set(reports.loc[reports["known_issue"], "document_id"]) == set(listed)


def test_tables_lists_every_published_table() -> None:
    listing = casualties.tables()
    assert list(listing["table"]) == [
        "documents",
        "reports",
        "figures",
        "series",
        "periods",
        "revisions",
    ]
    assert listing["description"].str.len().gt(20).all()


def test_an_unknown_table_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown table 'serie'; choose one of documents"):
        casualties.load("serie")


def test_a_vintage_holds_only_documents_published_by_its_date() -> None:
    vintage = casualties.load("series", published_before="2022-06-01")
    assert vintage["as_of"].max() == pd.Timestamp("2022-05-26")
    reports = casualties.load("reports", published_before="2022-06-01")
    assert reports["published"].max() <= pd.Timestamp("2022-06-01")
    assert len(vintage) < len(casualties.load("series"))


def test_periods_load_typed_and_a_vintage_knows_only_the_statements_of_its_date() -> None:
    periods = casualties.load("periods")
    assert periods["period_start"].dtype == "datetime64[ns]" and periods["killed"].dtype == "Int64"
    assert {"IQ", "LY", "SS", "UA"} <= set(periods["country"])
    march = (periods["country"] == "UA") & (periods["period_start"] == "2022-03-01")
    assert periods.loc[march, "killed"].item() == 4118  # the latest statement, May 2023
    vintage = casualties.load("periods", published_before="2023-01-01")
    march = (vintage["country"] == "UA") & (vintage["period_start"] == "2022-03-01")
    assert vintage.loc[march, "killed"].item() == 3333  # as stated in November 2022


def test_a_revision_of_a_cut_off_is_known_from_its_publication_and_kept_out_of_the_series() -> None:
    """OHCHR's periodic report (published 29 June 2022) revised its 15 May 2022 figures; the
    series keeps the daily update's, which the later updates build on, and names the revision."""
    cut_off = pd.Timestamp("2022-05-15")
    before = casualties.load("reports", published_before="2022-06-28")
    after = casualties.load("reports", published_before="2022-06-30")
    assert "ohchr-ua-2022-05-15-periodic-report" not in set(before["document_id"])
    revision = after.loc[after["document_id"] == "ohchr-ua-2022-05-15-periodic-report"].iloc[0]
    assert (revision["revises"], revision["killed"]) == ("ohchr-ua-2022-05-15", 3924)
    for series in (
        casualties.load("series"),
        casualties.load("series", published_before="2022-06-30"),
    ):
        row = series.loc[series["as_of"] == cut_off].iloc[0]
        assert (row["killed"], row["injured"]) == (3668, 3896)
        assert row["revised_by"] == "ohchr-ua-2022-05-15-periodic-report"


def test_a_table_that_breaks_its_schema_is_refused(tmp_path, monkeypatch) -> None:
    shutil.copytree(PROCESSED_DIR, tmp_path / "processed")
    series = tmp_path / "processed" / "series.csv"
    lines = series.read_text().splitlines()
    header, cells = lines[0].split(","), lines[2].split(",")
    cells[header.index("killed")] = f"-{cells[header.index('killed')]}"
    lines[2] = ",".join(cells)
    series.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr("casualties.loader.PROCESSED_DIR", tmp_path / "processed")
    with pytest.raises(LoadError, match=r"series.csv: \d+ checks fail; first .* at row 1"):
        casualties.load("series")


def test_a_release_is_downloaded_checked_and_cached(release_server, tmp_path) -> None:
    url, _ = release_server
    remote = casualties.load("series", url=f"{url}v1/", cache_dir=tmp_path / "cache")
    pd.testing.assert_frame_equal(remote, casualties.load("series"))
    cached = list((tmp_path / "cache" / "casualties").glob("*/series.csv"))
    assert len(cached) == 1


def test_a_version_uses_the_configured_release_url(release_server, tmp_path, monkeypatch) -> None:
    url, _ = release_server
    monkeypatch.setenv("CASUALTIES_RELEASES_URL", f"{url}v{{version}}/")
    remote = casualties.load("reports", version="1", cache_dir=tmp_path / "cache")
    assert len(remote) == len(casualties.load("reports"))


def test_a_version_without_a_release_url_says_what_to_set(monkeypatch) -> None:
    monkeypatch.delenv("CASUALTIES_RELEASES_URL", raising=False)
    with pytest.raises(LoadError, match="set CASUALTIES_RELEASES_URL"):
        casualties.load(version="1.0.0")


def test_a_tampered_release_file_is_refused(release_server, tmp_path) -> None:
    url, folder = release_server
    series = folder / "series.csv"
    series.write_text(series.read_text().replace("331", "332"))
    with pytest.raises(LoadError, match=r"series\.csv: sha256 differs from datapackage\.json"):
        casualties.load("series", url=f"{url}v1/", cache_dir=tmp_path / "cache")


def test_a_missing_release_is_a_404_error(release_server, tmp_path) -> None:
    url, _ = release_server
    with pytest.raises(LoadError, match="HTTP 404"):
        casualties.load("series", url=f"{url}v9/", cache_dir=tmp_path / "cache")


def test_offline_a_verified_cached_release_still_loads(release_server, tmp_path) -> None:
    url, folder = release_server
    casualties.load("series", url=f"{url}v1/", cache_dir=tmp_path / "cache")
    shutil.rmtree(folder)  # the server now answers 404 for everything
    offline = casualties.load("series", url=f"{url}v1/", cache_dir=tmp_path / "cache")
    assert len(offline) == len(casualties.load("series"))


def test_unreachable_without_a_cache_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(LoadError, match="cannot be reached"):
        casualties.load("series", url="http://127.0.0.1:9/", cache_dir=tmp_path / "cache")


def test_import_stays_light() -> None:
    code = "import sys, casualties; print(sorted({'pandas', 'pandera', 'matplotlib'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_load_works_from_any_working_directory(tmp_path) -> None:
    code = "import casualties; print(len(casualties.load()))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert int(result.stdout) == len(casualties.load())
    assert Path(tmp_path).exists()


def test_a_wheel_installed_elsewhere_loads_the_data_it_carries(tmp_path) -> None:
    """pip install of the built wheel into a fresh venv (offline: no build isolation, no index;
    its dependencies come from this venv by a .pth line), then load() from another folder."""
    from casualties.paths import ROOT

    wheels, venv = tmp_path / "wheels", tmp_path / "venv"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = [
        *pip,
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-w",
        str(wheels),
        str(ROOT),
    ]
    subprocess.run(build, check=True, cwd=tmp_path, capture_output=True)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = subprocess.run(
        [sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(ours + "\n")
    (wheel,) = wheels.glob("casualties-*.whl")
    install = [*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)]
    subprocess.run(install, check=True, capture_output=True)
    code = "import casualties; s = casualties.load(); print(casualties.__file__, len(s))"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([python, "-c", code], cwd=elsewhere, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    where, rows = done.stdout.split()
    assert Path(where).is_relative_to(venv) and int(rows) == len(casualties.load("series"))
