"""The time zone the window shows and takes times in (see domain/display_zone.py)."""

from __future__ import annotations

from datetime import datetime

from ecomplaint.domain.display_zone import HOME_TZ, home_zone

__all__ = ["HOME_TZ", "home_zone", "local"]


def local(value: datetime) -> datetime:
    return value.astimezone(home_zone())
