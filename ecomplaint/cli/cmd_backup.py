"""`ecomplaint backup [-o FILE]`, `ecomplaint backups` and `ecomplaint restore FILE [--yes]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ecomplaint import paths, settings
from ecomplaint.cli.jsonout import dump
from ecomplaint.domain.clock import SystemClock
from ecomplaint.domain.visible import visible
from ecomplaint.handoff import backups
from ecomplaint.handoff.backups import BackupInfo, describe_backup, describe_lines
from ecomplaint.i18n import UserError, current_language, t
from ecomplaint.store.backup import list_backups
from ecomplaint.store.engine import Store, open_store

EXIT_DONE, EXIT_DECLINED = 0, 1  # refusals (UserError) exit 2 through cli.main


def info_json(info: BackupInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "shape": info.shape,
        "created_at": info.created_at.isoformat() if info.created_at else None,
        "reason": info.reason,
        "created_by": info.created_by,
        "schema": info.schema,
        "counts": info.counts,
        "evidence_files": info.evidence_files,
        "evidence_bytes": info.evidence_bytes,
        "database_bytes": info.database_bytes,
    }


def run_backup(store: Store, args: argparse.Namespace) -> int:
    backups.require_sqlite(store)
    if args.output:
        path = backups.write_backup_file(store, Path(args.output))
    else:
        path = backups.backup_folder(store.folder, reason="manual", now=store.clock.now())
    info = describe_backup(path)
    if args.json:
        dump({"format": "ecomplaint.backup/1", "backup": info_json(info)})
    else:
        print("\n".join(map(visible, describe_lines(info, current_language() == "zh"))))
    return EXIT_DONE


def run_backups(store: Store, args: argparse.Namespace) -> int:
    found = list_backups(paths.backups_dir(store.folder))
    if args.json:
        dump({"format": "ecomplaint.backups/1", "backups": [str(p) for p in found]})
        return EXIT_DONE
    if not found:
        print(t("store.no_backups"))
    for p in found:
        print(visible(p))
    return EXIT_DONE


def _confirm(zh: bool) -> bool:
    question = (
        "用此备份替换当前全部数据？替换前会先备份当前数据。[y/N] "
        if zh
        else "Replace the whole current store with this backup? It is backed up first. [y/N] "
    )
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "是", "好")


def run_restore(args: argparse.Namespace) -> int:
    zh = current_language() == "zh"
    if settings.database_url(args.database):
        raise UserError("backup.team_mode")
    folder = paths.data_dir(args.data_dir)
    info = describe_backup(Path(args.file))
    out = sys.stderr if args.json else sys.stdout
    print("\n".join(map(visible, describe_lines(info, zh))), file=out)
    if args.dry_run:
        if args.json:
            dump({"format": "ecomplaint.restore/1", "backup": info_json(info), "restored": False})
        return EXIT_DONE
    if not args.yes:
        if not sys.stdin.isatty():
            print(t("backup.needs_yes"), file=sys.stderr)
            return EXIT_DECLINED
        if not _confirm(zh):
            print(t("backup.declined"), file=sys.stderr)
            return EXIT_DECLINED
    from ecomplaint.handoff.restore import restore_backup

    result = restore_backup(folder, info.path, now=SystemClock().now())
    store = open_store(folder)  # migrates a backup from an older schema (backing it up first)
    try:
        migrated = store.migrated_from
    finally:
        store.close()
    if args.json:
        dump(
            {
                "format": "ecomplaint.restore/1",
                "backup": info_json(info),
                "restored": True,
                "before_restore": str(result.before_restore) if result.before_restore else None,
                "migrated_from": migrated,
                "evidence_files": {"added": result.files_added, "removed": result.files_removed},
            }
        )
        return EXIT_DONE
    before = str(result.before_restore) if result.before_restore else "-"
    print(
        ("已恢复。恢复前的数据已备份到：" if zh else "Restored. The previous state is in: ")
        + visible(before)
    )
    return EXIT_DONE


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back up the whole store / 备份全部数据")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="one .zip file (default: a folder in backups/)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("backups", help="list backups, newest first / 列出备份")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_backups)

    p = sub.add_parser("restore", help="replace the store by a backup / 从备份恢复全部数据")
    p.add_argument("file", help="a backup .zip, a backup folder, or a pre-upgrade .sqlite3")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--dry-run", action="store_true", help="only show what the backup holds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(store_free=run_restore)
