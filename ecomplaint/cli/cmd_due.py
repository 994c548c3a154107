"""`ecomplaint due`: overdue and upcoming promises and escalation deadlines, all cases.

JSON (format "ecomplaint.due/1"):
  {"format", "at", "horizon_hours", "until",
   "counts": {"overdue", "due_soon", "upcoming", "waiting"},
   "overdue" / "due_soon" / "upcoming": [promise item], "waiting": [waiting item],
   "next_steps": [{"case_id", "case_title", "reason", "ladder", "rung", "label_zh",
                   "label_en", "deadline", "response_due_by", "response_basis",
                   "escalate_by", "alternatives", "source", "date"}]}
  promise item: {"promise_id", "promise_uid", "case_id", "case_uid", "case_title",
   "platform", "what", "description", "party", "escalation_id", "rung_label", "made_at",
   "due_from", "due_by", "status", "overdue_seconds"}
  waiting item: {"case_id", "case_title", "reason", "since", "note", "promise_id",
   "entry_id"}
Times are ISO 8601 in UTC.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ecomplaint import due_messages  # noqa: F401
from ecomplaint.cli.jsonout import dump, plain
from ecomplaint.domain.display_zone import shown
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import UserError, current_language
from ecomplaint.services.what_next import CaseStep, export_calendar, next_steps
from ecomplaint.store.due import DueItem, WaitingItem, due_report
from ecomplaint.store.engine import Store
from ecomplaint.store.queries import case_zones
from ecomplaint.vocabulary import duration, word

FORMAT = "ecomplaint.due/1"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "due",
        help="overdue and upcoming promises across all cases / 所有案件的超时与即将到期承诺",
    )
    p.add_argument("--json", action="store_true", help=f"machine-readable output ({FORMAT})")
    p.add_argument("--at", metavar="ISO_TIME", help="pretend it is this time (with a zone)")
    p.add_argument("--days", type=int, default=7, help="list upcoming deadlines this far ahead")
    p.add_argument("--ics", metavar="FILE", help="also write the deadlines as an iCalendar file")
    p.set_defaults(func=run_due)


def parse_at(value: str | None, store: Store) -> datetime:
    if not value:
        return store.clock.now()
    try:
        at = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UserError("due.bad_time", value=value) from None
    if at.tzinfo is None:
        raise UserError("due.bad_time", value=value)
    return at.astimezone(UTC)


def item_json(i: DueItem) -> dict[str, Any]:
    d = plain(i)
    d.pop("overdue_by")
    d["overdue_seconds"] = int(i.overdue_by.total_seconds()) if i.overdue_by else None
    return d


def waiting_json(w: WaitingItem) -> dict[str, Any]:
    return dict(plain(w))


def step_json(s: CaseStep) -> dict[str, Any]:
    st = s.step
    return {
        "case_id": s.case_id,
        "case_title": s.case_title,
        "reason": st.reason,
        "ladder": st.ladder,
        "rung": st.rung,
        "label_zh": st.label_zh,
        "label_en": st.label_en,
        "deadline": plain(st.deadline),
        "response_due_by": plain(st.response_due_by),
        "response_basis": st.response_basis,
        "escalate_by": plain(st.escalate_by),
        "alternatives": list(st.alternatives),
        "source": st.source,
        "date": st.date,
    }


def run_due(store: Store, args: argparse.Namespace) -> int:
    now = parse_at(args.at, store)
    until = now + timedelta(days=max(args.days, 1))
    report = due_report(store, now, until=until)
    steps = next_steps(store, now)
    if args.ics:
        export_calendar(store, Path(args.ics), now)
    if args.json:
        dump(
            {
                "format": FORMAT,
                "at": now.isoformat(),
                "horizon_hours": int(report.horizon.total_seconds() // 3600),
                "until": until.isoformat(),
                "counts": {
                    "overdue": report.counts.overdue,
                    "due_soon": report.counts.due_soon,
                    "upcoming": report.counts.upcoming,
                    "waiting": report.counts.waiting,
                },
                "overdue": [item_json(i) for i in report.overdue],
                "due_soon": [item_json(i) for i in report.due_soon],
                "upcoming": [item_json(i) for i in report.upcoming],
                "waiting": [waiting_json(w) for w in report.waiting],
                "next_steps": [step_json(s) for s in steps],
            }
        )
        return 0
    zh = current_language() == "zh"
    zones = case_zones(store)

    def reason(key: str) -> str:
        return word("reason", key)

    def local(t: datetime, case_id: int) -> str:
        return shown(t, zones.get(case_id))  # each case on its own clock

    def line(i: DueItem, extra: str) -> str:
        who = f" [{visible(i.party)}]" if i.party else ""
        what = visible(i.description or i.what)
        title = visible(i.case_title)
        return f"  #{i.case_id:<4} {local(i.due_by, i.case_id)}  {extra:<14} {title}: {what}{who}"

    sections: list[tuple[str, list[str]]] = [
        (
            "超时" if zh else "Overdue",
            [
                line(i, ("超时 " if zh else "late ") + duration(i.overdue_by or timedelta()))
                for i in report.overdue
            ],
        ),
        (
            "24 小时内到期" if zh else "Due within 24 hours",
            [line(i, ("剩 " if zh else "in ") + duration(i.due_by - now)) for i in report.due_soon],
        ),
        (
            f"{args.days} 天内到期" if zh else f"Due within {args.days} days",
            [line(i, "") for i in report.upcoming],
        ),
        (
            word("status", "waiting"),  # the same words as the case status
            [
                f"  #{w.case_id:<4} {local(w.since, w.case_id)}  {reason(w.reason):<14} "
                f"{visible(w.case_title)}"
                for w in report.waiting
            ],
        ),
        (
            "下一步" if zh else "Next step",
            [
                f"  #{s.case_id:<4} "
                f"{local(s.step.deadline, s.case_id) if s.step.deadline else '-':<20}  "
                f"{visible(s.step.label('zh' if zh else 'en'))} ({visible(s.case_title)})"
                for s in steps
            ],
        ),
    ]
    for title, lines in sections:
        print(f"{title} ({len(lines)})")
        print("\n".join(lines) if lines else ("  无" if zh else "  none"))
    return 0
