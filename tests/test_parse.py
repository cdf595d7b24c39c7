"""Dates, times, days and lengths as commune officers type them, and every value that does not
say exactly what its field means refused with one sentence, at every door: command-line
options, schedule files (TOML values of the wrong kind), and the rundown's --date words."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import Run, store_dump, write_script

from schedules.parse import InputError, parse_date, parse_days, parse_minutes, parse_time

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = date(2026, 11, 29)
NEXT = datetime.now(HCM).year + 1
"""A year whose December is ahead in the station's zone whenever the tests run (slots refuse
past days)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30/11/2026", date(2026, 11, 30)),
        ("2026-11-30", date(2026, 11, 30)),
        ("1/8/2020", date(2020, 8, 1)),
        ("01-08-2020", date(2020, 8, 1)),
        ("30.11.2026", date(2026, 11, 30)),
        (" 30/11/2026 ", date(2026, 11, 30)),
        ("hôm nay", TODAY),
        ("Hôm nay", TODAY),
        ("today", TODAY),
        ("mai", TODAY + timedelta(days=1)),
        ("ngày mai", TODAY + timedelta(days=1)),
        ("tomorrow", TODAY + timedelta(days=1)),
        ("ngày kia", TODAY + timedelta(days=2)),
        (date(2026, 11, 30), date(2026, 11, 30)),
    ],
)
def test_dates_the_vietnamese_and_the_iso_way(text: object, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-30T06:30", "is a date with a time of day or a zone"),
        ("2026-11-30 06:30", "is a date with a time of day or a zone"),
        ("2026-11-30+07:00", "is a date with a time of day or a zone"),
        ("30/11/2026 6h30", "is a date with a time of day or a zone"),
        (datetime(2026, 11, 30, 6, 30), "is a date with a time of day"),
        (datetime(2026, 11, 30, tzinfo=HCM), "is a date with a time of day"),
        (time(6, 30), "is a time of day where a date is meant"),
        ("30/11/26", "write the year in full"),
        ("31/02/2026", "there is no day 31/02/2026"),
        ("2026-13-01", "there is no day 01/13/2026"),
        ("11/30/2026", r"there is no day 11/30/2026 \(day/month/year\)"),
        (True, "'true' is not a date"),
        (20261130, "'20261130' is not a date"),
        (["2026-11-30"], "is not a date"),
        ("", "'' is not a date"),
        ("thứ hai", "'thứ hai' is not a date"),
    ],
)
def test_dates_that_are_not_exactly_dates_are_refused(value: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_date(value, TODAY)


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("3/12", TODAY, date(2026, 12, 3)),
        ("29/11", TODAY, TODAY),  # today is the next such day
        ("28-11", TODAY, date(2027, 11, 28)),  # yesterday: a year on
        ("29.2", TODAY, date(2028, 2, 29)),  # the next 29 February
    ],
)
def test_a_day_to_come_typed_without_its_year_is_the_next_such_day(
    typed: str, today: date, expected: date
) -> None:
    """A slot's or a notice's dates are days to come: '3/12' is the next 3 December."""
    assert parse_date(typed, today, coming=True) == expected


def test_elsewhere_a_date_without_its_year_asks_for_the_year() -> None:
    """In a schedule file, or for the log (the past), the year is asked for, never guessed."""
    with pytest.raises(InputError, match="'3/12' is not a date without its year: write it in "
                       r"full \(day/month/year\), like 03/12/2026"):  # fmt: skip
        parse_date("3/12", TODAY)
    with pytest.raises(InputError, match="like 30/11/2026"):
        parse_date("3/12")
    with pytest.raises(InputError, match="there is no day 31/02 "):
        parse_date("31/2", TODAY, coming=True)


