"""`ecomplaint screenshot-entries EXHIBIT`: a screenshot's messages become timeline entries,
and `ecomplaint undo-screenshot-entries CASE BATCH` takes them back as one step."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from ecomplaint.chat_messages import counted
from ecomplaint.cli.jsonout import dump
from ecomplaint.domain.chat_layout import MessageProposal
from ecomplaint.domain.display_zone import shown
from ecomplaint.domain.ocr_text import cite_lines
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import UserError, current_language, t
from ecomplaint.services import screenshot_entries as se
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

FORMAT = "ecomplaint.screenshot-entries/1"


def _lines_words(p: MessageProposal) -> str:
    lo, _, hi = cite_lines(p.lines)[4:].partition("-")
    if current_language() == "zh":
        return f"第 {lo}–{hi} 行" if hi else f"第 {lo} 行"
    return f"lines {lo}–{hi}" if hi else f"line {lo}"


def _proposal_json(preview: se.EntriesPreview, p: MessageProposal) -> dict[str, Any]:
    return {
        "lines": list(p.lines),
        "locator": cite_lines(p.lines),
        "side": p.side,
        "direction": p.direction,
        "kind": p.kind,
        "channel": p.channel,
        "occurred_at": p.occurred_at.isoformat() if p.occurred_at else None,
        "tz": p.tz,
        "precision": p.precision,
        "stamp_line": p.stamp_line,
        "time_note": p.time_note or None,
        "quote": p.quote,
        "party_id": p.party_id,
        "include": p.include,
        "duplicate_of": preview.duplicate_of(p),
    }


def left_out_words(left_out: list[tuple[int, str]]) -> str:
    """ "line 5 (a time stamp: …), line 9 (…)": the chosen lines no proposal quotes, and why."""
    known = ("stamp", "bubble_time", "empty")
    sep = "；" if current_language() == "zh" else "; "
    return sep.join(
        t(f"screenshot.why.{why if why in known else 'other'}", n=n) for n, why in left_out
    )


def _print(preview: se.EntriesPreview) -> None:
    zh = current_language() == "zh"
    print(("图片：" if zh else "Picture: ") + visible(preview.original_name))
    print(f"  SHA-256 {preview.sha256}")
    if not preview.reading.is_chat:
        print("  " + t("screenshot.not_chat"))
    if not preview.proposals:
        print("  " + t("screenshot.nothing"))
    for n, p in enumerate(preview.proposals, start=1):
        when = shown(p.occurred_at, p.tz) if p.occurred_at else "—"
        if p.precision == "approximate" and p.occurred_at:
            when = ("约 " if zh else "~") + when
        side = t(f"screenshot.side.{p.side}")
        dup = preview.duplicate_of(p)
        mark = "[x]" if p.include else "[ ]"
        print(f"{mark} {n:>2}. {when}  {side}  {_lines_words(p)}")
        for line in visible(p.quote, multiline=True).splitlines() or [""]:
            print(f"        {line}")
        if p.time_note:
            print("        ! " + t(f"screenshot.note.{p.time_note}"))
        if dup is not None:
            print("        " + t("screenshot.duplicate", id=dup))
    if preview.reading.left_out:
        print("  " + t("screenshot.left_out", lines=left_out_words(preview.reading.left_out)))


def _confirm(prompt: str) -> bool:
    """Ask on the terminal; without one (a script, a pipe) the answer is no."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(prompt).strip().lower() in ("y", "yes", "是", "好")
    except EOFError:
        return False


