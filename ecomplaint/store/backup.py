"""Copies of the database taken with SQLite's online backup API (consistent even mid-write)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


def backup_database(source: Path, dest: Path) -> Path:
    """Copy `source` to `dest` page by page; `dest` appears only once complete."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            out.close()
    finally:
        src.close()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, dest)
    return dest


def backup_name(reason: str, when: datetime) -> str:
    return f"ecomplaint-{when.strftime('%Y%m%d-%H%M%S')}-{reason}.sqlite3"


def list_backups(folder: Path) -> list[Path]:
    """Every finished backup, newest first: pre-migration .sqlite3 files, backup folders
    (services/backups.py) and single-file .zip backups. Half-written ones are skipped."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.glob("ecomplaint-*")
        if not p.name.endswith(".partial")
        and (p.suffix in (".sqlite3", ".zip") or (p.is_dir() and (p / "manifest.json").is_file()))
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)
