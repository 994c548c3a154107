"""`ecomplaint attach`, `ecomplaint evidence` and `ecomplaint verify`: the evidence locker."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ecomplaint.cli.jsonout import dump, plain
from ecomplaint.domain.image_redaction import RedactionRecord
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import current_language
from ecomplaint.services import evidence as ev
from ecomplaint.services import evidence_verify as ver
from ecomplaint.services.store_check import check_database
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def _zh() -> bool:
    return current_language() == "zh"


def _mb(value: str) -> int:
    try:
        mb = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of MB: {value}") from exc
    if mb <= 0:
        raise argparse.ArgumentTypeError("the limit must be above 0 MB")
    return int(mb * 1024 * 1024)


def result_json(r: ev.FileResult) -> dict[str, Any]:
    return {
        "path": str(r.path),
        "ok": r.ok,
        "evidence_id": r.evidence_id,
        "sha256": r.sha256 or None,
        "size": r.size if r.ok else None,
        "mime": r.mime or None,
        "captured_at": plain(r.captured_at),
        "stored_before": r.stored_before,
        "same_as": list(r.same_as),
        "error": r.error or None,
        "error_key": r.error_key or None,
    }


def run_attach(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    outcome = ev.attach_files(
        store,
        case_id=case_id,
        paths=args.files,
        entry_id=args.entry,
        description=args.description,
        size_limit=args.max_mb,
        follow_links=args.follow_links,
    )
    if args.json:
        dump(
            {
                "format": "ecomplaint.attach/1",
                "case_id": case_id,
                "entry_id": args.entry,
                "files": [result_json(r) for r in outcome.results],
            }
        )
    else:
        for r in outcome.results:
            if r.ok:
                again = (
                    " (内容已存档)" if _zh() else " (content already stored)"
                ) * r.stored_before
                print(f"#{r.evidence_id}  {r.sha256}  {r.mime:<24} {visible(r.path.name)}{again}")
    for r in outcome.refused:
        print(visible(r.error, multiline=True), file=sys.stderr)
    return 2 if outcome.refused else 0


def run_evidence(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    rows = ev.list_evidence(store, case_id=case_id, include_trashed=args.trashed)
    if args.json:
        dump(
            {
                "format": "ecomplaint.evidence/1",
                "case_id": case_id,
                "evidence": _with_derivation(store, rows),
            }
        )
        return 0
    if not rows:
        print("没有证据。" if _zh() else "No evidence.")
    ids = {x.uid: x.id for x in ev.list_evidence(store, case_id=case_id, include_trashed=True)}
    for x in rows:
        where = f"entry {x.entry_id}" if x.entry_id else "case"
        mark = " [trash]" if x.trashed_at else ""
        if x.derived_from_uid:  # a redacted copy: say of which exhibit
            of = ids.get(x.derived_from_uid)
            mark += f" [遮蔽自 #{of}]" if _zh() else f" [redacted from #{of}]"
        print(
            f"#{x.id:<4} {x.sha256[:16]}…  {x.size:>10}  {x.mime:<24} {where:<10} "
            f"{visible(x.original_name)}{mark}"
        )
    return 0


def _with_derivation(store: Store, rows: list[Any]) -> list[dict[str, Any]]:
    """Each exhibit as a plain dict; a redacted copy also names its original (`derived_from`:
    id, uid, fingerprint) and what was filled (`redaction`: the record, boxes as objects)."""
    everyone = (
        ev.list_evidence(store, case_id=rows[0].case_id, include_trashed=True) if rows else []
    )
    by_uid = {x.uid: x for x in everyone}
    out = []
    for x in rows:
        item = plain(x)
        original = by_uid.get(x.derived_from_uid) if x.derived_from_uid else None
        item["derived_from"] = (
            {"id": original.id, "uid": original.uid, "sha256": original.sha256}
            if original is not None
            else ({"uid": x.derived_from_uid} if x.derived_from_uid else None)
        )
        item["redaction"] = _redaction(x.redaction_json)
        out.append(item)
    return out


def _redaction(data: str) -> dict[str, Any] | None:
    try:
        record = RedactionRecord.from_json(data)
    except (ValueError, KeyError, TypeError, IndexError):
        return {"unreadable": True}
    if record is None:
        return None
    doc = plain(record)
    doc["boxes"] = [
        {"x": b.x, "y": b.y, "w": b.w, "h": b.h, "reason": b.reason} for b in record.boxes
    ]
    return doc  # type: ignore[no-any-return]


def _confirm(prompt: str) -> bool:
    """Ask on the terminal; without one (a script, a pipe) the answer is no."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(prompt).strip().lower() in ("y", "yes", "是", "好")
    except EOFError:
        return False


