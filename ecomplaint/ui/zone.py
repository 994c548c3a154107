"""The time zone the window shows and takes times in (see domain/display_zone.py).

Times typed for a case are read in that case's own zone (a London case's 10:00 is 10:00
Europe/London whatever the machine's zone); times are shown in the case's zone, with the
offset, unless $ECOMPLAINT_TZ or the `display_zone` setting names one zone for everything.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ecomplaint.domain.display_zone import HOME_TZ, display_zone, home_zone

__all__ = [
    "HOME_TZ",
    "case_zone",
    "display_zone",
    "home_zone",
    "local",
    "offset_text",
    "shown_in_case",
]


def local(value: datetime) -> datetime:
    return value.astimezone(home_zone())


def case_zone(tz: str | None) -> ZoneInfo:
    """The zone times typed for a case are read in: the case's own, never a display choice."""
    try:
        return ZoneInfo(tz or HOME_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(HOME_TZ)


def offset_text(value: datetime) -> str:
    """'+01', '+05:30', '-03' for an aware local time."""
    offset = value.strftime("%z")
    return offset[:3] if offset.endswith("00") else f"{offset[:3]}:{offset[3:]}"


def shown_in_case(value: datetime, tz: str | None) -> datetime:
    """`value` in the zone the window shows this case's times in."""
    return value.astimezone(display_zone(tz))
