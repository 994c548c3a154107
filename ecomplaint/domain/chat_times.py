"""Time stamps as a phone's chat or SMS app prints them, resolved to an aware time.

Apps print a stamp above the messages that follow it, relative to the day the screen was
shown: "21:52" (today), "昨天 14:31", "星期四 14:31" (within the past week), "2月5日 21:48"
(this year), "2026-02-05 21:46" (any time). `parse_stamp` reads the text of one whole line
(it must be nothing but a stamp) and `Stamp.resolve` places it against the capture day in
the case's zone. OCR may drop or add spaces and read ":" as "：", so both are tolerated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ecomplaint.domain.enums import Precision

_WEEKDAYS = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
# Chinese parts of the day: afternoon/evening hours below 12 are PM ("下午 2:31" = 14:31).
_PM_WORDS = ("下午", "晚上", "傍晚", "pm")
_AM_WORDS = ("上午", "早上", "凌晨", "清晨", "中午", "am")

_TIME = (
    r"(?P<ampm1>上午|下午|晚上|傍晚|早上|凌晨|清晨|中午)?\s*(?P<h>\d{1,2})\s*:\s*(?P<mi>\d{2})"
    r"(?::\d{2})?\s*(?P<ampm2>am|pm|a\.m\.|p\.m\.)?"
)
_WD_ZH = r"(?:周|星期|礼拜)(?P<wdz>[一二三四五六日天])"
_WD_EN = (
    r"(?P<wde>mon|tue|wed|thu|fri|sat|sun)"
    r"(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?,?"  # Mon, Tues, Thursday, Sat.
)
_MON_EN = (
    r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?"  # Feb, February, Sept.
)
_S = r"\s*"

_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile("^" + _S.join(parts) + "$", re.IGNORECASE))
    for name, parts in (
        # 2026-02-05 21:46, 2026/2/5 21:46, 2026.2.5, 2026年2月5日 周四 21:46
        (
            "ymd",
            (
                r"(?P<y>\d{4})",
                r"[-/.年]",
                r"(?P<m>\d{1,2})",
                r"[-/.月]",
                r"(?P<d>\d{1,2})",
                r"[日号]?",
                rf"(?:{_WD_ZH})?",
                rf"(?:{_TIME})?",
            ),
        ),
        # 2月5日 周四 14:31, 2月5日 21:48 ("2/5 21:48" is day/month-ambiguous: not read)
        (
            "md",
            (
                r"(?P<m>\d{1,2})",
                "月",
                r"(?P<d>\d{1,2})",
                "[日号]",
                rf"(?:{_WD_ZH})?",
                rf"(?:{_TIME})?",
            ),
        ),
        # 02-05 21:46 (JD, Taobao: month-day with a dash, always with a time)
        ("md", (r"(?P<m>\d{1,2})", "-", r"(?P<d>\d{1,2})", rf"(?:{_WD_ZH})?", _TIME)),
        ("rel", (r"(?P<rel>今天|昨天|前天|today|yesterday)", rf"(?:{_TIME})?")),
        # 星期四 14:31, Mon 14:31; alone ("THURSDAY", WhatsApp's chip) it names the day
        ("wd", (rf"(?:{_WD_ZH}|{_WD_EN})", rf"(?:{_TIME})?")),
        # 5 Feb 21:48, 5 Feb 2026 21:48, Thu 5 Feb 21:48
        (
            "dmon",
            (
                rf"(?:{_WD_EN})?",
                r"(?P<d>\d{1,2})",
                _MON_EN,
                r"(?:(?P<y>\d{4})\b,?)?",
                r"(?:at)?",
                rf"(?:{_TIME})?",
            ),
        ),
        # Feb 5 21:48, Feb 5, 2026 at 21:48
        (
            "mond",
            (
                rf"(?:{_WD_EN})?",
                _MON_EN,
                r"(?P<d>\d{1,2})(?!\d)\s*,?",
                r"(?:(?P<y>\d{4})\b,?)?",
                "(?:at)?",
                rf"(?:{_TIME})?",
            ),
        ),
        ("time", (_TIME,)),
    )
)


@dataclass(frozen=True)
class Stamp:
    """A stamp as read: which day it names (absolute or relative) and the time of day."""

    form: str  # "ymd", "md", "rel", "wd", "dmon", "mond", "time"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    days_back: int | None = None  # "今天" 0, "昨天" 1, "前天" 2
    weekday: int | None = None  # 0 = Monday
    clock: time | None = None  # None: the stamp names a day only

    @property
    def absolute(self) -> bool:
        """Names its day whatever the day the screen was shown ("2026-02-05 21:46")."""
        return self.year is not None

    @property
    def year_by_weekday(self) -> bool:
        """ "2月5日 周四": the weekday tells the year (the latest year that day was a
        Thursday), so a rough idea of when the screen was shown is enough."""
        return self.year is None and self.month is not None and self.weekday is not None

    def resolve(self, seen_on: date | None, zone: ZoneInfo) -> tuple[datetime, str] | None:
        """The aware time and its precision, for a screen shown on the day `seen_on` (in
        `zone`); None when the stamp names no real day ("2月30日"), or names a day relative
        to an unknown `seen_on`."""
        if seen_on is None:
            if not self.absolute:
                return None
            seen_on = date(self.year or 2000, 1, 1)
        try:
            day = self._day(seen_on)
        except ValueError:
            return None
        if self.clock is None:
            return datetime.combine(day, time(12, 0), zone), Precision.DAY
        return datetime.combine(day, self.clock, zone), Precision.EXACT

    def _day(self, seen_on: date) -> date:
        if self.year is not None and self.month is not None and self.day is not None:
            return date(self.year, self.month, self.day)
        if self.month is not None and self.day is not None and self.weekday is not None:
            for year in range(seen_on.year, seen_on.year - 12, -1):
                if _real(year, self.month, self.day):
                    named = date(year, self.month, self.day)
                    if named <= seen_on and named.weekday() == self.weekday:
                        return named
        if self.month is not None and self.day is not None:
            # No year: the latest such day on or before the day the screen was shown.
            if _real(seen_on.year, self.month, self.day):
                this_year = date(seen_on.year, self.month, self.day)
                if this_year <= seen_on:
                    return this_year
            return date(seen_on.year - 1, self.month, self.day)
        if self.days_back is not None:
            return seen_on - timedelta(days=self.days_back)
        if self.weekday is not None:
            # Apps name a weekday for the past week (today is a bare time, yesterday
            # "昨天"), so the latest such weekday before the day the screen was shown.
            back = (seen_on.weekday() - self.weekday) % 7 or 7
            return seen_on - timedelta(days=back)
        return seen_on  # a bare time is today's


def _real(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _clock(m: re.Match[str]) -> time | None:
    if m.groupdict().get("h") is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("mi"))
    mark = (m.group("ampm1") or m.group("ampm2") or "").lower().replace(".", "")
    if mark in _PM_WORDS and hour < 12:
        hour += 12
    elif mark in _AM_WORDS and mark != "中午" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise ValueError("not a time of day")
    return time(hour, minute)


def _squeeze(text: str) -> str:
    # OCR spacing is unreliable ("2月5日周四14:31", "2 月 5 日"): the forms allow any.
    return re.sub(r"\s+", " ", text.strip()).replace("：", ":").lower()


def parse_stamp(text: str) -> Stamp | None:
    """The stamp a whole line holds, or None when the line is anything else."""
    s = _squeeze(text)
    if not s or len(s) > 40:
        return None
    for form, pattern in _FORMS:
        m = pattern.match(s)
        if m is None:
            continue
        g = m.groupdict()
        try:
            clock = _clock(m)
        except ValueError:
            return None
        if form == "time" and clock is None:
            return None
        weekday = None
        if g.get("wdz"):
            weekday = _WEEKDAYS[g["wdz"]]
        elif g.get("wde"):
            weekday = _WEEKDAYS[g["wde"][:3]]
        month = _MONTHS[g["mon"][:3]] if g.get("mon") else (int(g["m"]) if g.get("m") else None)
        rel = g.get("rel")
        stamp = Stamp(
            form=form,
            year=int(g["y"]) if g.get("y") else None,
            month=month,
            day=int(g["d"]) if g.get("d") else None,
            days_back=None if rel is None else _REL[rel],
            weekday=weekday if form in ("wd", "md") else None,
            clock=clock,
        )
        if stamp.month is not None and not 1 <= stamp.month <= 12:
            return None
        if stamp.day is not None and not 1 <= stamp.day <= 31:
            return None
        return stamp
    return None


_REL = {"今天": 0, "today": 0, "昨天": 1, "yesterday": 1, "前天": 2}
