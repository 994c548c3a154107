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

from sqlalchemy import and_, func, or_, select, text
from sqlmodel import col

from ecomplaint.domain.enums import CaseStatus, Stance
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store

CLOSED_STATUSES = (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value)
# The other side's last word waits on the consumer (take the offer, refer the final response);
# a later acceptance settles it.
WAITING_STANCES = (
    Stance.FINAL_OFFER.value,
    Stance.FINAL_RESPONSE.value,
    Stance.REFUSAL.value,
    Stance.ACCEPTANCE.value,
)
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


def sql_time(value: datetime) -> str:
    """A UTC time as types.UTCDateTime stores it (SQLAlchemy's SQLite text format)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _time_param(store: Store, value: datetime) -> Any:
    # SQLite compares the stored text; PostgreSQL compares real timestamps (naive UTC).
    if store.dialect == "sqlite":
        return sql_time(value)
    return value.astimezone(UTC).replace(tzinfo=None)


# The hot queries are plain SQL on the driver connection: through the ORM layer the same
# 500-row list cost 15-20 ms; raw it takes about 1 ms (bench/bench_today.py). The table and
# column names are those of store/tables.py; tests cover every branch of these queries.
# History as of :now (`due --at T`): a promise made after T did not exist yet; one kept,
# broken or replaced after T was still open at T; a pause ended after T was still running.
_OPEN_WHERE = """
    ({p}kept_at IS NULL OR p.kept_at > :now) AND ({p}broken_at IS NULL OR p.broken_at > :now)
    AND ({p}superseded_by_id IS NULL OR EXISTS (SELECT 1 FROM promises q
         WHERE q.id = p.superseded_by_id AND q.made_at > :now))
    AND p.made_at <= :now
    AND {p}trashed_at IS NULL AND c.trashed_at IS NULL AND c.status NOT IN ('resolved', 'closed')
    AND NOT EXISTS (SELECT 1 FROM pauses x WHERE x.case_id = p.case_id
                    AND (x.ended_at IS NULL OR x.ended_at > :now)
                    AND x.started_at <= :now AND (x.promise_id IS NULL OR x.promise_id = p.id))
"""
# Lists: on SQLite a unary + keeps the planner off the nearly all-NULL indexes on kept_at & co,
# so it walks the due_by index in order and stops at LIMIT (PostgreSQL has no + for these
# types and plans well without it). Counts: a plain scan is faster (no + there).
_LIST_SQL = """
SELECT p.id, p.uid, p.case_id, c.uid, c.title, c.platform, p.what, p.description,
       pa.name, pa.organisation, p.escalation_id, e.rung_label, p.made_at, p.due_from, p.due_by
FROM promises p JOIN cases c ON c.id = p.case_id
LEFT JOIN parties pa ON pa.id = p.party_id
LEFT JOIN escalations e ON e.id = p.escalation_id
WHERE {open_where}
{extra}
ORDER BY p.due_by, p.id
{limit}
"""
_COUNT_SQL = f"""
SELECT coalesce(sum(CASE WHEN p.due_by < :now THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN p.due_by >= :now AND p.due_by < :soon THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN p.due_by >= :soon AND p.due_by < :far THEN 1 ELSE 0 END), 0)
FROM promises p JOIN cases c ON c.id = p.case_id
WHERE {_OPEN_WHERE.format(p="p.")} AND p.due_by < :far
"""


def _rows(store: Store, sql: str, params: dict[str, Any]) -> list[Any]:
    with store.read() as s:
        return list(s.connection().execute(text(sql), params).fetchall())


def _items(rows: list[Any], now: datetime) -> list[DueItem]:
    out: list[DueItem] = []
    for (
        pid,
        puid,
        cid,
        cuid,
        title,
        platform,
        what,
        desc,
        name,
        org,
        esc_id,
        rung,
        made,
        dfrom,
        dby,
    ) in rows:
        due_from, due_by = _utc(dfrom), _utc(dby)
        late = now - due_by if due_by < now else None
        status = "overdue" if late else ("due" if due_from <= now else "pending")
        party = " · ".join(x for x in (name, org) if x)
        out.append(
            DueItem(
                promise_id=pid,
                promise_uid=puid,
                case_id=cid,
                case_uid=cuid,
                case_title=title,
                platform=platform,
                what=what,
                description=desc,
                party=party or (rung or ""),
                escalation_id=esc_id,
                rung_label=rung or "",
                made_at=_utc(made),
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
    # Conditions are added only when given: "(:x IS NULL OR ...)" would stop SQLite from
    # using the due_by index as a range.
    params: dict[str, Any] = {"now": _time_param(store, now)}
    extra = []
    if case_id is not None:
        extra.append("AND p.case_id = :case_id")
        params["case_id"] = case_id
    if due_after is not None:
        extra.append("AND p.due_by >= :after")
        params["after"] = _time_param(store, due_after)
    if due_before is not None:
        extra.append("AND p.due_by < :before")
        params["before"] = _time_param(store, due_before)
    plus = "+p." if store.dialect == "sqlite" else "p."
    sql = (
        _LIST_SQL.replace("{open_where}", _OPEN_WHERE.format(p=plus))
        .replace("{extra}", " ".join(extra))
        .replace("{limit}", "" if limit is None else "LIMIT :limit")
    )
    if limit is not None:
        params["limit"] = limit
    return _items(_rows(store, sql, params), now.astimezone(UTC))


def waiting_on_me(store: Store, now: datetime, *, case_id: int | None = None) -> list[WaitingItem]:
    """Paused cases/promises, and final offers or refusals not yet answered by an escalation."""
    c, x, en, es = tb.Case, tb.Pause, tb.Entry, tb.Escalation
    live_case = and_(col(c.trashed_at).is_(None), col(c.status).not_in(CLOSED_STATUSES))
    pauses = (
        select(col(x.case_id), col(c.title), col(x.started_at), col(x.reason), col(x.promise_id))
        .join(c, col(c.id) == x.case_id)
        .where(
            live_case,
            or_(col(x.ended_at).is_(None), col(x.ended_at) > now),
            col(x.started_at) <= now,
        )
    )
    last_esc = (
        select(func.max(es.escalated_at))
        .where(
            col(es.case_id) == col(en.case_id),
            col(es.trashed_at).is_(None),
            col(es.escalated_at) <= now,  # history as of `now`
        )
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
            col(en.stance).in_(WAITING_STANCES),
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
        # Only the latest final word per case waits for an answer; an acceptance settles it.
        for row in s.execute(stances.order_by(col(en.occurred_at).desc())).all():
            if row.case_id in seen:
                continue
            seen.add(row.case_id)
            if row.stance == Stance.ACCEPTANCE.value:
                continue
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
    soon = now + horizon
    far = max(until or soon, soon)
    params = {
        "now": _time_param(store, now),
        "soon": _time_param(store, soon),
        "far": _time_param(store, far),
    }
    a, b, d = _rows(store, _COUNT_SQL, params)[0]
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
