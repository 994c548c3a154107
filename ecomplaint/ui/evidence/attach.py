"""Attaching as a long operation on ui.ops: hashing and copying, then thumbnails.

    ops.long(lambda job: attach_with_thumbnails(job, case_id=…, paths=[…]), label, done)

`done` gets an AttachOutcome (check .cancelled, .refused). Cancel stops the batch before
anything is committed (services.evidence: a batch is all or nothing); after the commit it only
skips the remaining thumbnails, which the strip makes later on demand.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication

from ecomplaint.services import evidence as ev
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.services.thumbnails import DEFAULT_SIZE, ensure_thumbnail
from ecomplaint.ui.ops import LongJob

COPY_SHARE = 800  # of 1000: copying is ~80 % of the work, thumbnails the rest


def attach_label(count: int) -> str:
    return QCoreApplication.translate(
        "Evidence", "Fingerprinting and copying %n file(s)…", "", count
    )


def attach_with_thumbnails(
    job: LongJob,
    *,
    case_id: int,
    paths: Sequence[str],
    entry_id: int | None = None,
    description: str = "",
    size_limit: int = ev.DEFAULT_SIZE_LIMIT,
    thumb_size: int = DEFAULT_SIZE,
    overlap_thumbnails: bool = True,
) -> ev.AttachOutcome:
    """Runs on the ops worker thread. Thumbnails (JPEG decoding: CPU) overlap the copying of
    the next files (disk, hashing) on one file-only thread, leaving a core to the UI."""
    store, cancel, count = job.store, job.cancel, len(paths)
    thumbs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="attach-thumbs")
    pending: list[Future[None]] = []
    stored: list[tuple[str, str]] = []

    def thumbnail(sha256: str, mime: str) -> None:
        if not cancel.is_set():
            ensure_thumbnail(store.folder, sha256, mime, thumb_size)

    def on_stored(sha256: str, mime: str) -> None:
        if is_renderable(mime):
            stored.append((sha256, mime))
            if overlap_thumbnails:
                pending.append(thumbs.submit(thumbnail, sha256, mime))

    def on_progress(p: ev.AttachProgress) -> None:
        share = COPY_SHARE * p.done_bytes / p.total_bytes if p.total_bytes else COPY_SHARE
        text = (
            QCoreApplication.translate("Evidence", "%1 of %2 files · %3")
            .replace("%1", str(p.files_done))
            .replace("%2", str(count))
            .replace("%3", str(p.current))
        )
        job.progress(share, 1000, text)

    try:
        outcome = ev.attach_files(
            store,
            case_id=case_id,
            paths=[str(p) for p in paths],
            entry_id=entry_id,
            description=description,
            progress=on_progress,
            cancel=cancel,
            size_limit=size_limit,
            on_stored=on_stored,
        )
        if outcome.cancelled:
            return outcome
        if not overlap_thumbnails:
            pending = [thumbs.submit(thumbnail, sha, mime) for sha, mime in stored]
        for i, fut in enumerate(pending):
            if cancel.is_set():
                break
            with contextlib.suppress(Exception):  # no thumbnail is no reason to fail
                fut.result()
            job.progress(COPY_SHARE + (1000 - COPY_SHARE) * (i + 1) / len(pending), 1000)
        return outcome
    finally:
        thumbs.shutdown(wait=True, cancel_futures=True)
