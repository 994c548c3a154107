"""`ecomplaint import-records CASE FILE` and `ecomplaint undo-import CASE BATCH`."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ecomplaint.cli.jsonout import dump
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import UserError, current_language
from ecomplaint.records_import import chat_log
from ecomplaint.records_import.sources import ReadOptions, check_zone
from ecomplaint.services import records_import as ri
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

FORMAT = "ecomplaint.import-records/1"


def terminal_safe(text: str, limit: int = 70) -> str:
    """One line of user text for the preview: controls escaped (domain.visible), cut short."""
    s = visible(text)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _bound(text: str | None, zone: str, end: bool) -> datetime | None:
    """A date (the whole day, in `zone`) or an ISO time with a zone."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UserError("field.bad_date", field="--to" if end else "--from", value=text) from None
    if value.tzinfo is None:
        if len(text) <= 10:  # a plain date: --to includes that whole day
            value = datetime.combine(value.date(), time(0), ZoneInfo(zone))
            return value + timedelta(days=1) if end else value
        value = value.replace(tzinfo=ZoneInfo(zone))
    return value


def _options(args: argparse.Namespace, case_zone: str) -> ReadOptions:
    mapping = None
    if args.mapping:
        mapping = chat_log.get_mapping(args.mapping)
    if args.map:
        mapping = chat_log.ColumnMapping.parse(args.map)
        if args.save_mapping:
            chat_log.save_mapping(args.save_mapping, mapping)
    day_first = True if args.day_first else False if args.month_first else None
    return ReadOptions(
        zone=check_zone(args.zone or case_zone),
        day_first=day_first,
        me=frozenset(args.me or ()),
        encoding=args.encoding,
        mapping=mapping,
    )


