"""The zone times are shown in: the disputes this program is for happen on Chinese platforms,
so the window, the CLI and the dossier all show China time unless $ECOMPLAINT_TZ says otherwise.
Stored times stay aware UTC; each entry also keeps the zone it was logged in."""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HOME_TZ = "Asia/Shanghai"


def home_zone() -> ZoneInfo:
    try:
        return ZoneInfo(os.environ.get("ECOMPLAINT_TZ") or HOME_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(HOME_TZ)


def shown(value: datetime) -> str:
    """'2026-11-17 23:59 +08': the offset makes a time unambiguous wherever it is pasted."""
    local = value.astimezone(home_zone())
    offset = local.strftime("%z")  # +0800
    short = offset[:3] if offset.endswith("00") else f"{offset[:3]}:{offset[3:]}"
    return f"{local:%Y-%m-%d %H:%M} {short}"
