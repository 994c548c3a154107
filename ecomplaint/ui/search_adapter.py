"""The case search, through the store's search engine when present (ecomplaint.store.search).

Until that module lands, a plain LIKE over titles, merchants, order numbers, summaries and quotes
keeps the window usable; LIKE matches substrings, so two-character Chinese words are found too.
Runs on the worker thread.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from sqlalchemy import or_
from sqlmodel import col, select

from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store

SearchFn = Callable[..., list[int]]


def _engine() -> SearchFn | None:
    try:
        module = importlib.import_module("ecomplaint.store.search")
    except ImportError:
        return None
    fn = getattr(module, "search_case_ids", None)
    return fn if callable(fn) else None


def like_case_ids(store: Store, text: str, *, limit: int | None = None) -> list[int]:
    words = [w for w in text.split() if w]
    if not words:
        return []
    c, e = tb.Case, tb.Entry
    stmt: Any = select(c.id).where(col(c.trashed_at).is_(None))
    for word in words:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        in_entries = (
            select(e.id)
            .where(
                e.case_id == c.id,
                col(e.trashed_at).is_(None),
                or_(
                    col(e.summary).like(pattern, escape="\\"),
                    col(e.quote).like(pattern, escape="\\"),
                ),
            )
            .exists()
        )
        stmt = stmt.where(
            or_(
                col(c.title).like(pattern, escape="\\"),
                col(c.merchant).like(pattern, escape="\\"),
                col(c.order_no).like(pattern, escape="\\"),
                col(c.notes).like(pattern, escape="\\"),
                in_entries,
            )
        )
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.read() as s:
        return [int(x) for x in s.exec(stmt).all()]


def search_case_ids(store: Store, text: str, *, limit: int | None = None) -> list[int]:
    engine = _engine()
    if engine is not None:
        return list(engine(store, text, limit=limit))
    return like_case_ids(store, text, limit=limit)