def run_verify(store: Store, args: argparse.Namespace) -> int:
    damaged = check_database(store)
    if damaged is not None:  # the evidence list it holds cannot be trusted: stop here
        if args.json:
            dump({"format": "ecomplaint.verify/1", "database": "damaged", "clean": False})
        print(damaged.message(), file=sys.stderr)
        return 1
    report = ver.verify_store(store)
    ver.save_last_report(store, report)
    zh = _zh()
    doomed = ver.cleanable(store, report) if args.clean_strays else []
    agreed = False
    if doomed and not args.json:
        print(
            f"以下 {len(doomed)} 个文件由本程序写入，现已无用，将被删除："
            if zh
            else f"These {len(doomed)} files were written by eComplaint and are no longer used; "
            "they will be deleted:"
        )
        for path in doomed:
            print("  " + visible(path))
    if doomed:
        agreed = args.yes or (
            not args.json and _confirm("确定删除吗？[y/N] " if zh else "Delete them? [y/N] ")
        )
        if not agreed and not args.json:
            print(
                "未删除任何文件（加 --yes 可不经询问直接删除）。"
                if zh
                else "Nothing was deleted (add --yes to delete without being asked)."
            )
    removed = ver.clean_strays(store, report, only=doomed) if agreed else []
    if args.json:
        doc = ver.report_json(report)
        doc["would_remove"] = [str(p) for p in doomed]
        doc["removed"] = [str(p) for p in removed]
        dump(doc)
    else:
        print(
            (f"已核对 {report.checked_files} 个文件，{report.ok} 个完好。")
            if zh
            else f"Checked {report.checked_files} files: {report.ok} intact."
        )
        for label_en, label_zh, problems in (
            ("ALTERED", "已被改动", report.altered),
            ("MISSING", "缺失", report.missing),
        ):
            for p in problems:
                names = ", ".join(
                    f"#{x.evidence_id} {visible(x.original_name)}" for x in p.exhibits
                )
                print(f"{label_zh if zh else label_en}: {p.sha256}  {names}")
        for path in report.orphaned:
            print(("无记录的文件：" if zh else "ORPHANED (no record): ") + visible(path))
        for path in report.strays:
            print(("残留临时文件：" if zh else "STRAY: ") + visible(path))
        for path in report.staging:
            print(
                (
                    "中断的恢复/备份留下的文件夹："
                    if zh
                    else "LEFT BY AN INTERRUPTED RESTORE/BACKUP: "
                )
                + visible(path)
            )
        for path in report.foreign:
            print(
                ("不是本程序的文件（不会删除）：" if zh else "NOT OURS (never deleted): ")
                + visible(path)
            )
        if (report.orphaned or report.strays) and not args.clean_strays:
            print(
                "可用 ecomplaint verify --clean-strays 清理。"
                if zh
                else "Remove them with: ecomplaint verify --clean-strays"
            )
        for path in removed:
            print(("已删除：" if zh else "Removed: ") + visible(path))
    return 1 if (report.missing or report.altered) else 0


def register(sub: Any) -> None:
    p = sub.add_parser("attach", help="attach evidence files to a case / 添加证据文件")
    p.add_argument("case", help="case id or uid")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--entry", type=int, help="the timeline entry the files belong to")
    p.add_argument("--description", default="", help="what the files show")
    p.add_argument(
        "--max-mb",
        type=_mb,
        default=ev.DEFAULT_SIZE_LIMIT,
        metavar="MB",
        help=f"per-file size limit (default {ev.DEFAULT_SIZE_LIMIT // (1024 * 1024)} MB)",
    )
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="attach through links that lead outside their folder (refused by default)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_attach)

    p = sub.add_parser("evidence", help="list a case's evidence / 列出证据")
    p.add_argument("case", help="case id or uid")
    p.add_argument("--trashed", action="store_true", help="include evidence in the trash")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_evidence)

    p = sub.add_parser(
        "verify", help="re-check every evidence file's fingerprint / 核对证据文件指纹"
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--clean-strays",
        action="store_true",
        help="delete what the store itself wrote and no longer uses (originals no record "
        "names, older than an hour; temporary copies older than a day); asks first",
    )
    p.add_argument("--yes", action="store_true", help="with --clean-strays: delete without asking")
    p.set_defaults(func=run_verify)
