"""Log, edit, trash and restore timeline entries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import col, select

from ecomplaint import juris_messages  # noqa: F401  (registers entry.* messages)
from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import (
    DEFAULT_CHANNEL,
    DEFAULT_DIRECTION,
    STANCE_ALIASES,
    Channel,
    ClockKind,
    Direction,
    EntryKind,
    Precision,
    Stance,
)
from ecomplaint.i18n import UserError
from ecomplaint.services import parties as party_service
from ecomplaint.services import promises as promise_service
from ecomplaint.services.changes import Changes, Written
from ecomplaint.services.common import apply_edit, get_row, new_uid, touch_case
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case, Entry, Evidence, Party

EDITABLE = (
    "party_id",
    "kind",
    "channel",
    "direction",
    "stance",
    "occurred_at",
    "occurred_tz",
    "precision",
    "summary",
    "quote",
)


def clean_entry_fields(values: Mapping[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
    """Validated fields; with `now`, a time more than a day ahead of it is refused."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise UserError("field.bad_choice", field=key, value=key, choices=", ".join(EDITABLE))
        if key == "kind":
            out[key] = v.choice(value, EntryKind, "kind")
        elif key == "channel":
            out[key] = v.choice(value, Channel, "channel")
        elif key == "direction":
            out[key] = v.choice(value, Direction, "direction")
        elif key == "stance":
            out[key] = v.choice(STANCE_ALIASES.get(str(value), value), Stance, "stance")
        elif key == "precision":
            out[key] = v.choice(value, Precision, "precision")
        elif key == "occurred_at":
            out[key] = v.aware(value, "occurred_at", now=now)
        elif key in ("summary", "quote"):
            out[key] = v.text(value, key, limit=v.MAX_LONG)
        elif key == "party_id":
            out[key] = None if value in (None, "") else int(value)
        else:
            out[key] = v.text(value, key)
    return out


def _check_party(session: Any, party_id: int | None, case_id: int) -> None:
    if party_id is None:
        return
    party = get_row(session, Party, party_id)
    if party.case_id != case_id:
        raise UserError("wrong_case", what="@:noun.party", ident=party_id)


@dataclass(frozen=True)
class NewParty:
    """A party first met in the entry being logged (created in the same transaction)."""

    role: str
    name: str
    organisation: str = ""
    contact: str = ""


@dataclass(frozen=True)
class NewPromise:
    """A promise made in the entry being logged: runs from the entry's time, in its zone."""

    what: str
    window_min: int
    window_max: int
    clock: str = ClockKind.HOURS
    description: str = ""


def log_entry(
    store: Store,
    *,
    case_id: int,
    kind: str,
    occurred_at: datetime | None = None,
    occurred_tz: str | None = None,
    precision: str = Precision.EXACT,
    party_id: int | None = None,
    new_party: NewParty | None = None,
    channel: str | None = None,
    direction: str | None = None,
    stance: str = Stance.NONE,
    summary: str = "",
    quote: str = "",
    promise: NewPromise | None = None,
    logged_by: str | None = None,
    uid: str | None = None,
) -> Written:
    """Record something that happened. `occurred_at` defaults to now (the call in progress).

    One user action, one transaction: a party met in this entry (`new_party`, instead of
    `party_id`) and the promise made in it (`promise`, owed by that party) are created with
    the entry or not at all. `Written.created` names every row made (for undo).
    `occurred_tz` defaults to the case's zone; the promise counts in that zone on the case's
    working-day calendar.
    """
    now = store.clock.now()
    with store.read() as r:
        case_row = get_row(r, Case, case_id)
        case_tz, case_calendar = case_row.tz, case_row.calendar
    kind_enum = EntryKind(v.choice(kind, EntryKind, "kind"))
    if new_party is not None and party_id is not None:
        raise UserError("entry.party_twice")
    clean = clean_entry_fields(
        dict(
            kind=kind_enum,
            channel=channel or DEFAULT_CHANNEL.get(kind_enum, Channel.OTHER),
            direction=direction or DEFAULT_DIRECTION.get(kind_enum, Direction.NONE),
            stance=stance,
            occurred_at=occurred_at or now,
            occurred_tz=occurred_tz or case_tz,
            precision=precision,
            summary=summary,
            quote=quote,
            party_id=party_id,
        ),
        now=now,
    )
    if not clean["summary"].strip() and not clean["quote"].strip():
        raise UserError("field.required", field="@:f.summary")
    party_clean = (
        party_service.clean_party_fields(
            dict(
                role=new_party.role,
                name=new_party.name,
                organisation=new_party.organisation,
                contact=new_party.contact,
            )
        )
        if new_party is not None
        else None
    )
    promise_clean = (
        promise_service.clean_promise_fields(
            dict(
                what=promise.what,
                clock=promise.clock,
                description=promise.description,
                tz=clean["occurred_tz"],
                calendar=case_calendar,
            )
        )
        if promise is not None
        else None
    )
    window = (
        promise_service.check_window(promise.window_min, promise.window_max)
        if promise is not None
        else None
    )
    with store.write() as s:
        get_row(s, Case, case_id)
        _check_party(s, clean["party_id"], case_id)
        created: dict[str, int] = {}
        if party_clean is not None:
            party = party_service.insert_party(
                s, case_id=case_id, clean=party_clean, now=now, uid=None
            )
            assert party.id is not None
            clean["party_id"] = created["party"] = party.id
        entry = Entry(
            uid=uid or new_uid(),
            case_id=case_id,
            logged_at=now,
            logged_by=v.text(store.user if logged_by is None else logged_by, "name"),
            **clean,
        )
        s.add(entry)
        s.flush()
        assert entry.id is not None
        created["entry"] = entry.id
        if promise_clean is not None and window is not None:
            made = promise_service.insert_promise(
                s,
                case_id=case_id,
                clean={**promise_clean, "party_id": clean["party_id"]},
                window=window,
                made_at=entry.occurred_at,
                entry_id=entry.id,
            )
            assert made.id is not None
            created["promise"] = made.id
        if clean["stance"] == Stance.FINAL_RESPONSE:
            _final_response_keeps(s, case_id, entry)
        touch_case(s, case_id, now)
        return Written(
            Changes(
                cases=True,
                timeline=True,
                parties="party" in created,
                promises="promise" in created or clean["stance"] == Stance.FINAL_RESPONSE,
                case_id=case_id,
            ),
            created_id=entry.id,
            created=created,
        )


