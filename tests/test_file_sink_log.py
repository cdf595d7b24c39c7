"""The file sink's log is truthful: a program written to a file is logged with the start and
the end it would have had on air (the file is written at once, not paced), and the report
says that it went to a file, not to the loudspeakers."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from conftest import Run
from test_report import airing_dicts


def test_an_airing_to_a_file_ends_when_it_would_have_ended_on_air(quick: Path, run: Run) -> None:
    run("play", "--announce", "dai", "--sink", f"file:{quick}/out")
    [row] = json.loads(run("log", "list", "--json").stdout)
    started = datetime.fromisoformat(row["started_at"])
    ended = datetime.fromisoformat(row["ended_at"])
    assert row["status"] == "aired" and row["duration_s"] == pytest.approx(20.0, abs=0.05)
    assert (ended - started).total_seconds() == pytest.approx(row["duration_s"], abs=0.001)
    assert row["sink"] == f"file:{quick}/out"
    assert run("log", "verify").stdout.startswith("The airing log is intact")


def test_the_report_says_which_airings_went_to_a_file(
    quick: Path, run: Run, tmp_path: Path
) -> None:
    run("play", "--announce", "ngan", "--sink", f"file:{quick}/out")
    run("play", "--announce", "ngan", "--sink", "null")
    out = tmp_path / "bao-cao.csv"
    run("log", "export", "--format", "csv", "-o", str(out))
    to_file, to_air = airing_dicts(out)
    assert "ghi ra tệp, không phát trên loa" in to_file["Ghi chú"]
    assert "ghi ra tệp" not in to_air["Ghi chú"]
