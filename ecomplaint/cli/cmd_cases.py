"""`ecomplaint cases` and `ecomplaint show CASE`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from ecomplaint.cli.jsonout import dump, plain
from ecomplaint.domain.call_bursts import entry_bursts, span_words
from ecomplaint.domain.display_zone import chosen_zone, shown
from ecomplaint.domain.records import CaseDetail, CaseSummary
from ecomplaint.domain.visible import visible, visible_lines
from ecomplaint.i18n import current_language, t
from ecomplaint.money import demand_amounts, format_money
from ecomplaint.records_import import messages as _import_messages  # noqa: F401
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
    zones = queries.case_zones(store)
    for c in rows:
        due = shown(c.next_due, zones.get(c.id)) if c.next_due else "-"
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
        case["amount_shown"] = (
            None
            if d.case.amount is None
            else format_money(d.case.amount, d.case.currency, current_language())
        )
        dump(
            {
                "format": "ecomplaint.case/1",
                "case": case,
                "parties": plain(d.parties),
                "timeline": plain(d.entries),
                "promises": plain(d.promises),
                "escalations": plain(d.escalations),
                "evidence": plain(d.evidence),
                "call_bursts": [
                    {
                        "party_id": b.caller,
                        "count": b.count,
                        "first": plain(b.first),
                        "last": plain(b.last),
                        "entry_ids": list(b.ids),
                    }
                    for b in entry_bursts(d.entries)
                ],
            }
        )
        return 0
    c = d.case
    lang = current_language()
    zh = lang == "zh"
    safe = visible
    print(f"#{c.id} {safe(c.title)}")
    head = (word("platform", c.platform, lang), c.merchant, c.order_no, c.product)
    print("  " + " · ".join(safe(x) for x in head if x))
    zone = c.tz if chosen_zone() is None else str(chosen_zone())
    print(
        ("  地区 " if zh else "  Jurisdiction ")
        + f"{c.country} · {c.ladder or '-'} · {zone} · "
        + ("工作日 " if zh else "working days ")
        + c.calendar
    )
    if c.amount is not None:
        print(f"  {format_money(c.amount, c.currency, lang)}  {safe(c.services)}")
    for demand in c.demand_list:
        print(f"  * {safe(demand)}")
    asked = demand_amounts(c.demand_list)
    if asked:
        total = format_money(sum(asked), c.currency, lang)
        print(("  诉求金额合计 " if zh else "  Demands total ") + total)
    names = {p.id: visible(p.label) for p in d.parties}
    bursts = entry_bursts(d.entries)
    first_of = {b.ids[0]: b for b in bursts}
    in_burst = {i for b in bursts for i in b.ids}
    by_id = {e.id: e for e in d.entries}
    print()
    for kind, at, item in timeline_items(d):
        when = shown(at, c.tz)
        if kind == "escalation":
            x = item
            ref = f" [{safe(x.reference_no)}]" if x.reference_no else ""
            print(
                f"{when}  {'升级' if zh else 'Escalation':<11} {safe(x.rung_label or x.rung)}{ref}"
            )
            for p in d.promises:
                if p.escalation_id == x.id:
                    owes = "应在 {} 前：" if zh else "owes by {}: "
                    print("    " + owes.format(shown(p.due_by, c.tz)) + safe(p.description))
            continue
        e = item
        who = names.get(e.party_id, "") if e.party_id else ""
        if e.id in first_of:  # one line for the whole burst; each call is in the appendix
            bu = first_of[e.id]
            first, last = when, shown(by_id[bu.ids[-1]].occurred_at, c.tz)
            print(f"{when}  {'!':<11} {who}")
            title = t("burst.title", lang, count=bu.count, span=span_words(bu.span, lang))
            print(f"    {title} ({t('burst.range', lang, first=first, last=last)})")
            continue
        if e.id in in_burst:
            continue
        stance = f" ({word('stance', e.stance, lang)})" if e.stance != "none" else ""
        print(f"{when}  {word('kind', e.kind, lang):<11} {who}{stance}")
        if e.summary:
            print("    " + visible_lines(e.summary, "    "))
        if e.quote:
            print("    “" + visible_lines(e.quote, "    ") + "”")
    if bursts:
        print()
        print(t("burst.appendix", lang))
        for b in bursts:
            for i in b.ids:
                e = by_id[i]
                who = names.get(e.party_id or 0, "")
                print(f"  {shown(e.occurred_at, c.tz)}  {who}  {safe(e.summary)}")
    return 0


def timeline_items(d: CaseDetail) -> list[tuple[str, datetime, Any]]:
    """Entries and escalations in one time order (an escalation before an entry at the same
    minute: it is what the entry answers)."""
    items: list[tuple[str, datetime, Any]] = [("entry", e.occurred_at, e) for e in d.entries]
    items += [("escalation", x.escalated_at, x) for x in d.escalations]
    return sorted(items, key=lambda i: (i[1], i[0] != "escalation"))


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
