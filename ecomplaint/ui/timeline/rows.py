"""The timeline as display rows: day headers and entries with their promise chips.

Plain Python (no Qt), built on the worker thread from a CaseDetail so the view only paints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ecomplaint.domain.call_bursts import entry_bursts
from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.domain.promise_rules import evaluate
from ecomplaint.domain.records import CaseDetail, EntryRecord, PromiseRecord
from ecomplaint.ui.zone import display_zone, offset_text


@dataclass(frozen=True)
class Chip:
    promise_id: int
    what: str
    status: PromiseStatus
    due_by: datetime  # effective, pauses included, in the zone the case is shown in
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
    offset: str = ""  # day headers: the UTC offset the day's times are shown at ('+01')
    # a missed-call burst shown as one row: its calls in time order (entry is the first one)
    burst: tuple[EntryRecord, ...] = ()
    burst_last: datetime | None = None  # the last call's local time

    @property
    def is_burst(self) -> bool:
        return bool(self.burst)

    @property
    def count_in_burst(self) -> int:
        return len(self.burst)

    @property
    def is_day(self) -> bool:
        return self.entry is None


def chip_for(
    p: PromiseRecord, detail: CaseDetail, now: datetime, zone: ZoneInfo | None = None
) -> Chip:
    state = evaluate(p, detail.pauses, now)
    late = state.overdue_by or state.late_by
    return Chip(
        promise_id=p.id,
        what=p.what,
        status=state.status,
        due_by=state.due_by.astimezone(zone or display_zone(detail.case.tz)),
        late_hours=late.total_seconds() / 3600 if late is not None else None,
    )


def build_timeline(detail: CaseDetail, now: datetime) -> list[TimelineRow]:
    parties = {p.id: p for p in detail.parties}
    zone = display_zone(detail.case.tz)  # once: the setting is read from its file
    chips: dict[int, list[Chip]] = {}
    for p in detail.promises:
        if p.entry_id is not None:
            chips.setdefault(p.entry_id, []).append(chip_for(p, detail, now, zone))
    exhibits: dict[int, int] = {}
    for ev in detail.evidence:
        if ev.entry_id is not None and ev.trashed_at is None:
            exhibits[ev.entry_id] = exhibits.get(ev.entry_id, 0) + 1
    # Many missed calls from one party in a short time read as one pattern: one row each.
    by_id = {e.id: e for e in detail.entries}
    burst_of: dict[int, tuple[EntryRecord, ...]] = {}
    for b in entry_bursts(detail.entries):
        calls = tuple(by_id[i] for i in b.ids)
        for i in b.ids:
            burst_of[i] = calls
    rows: list[TimelineRow] = []
    last_day: date | None = None
    for e in sorted(detail.entries, key=lambda x: (x.occurred_at, x.id)):
        burst = burst_of.get(e.id, ())
        if burst and burst[0].id != e.id:
            continue  # shown in its burst's row
        # The case's zone (or the one the user chose for everything), not the machine's.
        local = e.occurred_at.astimezone(zone)
        if local.date() != last_day:
            last_day = local.date()
            rows.append(TimelineRow(day=last_day, offset=offset_text(local)))
        party = parties.get(e.party_id) if e.party_id is not None else None
        rows.append(
            TimelineRow(
                day=local.date(),
                entry=e,
                local_time=local,
                party=party.label if party else "",
                party_role=party.role if party else "",
                chips=chips.get(e.id, []),
                evidence=sum(exhibits.get(c.id, 0) for c in burst) or exhibits.get(e.id, 0),
                burst=burst,
                burst_last=burst[-1].occurred_at.astimezone(zone) if burst else None,
            )
        )
    return rows
