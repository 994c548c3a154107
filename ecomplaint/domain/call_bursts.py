"""Missed-call bursts: many unanswered calls from one party in a short time, one pattern.

"9 calls in 20 minutes" is harassment the reviewer must see at a glance, not nine lines.
The rule: unanswered inbound calls (kind call_missed) from the same caller, each no more
than `max_gap` after the previous one, form a run; a run of at least `min_count` calls is
a burst. Calls of other parties in between do not break a run.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ecomplaint.domain.records import EntryRecord

MIN_COUNT = 3
MAX_GAP = timedelta(minutes=15)


@dataclass(frozen=True)
class CallMark:
    """What the rule needs of a call: its id, when, and who called (a party id or number)."""

    id: int
    at: datetime
    caller: Hashable
    missed: bool


@dataclass(frozen=True)
class Burst:
    caller: Hashable
    ids: tuple[int, ...]  # in time order
    first: datetime
    last: datetime

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def span(self) -> timedelta:
        return self.last - self.first


def find_bursts(
    calls: Sequence[CallMark], *, min_count: int = MIN_COUNT, max_gap: timedelta = MAX_GAP
) -> list[Burst]:
    """Bursts among `calls` (any order), sorted by their first call."""
    runs: dict[Hashable, list[CallMark]] = {}
    bursts: list[Burst] = []

    def close(run: list[CallMark]) -> None:
        if len(run) >= min_count:
            bursts.append(Burst(run[0].caller, tuple(c.id for c in run), run[0].at, run[-1].at))

    for call in sorted(calls, key=lambda c: (c.at, c.id)):
        if not call.missed or call.caller is None or call.caller == "":
            continue
        run = runs.get(call.caller)
        if run and call.at - run[-1].at <= max_gap:
            run.append(call)
            continue
        if run:
            close(run)
        runs[call.caller] = [call]
    for run in runs.values():
        close(run)
    return sorted(bursts, key=lambda b: (b.first, b.ids))


def entry_bursts(entries: Sequence[EntryRecord]) -> list[Burst]:
    """Bursts among a timeline's calls; the caller is the entry's party."""
    marks = [
        CallMark(e.id, e.occurred_at, e.party_id, e.kind == "call_missed")
        for e in entries
        if e.kind.startswith("call_") and e.party_id is not None
    ]
    return find_bursts(marks)


def span_words(span: timedelta, lang: str) -> str:
    minutes = max(1, round(span.total_seconds() / 60))
    hours, rest = divmod(minutes, 60)
    if lang == "zh":
        return f"{minutes} 分钟" if hours < 2 else f"{hours} 小时 {rest} 分钟"
    return f"{minutes} minutes" if hours < 2 else f"{hours} h {rest} min"
