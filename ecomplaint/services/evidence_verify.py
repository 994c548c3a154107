"""Re-hash every stored file and say what is missing, altered, orphaned or stray."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from ecomplaint import paths
from ecomplaint.io_errors import io_guard
from ecomplaint.services.thumbnails import remove_thumbnails
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import (
    DOOMED_PREFIX,
    PARTIAL_MIN_AGE_S,
    CancelFlag,
    Cancelled,
    blob_lock,
    file_age_s,
    hash_file,
    is_own_temp,
    iter_blob_files,
    iter_foreign,
    iter_strays,
    stray_kind,
)
from ecomplaint.store.tables import Case, Evidence

VerifyProgress = Callable[[int, int], None]  # bytes hashed, bytes to hash
LAST_REPORT = "verify-last.json"
# Nothing younger than this is ever a stray: a blob no row names yet may be an attach or an
# import about to commit (in team mode, on another volunteer's machine).
ORPHAN_MIN_AGE_S = 3600.0


@dataclass(frozen=True)
class Exhibit:
    evidence_id: int
    case_id: int
    original_name: str
    trashed: bool


@dataclass(frozen=True)
class BlobProblem:
    sha256: str
    path: Path
    exhibits: tuple[Exhibit, ...]
    actual_sha256: str = ""  # for an altered file: what its bytes hash to now


@dataclass(frozen=True)
class VerifyReport:
    checked_files: int = 0
    checked_bytes: int = 0
    ok: int = 0
    missing: list[BlobProblem] = field(default_factory=list)
    altered: list[BlobProblem] = field(default_factory=list)
    orphaned: list[Path] = field(default_factory=list)  # blobs no row names
    strays: list[Path] = field(default_factory=list)  # the store's own temp files
    # in the evidence folder but not written by the store: reported, never deleted
    foreign: list[Path] = field(default_factory=list)
    # staging folders and partial backups an interrupted restore or backup left
    staging: list[Path] = field(default_factory=list)
    cancelled: bool = False
    finished_at: datetime | None = None

    @property
    def clean(self) -> bool:
        return not (self.missing or self.altered or self.orphaned or self.strays)

    def failing_evidence_ids(self) -> set[int]:
        """The exhibits the case view should mark: their file is missing or altered."""
        return {x.evidence_id for p in (*self.missing, *self.altered) for x in p.exhibits}


def _exhibits(store: Store) -> dict[str, list[Exhibit]]:
    by_sha: dict[str, list[Exhibit]] = {}
    with store.read() as s:
        rows = s.exec(
            select(Evidence, Case.trashed_at).join(Case, col(Case.id) == Evidence.case_id)
        ).all()
        for ev, case_trashed in rows:
            assert ev.id is not None
            by_sha.setdefault(ev.sha256, []).append(
                Exhibit(
                    evidence_id=ev.id,
                    case_id=ev.case_id,
                    original_name=ev.original_name,
                    trashed=ev.trashed_at is not None or case_trashed is not None,
                )
            )
    return by_sha


def _offset(progress: VerifyProgress | None, base: int, total: int) -> Callable[[int], None] | None:
    if progress is None:
        return None
    return lambda n: progress(base + n, total)


def verify_store(
    store: Store,
    progress: VerifyProgress | None = None,
    cancel: CancelFlag | None = None,
) -> VerifyReport:
    """Check every blob a row names (trashed rows too: their files must survive)."""
    by_sha = _exhibits(store)
    sizes: dict[str, int] = {}
    for sha in by_sha:
        p = blob_path(store.folder, sha)
        try:
            sizes[sha] = p.stat().st_size
        except OSError:
            sizes[sha] = 0
    total = sum(sizes.values())
    done = 0
    ok = 0
    missing: list[BlobProblem] = []
    altered: list[BlobProblem] = []
    cancelled = False
    try:
        for sha in sorted(by_sha):
            path = blob_path(store.folder, sha)
            ex = tuple(by_sha[sha])
            if not path.is_file():
                missing.append(BlobProblem(sha256=sha, path=path, exhibits=ex))
                continue
            try:
                actual = hash_file(path, cancel=cancel, progress=_offset(progress, done, total))
            except OSError:
                missing.append(BlobProblem(sha256=sha, path=path, exhibits=ex))
                continue
            done += sizes[sha]
            if actual == sha:
                ok += 1
            else:
                altered.append(
                    BlobProblem(sha256=sha, path=path, exhibits=ex, actual_sha256=actual)
                )
    except Cancelled:
        cancelled = True
    orphaned = [p for sha, p in iter_blob_files(store.folder) if sha not in by_sha]
    return VerifyReport(
        checked_files=ok + len(altered),
        checked_bytes=done,
        ok=ok,
        missing=missing,
        altered=altered,
        orphaned=orphaned,
        strays=list(iter_strays(store.folder)),
        foreign=list(iter_foreign(store.folder)),
        staging=leftover_staging(store.folder),
        cancelled=cancelled,
        finished_at=store.clock.now(),
    )


def leftover_staging(store_folder: Path) -> list[Path]:
    """What an interrupted restore or backup left (their next run removes it)."""
    found = sorted(store_folder.glob(".restore-*"))
    backups = paths.backups_dir(store_folder)
    if backups.is_dir():
        found += sorted(p for p in backups.iterdir() if p.name.endswith(".partial"))
    return found


def cleanable(store: Store, report: VerifyReport, *, min_age_s: float | None = None) -> list[Path]:
    """What `clean_strays` would delete: only files the store itself wrote — fingerprint-named
    originals no row names, older than an hour, and its own temporary files (a copy older
    than a day, an interrupted delete of a file no row names). Never a folder, never a file
    of another shape. `min_age_s` overrides both ages (tests)."""
    with store.read() as s:
        used = set(s.exec(select(Evidence.sha256)).all())
    out: list[Path] = []
    for path in report.orphaned:
        age = ORPHAN_MIN_AGE_S if min_age_s is None else min_age_s
        if path.name not in used and is_blob_file(path) and file_age_s(path) >= age:
            out.append(path)
    for path in report.strays:
        kind = stray_kind(path)
        age = PARTIAL_MIN_AGE_S if min_age_s is None else min_age_s
        if not is_own_temp(path) or file_age_s(path) < age:
            continue
        if kind == "deleting" and path.name.removeprefix(DOOMED_PREFIX) in used:
            continue  # the only copy of a file a row still names: never deleted
        out.append(path)
    return out


def clean_strays(
    store: Store,
    report: VerifyReport,
    *,
    min_age_s: float | None = None,
    only: Iterable[Path] | None = None,
) -> list[Path]:
    """Delete what `cleanable` lists (or the part of it in `only`, what the user agreed to);
    return what was removed.

    Every file is checked again under the database write lock (and, in team mode, the
    blob-store lock that attaching takes), so no attach can commit a row for a file while it
    goes; an attach that then finds its file gone copies it again before committing."""
    agreed = None if only is None else set(only)
    removed: list[Path] = []
    with store.write() as s:
        blob_lock(s, exclusive=True)
        used = set(s.exec(select(Evidence.sha256)).all())
        for path in cleanable(store, report, min_age_s=min_age_s):
            if agreed is not None and path not in agreed:
                continue
            if path.name in used or path.name.removeprefix(DOOMED_PREFIX) in used:
                continue
            if not (is_blob_file(path) or is_own_temp(path)):
                continue
            path.unlink(missing_ok=True)
            if _SHA_NAME.match(path.name):
                remove_thumbnails(store.folder, path.name)
            removed.append(path)
    return removed


_SHA_NAME = re.compile(r"^[0-9a-f]{64}$")


def is_blob_file(path: Path) -> bool:
    """A regular file named by its fingerprint in its fan-out folder: the blob store's shape."""
    try:
        regular = stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
    return regular and bool(_SHA_NAME.match(path.name)) and path.parent.name == path.name[:2]


