"""Backups of the whole store: the database (SQLite's backup API) and the evidence originals.

Two shapes, one layout and one manifest (ecomplaint.manifest/1, kind "backup"):
- a backup folder `backups/ecomplaint-YYYYmmdd-HHMMSS-<reason>/` with `ecomplaint.sqlite3`,
  `evidence/ab/<sha256>` (hard links to the store's originals: they never change, so a link
  costs no space; copies where links are impossible) and `manifest.json`. Rolling (automatic)
  backups, the pre-restore backup and `ecomplaint backup` without -o make these;
- a single file (`ecomplaint backup -o FILE`): a zip of the same three things.

A damaged store is never backed up over good backups: every backup's database copy passes
PRAGMA quick_check first (the copy, not the live file: no lock held while it runs), and its
result is recorded in the manifest ("check"). A store that fails it is refused, with the
backups to restore; only the pre-restore copy keeps a damaged database (raw, marked damaged).

Rotation policy: automatic backups (reason "auto") and pre-restore backups are rotated, each
kind on its own: the newest `keep` stay, and always the newest one whose check passed, even
when it is older than the rest. Pre-migration backups (engine.open_store's
`...-before-<rev>.sqlite3`) and manual ones are never deleted automatically. Names carry the
UTC time, so names sort by age.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ecomplaint import paths
from ecomplaint.handoff import casefile as cf
from ecomplaint.handoff.reading import read_manifest
from ecomplaint.i18n import UserError
from ecomplaint.io_errors import io_guard
from ecomplaint.output_files import require_folder
from ecomplaint.progress import CancelFlag, Progress, Ticker
from ecomplaint.store import health
from ecomplaint.store.backup import backup_database, list_backups
from ecomplaint.store.engine import Store, head_revision
from ecomplaint.store.errors import StoreError
from ecomplaint.store.evidence_files import fsync_dir, iter_blob_files
from ecomplaint.store.sqlite_file import quick_check
from ecomplaint.zipsafe import CHUNK, Limits, SafeZip, sha256_file

DB_NAME = paths.DB_FILENAME
AUTO = "auto"
BEFORE_RESTORE = "before-restore"
DEFAULT_KEEP = 7
DEFAULT_INTERVAL = timedelta(days=1)
# A backup is the user's own file, but a zip is a zip: same checks, roomier sizes. Evidence
# is stored uncompressed (ratio 1) and a database deflates well under 100:1; 1,000:1 is also
# below what deflate can reach (about 1,032:1), so a stream of zeros is refused on sight.
# The total is further bounded by the free space where it is unpacked (restore checks it).
BACKUP_LIMITS = Limits(max_entries=5_000_000, max_total=1 << 42, max_entry=1 << 42, max_ratio=1_000)
_NAME = re.compile(r"^ecomplaint-(\d{8}-\d{6})-(.+?)(\.sqlite3|\.zip)?$")
_BLOB = re.compile(r"^evidence/([0-9a-f]{2})/([0-9a-f]{64})$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, for the restore dialog and `ecomplaint restore`."""

    path: Path
    shape: str  # "folder" | "zip" | "database" (a bare pre-migration .sqlite3)
    created_at: datetime | None
    reason: str
    created_by: str
    schema: str | None
    counts: dict[str, int] = field(default_factory=dict)  # live cases / entries / evidence
    evidence_files: int = 0
    evidence_bytes: int = 0
    database_bytes: int = 0
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # path -> (sha256, size)
    check: str | None = None  # the database's quick_check when backed up ("ok"), if recorded


def backup_stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def parse_name(path: Path) -> tuple[datetime, str] | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    when = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return when, m.group(2)


def _unique(folder: Path, base: str, suffix: str = "") -> Path:
    candidate = folder / f"{base}{suffix}"
    n = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".partial").exists():
        candidate = folder / f"{base}-{n}{suffix}"
        n += 1
    return candidate


def store_blobs(store_folder: Path) -> list[tuple[str, Path]]:
    """(sha256, path) of every original in the store's evidence folder (strays skipped)."""
    return list(iter_blob_files(store_folder))


