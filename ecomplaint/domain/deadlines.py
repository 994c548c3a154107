"""When a promise window opens and closes: calendar hours or Chinese working days.

Working days come from the `chinese_calendar` library, which knows each year's public
holidays and the weekend days that are worked to make up for them (调休).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

from ecomplaint.domain.enums import ClockKind


def is_working_day(day: date) -> bool:
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # a year the library does not know yet: weekdays only
        return day.weekday() < 5


def add_working_days(start: datetime, days: int, tz: str) -> datetime:
    """The end of the `days`-th working day after `start`'s local day (23:59:59 local).

    "Within 3 working days" said on a Friday afternoon before a holiday ends at the close of
    the third working day after it, counting make-up Saturdays as working days.
    """
    zone = ZoneInfo(tz)
    local = start.astimezone(zone)
    if days <= 0:
        return start
    day = local.date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    end = datetime.combine(day, time(23, 59, 59), tzinfo=zone)
    return end.astimezone(start.tzinfo)


def window(
    made_at: datetime, clock: ClockKind | str, window_min: int, window_max: int, tz: str
) -> tuple[datetime, datetime]:
    """(due_from, due_by) before any pause: 24–48 h is due from +24 h, overdue after +48 h."""
    if ClockKind(clock) is ClockKind.WORKING_DAYS:
        start = add_working_days(made_at, window_min, tz) if window_min else made_at
        return start, add_working_days(made_at, window_max, tz)
    return made_at + timedelta(hours=window_min), made_at + timedelta(hours=window_max)
