"""Re-hash every stored file and say what is missing, altered, orphaned or stray."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from ecomplaint.io_errors import io_guard
from ecomplaint.services.thumbnails import remove_thumbnails
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import (
    CancelFlag,
    Cancelled,
    hash_file,
    iter_blob_files,
    iter_strays,
    remove_path,
    stray_kind,
)
from ecomplaint.store.tables import Case, Evidence

VerifyProgress = Callable[[int, int], None]  # bytes hashed, bytes to hash
LAST_REPORT = "verify-last.json"
STRAY_MIN_AGE_S = 60.0  # a temp file touched this recently may be a copy still running


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
    strays: list[Path] = field(default_factory=list)  # temp files and anything not ours
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
        cancelled=cancelled,
        finished_at=store.clock.now(),
    )


def clean_strays(
    store: Store, report: VerifyReport, *, min_age_s: float = STRAY_MIN_AGE_S
) -> list[Path]:
    """Delete the orphaned blobs and stray files of `report`; return what was removed.

    Runs under the database write lock, so no attach can commit a row for an orphan while it
    goes (and an attach that finds its blob gone re-copies it before committing). Temporary
    files touched in the last `min_age_s` seconds are left: another window may be copying.
    """
    removed: list[Path] = []
    now = time.time()  # compared with file times, which the OS clock wrote
    with store.write() as s:
        used = set(s.exec(select(Evidence.sha256)).all())
        for path in report.orphaned:
            if path.name not in used and path.exists():
                remove_path(path)
                remove_thumbnails(store.folder, path.name)
                removed.append(path)
        for path in report.strays:
            try:
                age = now - os.lstat(path).st_mtime
            except OSError:
                continue
            if stray_kind(path) == "partial" and age < min_age_s:
                continue
            remove_path(path)
            removed.append(path)
    return removed


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
