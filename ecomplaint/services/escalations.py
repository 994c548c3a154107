"""Record that the case went up a rung of the escalation ladder.

The rung's rule-based response clocks (from the rule pack) become promises the rung owes
(Promise.escalation_id), so they show in the Today view, the CLI and the calendar like any
other promise. Clocks that start later (12315 mediation runs from acceptance) are not
created here: log them when the event happens. "Suggested" clocks (eComplaint's chase point,
not a rule) are not anybody's promise: they only inform the what-next deadline.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from ecomplaint import due_messages  # noqa: F401
from ecomplaint.domain import validation as v
from ecomplaint.domain.ladder import RuleBook, load_rule_book
from ecomplaint.i18n import Lang
from ecomplaint.services.changes import Changes, Written
from ecomplaint.services.common import apply_edit, get_row, new_uid, touch_case
from ecomplaint.services.promises import refresh_windows
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case, Escalation, Promise

EDITABLE = ("rung_label", "escalated_at", "reference_no", "outcome", "note")


def _clean(values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "escalated_at":
            out[key] = v.aware(value, "occurred_at", now=now).replace(second=0, microsecond=0)
        elif key == "reference_no":
            out[key] = v.text(value, "order_no")
        elif key in ("note", "outcome"):
            out[key] = v.text(value, "summary", limit=v.MAX_LONG)
        elif key == "rung_label":
            out[key] = v.text(value, "kind")
        else:
            from ecomplaint.i18n import UserError

            raise UserError("field.bad_choice", field=key, value=key, choices=", ".join(EDITABLE))
    return out


def record_escalation(
    store: Store,
    *,
    case_id: int,
    ladder: str,
    rung: str,
    rung_label: str = "",
    escalated_at: datetime | None = None,
    reference_no: str = "",
    entry_id: int | None = None,
    note: str = "",
    uid: str | None = None,
    rules: RuleBook | None = None,
    response_clocks: bool = True,
) -> Written:
    """Log the escalation and create the promises its rung owes (its response clocks).

    `rules` defaults to the shipped packs merged with the user's; an unknown ladder or rung is
    still recorded (packs change), just without a clock.
    """
    # To the minute, as the user gives it: the current clock's seconds must not leak into a
    # time the user typed (the window's time field shows no seconds but carries them).
    when = v.aware(escalated_at or store.clock.now(), "occurred_at", now=store.clock.now()).replace(
        second=0, microsecond=0
    )
    book = rules if rules is not None else load_rule_book(store.folder)
    ladder_def = book.ladder(ladder)
    rung_def = ladder_def.rung(rung) if ladder_def else None
    with store.write() as s:
        case = get_row(s, Case, case_id)
        lang: Lang = "en" if case.language == "en" else "zh"
        label = rung_label or (rung_def.label.get(lang) if rung_def else "")
        row = Escalation(
            uid=uid or new_uid(),
            case_id=case_id,
            entry_id=entry_id,
            ladder=v.text(ladder, "kind"),
            rung=v.text(rung, "kind", required=True),
            rung_label=v.text(label, "kind"),
            escalated_at=when,
            reference_no=v.text(reference_no, "order_no"),
            note=v.text(note, "summary", limit=v.MAX_LONG),
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        if response_clocks and ladder_def is not None and rung_def is not None:
            # The rules in force on the day of the escalation, in the case's own zone.
            in_force = rung_def.on(when.astimezone(ZoneInfo(case.tz)).date())
            for clock in in_force.clocks:
                if clock.starts != "escalation" or clock.basis != "rule":
                    continue  # a suggested chase point is nobody's promise
                kind, amount = clock.promise_clock
                s.add(
                    Promise(
                        uid=_clock_uid(uid, clock.key),
                        case_id=case_id,
                        entry_id=entry_id,
                        escalation_id=row.id,
                        what=clock.what,
                        description=f"{label}: {clock.label.get(lang)}",
                        made_at=when,
                        clock=kind,
                        window_min=0,
                        window_max=amount,
                        tz=case.tz,  # the case's clock, not the pack's home zone
                        calendar=case.calendar,
                        due_from=when,
                        due_by=when,
                    )
                )
            s.flush()
            refresh_windows(s, case_id)
        touch_case(s, case_id, store.clock.now())
        return Written(
            Changes(cases=True, escalations=True, promises=True, timeline=True, case_id=case_id),
            created_id=row.id,
        )


def edit_escalation(
    store: Store,
    *,
    escalation_id: int,
    values: Mapping[str, Any],
    expected_version: int | None = None,
) -> Written:
    now = store.clock.now()
    clean = _clean(values, now)
    with store.write() as s:
        row = get_row(s, Escalation, escalation_id, expected_version=expected_version)
        before = apply_edit(row, clean, now)
        s.add(row)
        if "escalated_at" in clean:  # the rung's clocks run from the escalation
            for p in _owed(s, escalation_id):
                p.made_at = row.escalated_at
                s.add(p)
            s.flush()
            refresh_windows(s, row.case_id)
        touch_case(s, row.case_id, now)
        return Written(
            Changes(
                cases=True, escalations=True, promises=True, timeline=True, case_id=row.case_id
            ),
            before=before,
        )


def _clock_uid(uid: str | None, key: str) -> str:
    """Stable for a stable escalation uid (demo reloads), random otherwise."""
    return new_uid() if uid is None else str(uuid.uuid5(uuid.NAMESPACE_URL, f"{uid}/{key}"))


def _owed(s: Session, escalation_id: int) -> list[Promise]:
    return list(s.exec(select(Promise).where(Promise.escalation_id == escalation_id)).all())


def _set_trashed(store: Store, escalation_id: int, trash: bool) -> Written:
    now = store.clock.now()
    with store.write() as s:
        row = get_row(s, Escalation, escalation_id, live=trash)
        stamp = now if trash else None
        before = apply_edit(row, {"trashed_at": stamp}, now)
        # The promises the rung owed go to the trash and come back with it.
        for p in _owed(s, escalation_id):
            if (
                trash
                and p.trashed_at is None
                or not trash
                and p.trashed_at == before.get("trashed_at")
            ):
                p.trashed_at = stamp
                p.version += 1
                s.add(p)
        s.add(row)
        touch_case(s, row.case_id, now)
        return Written(
            Changes(
                cases=True, escalations=True, promises=True, timeline=True, case_id=row.case_id
            ),
            before=before,
        )


def trash_escalation(store: Store, *, escalation_id: int) -> Written:
    return _set_trashed(store, escalation_id, True)


def restore_escalation(store: Store, *, escalation_id: int) -> Written:
    return _set_trashed(store, escalation_id, False)
