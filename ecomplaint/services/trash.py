"""The trash: what was deleted stays restorable until the user empties it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import col, select

from ecomplaint.services.changes import Changes
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store

_TRASHABLE: tuple[Any, ...] = (
    tb.Evidence,
    tb.Promise,
    tb.Escalation,
    tb.Entry,
    tb.Party,
    tb.Case,
)


@dataclass(frozen=True)
class TrashItem:
    table: str
    id: int
    case_id: int
    label: str
    trashed_at: datetime


def list_trash(store: Store) -> list[TrashItem]:
    items: list[TrashItem] = []
    with store.read() as s:
        for table in _TRASHABLE:
            row: Any
            for row in s.exec(select(table).where(col(table.trashed_at).is_not(None))).all():
                label = (
                    getattr(row, "title", None)
                    or getattr(row, "summary", None)
                    or getattr(row, "name", None)
                    or getattr(row, "original_name", None)
                    or getattr(row, "description", None)
                    or getattr(row, "rung_label", "")
                )
                items.append(
                    TrashItem(
                        table=table.__tablename__,
                        id=row.id,
                        case_id=row.id if table is tb.Case else row.case_id,
                        label=str(label or ""),
                        trashed_at=row.trashed_at,
                    )
                )
    return sorted(items, key=lambda i: i.trashed_at, reverse=True)


def empty_trash(store: Store) -> Changes:
    """Delete for good what is in the trash (children of a trashed case go with it)."""
    with store.write() as s:
        for table in _TRASHABLE:
            s.exec(delete(table).where(col(table.trashed_at).is_not(None)))
    return Changes(
        cases=True, parties=True, timeline=True, promises=True, escalations=True, evidence=True
    )
