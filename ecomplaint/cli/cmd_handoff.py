"""`ecomplaint export-case CASE -o FILE.ecase` and `ecomplaint import FILE.ecase`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ecomplaint.cli.jsonout import dump
from ecomplaint.domain.visible import visible
from ecomplaint.handoff.export import SUFFIX, export_case
from ecomplaint.handoff.import_report import report_lines
from ecomplaint.handoff.importer import import_case_file, preview_case_file
from ecomplaint.i18n import current_language
from ecomplaint.store import queries
from ecomplaint.store.engine import Store


def run_export(store: Store, args: argparse.Namespace) -> int:
    case_id = queries.find_case_id(store, args.case)
    dest = Path(args.output)
    if not dest.suffix:
        dest = dest.with_suffix(SUFFIX)
    result = export_case(store, case_id, dest)
    if args.json:
        dump(
            {
                "format": "ecomplaint.export/1",
                "file": str(result.path),
                "case_uid": result.case_uid,
                "entries": result.entries,
                "evidence_records": result.evidence_records,
                "evidence_files": result.evidence_files,
                "size": result.size,
            }
        )
        return 0
    zh = current_language() == "zh"
    print(
        f"已导出到 {visible(result.path)}"
        f"（{result.entries} 条记录，{result.evidence_files} 个证据文件）"
        if zh
        else f"Exported to {visible(result.path)} ({result.entries} entries, "
        f"{result.evidence_files} evidence files)"
    )
    return 0


def run_import(store: Store, args: argparse.Namespace) -> int:
    source = Path(args.file)
    result = preview_case_file(store, source) if args.dry_run else import_case_file(store, source)
    records = {k: vars(v) for k, v in result.records.items()}
    if args.json:
        dump(
            {
                "format": "ecomplaint.import/1",
                "dry_run": result.dry_run,
                "case": {
                    "id": result.case_id or None,
                    "uid": result.case_uid,
                    "title": result.title,
                },
                "created": result.created,
                "records": records,
                "evidence_files": {
                    "added": result.files_added,
                    "already_present": result.files_present,
                },
                "conflicts": [
                    {
                        "table": c.table,
                        "uid": c.uid,
                        "label": c.label,
                        "kind": c.kind,
                        "fields": {
                            k: {"store": str(a), "file": str(b)} for k, (a, b) in c.fields.items()
                        },
                    }
                    for c in result.conflicts
                ],
                "backup": str(result.backup) if result.backup else None,
            }
        )
        return 0
    for line in report_lines(result, current_language() == "zh"):
        print(line)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("export-case", help="write a case hand-off file (.ecase) / 导出案件移交文件")
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the .ecase file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_export)

    p = sub.add_parser("import", help="import a case hand-off file (.ecase) / 导入案件移交文件")
    p.add_argument("file", help="the .ecase file")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would be added, updated, kept and in conflict; write nothing / "
        "只预览，不写入",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_import)
