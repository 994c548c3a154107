"""Times typed on the command line, read in the case's own zone when they carry none."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ecomplaint import juris_messages  # noqa: F401  (registers cli.bad_time)
from ecomplaint.i18n import UserError


def parse_when(text: str | None, tz: str, field: str = "@:f.occurred_at") -> datetime | None:
    """'2026-04-02 10:00' typed for a London case is 10:00 London time; an explicit offset
    ('…+08:00', 'Z') wins. None when nothing was typed."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UserError("cli.bad_time", field=field, value=text) from None
    if value.tzinfo is None:
        try:
            value = value.replace(tzinfo=ZoneInfo(tz))
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError("field.naive_time", field=field) from None
    return value