def db_facts(db_file: Path) -> tuple[str | None, dict[str, int]]:
    """Schema revision and live counts, read straight from a database file (read-only)."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return None, {}
        counts = {}
        for table in ("cases", "entries", "evidence"):
            try:
                sql = f"SELECT count(*) FROM {table} WHERE trashed_at IS NULL"  # noqa: S608
                counts[table] = int(conn.execute(sql).fetchone()[0])
            except sqlite3.DatabaseError:
                counts[table] = 0
        return (row[0] if row else None), counts
    finally:
        conn.close()


def _snapshot_db(db_file: Path, dest: Path) -> bool:
    """The backup API when the database is readable (True); else the raw files (False): a
    damaged store must still be kept before a restore replaces it."""
    if not db_file.exists():
        return False
    try:
        backup_database(db_file, dest)
        return True
    except sqlite3.DatabaseError as exc:
        if "full" in str(exc).lower():
            raise  # the disk, not the database
        dest.unlink(missing_ok=True)
        _copy_raw(db_file, dest)
        return False


def _copy_raw(db_file: Path, dest: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        src = db_file.with_name(db_file.name + suffix)
        if src.exists():
            shutil.copy2(src, dest.with_name(dest.name + suffix))


def _link_or_copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


def _manifest(
    *, when: datetime, reason: str, db_file: Path, blobs: list[tuple[str, Path]], check: str
) -> dict[str, Any]:
    schema, counts = db_facts(db_file)
    db_sha, db_size = sha256_file(db_file)
    files = [{"path": DB_NAME, "sha256": db_sha, "size": db_size}]
    files += [
        {"path": f"evidence/{sha[:2]}/{sha}", "sha256": sha, "size": p.stat().st_size}
        for sha, p in blobs
    ]
    return {
        "format": cf.MANIFEST_FORMAT,
        "kind": "backup",
        "created_at": when.astimezone(UTC).isoformat(),
        "created_by": cf.created_by(),
        "reason": reason,
        "schema": schema,
        "counts": counts,
        "check": {"quick_check": check},
        "files": files,
    }


def require_sqlite(store: Store) -> None:
    if store.dialect != "sqlite":
        raise UserError("backup.team_mode")


def _refuse_damaged(store_folder: Path, detail: str) -> StoreError:
    health.mark_damaged(store_folder, detail)
    db_file = paths.db_path(store_folder)
    backups = list_backups(paths.backups_dir(store_folder))
    return StoreError("backup.store_damaged", path=db_file, backups=backups, detail=detail)


def backup_folder(
    store_folder: Path, *, reason: str, now: datetime, keep_damaged: bool = False
) -> Path:
    """A backup folder of the store in `store_folder` (see the module doc); returns its path.

    Works on the files, with or without an open Store (restore calls it with engines closed).
    A database that fails its check is refused (StoreError "backup.store_damaged"), unless
    `keep_damaged` (the copy taken before a restore replaces it: then kept raw, marked).
    """
    folder = paths.backups_dir(store_folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = _unique(folder, f"ecomplaint-{backup_stamp(now)}-{reason}")
    partial = target.with_name(target.name + ".partial")
    with io_guard(partial):
        partial.mkdir(mode=0o700)
    try:
        with io_guard(partial):
            return _fill_backup_folder(store_folder, partial, target, reason, now, keep_damaged)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


def _fill_backup_folder(
    store_folder: Path, partial: Path, target: Path, reason: str, now: datetime, keep: bool
) -> Path:
    db_file = paths.db_path(store_folder)
    db_copy = partial / DB_NAME
    sound = _snapshot_db(db_file, db_copy)
    check = quick_check(db_copy) if sound else "unreadable"
    if check != "ok":
        if not keep:
            raise _refuse_damaged(store_folder, check)
        if sound:  # keep the damaged file byte for byte, not SQLite's reading of it
            db_copy.unlink()
            _copy_raw(db_file, db_copy)
            sound = False
    # The evidence after the database: every original the snapshot refers to was
    # already there (originals are only added before the rows that cite them).
    blobs = store_blobs(store_folder)
    for sha, src in blobs:
        _link_or_copy(src, partial / "evidence" / sha[:2] / sha)
    if sound:
        manifest = _manifest(when=now, reason=reason, db_file=db_copy, blobs=blobs, check=check)
    else:  # damaged database: raw files kept, described as well as we can
        manifest = {
            "format": cf.MANIFEST_FORMAT,
            "kind": "backup",
            "created_at": now.astimezone(UTC).isoformat(),
            "created_by": cf.created_by(),
            "reason": reason,
            "damaged": True,
            "check": {"quick_check": check},
            "files": [],
        }
    _write_json(partial / cf.MANIFEST_JSON, manifest)
    fsync_dir(partial)
    os.replace(partial, target)
    fsync_dir(target.parent)
    return target


def _write_json(path: Path, data: dict[str, Any]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())


def auto_backups(store_folder: Path, reason: str = AUTO) -> list[tuple[datetime, Path]]:
    """Backup folders made for `reason` (automatic ones by default), newest first."""
    out = []
    for p in list_backups(paths.backups_dir(store_folder)):
        parsed = parse_name(p)
        if parsed and re.fullmatch(rf"{re.escape(reason)}(-\d+)?", parsed[1]) and p.is_dir():
            out.append((parsed[0], p))
    out.sort(key=lambda x: (x[0], x[1].name), reverse=True)
    return out


def recorded_check(backup: Path) -> str | None:
    """The quick_check result a backup folder's manifest records (None: not recorded)."""
    try:
        manifest = json.loads((backup / cf.MANIFEST_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unreadable manifest"
    if not isinstance(manifest, dict):
        return "unreadable manifest"
    if manifest.get("damaged"):
        return str((manifest.get("check") or {}).get("quick_check") or "damaged")
    check = manifest.get("check")
    return str(check.get("quick_check")) if isinstance(check, dict) else None


def passes_check(backup: Path) -> bool:
    """The recorded check; a backup made before checks were recorded is checked now."""
    recorded = recorded_check(backup)
    if recorded is None:
        db = backup / DB_NAME
        recorded = quick_check(db) if db.is_file() else "no database"
    return recorded == "ok"


def rotate(store_folder: Path, *, keep: int = DEFAULT_KEEP, reason: str = AUTO) -> list[Path]:
    """Delete `reason` backups beyond the newest `keep`, sparing the newest good one."""
    removed = []
    for leftover in paths.backups_dir(store_folder).glob(".deleting-*"):  # an interrupted delete
        shutil.rmtree(leftover, ignore_errors=True)
    found = auto_backups(store_folder, reason)
    newest_good = next((p for _, p in found if passes_check(p)), None)
    for _, path in found[max(keep, 1) :]:
        if path == newest_good:
            continue  # a store damaged for days must still have one good backup to go back to
        doomed = path.with_name(f".deleting-{uuid.uuid4().hex}")
        os.replace(path, doomed)  # gone from the list at once; the slow delete follows
        shutil.rmtree(doomed, ignore_errors=True)
        removed.append(path)
    return removed


def backup_if_due(
    store: Store,
    *,
    keep: int = DEFAULT_KEEP,
    interval: timedelta = DEFAULT_INTERVAL,
    now: datetime | None = None,
) -> Path | None:
    """Take an automatic backup if the newest is older than `interval`; keep the newest `keep`.

    The window calls this at start and on a timer; it returns the new backup or None.
    """
    if store.dialect != "sqlite":
        return None  # a team's server is backed up on the server (pg_dump)
    if store.damaged is not None:  # known damaged this session: keep the good backups as they are
        raise _refuse_damaged(store.folder, str(store.damaged.args_.get("detail", "")))
    now = now or store.clock.now()
    existing = auto_backups(store.folder)
    if existing:
        last = existing[0][0]
        if last <= now and now - last < interval:
            return None
    path = backup_folder(store.folder, reason=AUTO, now=now)
    rotate(store.folder, keep=keep)
    return path


def write_backup_file(
    store: Store,
    dest: Path,
    *,
    reason: str = "manual",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> Path:
    """One file holding the whole store (a zip: database, evidence, manifest)."""
    require_sqlite(store)
    dest = Path(dest)
    now = store.clock.now()
    require_folder(dest)
    with io_guard(dest), tempfile.TemporaryDirectory(prefix=".backup-", dir=store.folder) as tmp:
        db_copy = Path(tmp) / DB_NAME
        try:
            backup_database(store.path, db_copy)
        except sqlite3.DatabaseError as exc:
            if "full" in str(exc).lower():
                raise
            raise _refuse_damaged(store.folder, str(exc)) from exc
        check = quick_check(db_copy)
        if check != "ok":
            raise _refuse_damaged(store.folder, check)
        blobs = store_blobs(store.folder)
        manifest = _manifest(when=now, reason=reason, db_file=db_copy, blobs=blobs, check=check)
        ticker = Ticker(sum(f["size"] for f in manifest["files"]), progress, cancel)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent)
        partial = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as raw:
                with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                    _zip_file(zf, DB_NAME, db_copy, zipfile.ZIP_DEFLATED, ticker)
                    for sha, src in blobs:
                        _zip_file(zf, f"evidence/{sha[:2]}/{sha}", src, zipfile.ZIP_STORED, ticker)
                    data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
                    zf.writestr(cf.MANIFEST_JSON, data, zipfile.ZIP_DEFLATED)
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(partial, dest)
            fsync_dir(dest.parent)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return dest


def _zip_file(zf: zipfile.ZipFile, name: str, src: Path, method: int, ticker: Ticker) -> None:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.external_attr = 0o644 << 16
    big = src.stat().st_size > (1 << 31)
    with open(src, "rb") as fh, zf.open(info, "w", force_zip64=big) as out:
        while chunk := fh.read(CHUNK):
            out.write(chunk)
            ticker.add(len(chunk))


@contextlib.contextmanager
def as_backup_error(source: Path) -> Iterator[None]:
    """The zip and manifest checks speak of hand-off files; say 'backup' instead."""
    try:
        yield
    except UserError as exc:
        if not exc.key.startswith("handoff."):
            raise
        reason = _REASONS.get(exc.key)
        detail = UserError(reason, **exc.args_) if reason else exc
        raise UserError("backup.bad_file", file=source, detail=detail) from exc


# The zip and manifest checks' refusals, said as reasons a backup cannot be restored.
_REASONS = {
    "handoff.bad_zip": "backup.reason.bad_zip",
    "handoff.zip_bomb": "backup.reason.zip_bomb",
    "handoff.unsafe_path": "backup.reason.contents",
    "handoff.duplicate_name": "backup.reason.contents",
    "handoff.unexpected_entry": "backup.reason.contents",
    "handoff.missing_file": "backup.reason.contents",
    "handoff.fingerprint_mismatch": "backup.reason.fingerprint",
    "handoff.bad_json": "backup.reason.manifest",
    "handoff.schema": "backup.reason.manifest",
}


def describe_backup(source: Path) -> BackupInfo:
    """What `source` (a backup folder, a backup .zip or a pre-migration .sqlite3) holds.

    Checks the manifest against the files present, but does not hash them (restore does).
    """
    with as_backup_error(Path(source)):
        return _describe(Path(source))


def _describe(source: Path) -> BackupInfo:
    if source.is_dir():
        manifest_path = source / cf.MANIFEST_JSON
        if not manifest_path.is_file():
            raise UserError("backup.not_backup", file=source)
        _require_regular(source, cf.MANIFEST_JSON)
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserError("handoff.bad_json", file=source, name="manifest", detail=exc) from exc
        _check_manifest(manifest, source)
        files = {f["path"]: (f["sha256"], f["size"]) for f in manifest["files"]}
        for rel, (_, size) in files.items():
            if _require_regular(source, rel) != size:
                raise UserError("handoff.missing_file", file=source, name=rel)
        return _info(source, "folder", manifest, files)
    if not source.is_file():
        raise UserError("backup.not_backup", file=source)
    with open(source, "rb") as fh:
        head = fh.read(16)
    if head == b"SQLite format 3\x00":
        schema, counts = db_facts(source)
        parsed = parse_name(source)
        return BackupInfo(
            path=source,
            shape="database",
            created_at=parsed[0] if parsed else None,
            reason=parsed[1] if parsed else "",
            created_by="",
            schema=schema,
            counts=counts,
            database_bytes=source.stat().st_size,
        )
    with SafeZip(source, BACKUP_LIMITS) as z:
        entries = read_manifest(z, "backup")
        manifest = json.loads(z.read_small(cf.MANIFEST_JSON, cf.MAX_MANIFEST_JSON))
    _check_manifest(manifest, source)
    files = {name: (f.sha256, f.size) for name, f in entries.items()}
    return _info(source, "zip", manifest, files)


def _require_regular(source: Path, rel: str) -> int:
    """The size of `source/rel` if every step of it is a real folder or file, never a link
    (a link in a backup folder would make a restore read, and chmod, a file elsewhere)."""
    parts = rel.split("/")
    here = source
    for i, part in enumerate(parts):
        here = here / part
        try:
            st = here.lstat()
        except OSError as exc:
            raise UserError("handoff.missing_file", file=source, name=rel) from exc
        last = i == len(parts) - 1
        if stat.S_ISLNK(st.st_mode) or (last and not stat.S_ISREG(st.st_mode)):
            reason = UserError("backup.reason.not_regular", name=rel)
            raise UserError("backup.bad_file", file=source, detail=reason)
    return st.st_size


def _check_manifest(manifest: Any, source: Path) -> None:
    errors = cf.schema_errors(cf.manifest_validator(), manifest)
    if errors:
        raise UserError(
            "handoff.schema", file=source, name=cf.MANIFEST_JSON, errors="; ".join(errors)
        )
    if manifest["kind"] != "backup" or manifest.get("damaged"):
        raise UserError("backup.not_backup", file=source)
    names = {f["path"] for f in manifest["files"]}
    if DB_NAME not in names:
        raise UserError("handoff.missing_file", file=source, name=DB_NAME)
    for f in manifest["files"]:
        m = _BLOB.match(f["path"])
        ok = f["path"] == DB_NAME or (
            m and m.group(2) == f["sha256"] and m.group(1) == m.group(2)[:2]
        )
        if not ok:
            raise UserError("handoff.unexpected_entry", file=source, name=f["path"])


def _info(
    source: Path, shape: str, manifest: dict[str, Any], files: dict[str, tuple[str, int]]
) -> BackupInfo:
    created = manifest.get("created_at")
    evidence = [size for path, (_, size) in files.items() if path != DB_NAME]
    return BackupInfo(
        path=source,
        shape=shape,
        created_at=datetime.fromisoformat(created) if created else None,
        reason=str(manifest.get("reason", "")),
        created_by=str(manifest.get("created_by", "")),
        schema=manifest.get("schema"),
        counts={k: int(v) for k, v in (manifest.get("counts") or {}).items()},
        evidence_files=len(evidence),
        evidence_bytes=sum(evidence),
        database_bytes=files[DB_NAME][1],
        files=files,
        check=str(manifest["check"].get("quick_check"))
        if isinstance(manifest.get("check"), dict)
        else None,
    )


def describe_lines(info: BackupInfo, zh: bool) -> list[str]:
    """What the backup holds, in a few lines for the CLI and the restore dialog."""
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if info.created_at else "?"
    c = info.counts
    schema = info.schema or "?"
    head = head_revision()
    upgrade = schema != head and schema != "?"
    if zh:
        reason = info.reason or "未知原因"
        for key, label in (("auto", "自动"), ("manual", "手动"), ("before-restore", "恢复前")):
            reason = label if reason == key or reason.startswith(key + "-") else reason
        if reason.startswith("before-"):
            reason = f"升级到 {reason[7:]} 之前"
        lines = [
            f"备份：{info.path}",
            f"时间：{when}（{reason}）{info.created_by}",
            f"数据结构版本：{schema}" + ("（恢复后将自动升级）" if upgrade else ""),
            f"案件 {c.get('cases', '?')} 个，记录 {c.get('entries', '?')} 条，"
            f"证据 {c.get('evidence', '?')} 条（文件 {info.evidence_files} 个，"
            f"{info.evidence_bytes / 1e6:.1f} MB）",
        ]
        if info.check is not None:
            lines.append(
                "数据库检查：通过" if info.check == "ok" else f"数据库检查：未通过（{info.check}）"
            )
        if info.shape == "database":
            lines.append("这是仅含数据库的升级前备份：证据文件保持不变。")
        return lines
    lines = [
        f"Backup: {info.path}",
        f"Made:   {when} ({info.reason or 'unknown reason'}) {info.created_by}",
        f"Schema: {schema}" + (" (will be upgraded after the restore)" if upgrade else ""),
        f"Cases {c.get('cases', '?')}, entries {c.get('entries', '?')}, evidence "
        f"{c.get('evidence', '?')} ({info.evidence_files} files, "
        f"{info.evidence_bytes / 1e6:.1f} MB)",
    ]
    if info.check is not None:
        lines.append(
            "Check:  passed (quick_check)"
            if info.check == "ok"
            else f"Check:  FAILED ({info.check})"
        )
    if info.shape == "database":
        lines.append("A database-only pre-upgrade backup: evidence files are kept as they are.")
    return lines
