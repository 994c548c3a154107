"""The trash: what was deleted stays restorable until the user empties it."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_
from sqlmodel import col, select

from ecomplaint.services.changes import Changes
from ecomplaint.services.thumbnails import remove_thumbnails
from ecomplaint.store import ocr_reads
from ecomplaint.store import tables as tb
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import DOOMED_PREFIX, remove_path

_TRASHABLE: tuple[Any, ...] = (
    tb.Evidence,
    tb.Promise,
    tb.Escalation,
    tb.Entry,
    tb.Party,
    tb.Case,
)


@dataclass(frozen=True)
class TrashItem:
    table: str
    id: int
    case_id: int
    label: str
    trashed_at: datetime


def list_trash(store: Store) -> list[TrashItem]:
    items: list[TrashItem] = []
    with store.read() as s:
        for table in _TRASHABLE:
            row: Any
            for row in s.exec(select(table).where(col(table.trashed_at).is_not(None))).all():
                label = (
                    getattr(row, "title", None)
                    or getattr(row, "summary", None)
                    or getattr(row, "name", None)
                    or getattr(row, "original_name", None)
                    or getattr(row, "description", None)
                    or getattr(row, "rung_label", "")
                )
                items.append(
                    TrashItem(
                        table=table.__tablename__,
                        id=row.id,
                        case_id=row.id if table is tb.Case else row.case_id,
                        label=str(label or ""),
                        trashed_at=row.trashed_at,
                    )
                )
    return sorted(items, key=lambda i: i.trashed_at, reverse=True)


def _doomed_shas(s: Any) -> set[str]:
    """Fingerprints of exhibits that emptying the trash deletes (their own or their case's)."""
    ev, case = tb.Evidence, tb.Case
    trashed_cases = select(case.id).where(col(case.trashed_at).is_not(None))
    q = select(ev.sha256).where(
        or_(col(ev.trashed_at).is_not(None), col(ev.case_id).in_(trashed_cases))
    )
    return set(s.exec(q).all())


def empty_trash(store: Store) -> Changes:
    """Delete for good what is in the trash (children of a trashed case go with it).

    Evidence files no remaining row names are deleted too — never one another row still
    uses. They are renamed aside under the write lock and removed only after the commit, so
    a failed commit puts them back.
    """
    aside: list[tuple[Path, Path]] = []
    try:
        with store.write() as s:
            doomed = _doomed_shas(s)
            for table in _TRASHABLE:
                s.exec(delete(table).where(col(table.trashed_at).is_not(None)))
            s.flush()
            still_used = set(
                s.exec(select(tb.Evidence.sha256).where(col(tb.Evidence.sha256).in_(doomed)))
            )
            for sha in sorted(doomed - still_used):
                # the text read from a picture deleted for good goes with it (it may hold
                # the personal data the user deleted the picture for)
                ocr_reads.forget_read(s, sha)
                blob = blob_path(store.folder, sha)
                if blob.exists():
                    tmp = blob.parent.parent / f"{DOOMED_PREFIX}{sha}"
                    os.replace(blob, tmp)
                    aside.append((blob, tmp))
    except BaseException:
        for blob, tmp in aside:
            with contextlib.suppress(OSError):
                os.replace(tmp, blob)
        raise
    for _blob, tmp in aside:
        with contextlib.suppress(OSError):
            remove_path(tmp)
        remove_thumbnails(store.folder, tmp.name.removeprefix(DOOMED_PREFIX))
    return Changes(
        cases=True, parties=True, timeline=True, promises=True, escalations=True, evidence=True
    )
