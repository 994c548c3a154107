"""Record that the case went up a rung of the escalation ladder."""

from __future__ import annotations

from datetime import datetime

from ecomplaint.domain import validation as v
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import get_row, new_uid
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case, Escalation


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
) -> Changes:
    when = v.aware(escalated_at or store.clock.now(), "occurred_at")
    with store.write() as s:
        get_row(s, Case, case_id)
        row = Escalation(
            uid=uid or new_uid(),
            case_id=case_id,
            entry_id=entry_id,
            ladder=v.text(ladder, "kind"),
            rung=v.text(rung, "kind", required=True),
            rung_label=v.text(rung_label, "kind"),
            escalated_at=when,
            reference_no=v.text(reference_no, "order_no"),
            note=v.text(note, "summary", limit=v.MAX_LONG),
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        return Changes(
            cases=True, escalations=True, timeline=True, case_id=case_id, created_id=row.id
        )
