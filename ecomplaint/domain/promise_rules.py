"""A promise's status is derived from its window, its outcome, pauses and the time: never typed.

24–48 h means: due from +24 h (the window opens), overdue after +48 h. A pause (the case waits
on the consumer) stops the clock: each pause that began before the deadline pushes the window
back by its length; an open pause keeps the promise PAUSED.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ecomplaint.domain import deadlines
from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.domain.records import PauseRecord, PromiseRecord


@dataclass(frozen=True)
class PromiseState:
    status: PromiseStatus
    due_from: datetime  # effective window, pauses included
    due_by: datetime
    overdue_by: timedelta | None = None  # set when OVERDUE
    late_by: timedelta | None = None  # set when KEPT_LATE

    @property
    def open(self) -> bool:
        """Still able to lapse (or lapsed and unresolved)."""
        return self.status in (
            PromiseStatus.PENDING,
            PromiseStatus.DUE,
            PromiseStatus.OVERDUE,
            PromiseStatus.PAUSED,
        )


def base_window(p: PromiseRecord) -> tuple[datetime, datetime]:
    return deadlines.window(p.made_at, p.clock, p.window_min, p.window_max, p.tz)


def effective_window(
    p: PromiseRecord, pauses: Iterable[PauseRecord], now: datetime
) -> tuple[datetime, datetime, bool]:
    """(due_from, due_by, paused_now) after shifting the window by the pauses that apply."""
    due_from, due_by = base_window(p)
    paused_now = False
    relevant = sorted(
        (x for x in pauses if x.case_id == p.case_id and x.promise_id in (None, p.id)),
        key=lambda x: x.started_at,
    )
    for pause in relevant:
        end = pause.ended_at or now
        if pause.started_at >= due_by or end <= p.made_at:
            continue
        start = max(pause.started_at, p.made_at)
        if pause.ended_at is None and pause.started_at <= now:
            paused_now = True
        length = max(end - start, timedelta(0))
        due_from += length if start < due_from else timedelta(0)
        due_by += length
    return due_from, due_by, paused_now


def evaluate(p: PromiseRecord, pauses: Iterable[PauseRecord], now: datetime) -> PromiseState:
    due_from, due_by, paused_now = effective_window(p, pauses, now)
    if p.superseded_by_id is not None:
        return PromiseState(PromiseStatus.SUPERSEDED, due_from, due_by)
    if p.broken_at is not None:
        return PromiseState(PromiseStatus.BROKEN, due_from, due_by)
    if p.kept_at is not None:
        if p.kept_at <= due_by:
            return PromiseState(PromiseStatus.KEPT, due_from, due_by)
        return PromiseState(PromiseStatus.KEPT_LATE, due_from, due_by, late_by=p.kept_at - due_by)
    if paused_now:
        return PromiseState(PromiseStatus.PAUSED, due_from, due_by)
    if now < due_from:
        return PromiseState(PromiseStatus.PENDING, due_from, due_by)
    if now <= due_by:
        return PromiseState(PromiseStatus.DUE, due_from, due_by)
    return PromiseState(PromiseStatus.OVERDUE, due_from, due_by, overdue_by=now - due_by)
