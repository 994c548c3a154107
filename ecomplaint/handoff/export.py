"""Write a hand-off file (.ecase): case.json, evidence/<sha256> originals, manifest.json.

The zip is written to a temporary file beside the destination and renamed over it only once
complete and on disk, so a crash or a cancel never leaves a half file under the real name.
Every original is hashed while it is copied: a file in the store that no longer matches its
fingerprint is refused rather than handed on.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecomplaint.handoff import casefile as cf
from ecomplaint.handoff.durable import BackgroundSync
from ecomplaint.i18n import UserError
from ecomplaint.io_errors import as_user_error, io_guard
from ecomplaint.output_files import require_folder
from ecomplaint.progress import CancelFlag, Progress, Ticker
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import fsync_dir
from ecomplaint.zipsafe import CHUNK

SUFFIX = ".ecase"
# Already-compressed originals are stored as they are; deflating them again only costs time.
_COMPRESSIBLE = ("text/", "application/json", "application/xml", "message/")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    case_uid: str
    entries: int
    evidence_records: int
    evidence_files: int
    size: int  # bytes of the .ecase file


def _add_file(
    zf: zipfile.ZipFile,
    name: str,
    src: Path,
    compress: bool,
    ticker: Ticker,
    sync: tuple[BackgroundSync, int],
) -> tuple[str, int]:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    size_hint = src.stat().st_size
    digest = hashlib.sha256()
    size = 0
    with open(src, "rb") as fh, zf.open(info, "w", force_zip64=size_hint > (1 << 31)) as out:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
            ticker.add(len(chunk))
            sync[0].wrote(sync[1], len(chunk))
    return digest.hexdigest(), size


def _add_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> dict[str, Any]:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data, compresslevel=6)
    return {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def export_case(
    store: Store,
    case_id: int,
    dest: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ExportResult:
    """Write case `case_id` with its evidence originals to `dest` (see the module doc)."""
    dest = Path(dest)
    detail = queries.case_detail(store, case_id, include_trashed=True)
    document = cf.to_document(detail, now=store.clock.now())
    body = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")

    originals: dict[str, tuple[Path, bool]] = {}
    for ev in detail.evidence:
        sha = ev.sha256.lower()
        src = blob_path(store.folder, sha)
        if not src.is_file():
            raise UserError("handoff.blob_missing", name=ev.original_name or ev.uid, sha=sha)
        compress = ev.mime.startswith(_COMPRESSIBLE)
        originals.setdefault(sha, (src, compress))
    total = sum(p.stat().st_size for p, _ in originals.values())
    ticker = Ticker(total, progress, cancel)

    require_folder(dest)
    with io_guard(dest):
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent)
    tmp = Path(tmp_name)
    syncer = BackgroundSync()  # flushes the zip as it grows, while the next original is read
    try:
        try:
            with os.fdopen(fd, "wb", closefd=False) as raw:
                with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                    files = [_add_bytes(zf, cf.CASE_JSON, body)]
                    for sha, (src, compress) in originals.items():
                        name = cf.EVIDENCE_PREFIX + sha
                        got, size = _add_file(zf, name, src, compress, ticker, (syncer, fd))
                        if got != sha:
                            raise UserError("handoff.blob_altered", path=src, sha=sha, got=got)
                        files.append({"path": name, "sha256": sha, "size": size})
                    manifest = {
                        "format": cf.MANIFEST_FORMAT,
                        "kind": "casefile",
                        "created_at": document["exported_at"],
                        "created_by": cf.created_by(),
                        "case_uid": detail.case.uid,
                        "files": files,
                    }
                    _add_bytes(
                        zf,
                        cf.MANIFEST_JSON,
                        json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"),
                    )
                raw.flush()
            syncer.finish()
            os.fsync(fd)
        finally:
            syncer.abandon()  # nothing left after finish(); after a failure, waits quietly
            os.close(fd)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        translated = as_user_error(exc, dest) if isinstance(exc, OSError) else None
        if translated is not None:  # e.g. the disk filled: a sentence, and no .partial left
            raise translated from exc
        raise
    return ExportResult(
        path=dest,
        case_uid=detail.case.uid,
        entries=len(detail.entries),
        evidence_records=len(detail.evidence),
        evidence_files=len(originals),
        size=dest.stat().st_size,
    )


def default_file_name(detail_title: str, order_no: str, case_id: int) -> str:
    """A file name a person recognises: the order number or the title, made safe."""
    base = order_no or detail_title or f"case-{case_id}"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in base).strip("-.")
    return (safe[:80] or f"case-{case_id}") + SUFFIX