def _final_response_keeps(s: Any, case_id: int, entry: Entry) -> None:
    """A final response is what a rung's "final response within 8 weeks" clock waits for:
    it keeps the open reply clocks the case's escalations owe (made before it)."""
    from ecomplaint.store.tables import Promise

    owed = s.exec(
        select(Promise).where(
            Promise.case_id == case_id,
            col(Promise.escalation_id).is_not(None),
            Promise.what == "reply",
            col(Promise.kept_at).is_(None),
            col(Promise.broken_at).is_(None),
            col(Promise.superseded_by_id).is_(None),
            col(Promise.trashed_at).is_(None),
            col(Promise.made_at) <= entry.occurred_at,
        )
    ).all()
    for p in owed:
        p.kept_entry_id, p.kept_at = entry.id, entry.occurred_at
        p.version += 1
        s.add(p)


def edit_entry(
    store: Store, *, entry_id: int, values: Mapping[str, Any], expected_version: int | None = None
) -> Written:
    now = store.clock.now()
    clean = clean_entry_fields(values, now=now)
    with store.write() as s:
        entry = get_row(s, Entry, entry_id, expected_version=expected_version)
        if "party_id" in clean:
            _check_party(s, clean["party_id"], entry.case_id)
        before = apply_edit(entry, clean, now)
        s.add(entry)
        touch_case(s, entry.case_id, now)
        return Written(
            Changes(cases=True, timeline=True, promises=True, case_id=entry.case_id), before=before
        )


def trash_entry(store: Store, *, entry_id: int) -> Changes:
    now = store.clock.now()
    with store.write() as s:
        entry = get_row(s, Entry, entry_id)
        entry.trashed_at = now
        entry.version += 1
        s.add(entry)
        # Its exhibits go with it, stamped with the same time so restoring brings back
        # exactly these (not those the user had trashed on their own before).
        s.exec(
            update(Evidence)
            .where(col(Evidence.entry_id) == entry_id, col(Evidence.trashed_at).is_(None))
            .values(trashed_at=now, version=Evidence.version + 1)
        )
        touch_case(s, entry.case_id, now)
        return Changes(
            cases=True, timeline=True, promises=True, evidence=True, case_id=entry.case_id
        )


def restore_entry(store: Store, *, entry_id: int) -> Changes:
    now = store.clock.now()
    with store.write() as s:
        entry = get_row(s, Entry, entry_id, live=False)
        if entry.trashed_at is not None:
            s.exec(
                update(Evidence)
                .where(
                    col(Evidence.entry_id) == entry_id,
                    col(Evidence.trashed_at) == entry.trashed_at,
                )
                .values(trashed_at=None, version=Evidence.version + 1)
            )
        entry.trashed_at = None
        entry.version += 1
        s.add(entry)
        touch_case(s, entry.case_id, now)
        return Changes(
            cases=True, timeline=True, promises=True, evidence=True, case_id=entry.case_id
        )
