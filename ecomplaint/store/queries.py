"""Reads that return plain records (domain.records), never live ORM objects."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Integer, and_, column, func, literal, or_
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import col, select

from ecomplaint.domain import records as r
from ecomplaint.i18n import UserError
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store
from ecomplaint.store.search import case_filter

R = TypeVar("R")


def to_record(cls: type[R], row: Any) -> R:
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})  # type: ignore[arg-type]


def open_promise_filter() -> Any:
    """A promise that can still lapse: not kept, broken, superseded or trashed."""
    p = tb.Promise
    return and_(
        col(p.kept_at).is_(None),
        col(p.broken_at).is_(None),
        col(p.superseded_by_id).is_(None),
        col(p.trashed_at).is_(None),
    )


def _id_set(store: Store, ids: list[int]) -> Any:
    """`ids` for an IN clause. A long list goes as one parameter: on SQLite a JSON text
    (6,000 bound parameters cost 10 ms of CPU per query, json_each 6 ms), on PostgreSQL an
    array (40 ms less for 6,000 ids; bench/bench_search.py, bench_search_pg.py)."""
    if len(ids) < 200 or store.engine.dialect.name not in ("sqlite", "postgresql"):
        return ids
    if store.engine.dialect.name == "postgresql":
        array = literal([int(i) for i in ids], ARRAY(Integer))
        values = func.unnest(array).table_valued("value").render_derived()
        return sa_select(values.c.value)
    text = json.dumps([int(i) for i in ids])
    return sa_select(column("value", Integer)).select_from(func.json_each(text))


def list_cases(
    store: Store,
    *,
    search_ids: list[int] | None = None,
    search: str | None = None,
    status: str | None = None,
    platform: str | None = None,
    tag: str | None = None,
    assignee: str | None = None,
    overdue_only: bool = False,
    include_trashed: bool = False,
    order_by: str = "updated",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
    now: datetime | None = None,
) -> list[r.CaseSummary]:
    """The case list, filtered and sorted in SQL.

    `search` keeps the cases whose text holds every word (store/search.py), inside this one
    query; `search_ids` restricts to ids found earlier (e.g. by search_case_ids).
    """
    now = now or store.clock.now()
    c, p = tb.Case, tb.Promise
    next_due = (
        select(func.min(p.due_by))
        .where(p.case_id == c.id, open_promise_filter())
        .correlate(c)
        .scalar_subquery()
    )
    columns = (c.id, c.uid, c.title, c.platform, c.merchant, c.order_no, c.status, c.tags)
    stmt = sa_select(*(col(x) for x in columns), col(c.updated_at), next_due.label("next_due"))
    if not include_trashed:
        stmt = stmt.where(col(c.trashed_at).is_(None))
    if search_ids is not None:
        stmt = stmt.where(col(c.id).in_(_id_set(store, search_ids)))
    if search is not None and search.strip():  # an empty search box filters nothing
        stmt = stmt.where(case_filter(search, store.dialect))
    if status:
        stmt = stmt.where(col(c.status) == status)
    if platform:
        stmt = stmt.where(col(c.platform) == platform)
    if tag:
        stmt = stmt.where(col(c.tags).contains(f"|{tag}|"))
    if assignee is not None:
        stmt = stmt.where(col(c.assignee) == assignee)
    if overdue_only:
        stmt = stmt.where(next_due < now)  # the UTC column type binds aware datetimes
    keys: dict[str, Any] = {
        "updated": c.updated_at,
        "title": c.title,
        "platform": c.platform,
        "merchant": c.merchant,
        "status": c.status,
        "next_due": next_due,
        "id": c.id,
    }
    key = keys.get(order_by, c.updated_at)
    ordered = key.desc() if descending else key.asc()
    stmt = stmt.order_by(ordered.nulls_last(), col(c.id).desc())
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    out: list[r.CaseSummary] = []
    with store.read() as s:
        for row in s.execute(stmt).all():
            due = row.next_due
            if isinstance(due, str):
                due = datetime.fromisoformat(due)
            if due is not None and due.tzinfo is None:
                due = due.replace(tzinfo=UTC)
            out.append(
                r.CaseSummary(
                    id=row.id,
                    uid=row.uid,
                    title=row.title,
                    platform=row.platform,
                    merchant=row.merchant,
                    order_no=row.order_no,
                    status=row.status,
                    tags=row.tags,
                    updated_at=row.updated_at,
                    next_due=due,
                    overdue=bool(due is not None and due < now),
                )
            )
    return out


def get_case(store: Store, case_id: int) -> r.CaseRecord:
    with store.read() as s:
        row = s.get(tb.Case, case_id)
        if row is None:
            raise UserError("not_found", what="@:noun.case", ident=case_id)
        return to_record(r.CaseRecord, row)


def case_detail(store: Store, case_id: int, *, include_trashed: bool = False) -> r.CaseDetail:
    """The case and everything under it, read in one transaction, timeline in order."""
    with store.read() as s:
        case = s.get(tb.Case, case_id)
        if case is None:
            raise UserError("not_found", what="@:noun.case", ident=case_id)

        def rows(table: Any, order: Any) -> list[Any]:
            stmt = select(table).where(table.case_id == case_id)
            if not include_trashed and hasattr(table, "trashed_at"):
                stmt = stmt.where(col(table.trashed_at).is_(None))
            return list(s.exec(stmt.order_by(order, table.id)).all())

        return r.CaseDetail(
            case=to_record(r.CaseRecord, case),
            parties=[to_record(r.PartyRecord, x) for x in rows(tb.Party, tb.Party.id)],
            entries=[to_record(r.EntryRecord, x) for x in rows(tb.Entry, tb.Entry.occurred_at)],
            promises=[to_record(r.PromiseRecord, x) for x in rows(tb.Promise, tb.Promise.made_at)],
            pauses=[to_record(r.PauseRecord, x) for x in rows(tb.Pause, tb.Pause.started_at)],
            escalations=[
                to_record(r.EscalationRecord, x)
                for x in rows(tb.Escalation, tb.Escalation.escalated_at)
            ],
            evidence=[
                to_record(r.EvidenceRecord, x) for x in rows(tb.Evidence, tb.Evidence.added_at)
            ],
        )


def find_case_id(store: Store, ref: str) -> int:
    """A case by id, uid (or its first 8+ characters) or order number."""
    ref = ref.strip()
    c = tb.Case
    with store.read() as s:
        if ref.isdigit() and s.get(c, int(ref)) is not None:
            return int(ref)
        conds: list[Any] = [col(c.uid) == ref, col(c.order_no) == ref]
        if len(ref) >= 8:
            conds.append(col(c.uid).startswith(ref))
        hit = s.exec(select(c.id).where(or_(*conds)).order_by(col(c.id))).first()
    if hit is None:
        raise UserError("not_found", what="@:noun.case", ident=ref)
    return int(hit)


def counts(store: Store) -> dict[str, int]:
    out: dict[str, int] = {}
    with store.read() as s:
        for name, table in (
            ("cases", tb.Case),
            ("parties", tb.Party),
            ("entries", tb.Entry),
            ("promises", tb.Promise),
            ("escalations", tb.Escalation),
            ("evidence", tb.Evidence),
        ):
            live = s.exec(
                select(func.count()).select_from(table).where(col(table.trashed_at).is_(None))
            ).one()
            trashed = s.exec(
                select(func.count()).select_from(table).where(col(table.trashed_at).is_not(None))
            ).one()
            out[name] = int(live)
            out[f"{name}_in_trash"] = int(trashed)
    return out


def schema_revision(store: Store) -> str | None:
    with store.read() as s:
        row = s.connection().exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


_UID_TABLES: dict[str, Any] = {
    "case": tb.Case,
    "party": tb.Party,
    "entry": tb.Entry,
    "promise": tb.Promise,
    "escalation": tb.Escalation,
}


def uid_of(store: Store, noun: str, ident: int) -> str:
    """The stable uid of a row (scripts keep it: ids differ between stores)."""
    with store.read() as s:
        row = s.get(_UID_TABLES[noun], ident)
        if row is None:
            raise UserError("not_found", what=f"@:noun.{noun}", ident=ident)
        return str(row.uid)


def case_zone(store: Store, case_id: int) -> str:
    """The zone the case lives in: times typed for it are read there."""
    with store.read() as s:
        row = s.get(tb.Case, case_id)
        if row is None:
            raise UserError("not_found", what="@:noun.case", ident=case_id)
        return str(getattr(row, "tz", "") or "Asia/Shanghai")


def case_of(store: Store, noun: str, ident: int) -> int:
    """The case a party, entry, promise or escalation belongs to (trashed ones too)."""
    with store.read() as s:
        row = s.get(_UID_TABLES[noun], ident)
        if row is None:
            raise UserError("not_found", what=f"@:noun.{noun}", ident=ident)
        return int(row.case_id if noun != "case" else row.id)


def promise_of_entry(store: Store, entry_id: int) -> r.PromiseRecord | None:
    """The live promise made in an entry, if any (the first one)."""
    with store.read() as s:
        row = s.exec(
            select(tb.Promise)
            .where(tb.Promise.entry_id == entry_id, col(tb.Promise.trashed_at).is_(None))
            .where(col(tb.Promise.escalation_id).is_(None))
            .order_by(col(tb.Promise.id))
        ).first()
        return None if row is None else to_record(r.PromiseRecord, row)


def case_zones(store: Store) -> dict[int, str]:
    """Every case's zone, for lists that show many cases each on its own clock."""
    with store.read() as s:
        rows = s.exec(select(tb.Case.id, tb.Case.tz)).all()
        return {int(i): str(tz) for i, tz in rows if i is not None}
