"""The file sink's log is truthful: a program written to a file is logged as ending when it
was written (at once, not paced), with its length as the airing's duration, so no two rows
overlap; and the report says that it went to a file, not to the loudspeakers."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from conftest import Run
from test_report import airing_dicts


def test_an_airing_to_a_file_claims_no_air_time_and_the_next_does_not_overlap_it(
    quick: Path, run: Run
) -> None:
    """o19lan8 L11: a trial's 83 s program written to a file was logged on air until 83 s
    later, so an emergency sent meanwhile printed "Đã phát" inside it, and the row ended
    after the station was killed. A leader signing the report reads one programme at a
    time."""
    run("play", "--announce", "dai", "--sink", f"file:{quick}/out")
    run("emergency", "--text", "Khẩn cấp: bà con tránh xa bờ sông.", "--sink", f"file:{quick}/out")
    first, second = sorted(json.loads(run("log", "list", "--json").stdout), key=lambda r: r["seq"])
    started, ended = (datetime.fromisoformat(first[k]) for k in ("started_at", "ended_at"))
    assert first["status"] == "aired" and first["duration_s"] == pytest.approx(20.0, abs=0.05)
    assert (ended - started).total_seconds() < 10  # written in a moment; 20 s long
    assert datetime.fromisoformat(second["started_at"]) >= ended  # one after the other
    assert second["status"] == "aired"
    assert first["sink"] == f"file:{quick}/out"
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
