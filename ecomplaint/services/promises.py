"""Record the other side's promises and what became of them.

The stored due_from/due_by are kept in step with the window and the pauses (recomputed in the
same transaction as any change to either) so that SQL can find what is due.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select

from ecomplaint import due_messages  # noqa: F401  (registers promise.* messages)
from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import ClockKind, PromiseWhat
from ecomplaint.domain.promise_rules import stored_window
from ecomplaint.domain.records import PauseRecord, PromiseRecord
from ecomplaint.i18n import UserError
from ecomplaint.services.changes import Changes, Written
from ecomplaint.services.common import apply_edit, get_row, new_uid, touch_case
from ecomplaint.store.engine import Store
from ecomplaint.store.queries import to_record
from ecomplaint.store.tables import Case, Entry, Party, Pause, Promise

EDITABLE = (
    "what",
    "description",
    "made_at",
    "clock",
    "window_min",
    "window_max",
    "tz",
    "calendar",
    "party_id",
)


def _tz(value: object) -> str:
    name = str(value or "Asia/Shanghai")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError("field.bad_choice", field="tz", value=name, choices="IANA") from None
    return name


def _window(low: object, high: object) -> tuple[int, int]:
    try:
        lo, hi = int(str(low)), int(str(high))
    except ValueError:
        raise UserError("promise.bad_window", low=low, high=high) from None
    if hi <= 0 or lo < 0 or lo > hi or hi > 100_000:
        raise UserError("promise.bad_window", low=lo, high=hi)
    return lo, hi


def clean_promise_fields(
    values: Mapping[str, Any], *, now: datetime | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise UserError("field.bad_choice", field=key, value=key, choices=", ".join(EDITABLE))
        if key == "what":
            out[key] = v.choice(value, PromiseWhat, "kind")
        elif key == "clock":
            out[key] = v.choice(value, ClockKind, "kind")
        elif key == "made_at":
            out[key] = v.aware(value, "occurred_at", now=now)
        elif key == "tz":
            out[key] = _tz(value)
        elif key == "calendar":
            from ecomplaint.services.jurisdiction import check_calendar

            out[key] = check_calendar(value)
        elif key == "party_id":
            out[key] = None if value in (None, "") else int(value)
        elif key in ("window_min", "window_max"):
            out[key] = int(value)
        else:
            out[key] = v.text(value, "summary", limit=v.MAX_LONG)
    return out


def refresh_windows(session: Session, case_id: int, promise_id: int | None = None) -> None:
    """Recompute stored due_from/due_by of the case's promises (or one) from window + pauses."""
    pauses = [
        to_record(PauseRecord, x)
        for x in session.exec(select(Pause).where(Pause.case_id == case_id)).all()
    ]
    stmt = select(Promise).where(Promise.case_id == case_id)
    if promise_id is not None:
        stmt = stmt.where(Promise.id == promise_id)
    for row in session.exec(stmt).all():
        due_from, due_by = stored_window(to_record(PromiseRecord, row), pauses)
        if (row.due_from, row.due_by) != (due_from, due_by):
            row.due_from, row.due_by = due_from, due_by
            session.add(row)
    session.flush()


def _check_party(session: Session, party_id: int | None, case_id: int) -> None:
    if party_id is not None and get_row(session, Party, party_id).case_id != case_id:
        raise UserError("wrong_case", what="@:noun.party", ident=party_id)


def _entry_of_case(session: Session, entry_id: int, case_id: int) -> Entry:
    entry = get_row(session, Entry, entry_id)
    if entry.case_id != case_id:
        raise UserError("wrong_case", what="@:noun.entry", ident=entry_id)
    return entry


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
    tz: str | None = None,
    calendar: str | None = None,
    uid: str | None = None,
) -> Written:
    """A promise made by a party (in entry `entry_id`, at its time unless `made_at` is given),
    counted in `tz` on `calendar` (default: the case's zone and working-day calendar)."""
    with store.read() as r:
        case_row = get_row(r, Case, case_id)
        tz, calendar = tz or case_row.tz, calendar or case_row.calendar
    clean = clean_promise_fields(
        dict(
            what=what,
            clock=clock,
            tz=tz,
            calendar=calendar,
            description=description,
            party_id=party_id,
        )
    )
    low, high = _window(window_min, window_max)
    with store.write() as s:
        get_row(s, Case, case_id)
        _check_party(s, clean["party_id"], case_id)
        if made_at is None and entry_id is not None:
            made_at = _entry_of_case(s, entry_id, case_id).occurred_at
        elif entry_id is not None:
            _entry_of_case(s, entry_id, case_id)
        when = v.aware(made_at or store.clock.now(), "occurred_at", now=store.clock.now())
        promise = insert_promise(
            s,
            case_id=case_id,
            clean=clean,
            window=(low, high),
            made_at=when,
            entry_id=entry_id,
            escalation_id=escalation_id,
            uid=uid,
        )
        assert promise.id is not None
        touch_case(s, case_id, store.clock.now())
        return Written(
            Changes(cases=True, promises=True, timeline=True, case_id=case_id),
            created_id=promise.id,
            created={"promise": promise.id},
        )


