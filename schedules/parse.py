"""What people type for dates, times of day, weekdays and lengths, read into exact values.

Commune officers write the Vietnamese way (30/11/2026, 6h30, T2-T6, thứ 2, CN) as often as
the ISO way (2026-11-30, 06:30, mon-fri); both are taken. A value that does not say exactly
what its field means (a date carrying a time of day or a zone, a TOML datetime where a date
is meant, `true` where a number is, NaN minutes, a single string where a list is meant) is
refused with one sentence naming the value, never guessed at. Every door reads through
here: command-line options, schedule files, and the slots the store holds.
"""

from __future__ import annotations

import contextlib
import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any

from common.errors import BroadcasterError
from common.i18n import _

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_SLOT_MINUTES = 24 * 60

_ENGLISH_DAYS = {
    **{name: n for n, name in enumerate(WEEKDAYS)},
    **{
        name: n
        for n, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
}
_VIETNAMESE_NUMBERS = {"hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7}
_DAY_SETS = {
    "daily": range(7), "all": range(7), "everyday": range(7), "hằng ngày": range(7),
    "hàng ngày": range(7), "mỗi ngày": range(7), "cả tuần": range(7),
    "weekdays": range(5), "ngày thường": range(5),
    "weekend": (5, 6), "cuối tuần": (5, 6),
}  # fmt: skip
_RELATIVE_DAYS = {
    "hôm qua": -1, "yesterday": -1,
    "hôm nay": 0, "nay": 0, "today": 0,
    "mai": 1, "ngày mai": 1, "tomorrow": 1,
    "ngày kia": 2, "mốt": 2, "ngày mốt": 2,
}  # fmt: skip

_WEEK_WORDS = {
    "tuần này": 0, "this week": 0, "tuần sau": 1, "tuần tới": 1, "next week": 1,
    "tuần trước": -1, "last week": -1,
}  # fmt: skip
_ISO_WEEK = re.compile(r"(\d{4})-?w(\d{1,2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2})[/.-](\d{1,2})")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_HOURS = re.compile(r"(\d{1,2})\s*(?:h|g|giờ)\s*(?:(\d{2})\s*(?:p|ph|phút)?)?")
_PART_OF_DAY = re.compile(r"(.+?)\s*\b(sáng|trưa|chiều|tối|đêm)")
PARTS_OF_DAY: dict[str, tuple[range, range, str]] = {
    "sáng": (range(1, 12), range(1, 12), "1h–11h"),
    "trưa": (range(11, 14), range(1, 2), "11h–13h"),
    "chiều": (range(13, 18), range(1, 6), "13h–17h"),
    "tối": (range(18, 24), range(6, 12), "18h–23h"),
    "đêm": (range(21, 24), range(9, 12), "21h–23h"),
}
"""Per word of the day, the hours it takes on the 24-hour clock, the hours that count from
noon ('5h chiều' is 17:00, '8h tối' 20:00), and the span said when an hour does not fit: '6h
chiều' and '18h sáng' are refused, not guessed (o18lan7 C4). After midnight, 'đêm' takes 0h–4h
and '12h đêm' is 00:00."""
_ZONE = re.compile(r"(z|utc|gmt|[+-]\d{2}(:?\d{2})?)$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


class InputError(BroadcasterError):
    """A date, time of day, list of days or length that is not exactly what it should be."""


def _plain(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split()).lower()


def _kind(value: Any) -> str:
    """How a value a person should not have given reads back to them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value) if isinstance(value, str | date | time | int | float) else repr(value)


def parse_date(value: Any, today: date | None = None, *, coming: bool = False) -> date:
    """30/11/2026, 30-11-2026, 2026-11-30 (or a TOML date); with `today`, also the words
    hôm qua, hôm nay, mai, ngày mai, ngày kia, today, tomorrow. A day and month without the year
    (3/12) is the next such day from `today` on when the day is one still to come (`coming`:
    a slot's or a notice's dates, typed now, whose doors say it back in full); anywhere else
    the year is asked for, never guessed."""
    if isinstance(value, datetime):
        raise InputError(
            _("'{value}' is a date with a time of day; give the date alone, like 30/11/2026")
            .format(value=_kind(value))
        )  # fmt: skip
    if isinstance(value, date):
        return value
    if isinstance(value, time):
        raise InputError(
            _("'{value}' is a time of day where a date is meant").format(value=_kind(value))
        )
    if not isinstance(value, str):
        raise InputError(
            _("'{value}' is not a date (write it like 30/11/2026)").format(value=_kind(value))
        )
    text = _plain(value)
    if text in _RELATIVE_DAYS:
        if today is None:
            raise InputError(
                _("'{value}' depends on the day it is read; write the date, like 30/11/2026")
                .format(value=value)
            )  # fmt: skip
        return today + timedelta(days=_RELATIVE_DAYS[text])
    if iso := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in iso.groups())
    elif dmy := _DMY_DATE.fullmatch(text):
        if len(dmy.group(4)) == 2:
            raise InputError(
                _("'{value}': write the year in full, like 30/11/2026").format(value=value)
            )
        day, month, year = int(dmy.group(1)), int(dmy.group(3)), int(dmy.group(4))
    elif day_month := _DAY_MONTH.fullmatch(text):
        return _next_day(value, int(day_month[1]), int(day_month[2]), today, coming)
    elif _ISO_DATE.match(text) or _DMY_DATE.match(text):
        raise InputError(
            _("'{value}' is a date with a time of day or a zone; give the date alone, "
              "like 30/11/2026").format(value=value)
        )  # fmt: skip
    else:
        raise InputError(
            _("'{value}' is not a date (write it like 30/11/2026 or 2026-11-30)").format(
                value=value
            )
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(
            _(
                "'{value}' is not a date: there is no day {day:02d}/{month:02d}/{year} "
                "(day/month/year)"
            ).format(value=value, day=day, month=month, year=year)
        ) from None


def _next_day(value: str, day: int, month: int, today: date | None, coming: bool) -> date:
    """The first `day`/`month` from `today` on when `coming` (a 29/02 may be years ahead);
    otherwise a sentence asking for the year."""
    if today is None or not coming:
        example = f"{day:02d}/{month:02d}/{today.year}" if today else "30/11/2026"
        raise InputError(
            _("'{value}' is not a date without its year: write it in full (day/month/year), "
              "like {example}").format(value=value, example=example)
        )  # fmt: skip
    for year in range(today.year, min(today.year + 8, date.max.year) + 1):
        with contextlib.suppress(ValueError):
            if (found := date(year, month, day)) >= today:
                return found
    raise InputError(
        _("'{value}' is not a date: there is no day {day:02d}/{month:02d} (day/month)").format(
            value=value, day=day, month=month)
    )  # fmt: skip


def parse_week(value: str | None, today: date) -> date:
    """The Monday of the week `value` names: a day in it as schedules are written
    (30/11/2026, 2026-11-30, hôm nay, mai), 'tuần này', 'tuần sau', 'tuần trước', or an ISO
    week (2026-W49); none: this week. The week must lie whole in the calendar."""
    this_monday = today - timedelta(days=today.weekday())
    plain = _plain(value) if value is not None else "tuần này"
    monday: date | None = None
    if plain in _WEEK_WORDS:
        monday = this_monday + timedelta(weeks=_WEEK_WORDS[plain])
    elif iso := _ISO_WEEK.fullmatch(plain):
        with contextlib.suppress(ValueError):
            monday = date.fromisocalendar(int(iso.group(1)), int(iso.group(2)), 1)
    else:
        with contextlib.suppress(InputError):
            day = parse_date(plain, today)
            monday = day - timedelta(days=day.weekday())
    if monday is None:
        raise InputError(
            _("'{value}' is not a week: give a day of it (30/11/2026, 2026-11-30, hôm nay), "
              "'tuần này', 'tuần sau' or an ISO week like 2026-W49").format(value=value)
        )  # fmt: skip
    if date.max - monday < timedelta(days=6):
        raise InputError(
            _("the week of '{value}' runs past the last day of the calendar (31/12/9999); "
              "give an earlier week").format(value=value)
        )  # fmt: skip
    return monday


def parse_time(value: Any) -> time:
    """A local time of day: 06:30, 6:30, 06:30:15, 6h30, 6g30, 17h, 6 giờ 30 (or a TOML time)."""
    if isinstance(value, datetime | date):
        raise InputError(
            _("'{value}' is a date where a time of day is meant").format(value=_kind(value))
        )
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise InputError(
                _("'{value}' carries a time zone; give the station's local time, like 06:30")
                .format(value=_kind(value))
            )  # fmt: skip
        if value.microsecond:
            raise InputError(
                _("'{value}' has fractions of a second; give HH:MM or HH:MM:SS").format(
                    value=_kind(value)
                )
            )
        return value
    if not isinstance(value, str):
        raise InputError(
            _("'{value}' is not a time of day (write it like 06:30 or 6h30)").format(
                value=_kind(value)
            )
        )
    text = _plain(value)
    part = _PART_OF_DAY.fullmatch(text)
    said = part[1] if part else text
    if clock := _CLOCK.fullmatch(said):
        hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
    elif hours := _HOURS.fullmatch(said):
        hour, minute, second = int(hours[1]), int(hours[2] or 0), 0
    else:
        if _ZONE.search(text) and (_CLOCK.match(text) or _HOURS.match(text)):
            reason = _("'{value}' carries a time zone; give the station's local time, like 06:30")
        elif re.search(r"\b(am|pm|sáng|chiều|tối|trưa|đêm)\b", text):
            reason = _("'{value}': write the time on the 24-hour clock, like 17h30")
        else:
            reason = _("'{value}' is not a time of day (write it like 06:30 or 6h30)")
        raise InputError(reason.format(value=value))
    if part:
        hour = _in_the_part(hour, part[2], value)
    try:
        return time(hour, minute, second)
    except ValueError:
        raise InputError(
            _("'{value}' is not a time of day (hours 0–23, minutes and seconds 0–59)").format(
                value=value
            )
        ) from None


def _in_the_part(hour: int, part: str, value: str) -> int:
    """The 24-hour hour of '5h chiều' (17), '6h30 sáng' (6), '12h đêm' (0); an hour the word
    does not take ('6h chiều', '18h sáng') is refused saying the word's hours."""
    taken, from_noon, span = PARTS_OF_DAY[part]
    if part == "đêm" and hour in (*range(5), 12):
        return hour % 12
    if hour in taken:
        return hour
    if hour in from_noon:
        return hour + 12
    if hour % 12 == 0:  # not "00h hoặc 12h" for '12h chiều' (o19lan8 L12): noon, or midnight
        said = (_("'{value}': {hour}h is not in the {part}, which runs {span}; for noon write "
                  "12h (or 12h trưa)") if part == "chiều" else
                _("'{value}': {hour}h is not in the {part}, which runs {span}; write 12h for "
                  "noon (12h trưa) or 00h for midnight (12h đêm)"))  # fmt: skip
        raise InputError(said.format(value=value, hour=hour, part=part, span=span))
    raise InputError(
        _("'{value}': {hour}h is not in the {part}, which runs {span}; write the time on the "
          "24-hour clock without '{part}': {morning:02d}h or {evening}h").format(
            value=value, hour=hour, part=part, span=span, morning=hour % 12,
            evening=hour % 12 + 12)
    )  # fmt: skip


def _day_number(token: str, whole: str) -> int:
    if token in _ENGLISH_DAYS:
        return _ENGLISH_DAYS[token]
    if token == "cn":
        return 6
    if vietnamese := re.fullmatch(r"t([2-7])", token):
        return int(vietnamese[1]) - 2
    raise InputError(
        _("days '{value}' should be weekdays like T2-T6, T7,CN, thứ 2 or mon-fri").format(
            value=whole
        )
    )


def parse_days(value: Any) -> frozenset[int]:
    """Weekdays (Monday is 0): T2-T6, T7,CN, thứ 2, thứ hai, chủ nhật, mon-fri, mon,wed,fri,
    weekdays, weekend, daily, hằng ngày, cuối tuần; or a list of such words."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = ",".join(value)
    if not isinstance(value, str):
        raise InputError(
            _("days '{value}' should be text like T2-T6 or mon-fri").format(value=_kind(value))
        )
    text = _plain(value)
    if text in _DAY_SETS:
        return frozenset(_DAY_SETS[text])
    text = re.sub(r"chủ\s*nhật", "cn", text)
    text = re.sub(
        r"\bt(?:hứ|h)?\s*(2|3|4|5|6|7|hai|ba|tư|bốn|năm|sáu|bảy|bẩy)\b",
        lambda m: f"t{_VIETNAMESE_NUMBERS.get(m[1], m[1])}",
        text,
    )
    text = re.sub(r"\s*(?:-|–|đến)\s*", "-", text)
    days: set[int] = set()
    for part in filter(None, re.split(r"[,;\s]+", text)):
        first, dash, last = part.partition("-")
        start = _day_number(first, value)
        end = _day_number(last, value) if dash else start
        days.update(range(start, end + 1) if start <= end else [*range(start, 7), *range(end + 1)])
    if not days:
        raise InputError(_("days is empty: give weekdays like T2-T6 or daily"))
    return frozenset(days)


def parse_minutes(value: Any) -> float | None:
    """A length in minutes: a number above 0 and at most a day (10, 2.5, '2,5'); None stays
    None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InputError(_("'{value}' is not a number of minutes").format(value=_kind(value)))
    if isinstance(value, str):
        text = value.strip()
        if not _NUMBER.fullmatch(text):
            raise InputError(_("'{value}' is not a number of minutes").format(value=value))
        value = float(text.replace(",", "."))
    minutes = float(value)
    if not math.isfinite(minutes) or not 0 < minutes <= MAX_SLOT_MINUTES:
        raise InputError(
            _("'{value}' minutes is not a length: give a number above 0 and at most {most}")
            .format(value=_kind(value), most=MAX_SLOT_MINUTES)
        )  # fmt: skip
    return minutes


def parse_text(value: Any, field: str) -> str:
    """A field that is plain text (a name, a campaign): a TOML time or number is refused."""
    if not isinstance(value, str):
        raise InputError(
            _("{field} should be text, not '{value}'").format(field=field, value=_kind(value))
        )
    return value


def parse_ids(value: Any, field: str) -> tuple[str, ...]:
    """A list of announcement ids; a single string is refused (it is not a list of one)."""
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    example = f'["{value}"]' if isinstance(value, str) else '["hop-thon"]'
    raise InputError(
        _("{field} should be a list of announcement ids like {example}, not '{value}'").format(
            field=field, example=example, value=_kind(value)
        )
    )


_NO_QUIET_HOURS = {"none", "không", "khong", "-"}
_MONTH = re.compile(r"(?:tháng\s*)?(?:(\d{4})-(\d{1,2})|(\d{1,2})[/.-](\d{4}))")


def parse_quiet_hours(value: str) -> tuple[time, time] | None:
    """21:00-05:00 (either time in any form parse_time takes: 21h-5h), or none / không."""
    text = _plain(value)
    if text in _NO_QUIET_HOURS:
        return None
    parts = [p.strip() for p in re.split(r"\s*(?:-|–|đến|to)\s*", text)]
    if len(parts) != 2 or not all(parts):
        raise InputError(
            _("'{value}' is not a span of quiet hours: write it like 21:00-05:00, or none")
            .format(value=value)
        )  # fmt: skip
    return parse_time(parts[0]), parse_time(parts[1])


def parse_month(value: str) -> date:
    """The first day of a month written 11/2026, tháng 11/2026 or 2026-11."""
    found = _MONTH.fullmatch(_plain(value))
    if found:
        year, month = (found.group(1), found.group(2)) if found.group(1) else found.group(4, 3)
        if 1 <= int(month) <= 12 and int(year) >= 1:
            return date(int(year), int(month), 1)
    raise InputError(
        _("'{value}' is not a month: write it like 11/2026 or 2026-11").format(value=value)
    )