def test_relative_days_need_a_today() -> None:
    """A schedule file is read later than it is written: 'mai' there has no meaning."""
    with pytest.raises(InputError, match="'mai' depends on the day it is read"):
        parse_date("mai")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06:30", time(6, 30)),
        ("6:30", time(6, 30)),
        ("06:30:15", time(6, 30, 15)),
        ("6h30", time(6, 30)),
        ("6H30", time(6, 30)),
        ("6g30", time(6, 30)),
        ("17h", time(17, 0)),
        ("17h05", time(17, 5)),
        ("6 giờ 30", time(6, 30)),
        ("6 giờ 30 phút", time(6, 30)),
        ("0:00", time(0, 0)),
        ("23:59:59", time(23, 59, 59)),
        (time(6, 30), time(6, 30)),
        # o18lan7 C4: the word of the day, where the hour fits it
        ("6h30 sáng", time(6, 30)),
        ("06:30 sáng", time(6, 30)),
        ("5h chiều", time(17, 0)),
        ("5 giờ 15 chiều", time(17, 15)),
        ("17h chiều", time(17, 0)),
        ("12h trưa", time(12, 0)),
        ("1h trưa", time(13, 0)),
        ("8h tối", time(20, 0)),
        ("20h30 tối", time(20, 30)),
        ("10h đêm", time(22, 0)),
        ("12h đêm", time(0, 0)),
        ("2h đêm", time(2, 0)),
    ],
)
def test_times_the_vietnamese_and_the_iso_way(text: object, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("25:00", "is not a time of day"),
        ("24:00", "is not a time of day"),
        ("06:60", "is not a time of day"),
        ("6h5", "is not a time of day"),
        ("06:30+07:00", "carries a time zone"),
        ("06:30Z", "carries a time zone"),
        ("6:30 pm", "24-hour clock"),
        ("6h chiều", "6h is not in the chiều, which runs 13h–17h"),
        ("18h sáng", "18h is not in the sáng, which runs 1h–11h.*06h or 18h"),
        ("12h sáng", "12h is not in the sáng.*12h for noon .* or 00h for midnight"),
        # o19lan8 L12: "00h hoặc 12h" for '12h chiều', though 00h is no reading of it
        ("12h chiều", r"12h is not in the chiều, which runs 13h–17h; for noon write 12h \(or "),
        ("5h đêm", "5h is not in the đêm"),
        ("sáng", "24-hour clock"),
        ("6.30", "is not a time of day"),
        ("", "'' is not a time of day"),
        (time(6, 30, tzinfo=HCM), "carries a time zone"),
        (time(6, 30, 0, 500000), "fractions of a second"),
        (datetime(2026, 11, 30, 6, 30), "is a date where a time of day is meant"),
        (date(2026, 11, 30), "is a date where a time of day is meant"),
        (630, "'630' is not a time of day"),
        (True, "'true' is not a time of day"),
    ],
)
def test_times_that_are_not_exactly_times_are_refused(value: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_time(value)


MON_FRI = frozenset(range(5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T2-T6", MON_FRI),
        ("t2 - t6", MON_FRI),
        ("thứ 2 - thứ 6", MON_FRI),
        ("Thứ Hai đến Thứ Sáu", MON_FRI),
        ("T7,CN", frozenset({5, 6})),
        ("thứ bảy, chủ nhật", frozenset({5, 6})),
        ("cuối tuần", frozenset({5, 6})),
        ("thứ 2", frozenset({0})),
        ("T2 T4 T6", frozenset({0, 2, 4})),
        ("mon-fri", MON_FRI),
        ("Monday,Wednesday", frozenset({0, 2})),
        ("weekdays", MON_FRI),
        ("ngày thường", MON_FRI),
        ("daily", frozenset(range(7))),
        ("hằng ngày", frozenset(range(7))),
        ("fri-mon", frozenset({4, 5, 6, 0})),
        ("T7-T2", frozenset({5, 6, 0})),
        (["mon", "wed"], frozenset({0, 2})),
        ("thứ tư", frozenset({2})),
    ],
)
def test_days_the_vietnamese_and_the_english_way(text: object, expected: frozenset[int]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("T8", "should be weekdays"),
        ("thứ 1", "should be weekdays"),
        ("mon-wed-fri", "should be weekdays"),
        ("-fri", "should be weekdays"),
        ("", "days is empty"),
        (" , ", "days is empty"),
        (5, "should be text"),
        (True, "should be text"),
        ([1, 2], "should be text"),
        ([], "should be text"),
    ],
)
def test_days_that_are_not_days_are_refused(value: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_days(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(10, 10.0), (2.5, 2.5), ("2.5", 2.5), ("2,5", 2.5), (" 7 ", 7.0), (None, None)],
)
def test_minutes(value: object, expected: float | None) -> None:
    assert parse_minutes(value) == expected


