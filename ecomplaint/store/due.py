"""What is due across all cases, worked out in SQL from the stored due_from/due_by.

Open promise = not kept, broken, superseded or trashed, in a live case that is not resolved or
closed, and not stopped by an open pause (those are "waiting on me"). The stored window
already includes closed pauses (services keep it in step), so no promise is loaded into
Python to decide what is overdue. Lists are capped (`limit`); counts are exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlmodel import col

from ecomplaint.domain.enums import CaseStatus, Stance
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store

CLOSED_STATUSES = (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value)
DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class DueItem:
    promise_id: int
    promise_uid: str
    case_id: int
    case_uid: str
    case_title: str
    platform: str
    what: str
    description: str
    party: str  # "name · organisation" of who promised, or the escalation rung
    escalation_id: int | None
    rung_label: str
    made_at: datetime
    due_from: datetime
    due_by: datetime
    status: str  # pending | due | overdue (at the report's `now`)
    overdue_by: timedelta | None


@dataclass(frozen=True)
class WaitingItem:
    """A case waiting on the consumer: paused clocks, or a final offer/refusal to answer."""

    case_id: int
    case_title: str
    reason: str  # "paused" | "final_offer" | "refusal"
    since: datetime
    note: str  # the pause's reason or the entry's summary
    promise_id: int | None = None  # a pause on one promise
    entry_id: int | None = None


@dataclass(frozen=True)
class DueCounts:
    overdue: int
    due_soon: int
    waiting: int
    upcoming: int = 0


@dataclass(frozen=True)
class DueReport:
    now: datetime
    horizon: timedelta
    counts: DueCounts
    overdue: list[DueItem] = field(default_factory=list)  # most overdue first
    due_soon: list[DueItem] = field(default_factory=list)  # due within `horizon`, soonest first
    waiting: list[WaitingItem] = field(default_factory=list)  # oldest first
    upcoming: list[DueItem] = field(default_factory=list)  # after `horizon` up to `until`


def _utc(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _open_filter(now: datetime, case_id: int | None) -> Any:
    p, c, x = tb.Promise, tb.Case, tb.Pause
    paused = exists().where(
        col(x.case_id) == col(p.case_id),
        col(x.ended_at).is_(None),
        col(x.started_at) <= now,
        or_(col(x.promise_id).is_(None), col(x.promise_id) == p.id),
    )
    conds = [
        col(p.kept_at).is_(None),
        col(p.broken_at).is_(None),
        col(p.superseded_by_id).is_(None),
        col(p.trashed_at).is_(None),
        col(c.trashed_at).is_(None),
        col(c.status).not_in(CLOSED_STATUSES),
        ~paused,
    ]
    if case_id is not None:
        conds.append(col(p.case_id) == case_id)
    return and_(*conds)


def _item_query(now: datetime, case_id: int | None) -> Any:
    p, c, pa, e = tb.Promise, tb.Case, tb.Party, tb.Escalation
    return (
        select(
            col(p.id),
            col(p.uid),
            col(p.case_id),
            col(c.uid).label("case_uid"),
            col(c.title),
            col(c.platform),
            col(p.what),
            col(p.description),
            col(pa.name),
            col(pa.organisation),
            col(p.escalation_id),
            col(e.rung_label),
            col(p.made_at),
            col(p.due_from),
            col(p.due_by),
        )
        .select_from(p)
        .join(c, col(c.id) == p.case_id)
        .outerjoin(pa, col(pa.id) == p.party_id)
        .outerjoin(e, col(e.id) == p.escalation_id)
        .where(_open_filter(now, case_id))
    )


def _items(store: Store, stmt: Any, now: datetime) -> list[DueItem]:
    out: list[DueItem] = []
    with store.read() as s:
        for row in s.execute(stmt).all():
            due_from, due_by = _utc(row.due_from), _utc(row.due_by)
            late = now - due_by if due_by < now else None
            status = "overdue" if late else ("due" if due_from <= now else "pending")
            party = " · ".join(x for x in (row.name, row.organisation) if x)
            out.append(
                DueItem(
                    promise_id=row.id,
                    promise_uid=row.uid,
                    case_id=row.case_id,
                    case_uid=row.case_uid,
                    case_title=row.title,
                    platform=row.platform,
                    what=row.what,
                    description=row.description,
                    party=party or (row.rung_label or ""),
                    escalation_id=row.escalation_id,
                    rung_label=row.rung_label or "",
                    made_at=_utc(row.made_at),
                    due_from=due_from,
                    due_by=due_by,
                    status=status,
                    overdue_by=late,
                )
            )
    return out


def open_promises(
    store: Store,
    now: datetime,
    *,
    case_id: int | None = None,
    due_after: datetime | None = None,
    due_before: datetime | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    """Open, unpaused promises ordered by deadline (earliest first)."""
    p = tb.Promise
    stmt = _item_query(now, case_id)
    if due_after is not None:
        stmt = stmt.where(col(p.due_by) >= due_after)
    if due_before is not None:
        stmt = stmt.where(col(p.due_by) < due_before)
    stmt = stmt.order_by(col(p.due_by), col(p.id))
    if limit is not None:
        stmt = stmt.limit(limit)
    return _items(store, stmt, now)


def waiting_on_me(store: Store, now: datetime, *, case_id: int | None = None) -> list[WaitingItem]:
    """Paused cases/promises, and final offers or refusals not yet answered by an escalation."""
    c, x, en, es = tb.Case, tb.Pause, tb.Entry, tb.Escalation
    live_case = and_(col(c.trashed_at).is_(None), col(c.status).not_in(CLOSED_STATUSES))
    pauses = (
        select(col(x.case_id), col(c.title), col(x.started_at), col(x.reason), col(x.promise_id))
        .join(c, col(c.id) == x.case_id)
        .where(live_case, col(x.ended_at).is_(None), col(x.started_at) <= now)
    )
    last_esc = (
        select(func.max(es.escalated_at))
        .where(col(es.case_id) == col(en.case_id), col(es.trashed_at).is_(None))
        .correlate(en)
        .scalar_subquery()
    )
    stances = (
        select(
            col(en.id),
            col(en.case_id),
            col(c.title),
            col(en.stance),
            col(en.occurred_at),
            col(en.summary),
        )
        .join(c, col(c.id) == en.case_id)
        .where(
            live_case,
            col(en.trashed_at).is_(None),
            col(en.stance).in_((Stance.FINAL_OFFER.value, Stance.REFUSAL.value)),
            col(en.occurred_at) <= now,
            or_(last_esc.is_(None), col(en.occurred_at) >= last_esc),
        )
    )
    if case_id is not None:
        pauses = pauses.where(col(x.case_id) == case_id)
        stances = stances.where(col(en.case_id) == case_id)
    out: list[WaitingItem] = []
    seen: set[int] = set()
    with store.read() as s:
        for row in s.execute(pauses).all():
            out.append(
                WaitingItem(
                    row.case_id,
                    row.title,
                    "paused",
                    _utc(row.started_at),
                    row.reason,
                    promise_id=row.promise_id,
                )
            )
        # Only the latest final offer/refusal per case is waiting for an answer.
        for row in s.execute(stances.order_by(col(en.occurred_at).desc())).all():
            if row.case_id in seen:
                continue
            seen.add(row.case_id)
            out.append(
                WaitingItem(
                    row.case_id,
                    row.title,
                    row.stance,
                    _utc(row.occurred_at),
                    row.summary,
                    entry_id=row.id,
                )
            )
    return sorted(out, key=lambda w: w.since)


def due_counts(
    store: Store,
    now: datetime,
    horizon: timedelta = timedelta(hours=24),
    until: datetime | None = None,
) -> tuple[int, int, int]:
    """(overdue, due within horizon, due after horizon until `until`) in one SQL pass."""
    p, c = tb.Promise, tb.Case
    soon = now + horizon
    far = until or soon
    overdue = func.coalesce(func.sum(case((col(p.due_by) < now, 1), else_=0)), 0)
    due_soon = func.coalesce(
        func.sum(case((and_(col(p.due_by) >= now, col(p.due_by) < soon), 1), else_=0)), 0
    )
    later = func.coalesce(
        func.sum(case((and_(col(p.due_by) >= soon, col(p.due_by) < far), 1), else_=0)), 0
    )
    stmt = (
        select(overdue, due_soon, later)
        .select_from(p)
        .join(c, col(c.id) == p.case_id)
        .where(_open_filter(now, None), col(p.due_by) < far)
    )
    with store.read() as s:
        a, b, d = s.execute(stmt).one()
    return int(a), int(b), int(d)


def due_report(
    store: Store,
    now: datetime,
    *,
    horizon: timedelta = timedelta(hours=24),
    until: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
) -> DueReport:
    """The Today view: overdue now (most overdue first), due within `horizon`, waiting on me;
    with `until`, also what falls due after the horizon up to then (for the CLI)."""
    now = now.astimezone(UTC)
    soon = now + horizon
    n_over, n_soon, n_later = due_counts(store, now, horizon, until)
    waiting = waiting_on_me(store, now)
    upcoming = (
        open_promises(store, now, due_after=soon, due_before=until, limit=limit)
        if until is not None and until > soon
        else []
    )
    return DueReport(
        now=now,
        horizon=horizon,
        counts=DueCounts(n_over, n_soon, len(waiting), n_later),
        overdue=open_promises(store, now, due_before=now, limit=limit),
        due_soon=open_promises(store, now, due_after=now, due_before=soon, limit=limit),
        waiting=waiting,
        upcoming=upcoming,
    )
