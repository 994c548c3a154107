"""Working-day calendars, one per jurisdiction, from maintained libraries (never by hand).

A calendar id is "CN" (mainland China: `chinese_calendar`, public holidays and the weekend
days worked to make up for them, 调休) or an ISO 3166 country code with an optional
subdivision understood by the `holidays` library: "GB-ENG" (England and Wales), "GB-SCT",
"GB-NIR", "DE", "DE-BY", "HK"… Saturdays and Sundays are rest days outside China (the
`holidays` library gives public holidays only).

`knows(day)` says whether the library can vouch for `day`'s year: chinese_calendar only knows
the years the State Council has published; `holidays` computes any year in its range from
rules, so a one-off bank holiday announced later is not in it (that is the library's word).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# chinese_calendar and holidays are imported where a calendar is first needed: together
# ~100 ms, and the window's first paint needs neither (bench/README.md: start-up).

CHINA = "CN"
DEFAULT_CALENDAR = CHINA


@dataclass(frozen=True)
class WorkCalendar:
    id: str
    library: str  # "chinesecalendar" | "holidays": cited beside each deadline
    is_working_day: Callable[[date], bool]
    knows: Callable[[date], bool]


def _china() -> WorkCalendar:
    import chinese_calendar

    def knows(day: date) -> bool:
        try:
            chinese_calendar.is_workday(day)
        except NotImplementedError:
            return False
        return True

    def working(day: date) -> bool:
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:  # a year not published yet: weekdays only (approximate)
            return day.weekday() < 5

    return WorkCalendar(CHINA, "chinesecalendar", working, knows)


def _split(cal_id: str) -> tuple[str, str | None]:
    country, _, subdiv = cal_id.partition("-")
    return country.upper(), (subdiv.upper() or None)


@lru_cache(maxsize=64)
def work_calendar(cal_id: str) -> WorkCalendar:
    """The calendar for `cal_id`; ValueError when no library knows it."""
    cal_id = (cal_id or DEFAULT_CALENDAR).strip()
    if cal_id.upper() == CHINA:
        return _china()
    import holidays

    country, subdiv = _split(cal_id)
    supported = holidays.list_supported_countries()
    if country not in supported or (subdiv is not None and subdiv not in supported[country]):
        raise ValueError(cal_id)
    table = holidays.country_holidays(country, subdiv=subdiv)
    first, last = table.start_year, table.end_year

    def working(day: date) -> bool:
        return day.weekday() < 5 and day not in table

    def knows(day: date) -> bool:
        return first <= day.year <= last

    return WorkCalendar(cal_id.upper(), "holidays", working, knows)


def is_known_calendar(cal_id: str) -> bool:
    try:
        work_calendar(cal_id)
    except ValueError:
        return False
    return True


def calendar_choices() -> list[str]:
    """Ids offered in messages: China, then the UK nations, then every country."""
    import holidays

    supported = holidays.list_supported_countries()
    uk = [f"GB-{s}" for s in ("ENG", "SCT", "NIR")]
    others = sorted(c for c in supported if len(c) == 2 and c not in ("CN", "GB"))
    return [CHINA, *uk, *others]


def default_calendar_for(country: str) -> str:
    """A country's usual calendar: "GB" means England and Wales unless the case says else."""
    country = (country or "").upper()
    if country in ("", CHINA):
        return CHINA
    if country in ("GB", "UK"):
        return "GB-ENG"
    return country
