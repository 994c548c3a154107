"""What an import did, or would do, in words (the CLI prints it; the window's preview shows it)."""

from __future__ import annotations

from typing import Any

from ecomplaint.domain.visible import visible
from ecomplaint.handoff.importer import ImportResult
from ecomplaint.i18n import MESSAGES, t

_KINDS = {
    "kept_local": ("本地较新，保留本地", "newer here, kept"),
    "conflict": ("两边都改过，保留本地", "changed on both sides, kept here"),
    "new_exhibit": ("文件不同，作为新证据添加", "a different file, added as a new exhibit"),
}
_TABLES = {
    "case": ("案件", "case"),
    "parties": ("当事方", "parties"),
    "entries": ("记录", "entries"),
    "escalations": ("升级", "escalations"),
    "promises": ("承诺", "promises"),
    "pauses": ("暂停", "pauses"),
    "evidence": ("证据", "evidence"),
}


def _value(value: Any) -> str:
    text = "—" if value is None else str(value)
    return visible(text if len(text) <= 60 else text[:59] + "…")


def report_lines(result: ImportResult, zh: bool) -> list[str]:
    i = 0 if zh else 1
    title = _value(result.title)
    if result.dry_run:
        changes = any(t.added or t.updated for t in result.records.values())
        head = (
            ("将导入新案件", "Would import the new case")
            if result.created
            else ("将更新案件", "Would update the case")
            if changes
            else ("文件中没有可更新的内容，案件", "Nothing in the file would change the case")
        )[i]
        lines = [
            ("预览（尚未写入任何内容）：", "Preview (nothing written yet): ")[i] + f"{head} {title}"
        ]
    else:
        head = (
            ("已导入新案件", "Imported new case")
            if result.created
            else ("已更新案件", "Updated case")
        )[i]
        lines = [f"{head} #{result.case_id} {title}"]
    label = ("新增/更新/未变/保留本地/冲突", "added/updated/unchanged/kept local/conflicts")[i]
    for table, tally in result.records.items():
        name = _TABLES.get(table, (table, table))[i]
        counts = (
            f"{tally.added}/{tally.updated}/{tally.unchanged}/{tally.kept_local}/{tally.conflicts}"
        )
        lines.append(f"  {name:<12} {label}: {counts}")
    if result.conflicts:
        lines.append(
            (
                "以下记录不会被文件覆盖：",
                "Not overwritten by the file:",
            )[i]
        )
        here, there = ("本地", "文件") if zh else ("here", "file")
        for c in result.conflicts:
            name = _TABLES.get(c.table, (c.table, c.table))[i]
            lines.append(f"  {name} “{_value(c.label)}” — {_KINDS[c.kind][i]}")
            for key, (mine, theirs) in c.fields.items():
                name = t(f"f.{key}", "zh" if zh else "en") if f"f.{key}" in MESSAGES else key
                lines.append(f"      {name}: {here} {_value(mine)} | {there} {_value(theirs)}")
    if result.backup is not None:
        lines.append(("导入前已备份：", "Backed up before importing: ")[i] + visible(result.backup))
    return lines
