"""The people and organisations in a case."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlmodel import Session

from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import PartyRole
from ecomplaint.i18n import UserError
from ecomplaint.services.changes import Changes, Written
from ecomplaint.services.common import apply_edit, get_row, new_uid
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case, Party

EDITABLE = ("role", "name", "organisation", "contact", "notes")


def clean_party_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise UserError("field.bad_choice", field=key, value=key, choices=", ".join(EDITABLE))
        if key == "role":
            out[key] = v.choice(value, PartyRole, "role")
        elif key == "notes":
            out[key] = v.text(value, key, limit=v.MAX_LONG)
        else:
            out[key] = v.text(value, "name" if key == "name" else key)
    return out


def add_party(
    store: Store,
    *,
    case_id: int,
    role: str,
    name: str = "",
    organisation: str = "",
    contact: str = "",
    notes: str = "",
    uid: str | None = None,
) -> Written:
    clean = clean_party_fields(
        dict(role=role, name=name, organisation=organisation, contact=contact, notes=notes)
    )
    now = store.clock.now()
    with store.write() as s:
        get_row(s, Case, case_id)
        party = insert_party(s, case_id=case_id, clean=clean, now=now, uid=uid)
        assert party.id is not None
        return Written(
            Changes(parties=True, case_id=case_id),
            created_id=party.id,
            created={"party": party.id},
        )


def insert_party(
    s: Session, *, case_id: int, clean: Mapping[str, Any], now: datetime, uid: str | None
) -> Party:
    """Add a validated party inside the caller's transaction (log_entry's new party)."""
    party = Party(uid=uid or new_uid(), case_id=case_id, created_at=now, **clean)
    s.add(party)
    s.flush()
    return party


def edit_party(
    store: Store, *, party_id: int, values: Mapping[str, Any], expected_version: int | None = None
) -> Written:
    clean = clean_party_fields(values)
    with store.write() as s:
        party = get_row(s, Party, party_id, expected_version=expected_version)
        before = apply_edit(party, clean, store.clock.now())
        s.add(party)
        # the timeline shows party names, so it changes too
        return Written(Changes(parties=True, timeline=True, case_id=party.case_id), before=before)


def trash_party(store: Store, *, party_id: int) -> Changes:
    with store.write() as s:
        party = get_row(s, Party, party_id)
        party.trashed_at = store.clock.now()
        party.version += 1
        s.add(party)
        return Changes(parties=True, timeline=True, case_id=party.case_id)


def restore_party(store: Store, *, party_id: int) -> Changes:
    with store.write() as s:
        party = get_row(s, Party, party_id, live=False)
        party.trashed_at = None
        party.version += 1
        s.add(party)
        return Changes(parties=True, timeline=True, case_id=party.case_id)
