"""Weekdays typed as chat shorthand in a schedule: 't2, t4', 't7, cn', 't2-t6' (o16lan4 B2).

An officer's schedule copied from Zalo writes the days in lowercase; the reader spelled them
'tê hai, tê bốn' and 'xê en', and said a range 't2 - t6' as two days. Only a list or a range
of two days or more, in a schedule (a time or a date after it, or a schedule's word before
it), one day with its date ('t6 4/12'), or one day with a time right after it or a schedule's
word before it ('vào t4 lúc 6h', o18lan7 B5), is taken: one 't2' elsewhere may be a floor, a
bus line or a lot, and is listed as guessed; after the name of a thing ('tầng t2, t3', 'lô
t5-t7') the letters are its codes, not days. Capital 'T2' is the reader's own rule
(normalize.WEEKDAY)."""

from __future__ import annotations

import re

from .numbers import Dialect, read_ordinal

DAY = r"(?:t[2-7]|cn)"
JOIN = r"\s?(?:,|-|–|&)\s?|\s(?:và|đến)\s"
WITH_DATE = r",?\s\(?(?:ngày\s)?\d{1,2}/\d{1,2}(?!\d)"
DAYS = re.compile(rf"(?<![\w/]){DAY}(?:(?:(?:{JOIN}){DAY})+(?![\w/])|(?={WITH_DATE})|(?![\w/]))")
"""Two days or more joined by commas, dashes or 'và': 't2, t4, t6', 't7, cn', 't2 - t6'; one
day with its date: 't6 4/12', 't7 (5/12)', 'cn, 6/12'; or one day alone ('vào t4 lúc 6h')."""
GATE = re.compile(r"[2-7n](?:(?<=t[2-7])|(?<=cn))(?<![\w/]..)(?![\w/])")
"""A day alone, looked for at its last character (a rare one), not at every character."""
NEAR_AFTER = re.compile(
    r"[^.\n]{0,40}?\d{1,2}\s?(?:h(?:\d\d)?\b|giờ|g\d|:\d\d)|[^.\n]{0,40}?\d{1,2}/\d{1,2}"
)
"""A time or a date soon after the days, in every shape the reader knows: '7 h – 11 h',
'7h30', '7:30', '7 giờ 30', '4/12' (o17lan5: 't2, t4 sáng 7h30' was missed)."""
SURELY_DAYS = re.compile(r"\bcn\b")
"""A list holding Sunday ('t6, cn', 't7-cn') is days by itself: no floor or lot is named
'cn', and a thing's codes ('lô t5-t7') are kept before this is asked. A range alone is not
(review17 #10): 'đốt sống t3-t4', 'xét nghiệm t3-t4' are a spine's and a blood test's codes."""
TAKES_CODES = (
    "số", "đốt sống", "xe", "phiếu", "hồ sơ", "đơn", "tờ khai", "biên bản", "chi nhánh", "mã",
    "ký hiệu",
)  # fmt: skip
"""Nouns, besides the reader's NAMED_BY_CODE and NUMBERED_THINGS (normalize.py), after which
't2', 't3-t4' are codes however a schedule they sit in: 'Phiếu số t2 4/12', 'Xe t2-t5'."""
TIME_AFTER = re.compile(
    r"\s(?:lúc\s|từ\s|sáng\s|chiều\s|tối\s|trưa\s)?\d{1,2}\s?(?:h(?:\d\d)?\b|giờ|g\d|:\d\d)"
)
"""A time right after one day alone: 'vào t4 lúc 6h', 'họp t6 7h30' (o18lan7 B5). Further off,
a time may belong to something else ('lô t4 … lúc 7h')."""
NEAR_BEFORE = re.compile(
    r"(?:lịch|trực|làm việc|tiếp dân|vào|các ngày|ngày|sáng|chiều|tối|trưa|hằng tuần|mỗi"
    r"|nghỉ|họp|khám|tiêm|học|mở cửa|đóng cửa)"
    r"[:\s]*$"
)
"""A word of a schedule right before them: 'lịch tiêm: t2, t4', 'làm việc t2-t6', 'nghỉ t2 -
t6'."""
WEEK_AFTER = re.compile(r"[,\s]+(?:tuần|hằng tuần|hàng tuần)\b")
"""'t2 - t6 tuần sau', 't3, t5 hằng tuần': the week names them days."""


def alone(m: re.Match[str]) -> bool:
    """Whether the match is one day with no other day and no date: 'vào t4 lúc 6h'."""
    return len(m[0]) == 2 and re.match(WITH_DATE, m.string[m.end() :]) is None


def in_a_schedule(m: re.Match[str]) -> bool:
    """Whether the days sit in a schedule: Sunday in a list, a time or a date after, or a
    schedule's word before (a line of a schedule opens with them: '\nt3, t5, t7: 13 h'). One
    day alone needs a time right after it or a schedule's word before it ('vào t6 lúc 5h30')."""
    before = m.string[max(0, m.start() - 24) : m.start()].lower()
    if alone(m):
        return (
            TIME_AFTER.match(m.string, m.end()) is not None
            or WEEK_AFTER.match(m.string, m.end()) is not None
            or NEAR_BEFORE.search(before) is not None
        )
    return (
        SURELY_DAYS.search(m[0]) is not None
        or NEAR_AFTER.match(m.string, m.end()) is not None
        or WEEK_AFTER.match(m.string, m.end()) is not None
        or NEAR_BEFORE.search(before) is not None
    )


_PART = re.compile(rf"({DAY})|({JOIN})")

NAMED_DAY = (
    r"(?:[Tt][2-7]|CN|cn|(?i:chủ nhật)"
    r"|(?i:thứ)\s?(?:[2-7]|(?i:hai|ba|tư|năm|sáu|bảy))(?![^\W_]))"
)
DASH = r"\s?[-–]\s?"
LISTED_AFTER = re.compile(rf"{NAMED_DAY}{DASH}(?={NAMED_DAY})")
LISTED_BEFORE = re.compile(rf"{NAMED_DAY}{DASH}$")


def dash_lists(text: str, start: int, end: int) -> bool:
    """Is the dash between the day at `start` and the one at `end` one of a chain of dashes
    ('T3-T5-T7', 'thứ 2 - thứ 4 - thứ 6')? Then the days are a list, said with commas, as
    announcers read a clinic's or a class's days (round 83: 'thứ ba đến thứ năm đến thứ bảy'
    judged wrong); one dash between two days is a range ('T2-T6')."""
    return (
        LISTED_AFTER.match(text, end) is not None
        or LISTED_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def day(short: str, dialect: Dialect) -> str:
    """'t4' → 'thứ tư', 'cn' → 'chủ nhật'."""
    return "chủ nhật" if short == "cn" else f"thứ {read_ordinal(int(short[1]), dialect)}"


def read_days(written: str, dialect: Dialect) -> str:
    """'t2, t4' → 'thứ hai, thứ tư'; a dash is a range: 't2-t6' → 'thứ hai đến thứ sáu', but
    a chain of them a list: 't3-t5-t7' → 'thứ ba, thứ năm, thứ bảy' (`dash_lists`)."""
    said = []
    for m in _PART.finditer(written):
        if m[1]:
            said.append(day(m[1], dialect))
        elif m[2].strip() not in "-–":
            said.append(m[2])
        else:
            said.append(", " if dash_lists(written, m.start() - 2, m.end()) else " đến ")
    return "".join(said)
