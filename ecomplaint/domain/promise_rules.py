"""A promise's status is derived from its window, its outcome, pauses and the time: never typed.

24–48 h means: due from +24 h (the window opens), overdue after +48 h. A pause (the case waits
on the consumer) stops the clock: each pause that overlaps the running window pushes the
window's remaining part back by the pause's length; an open pause keeps the promise PAUSED.
Overlapping pauses (one on the case, one on the promise) count once.

Order of precedence: superseded, broken, kept / kept late, paused, then pending / due /
overdue by the clock. A promise is never both kept and overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ecomplaint.domain import deadlines
from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.domain.records import PauseRecord, PromiseRecord

OPEN_STATUSES = frozenset(
    {PromiseStatus.PENDING, PromiseStatus.DUE, PromiseStatus.OVERDUE, PromiseStatus.PAUSED}
)


@dataclass(frozen=True)
class PromiseState:
    status: PromiseStatus
    due_from: datetime  # effective window, pauses included
    due_by: datetime
    overdue_by: timedelta | None = None  # set when OVERDUE
    late_by: timedelta | None = None  # set when KEPT_LATE
    approximate: bool = False  # working days in a year the holiday library does not know

    @property
    def open(self) -> bool:
        """Still able to lapse (or lapsed and unresolved)."""
        return self.status in OPEN_STATUSES


def base_window(p: PromiseRecord) -> tuple[datetime, datetime]:
    return deadlines.window(p.made_at, p.clock, p.window_min, p.window_max, p.tz, p.calendar)


def _intervals(
    p: PromiseRecord, pauses: Iterable[PauseRecord], now: datetime | None
) -> list[tuple[datetime, datetime, bool]]:
    """Merged (start, end, still_open) stretches of the pauses that apply to `p`.

    With `now=None` an open pause is cut at its start (length 0): that is what the store
    keeps in due_by, because the SQL query leaves paused promises out anyway.
    """
    raw: list[tuple[datetime, datetime, bool]] = []
    for x in pauses:
        if x.case_id != p.case_id or x.promise_id not in (None, p.id):
            continue
        if x.ended_at is None:
            if now is None or x.started_at > now:
                continue
            raw.append((x.started_at, max(now, x.started_at), True))
        elif x.ended_at > x.started_at:
            raw.append((x.started_at, x.ended_at, False))
    raw.sort()
    merged: list[tuple[datetime, datetime, bool]] = []
    for start, end, still in raw:
        if merged and start <= merged[-1][1]:
            s0, e0, o0 = merged[-1]
            merged[-1] = (s0, max(e0, end), o0 or still)
        else:
            merged.append((start, end, still))
    return merged


def effective_window(
    p: PromiseRecord, pauses: Iterable[PauseRecord], now: datetime | None
) -> tuple[datetime, datetime, bool]:
    """(due_from, due_by, paused_now) after shifting the window by the pauses that apply.

    A pause only counts while the promise can still lapse: one that starts after the
    (shifted) deadline cannot rescue a promise that is already overdue.
    """
    due_from, due_by = base_window(p)
    paused_now = False
    for start, end, still_open in _intervals(p, pauses, now):
        if start >= due_by or end <= p.made_at:
            continue
        start = max(start, p.made_at)
        length = end - start
        if start < due_from:
            due_from += length
        due_by += length
        paused_now = paused_now or still_open
    return due_from, due_by, paused_now


def stored_window(p: PromiseRecord, pauses: Iterable[PauseRecord]) -> tuple[datetime, datetime]:
    """The due_from/due_by the store keeps: closed pauses applied, open ones at length 0."""
    due_from, due_by, _ = effective_window(p, pauses, None)
    return due_from, due_by


def evaluate(p: PromiseRecord, pauses: Iterable[PauseRecord], now: datetime) -> PromiseState:
    due_from, due_by, paused_now = effective_window(p, pauses, now)
    approx = not deadlines.window_known(p.made_at, p.clock, p.window_max, p.tz, p.calendar)

    def state(status: PromiseStatus, **extra: timedelta) -> PromiseState:
        return PromiseState(status, due_from, due_by, approximate=approx, **extra)

    if p.superseded_by_id is not None:
        return state(PromiseStatus.SUPERSEDED)
    if p.broken_at is not None:
        return state(PromiseStatus.BROKEN)
    if p.kept_at is not None:
        if p.kept_at <= due_by:
            return state(PromiseStatus.KEPT)
        return state(PromiseStatus.KEPT_LATE, late_by=p.kept_at - due_by)
    if paused_now:
        return state(PromiseStatus.PAUSED)
    if now < due_from:
        return state(PromiseStatus.PENDING)
    if now <= due_by:
        return state(PromiseStatus.DUE)
    return state(PromiseStatus.OVERDUE, overdue_by=now - due_by)