def _party_map(pairs: list[str] | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for pair in pairs or ():
        number, sep, party = pair.rpartition("=")
        if not sep or not party.strip().isdigit() or not number.strip():
            raise UserError("import.bad_party_map", text=pair)
        out[number.strip()] = int(party)
    return out


def _row_json(r: ri.PreviewRow, zone: str) -> dict[str, Any]:
    it = r.item
    return {
        "index": r.index,
        "kind": it.kind,
        "occurred_at": it.occurred_at.isoformat(),
        "local_time": it.occurred_at.astimezone(ZoneInfo(zone)).isoformat(),
        "direction": it.direction,
        "address": it.address,
        "contact": it.contact,
        "party_id": r.party_id,
        "party": r.party_label,
        "summary": r.summary,
        "text": r.quote,
        "duration_s": it.duration_s,
        "call_type": it.call_type,
        "locator": it.locator,
        "attachments": [a.name for a in it.attachments],
        "duplicate": r.duplicate or None,
        "duplicate_of": r.duplicate_of,
    }


def _print_preview(p: ri.ImportPreview) -> None:
    zh = current_language() == "zh"
    print(("文件：" if zh else "File: ") + visible(str(p.path)))
    print(f"  SHA-256 {p.sha256}")
    for a in p.assumptions:
        print(("  假定：" if zh else "  Assumed: ") + a)
    tags = {
        ri.DUP_SOURCE: "已导入" if zh else "imported",
        ri.DUP_CONTENT: "重复" if zh else "duplicate",
        ri.DUP_REPEAT: "文件内重复" if zh else "repeat",
    }
    for key, name in p.new_parties.items():
        label = "  新当事方：" if zh else "  New party: "
        print(f"{label}{visible(name)}  (--party {visible(key)}=ID)")
    tz = ZoneInfo(p.zone)
    for r in p.rows:
        when = r.item.occurred_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        if r.item.kind.startswith("call_"):
            text = r.summary
        elif r.item.kind == "email":  # the subject, then the words
            text = " — ".join(x for x in (r.summary, r.quote) if x)
        else:
            text = r.quote or r.summary
        mark = f"[{tags[r.duplicate]}]" if r.duplicate else ""
        who = terminal_safe(r.party_label or r.item.address, 24)
        print(f"{r.index + 1:>6} {r.item.kind:<11} {when}  {who:<24} {terminal_safe(text)} {mark}")


def run_import(store: Store, args: argparse.Namespace) -> int:
    zh = current_language() == "zh"
    case_id = queries.find_case_id(store, args.case)
    options = _options(args, queries.case_zone(store, case_id))
    filters = ri.ImportFilters(
        numbers=tuple(args.number or ()),
        contact=args.contact or "",
        date_from=_bound(args.date_from, options.zone, end=False),
        date_to=_bound(args.date_to, options.zone, end=True),
    )
    with ri.preview_import(
        store,
        case_id=case_id,
        path=args.file,
        options=options,
        filters=filters,
        party_map=_party_map(args.party),
    ) as preview:
        new = preview.new_rows
        outcome = None
        if not args.dry_run and new:
            outcome = ri.commit_import(store, preview=preview)
        if args.json:
            dump(
                {
                    "format": FORMAT,
                    "case_id": case_id,
                    "file": str(preview.path),
                    "file_kind": preview.file_kind,
                    "sha256": preview.sha256,
                    "zone": preview.zone,
                    "assumptions": preview.assumptions,
                    "skipped": preview.skipped,
                    "new_parties": preview.new_parties,
                    "rows": [_row_json(r, preview.zone) for r in preview.rows],
                    "dry_run": bool(args.dry_run),
                    "committed": outcome is not None,
                    "batch": outcome.batch if outcome else None,
                    "entry_ids": outcome.entry_ids if outcome else [],
                }
            )
            return 0
        _print_preview(preview)
        dups = len(preview.rows) - len(new)
        if zh:
            print(f"共 {len(preview.rows)} 条：新 {len(new)} 条，重复 {dups} 条。")
        else:
            print(f"{len(preview.rows)} rows: {len(new)} new, {dups} duplicates.")
        if args.dry_run:
            print("试运行：未保存任何内容。" if zh else "Dry run: nothing was stored.")
        elif outcome is None:
            print("没有可添加的新记录。" if zh else "Nothing new to add.")
        else:
            n = len(outcome.entry_ids)
            if zh:
                print(
                    f"已添加 {n} 条记录（导入批次 {outcome.batch}；撤销：ecomplaint "
                    f"undo-import {case_id} {outcome.batch}）。"
                )
            else:
                print(
                    f"Added {n} entries (import {outcome.batch}; undo with: ecomplaint "
                    f"undo-import {case_id} {outcome.batch})."
                )
    return 0


def run_undo(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    ri.undo_import(store, case_id=case_id, batch=args.batch)
    zh = current_language() == "zh"
    print(
        "已撤销该次导入（记录已移入回收站）。"
        if zh
        else "Import undone (entries moved to the trash)."
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import-records",
        help="import calls, SMS, e-mail or chat exports / 导入通话、短信、邮件或聊天记录",
        description="SMS Backup & Restore .xml, .eml, .mbox, WhatsApp _chat.txt, CSV or text "
        "chat logs. Each entry keeps the file's SHA-256 and its line; importing the same file "
        "again adds nothing.",
    )
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("file")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this day or time")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this day (inclusive)")
    p.add_argument("--number", action="append", metavar="NUMBER", help="only this number/address")
    p.add_argument("--contact", metavar="TEXT", help="only contacts whose name holds TEXT")
    p.add_argument(
        "--zone",
        default=None,
        help="time zone of times the file "
        "gives without one (chat exports, CSV); default: the case's zone",
    )
    order = p.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true", help="chat dates read 31/12")
    order.add_argument("--month-first", action="store_true", help="chat dates read 12/31")
    p.add_argument(
        "--me",
        action="append",
        metavar="NAME",
        help="my name or address (messages from it are outgoing)",
    )
    p.add_argument("--encoding", default="utf-8", help="text files: e.g. gb18030")
    p.add_argument(
        "--map",
        metavar="SPEC",
        help="CSV/text columns: time=COL,sender=COL,"
        "text=COL[,address=COL][,format=STRPTIME][,pattern=REGEX]",
    )
    p.add_argument("--save-mapping", metavar="NAME", help="remember --map under NAME")
    p.add_argument("--mapping", metavar="NAME", help="use a saved mapping")
    p.add_argument(
        "--party",
        action="append",
        metavar="NUMBER=PARTY_ID",
        help="this number is that party (remembered for the case)",
    )
    p.add_argument("--dry-run", action="store_true", help="preview only; store nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_import)

    p = sub.add_parser("undo-import", help="undo one import as one step / 撤销一次导入")
    p.add_argument("case")
    p.add_argument("batch")
    p.set_defaults(func=run_undo)
