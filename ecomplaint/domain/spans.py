"""Promise windows as people say them: "48h", "24-48h", "3wd", "5wd", "8w", "6m".

h hours, d days, wd working days, w weeks, m months. Days and weeks are calendar hours (a
promise "within 2 days" runs 48 hours); working days and months keep their own clock because
their length depends on the calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ecomplaint.domain.enums import ClockKind

_UNITS: dict[str, tuple[ClockKind, int]] = {
    "h": (ClockKind.HOURS, 1),
    "d": (ClockKind.HOURS, 24),
    "w": (ClockKind.HOURS, 168),
    "wd": (ClockKind.WORKING_DAYS, 1),
    "m": (ClockKind.MONTHS, 1),
}
_PATTERN = re.compile(r"^\s*(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?\s*(wd|h|d|w|m)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Within:
    clock: ClockKind
    window_min: int
    window_max: int


def parse_within(text: str) -> Within | None:
    """The window of "24-48h" (due from +24 h, overdue after +48 h); None if not understood."""
    m = _PATTERN.match(text or "")
    if m is None:
        return None
    low, high, unit = m.group(1), m.group(2), m.group(3).lower()
    clock, factor = _UNITS[unit]
    lo, hi = (int(low), int(high)) if high is not None else (0, int(low))
    if hi <= 0 or lo > hi:
        return None
    return Within(clock, lo * factor, hi * factor)
