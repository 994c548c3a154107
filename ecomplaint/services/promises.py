"""Record the other side's promises and what became of them."""

from __future__ import annotations

from datetime import datetime

from ecomplaint.domain import deadlines
from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import ClockKind, PromiseWhat
from ecomplaint.i18n import UserError
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import get_row, new_uid
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case, Entry, Promise


def record_promise(
    store: Store,
    *,
    case_id: int,
    what: str,
    window_min: int,
    window_max: int,
    clock: str = ClockKind.HOURS,
    entry_id: int | None = None,
    party_id: int | None = None,
    escalation_id: int | None = None,
    description: str = "",
    made_at: datetime | None = None,
    tz: str = "Asia/Shanghai",
    uid: str | None = None,
) -> Changes:
    what = v.choice(what, PromiseWhat, "kind")
    clock = v.choice(clock, ClockKind, "kind")
    if window_max <= 0 or window_min < 0 or window_min > window_max:
        raise UserError(
            "field.implausible_date", field="@:f.occurred_at", value=f"{window_min}-{window_max}"
        )
    with store.write() as s:
        get_row(s, Case, case_id)
        if made_at is None and entry_id is not None:
            made_at = get_row(s, Entry, entry_id).occurred_at
        made_at = v.aware(made_at or store.clock.now(), "occurred_at")
        due_from, due_by = deadlines.window(made_at, clock, window_min, window_max, tz)
        promise = Promise(
            uid=uid or new_uid(),
            case_id=case_id,
            entry_id=entry_id,
            party_id=party_id,
            escalation_id=escalation_id,
            what=what,
            description=v.text(description, "summary"),
            made_at=made_at,
            clock=clock,
            window_min=window_min,
            window_max=window_max,
            tz=tz,
            due_from=due_from,
            due_by=due_by,
        )
        s.add(promise)
        s.flush()
        assert promise.id is not None
        return Changes(
            cases=True, promises=True, timeline=True, case_id=case_id, created_id=promise.id
        )


def mark_kept(store: Store, *, promise_id: int, entry_id: int) -> Changes:
    """The entry `entry_id` fulfilled the promise (kept on time or late: derived)."""
    with store.write() as s:
        promise = get_row(s, Promise, promise_id)
        entry = get_row(s, Entry, entry_id)
        if entry.case_id != promise.case_id:
            raise UserError("wrong_case", what="@:noun.entry", ident=entry_id)
        promise.kept_entry_id = entry_id
        promise.kept_at = entry.occurred_at
        promise.version += 1
        s.add(promise)
        return Changes(cases=True, promises=True, timeline=True, case_id=promise.case_id)


def trash_promise(store: Store, *, promise_id: int) -> Changes:
    """Put a promise in the trash (undo of recording it)."""
    with store.write() as s:
        promise = get_row(s, Promise, promise_id)
        promise.trashed_at = store.clock.now()
        promise.version += 1
        s.add(promise)
        return Changes(cases=True, promises=True, timeline=True, case_id=promise.case_id)


def restore_promise(store: Store, *, promise_id: int) -> Changes:
    with store.write() as s:
        promise = get_row(s, Promise, promise_id, live=False)
        promise.trashed_at = None
        promise.version += 1
        s.add(promise)
        return Changes(cases=True, promises=True, timeline=True, case_id=promise.case_id)
