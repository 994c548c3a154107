"""What next, for one case or for every case that needs it (reads only)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ecomplaint.calendar_export import build_calendar, write_ics
from ecomplaint.domain.ladder import RuleBook, load_rule_book
from ecomplaint.domain.next_step import NextStep, next_step
from ecomplaint.i18n import Lang
from ecomplaint.store import due, queries
from ecomplaint.store.engine import Store


@dataclass(frozen=True)
class CaseStep:
    case_id: int
    case_uid: str
    case_title: str
    step: NextStep


def case_next_step(
    store: Store, case_id: int, now: datetime, rules: RuleBook | None = None
) -> NextStep | None:
    """The dossier and the case view call this: the next rung and its deadline, or None."""
    book = rules or load_rule_book(store.folder)
    return next_step(queries.case_detail(store, case_id), book, now)


def candidate_case_ids(store: Store, now: datetime) -> list[int]:
    """Cases with something that can trigger an escalation: overdue promises or a final
    offer/refusal not answered yet (found in SQL, not by reading every case)."""
    ids = {i.case_id for i in due.open_promises(store, now, due_before=now)}
    ids |= {w.case_id for w in due.waiting_on_me(store, now) if w.reason != "paused"}
    return sorted(ids)


def next_steps(
    store: Store,
    now: datetime,
    *,
    case_ids: Iterable[int] | None = None,
    rules: RuleBook | None = None,
) -> list[CaseStep]:
    book = rules or load_rule_book(store.folder)
    out: list[CaseStep] = []
    for cid in candidate_case_ids(store, now) if case_ids is None else case_ids:
        detail = queries.case_detail(store, cid)
        step = next_step(detail, book, now)
        if step is not None:
            out.append(CaseStep(cid, detail.case.uid, detail.case.title, step))
    return out


def export_calendar(
    store: Store,
    path: Path,
    now: datetime,
    *,
    case_id: int | None = None,
    lang: Lang | None = None,
    rules: RuleBook | None = None,
) -> int:
    """Write open promise deadlines (and what-next deadlines) to `path`; return event count."""
    items = due.open_promises(store, now, case_id=case_id)
    ids = None if case_id is None else [case_id]
    steps = next_steps(store, now, case_ids=ids, rules=rules)
    cal = build_calendar(
        items, [(s.case_uid, s.case_title, s.step) for s in steps], now=now, lang=lang
    )
    write_ics(path, cal)
    return len(cal.walk("VEVENT"))
