"""`ecomplaint log` and `ecomplaint assign`: record from a terminal or a script."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from ecomplaint.domain.enums import EntryKind
from ecomplaint.i18n import UserError, current_language
from ecomplaint.services import cases, entries
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UserError("field.bad_date", field="@:f.occurred_at", value=text) from None
    if value.tzinfo is None:
        raise UserError("field.naive_time", field="@:f.occurred_at")
    return value


def run_log(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    changes = entries.log_entry(
        store,
        case_id=case_id,
        kind=args.kind,
        summary=args.summary,
        quote=args.quote or "",
        occurred_at=_when(args.at),
        party_id=args.party,
        channel=args.channel,
    )
    zh = current_language() == "zh"
    print(("已记录，编号 " if zh else "Logged entry ") + str(changes.created_id))
    return 0


def run_assign(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    who = store.user if args.to is None else args.to
    case = queries.get_case(store, case_id)
    cases.edit_case(store, case_id=case_id, values={"assignee": who}, expected_version=case.version)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("log", help="log an entry in a case / 记录一条时间线")
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("--kind", required=True, choices=[k.value for k in EntryKind])
    p.add_argument("--summary", required=True)
    p.add_argument("--quote")
    p.add_argument("--at", help="when it happened, ISO 8601 with a zone (default: now)")
    p.add_argument("--party", type=int, help="party id")
    p.add_argument("--channel")
    p.set_defaults(func=run_log)

    p = sub.add_parser("assign", help="assign a case to a volunteer / 分配案件")
    p.add_argument("case")
    p.add_argument("--to", metavar="NAME", help="default: me (the user_name setting); '' to clear")
    p.set_defaults(func=run_assign)
