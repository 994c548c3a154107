"""The zone times are shown in. Each case lives in its own zone (its jurisdiction): the CLI
and the dossier show a case's times there, with the offset, unless $ECOMPLAINT_TZ or the
`display_zone` setting names one zone for everything (a volunteer in Shanghai reading a
London case may prefer Shanghai time). Stored times stay aware UTC.
"""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HOME_TZ = "Asia/Shanghai"


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def chosen_zone() -> ZoneInfo | None:
    """The zone the user asked for ($ECOMPLAINT_TZ, then the setting), or None: each case's."""
    from ecomplaint import settings

    env = _zone(os.environ.get("ECOMPLAINT_TZ"))
    if env is not None:
        return env
    try:
        return _zone(str(settings.get("display_zone") or ""))
    except Exception:  # an unreadable settings file must not stop times being shown
        return None


def display_zone(case_tz: str | None = None) -> ZoneInfo:
    """Where to show a time of a case living in `case_tz`."""
    return chosen_zone() or _zone(case_tz) or ZoneInfo(HOME_TZ)


def home_zone() -> ZoneInfo:
    """For lists of many cases with no case zone at hand."""
    return display_zone(None)


def shown(value: datetime, tz: str | None = None) -> str:
    """'2026-11-17 23:59 +08': the offset makes a time unambiguous wherever it is pasted."""
    local = value.astimezone(display_zone(tz))
    offset = local.strftime("%z")  # +0800
    short = offset[:3] if offset.endswith("00") else f"{offset[:3]}:{offset[3:]}"
    return f"{local:%Y-%m-%d %H:%M} {short}"