@pytest.mark.parametrize(
    "value", [True, False, float("nan"), float("inf"), "nan", "inf", "-1", 0, -3, "10 phút",
              1e9, "1e3", [10]],
)  # fmt: skip
def test_lengths_that_are_not_lengths_are_refused(value: object) -> None:
    with pytest.raises(InputError, match="minutes"):
        parse_minutes(value)


# ----- the doors: command-line options and schedule files ----------
@pytest.fixture
def thon(station: Path, scripts: Path, run: Run) -> Path:
    run("announce", "add", str(write_script(scripts, "a.md", "Họp thôn tối nay.", id="hop",
                                            campaign="thon")))  # fmt: skip
    return station


def test_schedule_add_takes_vietnamese_times_days_and_dates(thon: Path, run: Run) -> None:
    added = run("schedule", "add", "sang", "--at", "6h30", "--days", "T2-T6", "--campaign", "thon",
                "--from", f"1/12/{NEXT}", "--until", f"31/12/{NEXT}",
                "--max-minutes", "2,5")  # fmt: skip
    out = added.stdout
    assert out.startswith(f"slot sang at 06:30 Mon–Fri, from 01/12/{NEXT} to 31/12/{NEXT}:")
    run("schedule", "add", "cuoi-tuan", "--at", "17g", "--days", "T7,CN", "--announce", "hop")
    [sang, cuoi] = json.loads(run("schedule", "list", "--json").stdout)
    assert (sang["valid_from"], sang["valid_until"], sang["max_minutes"]) == (
        f"{NEXT}-12-01",
        f"{NEXT}-12-31",
        2.5,
    )
    assert (cuoi["at"], cuoi["days"]) == ("17:00:00", "sat,sun")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--max-minutes", "nan"], "'nan' is not a number of minutes"),
        (["--max-minutes", "inf"], "'inf' is not a number of minutes"),
        (["--max-minutes", "0"], "give a number above 0"),
        (["--from", "2026-12-01T06:00"], "is a date with a time of day or a zone"),
        (["--until", "2026-12-01+07:00"], "is a date with a time of day or a zone"),
        (["--at", "06:30+07:00"], "carries a time zone"),
        (["--at", "6:30 PM"], "24-hour clock"),
        (["--days", "T9"], "days 'T9' should be weekdays"),
        (["--from", "31/12/2026", "--until", "1/12/2026"], "is before its first day"),
    ],
)
def test_schedule_add_refuses_values_that_are_not_exact(
    thon: Path, run: Run, options: list[str], message: str
) -> None:
    args = {"--at": "08:00", **dict(zip(options[::2], options[1::2], strict=True))}
    before = store_dump(thon)
    result = run("schedule", "add", "x", "--campaign", "thon",
                 *[v for pair in args.items() for v in pair], code=1)  # fmt: skip
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert store_dump(thon) == before


def test_rundown_takes_day_words(thon: Path, run: Run) -> None:
    run("schedule", "add", "sang", "--at", "06:30", "--campaign", "thon")
    today = datetime.now(HCM).date()
    for word, offset in (("hôm nay", 0), ("mai", 1), ("ngày mai", 1), ("tomorrow", 1)):
        first = json.loads(run("rundown", "--date", word, "--days", "2", "--json").stdout)
        days = {e["at"][:10] for e in first}
        assert str(today + timedelta(days=offset + 1)) in days, word
    tomorrow = today + timedelta(days=1)
    same = run("rundown", "--date", f"{tomorrow:%d/%m/%Y}", "--json").stdout
    assert same == run("rundown", "--date", "mai", "--json").stdout
    refused = run("rundown", "--date", "2026-11-30 06:00", code=1)
    assert "--date: '2026-11-30 06:00' is a date with a time of day" in refused.stderr


