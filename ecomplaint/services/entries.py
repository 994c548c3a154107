"""Log, edit, trash and restore timeline entries."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import col

from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import (
    DEFAULT_CHANNEL,
    DEFAULT_DIRECTION,
    Channel,
    Direction,
    EntryKind,
    Precision,
    Stance,
)
from ecomplaint.i18n import UserError
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
            out[key] = v.choice(value, Stance, "kind")
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


def log_entry(
    store: Store,
    *,
    case_id: int,
    kind: str,
    occurred_at: datetime | None = None,
    occurred_tz: str = "Asia/Shanghai",
    precision: str = Precision.EXACT,
    party_id: int | None = None,
    channel: str | None = None,
    direction: str | None = None,
    stance: str = Stance.NONE,
    summary: str = "",
    quote: str = "",
    logged_by: str | None = None,
    uid: str | None = None,
) -> Written:
    """Record something that happened. `occurred_at` defaults to now (the call in progress)."""
    now = store.clock.now()
    kind_enum = EntryKind(v.choice(kind, EntryKind, "kind"))
    clean = clean_entry_fields(
        dict(
            kind=kind_enum,
            channel=channel or DEFAULT_CHANNEL.get(kind_enum, Channel.OTHER),
            direction=direction or DEFAULT_DIRECTION.get(kind_enum, Direction.NONE),
            stance=stance,
            occurred_at=occurred_at or now,
            occurred_tz=occurred_tz,
            precision=precision,
            summary=summary,
            quote=quote,
            party_id=party_id,
        ),
        now=now,
    )
    if not clean["summary"].strip() and not clean["quote"].strip():
        raise UserError("field.required", field="@:f.summary")
    with store.write() as s:
        get_row(s, Case, case_id)
        _check_party(s, clean["party_id"], case_id)
        entry = Entry(
            uid=uid or new_uid(),
            case_id=case_id,
            logged_at=now,
            logged_by=v.text(store.user if logged_by is None else logged_by, "name"),
            **clean,
        )
        s.add(entry)
        touch_case(s, case_id, now)
        s.flush()
        assert entry.id is not None
        return Written(Changes(cases=True, timeline=True, case_id=case_id), created_id=entry.id)


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
