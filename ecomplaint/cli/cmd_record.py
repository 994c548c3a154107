"""Record everything from a terminal: cases, parties, entry edits, escalations, pauses, trash.

The same services as the window, so the same checks and messages. Every command takes
--json and prints the new or changed record's id and uid. Times without a zone are read in
the case's own zone.

  new --title T [--ladder ID] [--platform P] … (every case field)   edit CASE --FIELD VALUE …
  party CASE --role R --name N [--organisation O] [--contact C]      edit-party PARTY …
  edit-entry ENTRY [--summary …] [--stance S] [--promise WHAT --within SPAN]
  escalate CASE --rung ID [--ladder L] [--at T] [--reference R] [--entry E]
  kept PROMISE --entry E      broken PROMISE [--entry E] [--at T]
  pause CASE --reason R [--at T]    resume CASE [--at T]
  trash case|party|entry|promise ID    untrash case|party|entry|promise ID
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ecomplaint import juris_messages  # noqa: F401  (registers cli.* messages)
from ecomplaint.cli.cmd_log import STANCE_CHOICES, promise_arg
from ecomplaint.cli.created import report
from ecomplaint.cli.times import parse_when
from ecomplaint.domain.enums import Channel, EntryKind, PartyRole, Precision
from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries, escalations, parties, pauses, promises
from ecomplaint.services.changes import Changes
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

# Case fields as options (every field the services let a user edit): --order-no sets order_no.
# Multi-line ones may be repeated.
CASE_OPTIONS = cases.EDITABLE
REPEATABLE = ("services", "demands")  # one line each: --demands A --demands B
CASE_HELP = {
    "ladder": "escalation ladder id from the rule packs (sets country, zone, calendar, currency)",
    "tz": "IANA time zone, e.g. Europe/London",
    "calendar": "working-day calendar: CN, GB-ENG, GB-SCT, GB-NIR, DE-BY, …",
    "amount": "amount paid, e.g. 649.00",
    "order_date": "YYYY-MM-DD",
    "tags": "comma-separated",
}


def _case_values(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in CASE_OPTIONS:
        value = getattr(args, name, None)
        if value is None:
            continue
        values[name] = "\n".join(value) if name in REPEATABLE else value
    return values


def run_new(store: Store, args: argparse.Namespace) -> int:
    values = _case_values(args)
    changes = cases.create_case(store, **values)
    return report(store, changes, "case", as_json=args.json)


def run_edit(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    values = _case_values(args)
    if not values:
        raise UserError("cli.nothing_to_change")
    version = queries.get_case(store, case_id).version
    changes = cases.edit_case(store, case_id=case_id, values=values, expected_version=version)
    return report(store, changes, "case", as_json=args.json, ident=case_id)


def run_party(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    changes = parties.add_party(
        store,
        case_id=case_id,
        role=args.role,
        name=args.name,
        organisation=args.organisation or "",
        contact=args.contact or "",
        notes=args.notes or "",
    )
    return report(store, changes, "party", as_json=args.json)


def run_edit_party(store: Store, args: argparse.Namespace) -> int:
    values = {
        k: getattr(args, k)
        for k in ("role", "name", "organisation", "contact", "notes")
        if getattr(args, k) is not None
    }
    if not values:
        raise UserError("cli.nothing_to_change")
    changes = parties.edit_party(store, party_id=args.party_id, values=values)
    return report(store, changes, "party", as_json=args.json, ident=args.party_id)


def run_edit_entry(store: Store, args: argparse.Namespace) -> int:
    entry_id = args.entry_id
    case_id = queries.case_of(store, "entry", entry_id)
    zone = queries.case_zone(store, case_id)
    values: dict[str, Any] = {}
    for key in ("kind", "summary", "quote", "channel", "direction", "precision", "stance"):
        if getattr(args, key) is not None:
            values[key] = getattr(args, key)
    if args.at is not None:
        values["occurred_at"] = parse_when(args.at, zone)
    if args.party is not None:
        values["party_id"] = None if args.party == 0 else args.party
    wanted = promise_arg(args.promise, args.within, args.promise_note or "")
    if not values and wanted is None:
        raise UserError("cli.nothing_to_change")
    changes: Any = Changes(case_id=case_id)
    if values:
        changes = entries.edit_entry(store, entry_id=entry_id, values=values)
    if wanted is not None:
        existing = queries.promise_of_entry(store, entry_id)
        if existing is None:
            promises.record_promise(
                store,
                case_id=case_id,
                entry_id=entry_id,
                what=wanted.what,
                clock=wanted.clock,
                window_min=wanted.window_min,
                window_max=wanted.window_max,
                description=wanted.description,
                party_id=_entry_party(store, case_id, entry_id),
            )
        else:
            promise_values: dict[str, Any] = {
                "what": wanted.what,
                "clock": wanted.clock,
                "window_min": wanted.window_min,
                "window_max": wanted.window_max,
            }
            if wanted.description:
                promise_values["description"] = wanted.description
            promises.edit_promise(
                store,
                promise_id=existing.id,
                values=promise_values,
                expected_version=existing.version,
            )
    return report(store, changes, "entry", as_json=args.json, ident=entry_id)


def _entry_party(store: Store, case_id: int, entry_id: int) -> int | None:
    detail = queries.case_detail(store, case_id)
    return next((e.party_id for e in detail.entries if e.id == entry_id), None)


def run_escalate(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    case = queries.get_case(store, case_id)
    book = load_rule_book(store.folder)
    from ecomplaint.domain.next_step import ladder_for_case

    ladder = book.ladder(args.ladder) if args.ladder else None
    if ladder is None:
        ladder = ladder_for_case(queries.case_detail(store, case_id), book)
    if args.ladder and book.ladder(args.ladder) is None:
        raise UserError(
            "juris.bad_ladder",
            field="@:f.ladder",
            value=args.ladder,
            choices=", ".join(book.ladders),
        )
    if ladder is None or ladder.rung(args.rung) is None:
        raise UserError(
            "juris.bad_rung",
            value=args.rung,
            ladder=ladder.id if ladder else "-",
            choices=", ".join(r.id for r in ladder.rungs) if ladder else "-",
        )
    changes = escalations.record_escalation(
        store,
        case_id=case_id,
        ladder=ladder.id,
        rung=args.rung,
        escalated_at=parse_when(args.at, case.tz),
        reference_no=args.reference or "",
        note=args.note or "",
        entry_id=args.entry,
        rules=book,
    )
    return report(store, changes, "escalation", as_json=args.json)


def run_kept(store: Store, args: argparse.Namespace) -> int:
    changes = promises.mark_kept(store, promise_id=args.promise_id, entry_id=args.entry)
    return report(store, changes, "promise", as_json=args.json, ident=args.promise_id)


def run_broken(store: Store, args: argparse.Namespace) -> int:
    zone = queries.case_zone(store, queries.case_of(store, "promise", args.promise_id))
    changes = promises.mark_broken(
        store,
        promise_id=args.promise_id,
        entry_id=args.entry,
        broken_at=parse_when(args.at, zone),
    )
    return report(store, changes, "promise", as_json=args.json, ident=args.promise_id)


def run_pause(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    zone = queries.case_zone(store, case_id)
    changes = pauses.pause_case(
        store, case_id=case_id, started_at=parse_when(args.at, zone), reason=args.reason
    )
    return report(store, changes, "pause", as_json=args.json)


def run_resume(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    zone = queries.case_zone(store, case_id)
    changes = pauses.resume_case(store, case_id=case_id, ended_at=parse_when(args.at, zone))
    return report(store, changes, "pause", as_json=args.json)


TRASH: dict[str, tuple[Callable[..., Any], Callable[..., Any], str]] = {
    "case": (cases.trash_case, cases.restore_case, "case_id"),
    "party": (parties.trash_party, parties.restore_party, "party_id"),
    "entry": (entries.trash_entry, entries.restore_entry, "entry_id"),
    "promise": (promises.trash_promise, promises.restore_promise, "promise_id"),
}


def _trash(restore: bool) -> Callable[[Store, argparse.Namespace], int]:
    def run(store: Store, args: argparse.Namespace) -> int:
        if args.what not in TRASH:
            raise UserError("cli.bad_trash_kind", value=args.what)
        trash, untrash, key = TRASH[args.what]
        ident = queries.find_case_id(store, args.id) if args.what == "case" else int(args.id)
        changes = (untrash if restore else trash)(store, **{key: ident})
        return report(store, changes, args.what, as_json=args.json, ident=ident)

    return run


def _case_arguments(p: argparse.ArgumentParser, *, new: bool) -> None:
    for name in CASE_OPTIONS:
        flag = "--" + name.replace("_", "-")
        extra: dict[str, Any] = {"help": CASE_HELP.get(name)}
        if name in REPEATABLE:
            extra.update(action="append", metavar="LINE", help="one line; repeat for more")
        if name == "title" and new:
            extra["required"] = True
        p.add_argument(flag, dest=name, **extra)
    p.add_argument("--json", action="store_true", help="print the record's id and uid")


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="create a case / 新建投诉案件")
    _case_arguments(p, new=True)
    p.set_defaults(func=run_new)

    p = sub.add_parser("edit", help="change a case's fields / 修改案件信息")
    p.add_argument("case", help="case id, uid or order number")
    _case_arguments(p, new=False)
    p.set_defaults(func=run_edit)

    p = sub.add_parser("party", help="add a party to a case / 添加当事方")
    p.add_argument("case")
    p.add_argument("--role", required=True, choices=[r.value for r in PartyRole])
    p.add_argument("--name", required=True, help="a name or an agent ID (工号 3021)")
    p.add_argument("--organisation")
    p.add_argument("--contact")
    p.add_argument("--notes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_party)

    p = sub.add_parser("edit-party", help="change a party / 修改当事方")
    p.add_argument("party_id", type=int, metavar="PARTY")
    p.add_argument("--role", choices=[r.value for r in PartyRole])
    for name in ("name", "organisation", "contact", "notes"):
        p.add_argument("--" + name)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_edit_party)

    p = sub.add_parser("edit-entry", help="change a timeline entry / 修改时间线记录")
    p.add_argument("entry_id", type=int, metavar="ENTRY")
    p.add_argument("--kind", choices=[k.value for k in EntryKind])
    p.add_argument("--summary")
    p.add_argument("--quote")
    p.add_argument("--at", help="ISO 8601; without a zone: the case's zone")
    p.add_argument("--party", type=int, help="party id (0: nobody)")
    p.add_argument("--channel", choices=[c.value for c in Channel])
    p.add_argument("--direction", choices=["in", "out", "none"])
    p.add_argument("--precision", choices=[x.value for x in Precision])
    p.add_argument("--stance", choices=STANCE_CHOICES)
    p.add_argument("--promise", metavar="WHAT", help="the promise made in this entry")
    p.add_argument("--within", metavar="SPAN", help="with --promise: 48h, 24-48h, 3wd, 8w, 6m")
    p.add_argument("--promise-note", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_edit_entry)

    p = sub.add_parser("escalate", help="record an escalation / 记录升级")
    p.add_argument("case")
    p.add_argument("--rung", required=True, help="rung id of the case's ladder")
    p.add_argument("--ladder", help="default: the case's ladder")
    p.add_argument("--at", help="ISO 8601; without a zone: the case's zone (default: now)")
    p.add_argument("--reference", help="the complaint or ticket number you were given")
    p.add_argument("--note")
    p.add_argument("--entry", type=int, help="the timeline entry recording it, if any")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_escalate)

    p = sub.add_parser("kept", help="a promise was kept (by an entry) / 承诺已兑现")
    p.add_argument("promise_id", type=int, metavar="PROMISE")
    p.add_argument("--entry", type=int, required=True, help="the entry in which it was kept")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_kept)

    p = sub.add_parser("broken", help="a promise was explicitly broken / 承诺被违背")
    p.add_argument("promise_id", type=int, metavar="PROMISE")
    p.add_argument("--entry", type=int, help="the entry in which it was refused")
    p.add_argument("--at", help="when, if no entry says it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_broken)

    p = sub.add_parser("pause", help="pause the case's clocks (waiting on you) / 暂停计时")
    p.add_argument("case")
    p.add_argument("--reason", required=True)
    p.add_argument("--at", help="ISO 8601; without a zone: the case's zone (default: now)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_pause)

    p = sub.add_parser("resume", help="resume the case's clocks / 恢复计时")
    p.add_argument("case")
    p.add_argument("--at")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_resume)

    for name, restore, text in (
        ("trash", False, "move to the trash / 移入回收站"),
        ("untrash", True, "restore from the trash / 从回收站恢复"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("what", choices=list(TRASH))
        p.add_argument("id", help="the record's id (a case: id, uid or order number)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=_trash(restore))
