"""The timeline as display rows: day headers and entries with their promise chips.

Plain Python (no Qt), built on the worker thread from a CaseDetail so the view only paints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.domain.promise_rules import evaluate
from ecomplaint.domain.records import CaseDetail, EntryRecord, PromiseRecord


@dataclass(frozen=True)
class Chip:
    promise_id: int
    what: str
    status: PromiseStatus
    due_by: datetime  # effective, pauses included, in the promise's time zone
    late_hours: float | None = None  # how overdue / how late it was kept


@dataclass(frozen=True)
class TimelineRow:
    day: date
    entry: EntryRecord | None = None  # None: a day header
    local_time: datetime | None = None
    party: str = ""
    party_role: str = ""
    chips: list[Chip] = field(default_factory=list)
    evidence: int = 0  # live exhibits attached to the entry

    @property
    def is_day(self) -> bool:
        return self.entry is None


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("Asia/Shanghai")


def chip_for(p: PromiseRecord, detail: CaseDetail, now: datetime) -> Chip:
    state = evaluate(p, detail.pauses, now)
    late = state.overdue_by or state.late_by
    return Chip(
        promise_id=p.id,
        what=p.what,
        status=state.status,
        due_by=state.due_by.astimezone(_zone(p.tz)),
        late_hours=late.total_seconds() / 3600 if late is not None else None,
    )


def build_timeline(detail: CaseDetail, now: datetime) -> list[TimelineRow]:
    parties = {p.id: p for p in detail.parties}
    chips: dict[int, list[Chip]] = {}
    for p in detail.promises:
        if p.entry_id is not None:
            chips.setdefault(p.entry_id, []).append(chip_for(p, detail, now))
    exhibits: dict[int, int] = {}
    for ev in detail.evidence:
        if ev.entry_id is not None and ev.trashed_at is None:
            exhibits[ev.entry_id] = exhibits.get(ev.entry_id, 0) + 1
    rows: list[TimelineRow] = []
    last_day: date | None = None
    for e in sorted(detail.entries, key=lambda x: (x.occurred_at, x.id)):
        local = e.occurred_at.astimezone(_zone(e.occurred_tz))
        if local.date() != last_day:
            last_day = local.date()
            rows.append(TimelineRow(day=last_day))
        party = parties.get(e.party_id) if e.party_id is not None else None
        rows.append(
            TimelineRow(
                day=local.date(),
                entry=e,
                local_time=local,
                party=party.label if party else "",
                party_role=party.role if party else "",
                chips=chips.get(e.id, []),
                evidence=exhibits.get(e.id, 0),
            )
        )
    return rows