def test_log_list_takes_vietnamese_dates(thon: Path, run: Run) -> None:
    run("play", "--announce", "hop", "--sink", f"file:{thon}/out")
    today = datetime.now(HCM).date()
    assert len(json.loads(run("log", "list", "--from", "hôm nay", "--json").stdout)) == 1
    assert json.loads(run("log", "list", "--from", "mai", "--json").stdout) == []
    listed = run("log", "list", "--to", f"{today:%d/%m/%Y}", "--json").stdout
    assert len(json.loads(listed)) == 1


GOOD_SLOT = 'name = "sang"\nat = "06:30"\ncampaign = "thon"\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('slot = ["sang"]\n', "expected [[slot]] tables only"),
        ("slot = 1\n", "expected [[slot]] tables only"),
        ('[slot]\nname = "sang"\nat = "06:30"\ncampaign = "thon"\n', "expected [[slot]] tables"),
        ("[[slot]]\n" + GOOD_SLOT + "[other]\nx = 1\n", "expected [[slot]] tables only"),
        ("[[slot]]\nname = 5\nat = \"06:30\"\ncampaign = \"thon\"\n", "name should be text"),
        ("[[slot]]\nname = \"s\"\nat = 06:30:00+07:00\ncampaign = \"thon\"\n",
         "is not valid TOML at line 3, column"),  # TOML has no time of day with a zone
        ("[[slot]]\nname = \"s\"\nat = 2026-11-30T06:30:00\ncampaign = \"thon\"\n",
         "is a date where a time of day is meant"),
        ("[[slot]]\nname = \"s\"\nat = 06:30:00.5\ncampaign = \"thon\"\n", "fractions of a second"),
        ("[[slot]]\nname = \"s\"\nat = 630\ncampaign = \"thon\"\n", "'630' is not a time of day"),
        ("[[slot]]\n" + GOOD_SLOT + "from = 2026-11-30T06:00:00\n", "is a date with a time of day"),
        ("[[slot]]\n" + GOOD_SLOT + "from = 2026-11-30T06:00:00+07:00\n",
         "is a date with a time of day"),
        ("[[slot]]\n" + GOOD_SLOT + "until = 06:00:00\n", "is a time of day where a date is meant"),
        ("[[slot]]\n" + GOOD_SLOT + 'from = "mai"\n', "'mai' depends on the day it is read"),
        ("[[slot]]\n" + GOOD_SLOT + "max_minutes = true\n", "'true' is not a number of minutes"),
        ("[[slot]]\n" + GOOD_SLOT + "max_minutes = nan\n", "'nan' minutes is not a length"),
        ("[[slot]]\n" + GOOD_SLOT + "max_minutes = inf\n", "'inf' minutes is not a length"),
        ("[[slot]]\n" + GOOD_SLOT + "max_minutes = -inf\n", "'-inf' minutes is not a length"),
        ("[[slot]]\n" + GOOD_SLOT + "days = 5\n", "days '5' should be text"),
        ("[[slot]]\nname = \"s\"\nat = \"06:30\"\nannounce = \"hop\"\n",
         "announce should be a list of announcement ids like [\"hop\"]"),
        ("[[slot]]\nname = \"s\"\nat = \"06:30\"\nannounce = [1]\n", "announce should be a list"),
        ("[[slot]]\nname = \"s\"\nat = \"06:30\"\ncampaign = [\"thon\"]\n",
         "campaign should be text"),
        ("[[slot]]\nname = \"s\"\nat = \"06:30\"\ncampaign = 06:30:00\n",
         "campaign should be text"),
    ],
)  # fmt: skip
def test_schedule_files_of_the_wrong_shape_or_kind_are_refused(
    thon: Path, run: Run, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "lich.toml"
    path.write_text(content, "utf-8")
    before = store_dump(thon)
    result = run("schedule", "import", str(path), code=1)
    assert message in result.stderr, result.stderr
    assert str(path) in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert store_dump(thon) == before


def test_schedule_files_that_are_not_text_files(thon: Path, run: Run, tmp_path: Path) -> None:
    binary = tmp_path / "lich.toml"
    binary.write_bytes(bytes(range(256)) * 4)
    folder = tmp_path / "thu-muc.toml"
    folder.mkdir()
    json_list = tmp_path / "lich.json"
    json_list.write_text('[{"name": "sang", "at": "06:30"}]', "utf-8")
    empty = tmp_path / "rong.toml"
    empty.write_text("", "utf-8")
    before = store_dump(thon)
    for path, message in (
        (binary, "the file is not UTF-8 text, nor Vietnamese in an old font"),
        (folder, "is a folder, not a file; give a schedule file (.toml, with [[slot]] tables)"),
        (json_list, "is not valid TOML at line 1, column 2"),
        (empty, "rong.toml is empty (0 bytes)"),
        (tmp_path / "khong-co.toml", "no such file"),
    ):
        result = run("schedule", "import", str(path), code=1)
        assert message in result.stderr and str(path) in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert store_dump(thon) == before


def test_schedule_files_take_toml_dates_times_and_vietnamese_text(
    thon: Path, run: Run, tmp_path: Path
) -> None:
    path = tmp_path / "lich.toml"
    path.write_text(
        '[[slot]]\nname = "sang"\nat = 06:30:00\ndays = "T2-T6"\ncampaign = "thon"\n'
        f'from = {NEXT}-12-01\nuntil = "31/12/{NEXT}"\nmax_minutes = 5\n\n'
        '[[slot]]\nname = "chieu"\nat = "17h"\ndays = ["T7", "CN"]\nannounce = ["hop"]\n',
        "utf-8",
    )
    run("schedule", "import", str(path))
    rows = json.loads(run("schedule", "list", "--json").stdout)
    assert [(r["name"], r["at"], r["days"], r["valid_from"], r["valid_until"]) for r in rows] == [
        ("sang", "06:30:00", "mon,tue,wed,thu,fri", f"{NEXT}-12-01", f"{NEXT}-12-31"),
        ("chieu", "17:00:00", "sat,sun", None, None),
    ]


@pytest.mark.parametrize(
    ("parse", "value", "message"),
    [
        (parse_date, "30/11", "'30/11' is not a date"),  # which year?
        (parse_date, "2026/11/30", "'2026/11/30' is not a date"),  # year first with slashes
        (parse_date, "hôm kia", "'hôm kia' is not a date"),  # the past is no day to plan
        (parse_date, "31/04/2026", "there is no day 31/04/2026"),
        (parse_date, "29/02/2027", "there is no day 29/02/2027"),
        (parse_time, "24h", "'24h' is not a time of day"),
        (parse_time, "25h", "'25h' is not a time of day"),
        (parse_time, "6h60", "'6h60' is not a time of day"),
        (parse_time, "6", "'6' is not a time of day"),  # 6 o'clock or 6 minutes?
        (parse_time, "6:5", "'6:5' is not a time of day"),  # 6:05 or 6:50?
        (parse_days, "T1", "days 'T1' should be weekdays"),
        (parse_days, "thứ 8", "days 'thứ 8' should be weekdays"),
        (parse_days, "weekday", "days 'weekday' should be weekdays"),
        (parse_days, "mon-", "days 'mon-' should be weekdays"),
    ],
)
def test_hostile_and_ambiguous_forms_are_refused_in_one_sentence(
    parse: Callable[..., object], value: str, message: str
) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as refused:
        parse(value, TODAY) if parse is parse_date else parse(value)
    assert "\n" not in str(refused.value)
