"""Attach, list, trash, restore and copy out evidence files.

A batch is all or nothing: every file is copied and fingerprinted first (the slow part, with
progress and cancel), then one transaction adds the rows. Cancelling, or a failure of the
database, commits nothing and removes the blobs this batch added that no row names. A file that
is refused (empty, too big, unreadable, not a file) does not stop the others: it is reported in
its result with a message, and the rest are attached.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from ecomplaint import paths as folders
from ecomplaint.domain import validation as v
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.i18n import UserError
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import get_row, new_uid, touch_case
from ecomplaint.services.evidence_meta import DEFAULT_TZ, captured_at, detect_mime
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import (
    CHUNK,
    CancelFlag,
    Cancelled,
    StoredBlob,
    blob_lock,
    check_link,
    check_source,
    remove_path,
    store_file,
)
from ecomplaint.store.tables import Case, Entry, Evidence

# The per-file limit when the caller (Preferences, the CLI) sets none.
DEFAULT_SIZE_LIMIT = 200 * 1024 * 1024


@dataclass(frozen=True)
class AttachProgress:
    done_bytes: int
    total_bytes: int
    files_done: int
    files_total: int
    current: str  # the file being copied now


Progress = Callable[[AttachProgress], None]


@dataclass(frozen=True)
class FileResult:
    path: Path
    evidence_id: int | None = None  # None: refused, or the batch was cancelled
    sha256: str = ""
    size: int = 0
    mime: str = ""
    captured_at: datetime | None = None
    stored_before: bool = False  # the same content was already in the store
    same_as: tuple[int, ...] = ()  # live exhibits of this case with the same content
    error: str = ""  # the message, in the user's language, when refused
    error_key: str = ""

    @property
    def ok(self) -> bool:
        return self.evidence_id is not None


@dataclass(frozen=True)
class AttachOutcome:
    changes: Changes
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def attached(self) -> list[FileResult]:
        return [r for r in self.results if r.ok]

    @property
    def refused(self) -> list[FileResult]:
        return [r for r in self.results if r.error]


def _check_target(s: Session, case_id: int, entry_id: int | None) -> str:
    """The case (and entry) must exist and be live; return the zone for EXIF times."""
    case = get_row(s, Case, case_id)
    if entry_id is None:  # a photo's bare EXIF time is the case's local time
        return case.tz or DEFAULT_TZ
    entry = get_row(s, Entry, entry_id)
    if entry.case_id != case_id:
        raise UserError("wrong_case", what="@:noun.entry", ident=entry_id)
    return entry.occurred_tz or DEFAULT_TZ


def _refused(path: Path, exc: UserError) -> FileResult:
    return FileResult(path=path, error=exc.message(), error_key=exc.key)


def _discard_new_blobs(store: Store, blobs: Sequence[StoredBlob]) -> None:
    """Remove blobs this batch created, unless a row (of another writer) names them now."""
    created = [b.sha256 for b in blobs if b.created]
    if not created:
        return
    with store.write() as s:  # the write lock keeps other writers from committing meanwhile
        used = set(s.exec(select(Evidence.sha256).where(col(Evidence.sha256).in_(created))))
        for sha in created:
            if sha not in used:
                remove_path(blob_path(store.folder, sha))


def _ensure_blob(store: Store, source: Path, blob: StoredBlob, limit: int) -> None:
    """Called under the write lock: a blob found on disk may have been removed since."""
    if blob_path(store.folder, blob.sha256).exists():
        return
    again = store_file(store.folder, source, limit=limit)
    if again.sha256 != blob.sha256:
        remove_path(blob_path(store.folder, again.sha256))
        raise UserError("evidence.source_changed", path=source)


def attach_files(
    store: Store,
    *,
    case_id: int,
    paths: Sequence[str | os.PathLike[str]],
    entry_id: int | None = None,
    description: str = "",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    size_limit: int = DEFAULT_SIZE_LIMIT,
    uids: Sequence[str] | None = None,
    on_stored: Callable[[str, str], None] | None = None,
    follow_links: bool = False,
) -> AttachOutcome:
    """Copy `paths` into the store and add one exhibit per file to the case (or entry).

    `uids` (one per path) gives the rows stable ids, as the demo loader needs.
    `on_stored(sha256, mime)` is called as each file lands in the blob store (before the
    commit: a cancelled batch may still have called it).
    `follow_links`: attach through a link that leads out of its folder (refused otherwise).
    """
    description = v.text(description, "description", limit=v.MAX_LONG)
    files = [Path(p) for p in paths]
    if not files:
        raise UserError("evidence.no_files")
    if store.dialect != "sqlite" and not folders.evidence_is_shared(store.folder):
        # Files kept on one volunteer's disk would be "missing" for everyone else.
        raise UserError("evidence.team_needs_shared_folder")
    if uids is not None and len(uids) != len(files):
        raise ValueError("one uid per path")
    with store.read() as s:
        tz = _check_target(s, case_id, entry_id)

    results: dict[int, FileResult] = {}
    sizes: dict[int, int] = {}
    for i, path in enumerate(files):
        try:
            check_link(path, follow_links=follow_links)
            sizes[i] = check_source(path, limit=size_limit)
        except UserError as exc:
            results[i] = _refused(path, exc)
    total = sum(sizes.values())
    done_before = 0
    stored: dict[int, StoredBlob] = {}

    def report(i: int, done_in_file: int) -> None:
        if progress is not None:
            progress(
                AttachProgress(
                    done_bytes=done_before + done_in_file,
                    total_bytes=total,
                    files_done=len(stored),
                    files_total=len(sizes),
                    current=files[i].name,
                )
            )

    try:
        for i in sizes:
            try:
                stored[i] = store_file(
                    store.folder,
                    files[i],
                    limit=size_limit,
                    progress=lambda n, i=i: report(i, n),  # type: ignore[misc]
                    cancel=cancel,
                )
            except UserError as exc:
                results[i] = _refused(files[i], exc)
            else:
                if on_stored is not None:  # e.g. start its thumbnail while the next file copies
                    on_stored(stored[i].sha256, detect_mime(stored[i].head))
            done_before += sizes[i]
            report(i, 0)
        if cancel is not None and cancel.is_set():
            raise Cancelled()
    except Cancelled:
        _discard_new_blobs(store, list(stored.values()))
        return AttachOutcome(
            changes=Changes(case_id=case_id),
            results=[results.get(i, FileResult(path=p)) for i, p in enumerate(files)],
            cancelled=True,
        )
    except BaseException:
        with contextlib.suppress(Exception):
            _discard_new_blobs(store, list(stored.values()))
        raise

    meta = {}
    for i, blob in stored.items():
        mime = detect_mime(blob.head)
        meta[i] = (mime, captured_at(blob_path(store.folder, blob.sha256), mime, tz=tz))

    now = store.clock.now()
    created_ids: list[int] = []
    try:
        with store.write() as s:
            blob_lock(s, exclusive=False)  # no stray cleanup runs until these rows commit
            _check_target(s, case_id, entry_id)
            for i, blob in stored.items():
                _ensure_blob(store, files[i], blob, size_limit)
                same = s.exec(
                    select(Evidence.id).where(
                        Evidence.case_id == case_id,
                        Evidence.sha256 == blob.sha256,
                        col(Evidence.trashed_at).is_(None),
                    )
                ).all()
                row = Evidence(
                    uid=uids[i] if uids is not None else new_uid(),
                    case_id=case_id,
                    entry_id=entry_id,
                    sha256=blob.sha256,
                    original_name=v.file_name(files[i].name)[:255],
                    size=blob.size,
                    mime=meta[i][0],
                    captured_at=meta[i][1],
                    added_at=now,
                    description=description,
                )
                s.add(row)
                s.flush()
                assert row.id is not None
                created_ids.append(row.id)
                results[i] = FileResult(
                    path=files[i],
                    evidence_id=row.id,
                    sha256=blob.sha256,
                    size=blob.size,
                    mime=meta[i][0],
                    captured_at=meta[i][1],
                    stored_before=not blob.created,
                    same_as=tuple(x for x in same if x is not None),
                )
            if created_ids:
                touch_case(s, case_id, now)
    except BaseException:
        with contextlib.suppress(Exception):
            _discard_new_blobs(store, list(stored.values()))
        raise
    return AttachOutcome(
        changes=Changes(
            cases=bool(created_ids),
            timeline=bool(created_ids),
            evidence=bool(created_ids),
            case_id=case_id,
        ),
        results=[results[i] for i in range(len(files))],
    )


def list_evidence(
    store: Store, *, case_id: int, entry_id: int | None = None, include_trashed: bool = False
) -> list[EvidenceRecord]:
    """A case's exhibits (or one entry's), oldest first, as plain records."""
    with store.read() as s:
        q = select(Evidence).where(Evidence.case_id == case_id)
        if entry_id is not None:
            q = q.where(Evidence.entry_id == entry_id)
        if not include_trashed:
            q = q.where(col(Evidence.trashed_at).is_(None))
        rows = s.exec(q.order_by(col(Evidence.added_at), col(Evidence.id))).all()
        return [queries.to_record(EvidenceRecord, x) for x in rows]


def get_evidence(store: Store, evidence_id: int) -> EvidenceRecord:
    with store.read() as s:
        return queries.to_record(EvidenceRecord, get_row(s, Evidence, evidence_id, live=False))


def trash_evidence(store: Store, *, evidence_id: int) -> Changes:
    """Move an exhibit to the trash; its file stays on disk until the trash is emptied."""
    now = store.clock.now()
    with store.write() as s:
        row = get_row(s, Evidence, evidence_id)
        row.trashed_at = now
        row.version += 1
        s.add(row)
        touch_case(s, row.case_id, now)
        return Changes(cases=True, timeline=True, evidence=True, case_id=row.case_id)


def restore_evidence(store: Store, *, evidence_id: int) -> Changes:
    now = store.clock.now()
    with store.write() as s:
        row = get_row(s, Evidence, evidence_id, live=False)
        get_row(s, Case, row.case_id)
        if row.entry_id is not None:
            get_row(s, Entry, row.entry_id)  # restore the entry first
        row.trashed_at = None
        row.version += 1
        s.add(row)
        touch_case(s, row.case_id, now)
        return Changes(cases=True, timeline=True, evidence=True, case_id=row.case_id)


def save_copy(store_folder: Path, record: EvidenceRecord, dest: Path) -> Path:
    """Write a copy of the stored original to `dest`, checking its fingerprint on the way.

    The copy goes to a temporary file next to `dest` and is renamed only if the bytes match
    the fingerprint, so a damaged blob never produces a copy that looks genuine.
    """
    src = blob_path(store_folder, record.sha256)
    if not src.exists():
        raise UserError("evidence.blob_missing", sha=record.sha256)
    dest = Path(dest)
    fd, tmp_name = tempfile.mkstemp(prefix=".ecomplaint-copy-", dir=dest.parent)
    tmp = Path(tmp_name)
    digest = hashlib.sha256()
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            while chunk := fin.read(CHUNK):
                digest.update(chunk)
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        if digest.hexdigest() != record.sha256:
            raise UserError("evidence.altered", name=record.original_name, sha=record.sha256)
        os.replace(tmp, dest)
        return dest
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def temp_copy(store_folder: Path, record: EvidenceRecord) -> Path:
    """A throw-away copy under its original name, for "open with the system's program"."""
    folder = Path(tempfile.mkdtemp(prefix="ecomplaint-open-"))
    name = Path(record.original_name).name or record.sha256
    copy = save_copy(store_folder, record, folder / name)
    with contextlib.suppress(OSError):
        os.chmod(copy, 0o444)  # the opened program should not edit it in place and mislead
    return copy
