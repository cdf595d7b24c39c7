"""The station's reading in use: lexicon commands, warnings, and what reaches espeak-ng."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import Run, query, set_config, write_script

NOTICE = "Cài Bluezone trước ngày 01/8/2020, hỏi UBND xã qua số 0912 345 678."


@pytest.fixture
def espeak_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Put a recorder in front of the real espeak-ng: it logs what it is given, then speaks."""
    real = shutil.which("espeak-ng")
    assert real
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "espeak-input.txt"
    wrapper = folder / "espeak-ng"
    wrapper.write_text(f'#!/bin/sh\ntee -a "{log}" | "{real}" "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return log


def test_the_text_reaching_espeak_is_the_spoken_form(
    station: Path, scripts: Path, run: Run, espeak_input: Path
) -> None:
    run("announce", "add", str(write_script(scripts, "bz.md", NOTICE, id="bz")))
    run("lexicon", "add", "Bluezone", "Blu dôn")
    run("play", "--announce", "bz", "--sink", f"file:{station}/out")
    heard = espeak_input.read_text("utf-8")
    assert heard == (
        "Cài Blu dôn trước ngày một tháng tám năm hai nghìn không trăm hai mươi, hỏi ủy ban "
        "nhân dân xã qua số không chín một hai, ba bốn năm, sáu bảy tám."
    )
    shown = json.loads(run("announce", "show", "bz", "--json").stdout)
    assert shown["spoken_text"] == heard
    assert query(station, "SELECT spoken_text FROM speech") == [(heard,)]


def test_changing_the_lexicon_resynthesises_only_what_it_affects(
    station: Path, scripts: Path, run: Run
) -> None:
    run("announce", "add", str(write_script(scripts, "a.md", NOTICE, id="bz")))
    run("announce", "add", str(write_script(scripts, "b.md", "Họp thôn tối nay.", id="hop")))
    out = str(station / "p.wav")
    run("announce", "render", "bz", "hop", "-o", out)
    before = set(query(station, "SELECT spoken_text FROM speech"))
    run("lexicon", "add", "bluezone", "Blu dôn")
    run("announce", "render", "bz", "hop", "-o", out)
    after = set(query(station, "SELECT spoken_text FROM speech"))
    [(new,)] = after - before
    assert "Blu dôn" in new
    assert ("Họp thôn tối nay.",) in before


def test_lexicon_commands(station: Path, run: Run) -> None:
    run("lexicon", "add", "Bluezone", "Blu dôn")
    run("lexicon", "add", "Đồng Xoài", "Đồng Xoài")
    run("lexicon", "add", "bluezone", "Bờ lu dôn")  # same word, new spoken form
    rows = json.loads(run("lexicon", "list", "--json").stdout)
    assert [(r["term"], r["spoken"]) for r in rows] == [
        ("bluezone", "Bờ lu dôn"),
        ("đồng xoài", "Đồng Xoài"),
    ]
    assert run("normalize", "Tải Bluezone").stdout == "Tải Bờ lu dôn\n"
    run("lexicon", "remove", "Bluezone")
    assert "'zalo' is not in the lexicon" in run("lexicon", "remove", "zalo", code=1).stderr
    assert "needs a word" in run("lexicon", "add", " ", "x", code=1).stderr


def test_add_and_normalize_warn_about_what_they_cannot_place(
    station: Path, scripts: Path, run: Run
) -> None:
    path = write_script(scripts, "z.md", "Theo dõi trang Skype của xã.", id="skype")
    result = run("announce", "add", str(path))
    assert result.stderr == (
        "warning: skype: the reader had to guess 'Skype' (Xờ cai): write them as they are said, "
        'or add them to the lexicon (broadcaster lexicon add Skype "Xờ cai").\n'
    )
    result = run("normalize", "Xem VTV lúc 19h")
    assert result.stdout == "Xem vê tê vê lúc mười chín giờ\n"
    assert "'VTV' is not a known abbreviation" in result.stderr


def test_southern_reading_per_station(station: Path, run: Run) -> None:
    assert run("normalize", "105 hộ").stdout == "một trăm linh năm hộ\n"
    assert run("normalize", "--voice", "vi-vn-x-south", "105 hộ").stdout == "một trăm lẻ năm hộ\n"
    set_config(station, "reading", '"south"')
    assert run("normalize", "1.000 hộ").stdout == "một ngàn hộ\n"
    set_config(station, "reading", '"west"')
    assert (
        "speech.reading 'west' is not auto, north or south" in run("normalize", "1", code=1).stderr
    )


def test_normalize_works_without_a_station(run: Run) -> None:
    assert run("normalize", "ngày 2/9").stdout == "ngày hai tháng chín\n"


def test_what_is_typed_to_be_read_has_limits(station: Path, run: Run) -> None:
    """A lexicon entry is a word or a phrase, and a text to read weighs no more than a script."""
    long_word = "a" * 101
    refused = run("lexicon", "add", long_word, "a", code=1).stderr
    assert "at most 100 characters" in refused
    assert "500 spoken" in run("lexicon", "add", "xã", "a " * 300, code=1).stderr
    assert json.loads(run("lexicon", "list", "--json").stdout) == []
    set_config(station, "max_text_kb", "1")
    assert "more than the limit of 1 KB" in run("normalize", "Bà con. " * 200, code=1).stderr
    assert run("normalize", "Bà con.").stdout == "Bà con.\n"
