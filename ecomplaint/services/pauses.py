"""Pause and resume promise clocks while the case waits on the consumer.

A pause on the case stops every promise clock of the case; a pause on one promise stops only
that one. Each change recomputes the stored windows in the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from ecomplaint import due_messages  # noqa: F401  (registers pause.* messages)
from ecomplaint.domain import validation as v
from ecomplaint.i18n import UserError
from ecomplaint.services.changes import Changes, Written
from ecomplaint.services.common import get_row, touch_case
from ecomplaint.services.promises import refresh_windows
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case, Pause, Promise


def _open_pause(s: Session, case_id: int, promise_id: int | None) -> Pause | None:
    stmt = select(Pause).where(
        Pause.case_id == case_id,
        col(Pause.ended_at).is_(None),
        col(Pause.promise_id).is_(None) if promise_id is None else Pause.promise_id == promise_id,
    )
    return s.exec(stmt).first()


def _start(
    store: Store, case_id: int | None, promise_id: int | None, at: datetime | None, reason: str
) -> Written:
    when = v.aware(at or store.clock.now(), "occurred_at", now=store.clock.now())
    with store.write() as s:
        if promise_id is not None:
            case_id = get_row(s, Promise, promise_id).case_id
        assert case_id is not None
        get_row(s, Case, case_id)
        existing = _open_pause(s, case_id, promise_id)
        if existing is not None:
            raise UserError("pause.already_open", since=existing.started_at.isoformat())
        row = Pause(
            case_id=case_id,
            promise_id=promise_id,
            started_at=when,
            reason=v.text(reason, "summary"),
        )
        s.add(row)
        s.flush()
        refresh_windows(s, case_id, promise_id)
        touch_case(s, case_id, store.clock.now())
        return Written(Changes(cases=True, promises=True, case_id=case_id), created_id=row.id)


def _end(store: Store, case_id: int | None, promise_id: int | None, at: datetime | None) -> Written:
    when = v.aware(at or store.clock.now(), "occurred_at", now=store.clock.now())
    with store.write() as s:
        if promise_id is not None:
            case_id = get_row(s, Promise, promise_id).case_id
        assert case_id is not None
        row = _open_pause(s, case_id, promise_id)
        if row is None:
            raise UserError("pause.none_open")
        if when < row.started_at:
            raise UserError(
                "pause.ends_before_start", start=row.started_at.isoformat(), end=when.isoformat()
            )
        row.ended_at = when
        s.add(row)
        s.flush()
        refresh_windows(s, case_id, promise_id)
        touch_case(s, case_id, store.clock.now())
        return Written(
            Changes(cases=True, promises=True, case_id=case_id),
            before={"ended_at": None, "pause": row.id},
        )


def pause_case(
    store: Store, *, case_id: int, started_at: datetime | None = None, reason: str = ""
) -> Written:
    """The case waits on the consumer: every promise clock of the case stops."""
    return _start(store, case_id, None, started_at, reason)


def resume_case(store: Store, *, case_id: int, ended_at: datetime | None = None) -> Written:
    return _end(store, case_id, None, ended_at)


def pause_promise(
    store: Store, *, promise_id: int, started_at: datetime | None = None, reason: str = ""
) -> Written:
    """Stop one promise's clock (e.g. they wait for a photo only the consumer can send)."""
    return _start(store, None, promise_id, started_at, reason)


def resume_promise(store: Store, *, promise_id: int, ended_at: datetime | None = None) -> Written:
    return _end(store, None, promise_id, ended_at)


def delete_pause(store: Store, *, pause_id: int) -> Written:
    """Remove a pause logged by mistake (pauses have no trash: this is the undo of a start)."""
    with store.write() as s:
        row = s.get(Pause, pause_id)
        if row is None:
            raise UserError("not_found", what="@:noun.promise", ident=pause_id)
        case_id = row.case_id
        before = {
            "case_id": row.case_id,
            "promise_id": row.promise_id,
            "started_at": row.started_at,
            "ended_at": row.ended_at,
            "reason": row.reason,
        }
        s.delete(row)
        s.flush()
        refresh_windows(s, case_id)
        return Written(Changes(cases=True, promises=True, case_id=case_id), before=before)


def reopen_pause(store: Store, *, pause_id: int) -> Changes:
    """Undo of a resume: the pause runs again from where it started."""
    with store.write() as s:
        row = s.get(Pause, pause_id)
        if row is None:
            raise UserError("not_found", what="@:noun.promise", ident=pause_id)
        if _open_pause(s, row.case_id, row.promise_id) is not None:
            raise UserError("pause.already_open", since=row.started_at.isoformat())
        row.ended_at = None
        s.add(row)
        s.flush()
        refresh_windows(s, row.case_id, row.promise_id)
        touch_case(s, row.case_id, store.clock.now())
        return Changes(cases=True, promises=True, case_id=row.case_id)