def insert_promise(
    s: Session,
    *,
    case_id: int,
    clean: Mapping[str, Any],
    window: tuple[int, int],
    made_at: datetime,
    entry_id: int | None,
    escalation_id: int | None = None,
    uid: str | None = None,
) -> Promise:
    """Add a validated promise inside the caller's transaction and set its stored window."""
    promise = Promise(
        uid=uid or new_uid(),
        case_id=case_id,
        entry_id=entry_id,
        escalation_id=escalation_id,
        made_at=made_at,
        window_min=window[0],
        window_max=window[1],
        due_from=made_at,  # placeholders: refresh_windows sets the real window
        due_by=made_at,
        **clean,
    )
    s.add(promise)
    s.flush()
    assert promise.id is not None
    refresh_windows(s, case_id, promise.id)
    return promise


def check_window(low: object, high: object) -> tuple[int, int]:
    """The (min, max) of a window, or the user's message saying why it is impossible."""
    return _window(low, high)


def edit_promise(
    store: Store,
    *,
    promise_id: int,
    values: Mapping[str, Any],
    expected_version: int | None = None,
) -> Written:
    """Change what was promised or its window; the stored window follows at once."""
    now = store.clock.now()
    clean = clean_promise_fields(values, now=now)
    with store.write() as s:
        row = get_row(s, Promise, promise_id, expected_version=expected_version)
        _window(clean.get("window_min", row.window_min), clean.get("window_max", row.window_max))
        if "party_id" in clean:
            _check_party(s, clean["party_id"], row.case_id)
        before = apply_edit(row, clean, now)
        s.add(row)
        refresh_windows(s, row.case_id, promise_id)
        touch_case(s, row.case_id, now)
        return Written(
            Changes(cases=True, promises=True, timeline=True, case_id=row.case_id), before=before
        )


def _outcome(
    store: Store, promise_id: int, values: Mapping[str, Any], *, must_be_open: bool = True
) -> Written:
    now = store.clock.now()
    with store.write() as s:
        row = get_row(s, Promise, promise_id)
        if must_be_open:
            for key, status in (
                ("superseded_by_id", "superseded"),
                ("broken_at", "broken"),
                ("kept_at", "kept"),
            ):
                if getattr(row, key) is not None:
                    raise UserError("promise.already_closed", status=status)
        if "kept_entry_id" in values and values["kept_entry_id"] is not None:
            entry = _entry_of_case(s, values["kept_entry_id"], row.case_id)
            values = {**values, "kept_at": entry.occurred_at}
        if "broken_entry_id" in values and values["broken_entry_id"] is not None:
            entry = _entry_of_case(s, values["broken_entry_id"], row.case_id)
            values = {**values, "broken_at": values.get("broken_at") or entry.occurred_at}
        if "superseded_by_id" in values and values["superseded_by_id"] is not None:
            newer = get_row(s, Promise, values["superseded_by_id"])
            if newer.id == row.id:
                raise UserError("promise.supersede_self")
            if newer.case_id != row.case_id:
                raise UserError("wrong_case", what="@:noun.promise", ident=newer.id)
            if newer.made_at < row.made_at:
                raise UserError("promise.supersede_older")
        before = apply_edit(row, values, now)
        s.add(row)
        touch_case(s, row.case_id, now)
        return Written(
            Changes(cases=True, promises=True, timeline=True, case_id=row.case_id), before=before
        )


def mark_kept(store: Store, *, promise_id: int, entry_id: int) -> Written:
    """The entry `entry_id` fulfilled the promise (kept on time or late: derived)."""
    return _outcome(store, promise_id, {"kept_entry_id": entry_id})


def mark_broken(
    store: Store,
    *,
    promise_id: int,
    entry_id: int | None = None,
    broken_at: datetime | None = None,
) -> Written:
    """The other side explicitly refused to do what it promised (in `entry_id`, if logged)."""
    now = store.clock.now()
    at = v.aware(broken_at, "occurred_at", now=now) if broken_at is not None else None
    if entry_id is None:
        at = at or store.clock.now()
    return _outcome(store, promise_id, {"broken_entry_id": entry_id, "broken_at": at})


def supersede(store: Store, *, promise_id: int, by_promise_id: int) -> Written:
    """A newer promise (`by_promise_id`) replaces this one ("we now say 3 working days")."""
    return _outcome(store, promise_id, {"superseded_by_id": by_promise_id})


def clear_outcome(store: Store, *, promise_id: int) -> Written:
    """Undo kept / broken / superseded: the promise is open again."""
    values = {
        "kept_entry_id": None,
        "kept_at": None,
        "broken_entry_id": None,
        "broken_at": None,
        "superseded_by_id": None,
    }
    return _outcome(store, promise_id, values, must_be_open=False)


def trash_promise(store: Store, *, promise_id: int) -> Written:
    now = store.clock.now()
    with store.write() as s:
        row = get_row(s, Promise, promise_id)
        before = apply_edit(row, {"trashed_at": now}, now)
        s.add(row)
        touch_case(s, row.case_id, now)
        return Written(
            Changes(cases=True, promises=True, timeline=True, case_id=row.case_id), before=before
        )


def restore_promise(store: Store, *, promise_id: int) -> Written:
    now = store.clock.now()
    with store.write() as s:
        row = get_row(s, Promise, promise_id, live=False)
        before = apply_edit(row, {"trashed_at": None}, now)
        s.add(row)
        refresh_windows(s, row.case_id, promise_id)  # pauses may have changed meanwhile
        touch_case(s, row.case_id, now)
        return Written(
            Changes(cases=True, promises=True, timeline=True, case_id=row.case_id), before=before
        )


def promises_of_escalation(session: Session, escalation_id: int) -> list[Promise]:
    return list(
        session.exec(select(Promise).where(col(Promise.escalation_id) == escalation_id)).all()
    )