def run_make(store: Store, args: argparse.Namespace) -> int:
    zh = current_language() == "zh"
    uid = se.exhibit_uid(store, args.exhibit)
    lines = se.parse_line_list(args.lines) if args.lines else None
    preview = se.preview_entries(store, evidence_uid=uid, lines=lines)
    proposals = preview.proposals
    if args.party is not None:
        if args.party not in dict(preview.parties):
            raise UserError("not_found", what="@:noun.party", ident=args.party)
        proposals = [replace(p, party_id=args.party) for p in proposals]
    chosen = [p for p in proposals if p.include]
    made = None
    if not args.json:
        _print(replace(preview, reading=replace(preview.reading, proposals=proposals)))
        if uid != preview.evidence_uid:
            print(
                "  （所选为遮蔽副本：记录从其原件生成，引用原件的行号）"
                if zh
                else "  (a redacted copy was given: entries are made from its original and "
                "cite the original's lines)"
            )
        shared = {p.party_id for p in proposals}
        if len(shared) == 1 and None not in shared:  # --party, or the party the title names
            label = dict(preview.parties).get(shared.pop() or 0, "")
            print(("对方：" if zh else "With: ") + visible(label))
    if chosen and (args.yes or (not args.json and _confirm(_ask(len(chosen))))):
        made = se.make_entries(store, evidence_uid=uid, proposals=proposals)
    if args.json:
        dump(
            {
                "format": FORMAT,
                "case_id": preview.case_id,
                # A redacted copy given: the entries are made from (and cite) its original.
                "evidence_uid": preview.evidence_uid,
                "via_copy_uid": uid if uid != preview.evidence_uid else None,
                "sha256": preview.sha256,
                "zone": preview.zone,
                "is_chat": preview.reading.is_chat,
                "kind": preview.reading.kind,
                "title": preview.reading.title,
                "capture_known": preview.capture_known,
                "proposals": [_proposal_json(preview, p) for p in proposals],
                "skipped_lines": [{"line": n, "why": why} for n, why in preview.reading.skipped],
                # lines given with --lines that no proposal quotes, and why
                "left_out_lines": [
                    {"line": n, "why": why or None} for n, why in preview.reading.left_out
                ],
                "committed": made is not None and bool(made.entry_ids),
                "batch": made.batch if made else None,
                "entry_ids": made.entry_ids if made else [],
                "skipped_duplicates": made.skipped_duplicates if made else 0,
            }
        )
        return 0
    if made is None:
        if chosen:
            print(
                "未添加任何记录（加 --yes 可不经询问直接添加）。"
                if zh
                else "Nothing was added (add --yes to add without being asked)."
            )
        return 0
    exhibit = visible(preview.original_name)
    print(counted("screenshot.made", len(made.entry_ids), exhibit=exhibit))
    if made.skipped_duplicates:
        print(counted("screenshot.skipped", made.skipped_duplicates))
    if made.batch:
        undo = f"ecomplaint undo-screenshot-entries {preview.case_id} {made.batch}"
        print(("撤销：" if zh else "Undo with: ") + undo)
    return 0


def _ask(count: int) -> str:
    return counted("screenshot.confirm", count) + " [y/N] "


def run_undo(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    se.undo_entries(store, case_id=case_id, batch=args.batch)
    zh = current_language() == "zh"
    print("已撤销（记录已移入回收站）。" if zh else "Undone (entries moved to the trash).")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "screenshot-entries",
        help="make timeline entries from a screenshot's text / 从截图文字生成时间线记录",
        description="One entry per chat bubble of a screenshot whose text was read (ecomplaint "
        "ocr): its side (left = them, right = me), the time from the screenshot's own stamps, "
        "the words verbatim. Each entry cites the picture's SHA-256 and its lines; lines "
        "already made into entries are skipped.",
    )
    p.add_argument("exhibit", help="exhibit number (as `ecomplaint evidence` lists) or uid")
    p.add_argument("--lines", metavar="LINES", help="only these lines, e.g. 4-9 or 4,5,7")
    p.add_argument("--party", type=int, metavar="PARTY_ID", help="the other side of the chat")
    p.add_argument("--yes", action="store_true", help="add without asking")
    p.add_argument("--json", action="store_true", help="print proposals (and, with --yes, add)")
    p.set_defaults(func=run_make)

    p = sub.add_parser(
        "undo-screenshot-entries", help="take back entries made from a screenshot / 撤销"
    )
    p.add_argument("case")
    p.add_argument("batch")
    p.set_defaults(func=run_undo)
