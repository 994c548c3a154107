"""`ecomplaint cases` and `ecomplaint show CASE`."""

from __future__ import annotations

import argparse
from typing import Any
from zoneinfo import ZoneInfo

from ecomplaint.cli.jsonout import dump, plain
from ecomplaint.domain.display_zone import shown
from ecomplaint.domain.records import CaseSummary
from ecomplaint.domain.visible import visible, visible_lines
from ecomplaint.i18n import current_language
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.vocabulary import word


def summary_json(c: CaseSummary) -> dict[str, Any]:
    return {
        "id": c.id,
        "uid": c.uid,
        "title": c.title,
        "platform": c.platform,
        "merchant": c.merchant,
        "order_no": c.order_no,
        "status": c.status,
        "tags": [t for t in c.tags.split("|") if t],
        "updated_at": plain(c.updated_at),
        "next_due": plain(c.next_due),
        "overdue": c.overdue,
    }


def run_cases(store: Store, args: argparse.Namespace) -> int:
    assignee = store.user if args.mine else args.assignee
    rows = queries.list_cases(
        store,
        assignee=assignee,
        search=args.search or None,
        status=args.status,
        platform=args.platform,
        tag=args.tag,
    )
    if args.json:
        dump({"format": "ecomplaint.cases/1", "cases": [summary_json(c) for c in rows]})
        return 0
    if not rows:
        print("没有案件。" if current_language() == "zh" else "No cases.")
        return 0
    for c in rows:
        due = shown(c.next_due) if c.next_due else "-"
        mark = "!" if c.overdue else " "
        lang = current_language()
        status, platform = word("status", c.status, lang), word("platform", c.platform, lang)
        print(f"{c.id:>5} {mark} {status:<10} {platform:<12} {due:<20} {visible(c.title)}")
    return 0


def run_show(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    d = queries.case_detail(store, case_id)
    if args.json:
        case = plain(d.case)
        case["tags"] = d.case.tag_list
        dump(
            {
                "format": "ecomplaint.case/1",
                "case": case,
                "parties": plain(d.parties),
                "timeline": plain(d.entries),
                "promises": plain(d.promises),
                "escalations": plain(d.escalations),
                "evidence": plain(d.evidence),
            }
        )
        return 0
    c = d.case
    print(f"#{c.id} {visible(c.title)}")
    print("  " + " · ".join(visible(x) for x in (c.platform, c.merchant, c.order_no, c.product)))
    if c.amount is not None:
        print(f"  {c.amount} {c.currency}  {visible(c.services)}")
    for demand in c.demand_list:
        print(f"  * {visible(demand)}")
    names = {p.id: visible(p.label) for p in d.parties}
    print()
    for e in d.entries:
        when = e.occurred_at.astimezone(ZoneInfo(e.occurred_tz)).strftime("%Y-%m-%d %H:%M")
        who = names.get(e.party_id, "") if e.party_id else ""
        print(f"{when}  {e.kind:<11} {who}")
        if e.summary:
            print("    " + visible_lines(e.summary, "    "))
        if e.quote:
            print("    “" + visible_lines(e.quote, "    ") + "”")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("cases", help="list cases / 列出案件")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--search", metavar="TEXT", help="only cases whose text holds every word of TEXT / 搜索"
    )
    p.add_argument("--status")
    p.add_argument("--platform")
    p.add_argument("--tag")
    p.add_argument("--assignee", metavar="NAME", help="cases assigned to NAME")
    p.add_argument("--mine", action="store_true", help="cases assigned to me (user_name)")
    p.set_defaults(func=run_cases)

    p = sub.add_parser("show", help="a case with its timeline / 查看案件及时间线")
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_show)
