"""Helpers shared by the services: fetching live rows, versions, ids."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from ecomplaint.i18n import UserError

T = TypeVar("T", bound=SQLModel)

NOUNS = {
    "cases": "case",
    "parties": "party",
    "entries": "entry",
    "promises": "promise",
    "escalations": "escalation",
    "evidence": "evidence",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def noun(table: type[SQLModel]) -> str:
    return "@:noun." + NOUNS.get(str(getattr(table, "__tablename__", "")), "entry")


def get_row(
    session: Session,
    table: type[T],
    ident: int,
    *,
    live: bool = True,
    expected_version: int | None = None,
) -> T:
    # With an expected version the row is locked until commit (SELECT ... FOR UPDATE on
    # PostgreSQL; SQLite's write transaction already excludes other writers), so a second
    # volunteer saving the same record waits, then sees the new version and is told.
    row = session.get(table, ident, with_for_update=expected_version is not None)
    if row is None:
        raise UserError("not_found", what=noun(table), ident=ident)
    if live and getattr(row, "trashed_at", None) is not None:
        raise UserError("trashed", what=noun(table), ident=ident)
    if expected_version is not None and getattr(row, "version", None) != expected_version:
        raise UserError("stale", what=noun(table))
    return row


def apply_edit(row: SQLModel, values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """Set `values` on `row`; return the old values of what really changed (for undo)."""
    before: dict[str, Any] = {}
    for key, value in values.items():
        old = getattr(row, key)
        if old != value:
            before[key] = old
            setattr(row, key, value)
    if before and hasattr(row, "version"):
        row.version += 1  # type: ignore[attr-defined]
    if before and hasattr(row, "updated_at"):
        row.updated_at = now  # type: ignore[attr-defined]
    return before


def touch_case(session: Session, case_id: int, now: datetime) -> None:
    from ecomplaint.store.tables import Case

    case = session.get(Case, case_id)
    if case is not None:
        case.updated_at = now
        session.add(case)
