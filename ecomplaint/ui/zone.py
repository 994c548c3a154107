"""The time zone the window shows and takes times in.

Stored times are aware UTC; the user thinks in local wall-clock time. The disputes this program
is for happen on Chinese platforms, so the window works in China time (the services' default
entry zone) whatever the machine's zone; each entry keeps the zone it was logged in.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

HOME_TZ = "Asia/Shanghai"


def home_zone() -> ZoneInfo:
    return ZoneInfo(HOME_TZ)


def local(value: datetime) -> datetime:
    return value.astimezone(home_zone())
