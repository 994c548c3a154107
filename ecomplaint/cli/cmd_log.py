"""`ecomplaint log` and `ecomplaint assign`: record from a terminal or a script.

`log` is the window's "Log an entry" in one command, and in one transaction: the entry, a
party met in it (`--new-party ROLE:NAME`) and the promise made in it (`--promise WHAT
--within 24-48h`). Times without a zone are read in the case's own zone.
"""

from __future__ import annotations

import argparse
from typing import Any

from ecomplaint import juris_messages  # noqa: F401  (registers cli.* messages)
from ecomplaint.cli.created import report
from ecomplaint.cli.times import parse_when
from ecomplaint.domain.enums import STANCE_ALIASES, EntryKind, PromiseWhat, Stance
from ecomplaint.domain.spans import parse_within
from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries
from ecomplaint.services.entries import NewParty, NewPromise
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

STANCE_CHOICES = [s.value for s in Stance] + list(STANCE_ALIASES)


def new_party_arg(text: str | None) -> NewParty | None:
    if text is None:
        return None
    role, sep, name = text.partition(":")
    if not sep or not role.strip() or not name.strip():
        raise UserError("cli.bad_new_party", value=text)
    return NewParty(role=role.strip(), name=name.strip())


def promise_arg(what: str | None, within: str | None, description: str = "") -> NewPromise | None:
    if what is None and within is None:
        return None
    if what is None or within is None:
        raise UserError("cli.within_needs_promise")
    span = parse_within(within)
    if span is None:
        raise UserError("cli.bad_within", value=within)
    return NewPromise(
        what=what,
        clock=span.clock,
        window_min=span.window_min,
        window_max=span.window_max,
        description=description,
    )


def run_log(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    zone = queries.case_zone(store, case_id)
    changes = entries.log_entry(
        store,
        case_id=case_id,
        kind=args.kind,
        summary=args.summary,
        quote=args.quote or "",
        occurred_at=parse_when(args.at, zone),
        occurred_tz=zone,
        party_id=args.party,
        new_party=new_party_arg(args.new_party),
        channel=args.channel,
        direction=args.direction,
        stance=args.stance or Stance.NONE,
        promise=promise_arg(args.promise, args.within, args.promise_note or ""),
    )
    return report(store, changes, "entry", as_json=args.json)


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
    p.add_argument(
        "--at", help="when it happened, ISO 8601; without a zone: the case's zone (default: now)"
    )
    who = p.add_mutually_exclusive_group()
    who.add_argument("--party", type=int, help="party id")
    who.add_argument(
        "--new-party", metavar="ROLE:NAME", help="a party first met here, e.g. installer:王师傅"
    )
    p.add_argument("--channel")
    p.add_argument("--direction", choices=["in", "out", "none"])
    p.add_argument(
        "--stance",
        choices=STANCE_CHOICES,
        help="reply, final_response, final_offer (offer), refusal or acceptance",
    )
    p.add_argument(
        "--promise", metavar="WHAT", choices=[w.value for w in PromiseWhat], help="a promise made"
    )
    p.add_argument("--within", metavar="SPAN", help="with --promise: 48h, 24-48h, 3wd, 5wd, 8w, 6m")
    p.add_argument("--promise-note", metavar="TEXT", help="the promise in words")
    p.add_argument("--json", action="store_true", help="print the new record's id and uid")
    p.set_defaults(func=run_log)

    p = sub.add_parser("assign", help="assign a case to a volunteer / 分配案件")
    p.add_argument("case")
    p.add_argument("--to", metavar="NAME", help="default: me (the user_name setting); '' to clear")
    p.set_defaults(func=run_assign)
