"""A case as it stood at a moment: what had happened by then, nothing after.

`due --at T` and the next step judged at T must not know about a reply logged the day after,
an escalation made later, or a promise kept after T (at T it was still open).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ecomplaint.domain.records import CaseDetail, PromiseRecord


def _promise_at(p: PromiseRecord, at: datetime) -> PromiseRecord:
    changes: dict[str, object] = {}
    if p.kept_at is not None and p.kept_at > at:
        changes.update(kept_at=None, kept_entry_id=None)
    if p.broken_at is not None and p.broken_at > at:
        changes.update(broken_at=None, broken_entry_id=None)
    return replace(p, **changes) if changes else p  # type: ignore[arg-type]


def as_of(detail: CaseDetail, at: datetime) -> CaseDetail:
    """`detail` with only what had happened by `at` (trash is today's state: left as is)."""
    entries = [e for e in detail.entries if e.occurred_at <= at]
    made = {p.id: p for p in detail.promises if p.made_at <= at}
    promises = [
        replace(_promise_at(p, at), superseded_by_id=None)
        if p.superseded_by_id is not None and p.superseded_by_id not in made
        else _promise_at(p, at)
        for p in made.values()
    ]
    pauses = [
        replace(x, ended_at=None) if x.ended_at is not None and x.ended_at > at else x
        for x in detail.pauses
        if x.started_at <= at
    ]
    return replace(
        detail,
        entries=entries,
        promises=promises,
        pauses=pauses,
        escalations=[x for x in detail.escalations if x.escalated_at <= at],
        evidence=[x for x in detail.evidence if x.added_at <= at],
    )