# --- the last report, so the case view can mark altered exhibits after a restart ---


def report_json(report: VerifyReport) -> dict[str, Any]:
    def problem(p: BlobProblem) -> dict[str, Any]:
        return {
            "sha256": p.sha256,
            "path": str(p.path),
            "actual_sha256": p.actual_sha256 or None,
            "exhibits": [
                {
                    "evidence_id": x.evidence_id,
                    "case_id": x.case_id,
                    "original_name": x.original_name,
                    "trashed": x.trashed,
                }
                for x in p.exhibits
            ],
        }

    return {
        "format": "ecomplaint.verify/1",
        "finished_at": report.finished_at.isoformat() if report.finished_at else None,
        "cancelled": report.cancelled,
        "clean": report.clean,
        "checked_files": report.checked_files,
        "checked_bytes": report.checked_bytes,
        "ok": report.ok,
        "missing": [problem(p) for p in report.missing],
        "altered": [problem(p) for p in report.altered],
        "orphaned": [str(p) for p in report.orphaned],
        "strays": [str(p) for p in report.strays],
        "foreign": [str(p) for p in report.foreign],
        "staging": [str(p) for p in report.staging],
        "failing_evidence_ids": sorted(report.failing_evidence_ids()),
    }


def save_last_report(store: Store, report: VerifyReport) -> Path:
    target = store.folder / LAST_REPORT
    tmp = target.with_suffix(".tmp")
    try:
        with io_guard(target):
            tmp.write_text(json.dumps(report_json(report), indent=1), encoding="utf-8")
            os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no empty .tmp behind
        raise
    return target


def last_failing_ids(store_folder: Path) -> set[int]:
    """Evidence ids that failed the last saved verify (empty if none was saved)."""
    try:
        data = json.loads((store_folder / LAST_REPORT).read_text(encoding="utf-8"))
        ids: Iterable[Any] = data.get("failing_evidence_ids", [])
        return {int(x) for x in ids}
    except (OSError, ValueError, TypeError, AttributeError):
        return set()
