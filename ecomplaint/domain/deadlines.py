"""When a promise window opens and closes: calendar hours, months or working days.

Working days are counted on the case's own calendar (domain/workdays.py): `chinese_calendar`
for mainland China (holidays and 调休 make-up days), `holidays` for other countries. Where the
library does not know a year we count Monday–Friday and say so (`calendar_known`), rather than
refuse to compute. A working-day deadline ends at the end of that working day (23:59:59) in
the case's zone.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ecomplaint.domain.enums import ClockKind
from ecomplaint.domain.workdays import DEFAULT_CALENDAR, work_calendar


def calendar_known(day: date, calendar: str = DEFAULT_CALENDAR) -> bool:
    """Whether the holiday library knows `day`'s year (otherwise weekdays are a guess)."""
    return work_calendar(calendar).knows(day)


def is_working_day(day: date, calendar: str = DEFAULT_CALENDAR) -> bool:
    return work_calendar(calendar).is_working_day(day)


def add_working_days(
    start: datetime, days: int, tz: str, calendar: str = DEFAULT_CALENDAR
) -> datetime:
    """The end of the `days`-th working day after `start`'s local day (23:59:59 local).

    "Within 3 working days" said on a Friday afternoon before a holiday ends at the close of
    the third working day after it, counting make-up Saturdays as working days.
    """
    if days <= 0:
        return start
    zone = ZoneInfo(tz)
    cal = work_calendar(calendar)
    day = start.astimezone(zone).date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if cal.is_working_day(day):
            counted += 1
    end = datetime.combine(day, time(23, 59, 59), tzinfo=zone)
    return end.astimezone(start.tzinfo)


def window_known(
    made_at: datetime,
    clock: ClockKind | str,
    window_max: int,
    tz: str,
    calendar: str = DEFAULT_CALENDAR,
) -> bool:
    """False when a working-day window reaches into a year the holiday library lacks."""
    if ClockKind(clock) is not ClockKind.WORKING_DAYS:
        return True
    end = add_working_days(made_at, window_max, tz, calendar).astimezone(ZoneInfo(tz)).date()
    start = made_at.astimezone(ZoneInfo(tz)).date()
    return calendar_known(start, calendar) and calendar_known(end, calendar)


def window(
    made_at: datetime,
    clock: ClockKind | str,
    window_min: int,
    window_max: int,
    tz: str,
    calendar: str = DEFAULT_CALENDAR,
) -> tuple[datetime, datetime]:
    """(due_from, due_by) before any pause: 24–48 h is due from +24 h, overdue after +48 h."""
    if ClockKind(clock) is ClockKind.WORKING_DAYS:
        start = add_working_days(made_at, window_min, tz, calendar) if window_min else made_at
        return start, add_working_days(made_at, window_max, tz, calendar)
    if ClockKind(clock) is ClockKind.MONTHS:
        start = add_span(made_at, window_min, "months", tz) if window_min else made_at
        return start, add_span(made_at, window_max, "months", tz)
    return made_at + timedelta(hours=window_min), made_at + timedelta(hours=window_max)


def add_months(start: datetime, months: int) -> datetime:
    """Same day `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return start.replace(year=year, month=month, day=day)


def add_span(
    start: datetime, amount: int, unit: str, tz: str, calendar: str = DEFAULT_CALENDAR
) -> datetime:
    """`start` plus a rule-pack span: hours, days, weeks, working_days or months."""
    if unit == "hours":
        return start + timedelta(hours=amount)
    if unit == "days":
        return start + timedelta(days=amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    if unit == "working_days":
        return add_working_days(start, amount, tz, calendar)
    if unit == "months":
        zone = ZoneInfo(tz)
        return add_months(start.astimezone(zone), amount).astimezone(start.tzinfo)
    raise ValueError(f"unknown unit {unit!r}")
