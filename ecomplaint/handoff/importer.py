"""Import a hand-off file into a store: all of it, or — if anything is wrong — nothing.

Order of work:
1. check the file alone (reading.py): zip directory, manifest, case.json fingerprint, schema,
   vocabularies, references;
2. copy each original to a temporary file, hashing as it goes, fsync; refuse on any mismatch;
3. move the new originals into place (os.replace: each appears whole or not at all);
4. one database transaction upserts every row by uid;
5. if step 4 fails, the originals that step 3 added and no row refers to are removed.

Conflict rules (re-importing a case that is already in the store):
- a record is matched by its uid and compared by version (every edit, trash and restore
  bumps it): the file wins only where its version is newer than the store's; a record
  changed in the store since (a higher version: "kept local") or changed on both sides
  (same version, different values: a "conflict") keeps the store's values and is reported —
  an older file never reverts newer work, nor un-trashes what was trashed here;
- a record the file wins gets version max(local + 1, file), so a window holding the old
  version is told it was changed and a second import of the same file changes nothing;
- an exhibit's content is never replaced: the same uid with a different file becomes a new
  exhibit (a uid derived from both, so importing twice does not add it twice);
- records in the store that the file does not contain are left alone (never deleted);
- pauses have no uid: one is matched by (promise, started_at) within the case, and is left
  alone when its promise was kept local;
- a uid that belongs to a record of ANOTHER case is refused (nothing is written).

`preview_case_file` runs the same rules in a transaction it rolls back: what the user sees
before importing (added / updated / kept local / conflicts) is what the import will do.
`import_case_file` takes a backup first when it is about to update existing records.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from ecomplaint import paths
from ecomplaint.domain import validation as v
from ecomplaint.handoff.durable import BackgroundSync
from ecomplaint.handoff.reading import CaseFile, open_casefile
from ecomplaint.i18n import UserError
from ecomplaint.io_errors import io_guard
from ecomplaint.progress import CancelFlag, Progress, Ticker
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import noun
from ecomplaint.store import tables as tb
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import (
    TEMP_PREFIX,
    blob_lock,
    fsync_dir,
    hash_file,
    refresh_blob,
    remove_old_partials,
)
from ecomplaint.zipsafe import Limits, SafeZip

TABLES = ("parties", "entries", "escalations", "promises", "pauses", "evidence")


@dataclass
class Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0  # changed in the store since the file was written: store kept
    conflicts: int = 0  # changed on both sides: store kept, reported


Verdict = Literal["add", "update", "unchanged", "kept_local", "conflict"]


@dataclass(frozen=True)
class Conflict:
    """A record of the file that was not applied, and why (shown to the user)."""

    table: str  # "case", "entries", ...
    uid: str
    label: str  # title, summary, name… as the store has it
    kind: Literal["kept_local", "conflict", "new_exhibit"]
    fields: dict[str, tuple[Any, Any]]  # field -> (store's value, file's value)


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    case_uid: str
    title: str
    created: bool  # the case was new to this store
    records: dict[str, Tally]  # "case", "parties", ... -> added / updated / unchanged / …
    files_added: int  # originals new to this store
    files_present: int  # originals the store already had (same fingerprint)
    changes: Changes = field(default_factory=Changes)
    conflicts: list[Conflict] = field(default_factory=list)
    backup: Path | None = None  # taken before an import that updated existing records
    dry_run: bool = False  # a preview: nothing was written

    @property
    def updates_existing(self) -> bool:
        return any(t.updated for t in self.records.values())


def _stage_originals(
    store: Store, z: SafeZip, casefile: CaseFile, ticker: Ticker
) -> list[tuple[Path, Path]]:
    """Copy and verify each original the store lacks (or holds damaged); return (temp, final).

    Temp files follow the blob store's convention (evidence/.partial-*: a crash leaves a
    stray that `verify` reports and cleans). Each is fsynced on a helper thread while the
    next one is read and hashed."""
    root = paths.evidence_dir(store.folder)
    remove_old_partials(store.folder)  # what an interrupted import or attach left
    staged: list[tuple[Path, Path]] = []
    syncer = BackgroundSync()
    try:
        for name, f in casefile.files.items():
            final = blob_path(store.folder, f.sha256)
            if final.is_file() and _intact(final, f.sha256):
                got, size = z.hash_entry(name)  # still proves the file is what it claims
                ticker.add(size)
                refresh_blob(final)  # fresh: a stray cleanup leaves it until our rows commit
            else:
                root.mkdir(parents=True, exist_ok=True)
                fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=root)
                staged.append((Path(tmp_name), final))
                try:
                    with os.fdopen(fd, "wb", closefd=False) as out:
                        got, size = z.copy_to(name, _Counting(out, ticker))
                except BaseException:
                    os.close(fd)
                    raise
                syncer.sync_and_close(fd)
            if got != f.sha256 or size != f.size:
                raise UserError("handoff.fingerprint_mismatch", file=z.path, name=name)
        syncer.finish()
    except BaseException:
        syncer.abandon()
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    return staged


def _intact(path: Path, sha: str) -> bool:
    """A stored copy that no longer matches is repaired from the file, as attaching does."""
    try:
        return hash_file(path) == sha
    except OSError:
        return False


class _Counting:
    """A file wrapper that reports bytes written to the ticker (progress and cancel)."""

    def __init__(self, out: Any, ticker: Ticker) -> None:
        self.out = out
        self.ticker = ticker

    def write(self, data: bytes) -> int:
        n = int(self.out.write(data))
        self.ticker.add(len(data))
        return n


def _place(staged: list[tuple[Path, Path]]) -> list[Path]:
    """Move verified originals into place; return those this import created."""
    created: list[Path] = []
    try:
        for tmp, final in staged:
            final.parent.mkdir(parents=True, exist_ok=True)
            existed = final.exists()  # a damaged copy being repaired, or a concurrent import
            os.replace(tmp, final)
            with contextlib.suppress(OSError):
                os.chmod(final, 0o444)  # as the blob store does: originals are never rewritten
            if not existed:
                created.append(final)
        for folder in {final.parent for _, final in staged}:
            fsync_dir(folder)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    return created


def _remove_unreferenced(store: Store, created: Iterable[Path]) -> None:
    with store.read() as s:
        for path in created:
            used = s.exec(
                select(func.count()).select_from(tb.Evidence).where(tb.Evidence.sha256 == path.name)
            ).one()
            if not used:
                path.unlink(missing_ok=True)


class _Upsert:
    """Rows of one case matched by uid, inserted or updated under the conflict rules."""

    def __init__(
        self, s: Session, case_id: int, records: dict[str, Tally], conflicts: list[Conflict]
    ) -> None:
        self.s = s
        self.case_id = case_id
        self.records = records
        self.conflicts = conflicts
        self.held: set[str] = set()  # uids whose store values were kept

    def existing(self, table: type[SQLModel], uids: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        uid_col = col(table.uid)  # type: ignore[attr-defined]
        for i in range(0, len(uids), 500):
            for row in self.s.exec(select(table).where(uid_col.in_(uids[i : i + 500]))):
                out[row.uid] = row  # type: ignore[attr-defined]
        return out

    def apply(
        self, name: str, table: type[SQLModel], items: list[dict[str, Any]]
    ) -> dict[str, int]:
        """Upsert `items` (column values incl. uid and version); return uid -> id."""
        if table is tb.Evidence:
            items = self._new_exhibits_for_other_files(items)
        found = self.existing(table, [x["uid"] for x in items])
        tally = self.records.setdefault(name, Tally())
        rows: list[Any] = []
        for values in items:
            row = found.get(values["uid"])
            if row is not None and row.case_id != self.case_id:
                raise UserError("handoff.uid_elsewhere", what=noun(table), uid=values["uid"])
            verdict = judge(row, values)
            if row is None:
                row = table(case_id=self.case_id, **values)
                tally.added += 1
            elif verdict == "update":
                apply_file(row, values)
                tally.updated += 1
            elif verdict == "unchanged":
                tally.unchanged += 1
            else:
                self.held.add(values["uid"])
                self.conflicts.append(conflict_of(name, row, values, verdict))
                if verdict == "kept_local":
                    tally.kept_local += 1
                else:
                    tally.conflicts += 1
            self.s.add(row)
            rows.append(row)
        self.s.flush()
        return {row.uid: row.id for row in rows}

    def _new_exhibits_for_other_files(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """An exhibit already here keeps its file: the file's different one is a new exhibit."""
        found = self.existing(tb.Evidence, [x["uid"] for x in items])
        out: list[dict[str, Any]] = []
        for values in items:
            row = found.get(values["uid"])
            if row is None or row.sha256.lower() == values["sha256"].lower():
                out.append(values)
                continue
            derived = str(uuid.uuid5(_EXHIBIT_NS, f"{values['uid']}:{values['sha256'].lower()}"))
            self.conflicts.append(
                Conflict(
                    table="evidence",
                    uid=values["uid"],
                    label=row.original_name,
                    kind="new_exhibit",
                    fields={"sha256": (row.sha256, values["sha256"])},
                )
            )
            out.append(values | {"uid": derived, "version": 1})
        uids = [x["uid"] for x in out]
        if len(set(uids)) != len(uids):  # a crafted file naming a derived uid itself
            dup = next(u for u in uids if uids.count(u) > 1)
            raise UserError("handoff.duplicate_uid", file="case.json", uid=dup)
        return out


# Bookkeeping that differs without anyone having edited the record's content.
_NOT_CONTENT = {"version", "updated_at"}
# Exhibits re-pointed to another file by a hand-off file get a uid derived in this namespace.
_EXHIBIT_NS = uuid.UUID("4d1f8a52-6c0e-4b7a-9d3e-2f6a1c9e7b10")


def differences(row: Any, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {
        key: (getattr(row, key), value)
        for key, value in values.items()
        if key not in _NOT_CONTENT and getattr(row, key) != value
    }


def judge(row: Any, values: dict[str, Any]) -> Verdict:
    """What an import does with one record of the file (see the module doc)."""
    if row is None:
        return "add"
    if not differences(row, values):
        return "unchanged"
    if "version" not in values or values["version"] > row.version:
        return "update"
    return "kept_local" if values["version"] < row.version else "conflict"


def apply_file(row: Any, values: dict[str, Any]) -> None:
    """The file wins: set what differs and move the version past both sides."""
    for key, value in values.items():
        if key == "version":
            continue
        if key == "updated_at":
            value = max(value, row.updated_at)
        setattr(row, key, value)
    if "version" in values:
        row.version = max(row.version + 1, values["version"])


def conflict_of(name: str, row: Any, values: dict[str, Any], verdict: Verdict) -> Conflict:
    label = next(
        (
            str(getattr(row, attr))
            for attr in ("title", "summary", "name", "what", "rung_label", "original_name")
            if getattr(row, attr, None)
        ),
        values["uid"],
    )
    return Conflict(
        table=name,
        uid=values["uid"],
        label=label,
        kind="kept_local" if verdict == "kept_local" else "conflict",
        fields=differences(row, values),
    )


class _DryRun(Exception):
    """Raised inside the transaction of a preview so that nothing it did is committed."""


def _write_rows(
    store: Store,
    doc: dict[str, Any],
    records: dict[str, Tally],
    conflicts: list[Conflict],
    *,
    dry_run: bool = False,
) -> tuple[int, bool]:
    try:
        with store.write() as s:
            blob_lock(s, exclusive=False)  # no stray cleanup runs until these rows commit
            out = _upsert_case(s, doc, records, conflicts)
            if dry_run:
                raise _DryRun()
            return out
    except _DryRun:
        return out


def _upsert_case(
    s: Session, doc: dict[str, Any], records: dict[str, Tally], conflicts: list[Conflict]
) -> tuple[int, bool]:
    case_values = dict(doc["case"])
    case_values["tags"] = v.tags(case_values["tags"])
    case = s.exec(select(tb.Case).where(tb.Case.uid == case_values["uid"])).first()
    created = case is None
    verdict = judge(case, case_values)
    if case is None:
        case = tb.Case(**case_values)
        records["case"] = Tally(added=1)
    elif verdict == "update":
        apply_file(case, case_values)
        records["case"] = Tally(updated=1)
    elif verdict == "unchanged":
        # Touched there (a child changed) but not edited: follow the time, keep the version.
        case.updated_at = max(case.updated_at, case_values["updated_at"])
        records["case"] = Tally(unchanged=1)
    else:
        conflicts.append(conflict_of("case", case, case_values, verdict))
        records["case"] = Tally(kept_local=1) if verdict == "kept_local" else Tally(conflicts=1)
    s.add(case)
    s.flush()
    assert case.id is not None
    up = _Upsert(s, case.id, records, conflicts)

    def ref(ids: dict[str, int], uid: str | None) -> int | None:
        return None if uid is None else ids[uid]

    party = up.apply("parties", tb.Party, doc["parties"])
    entry = up.apply(
        "entries",
        tb.Entry,
        [_without(e, "party") | {"party_id": ref(party, e["party"])} for e in doc["entries"]],
    )
    esc = up.apply(
        "escalations",
        tb.Escalation,
        [_without(x, "entry") | {"entry_id": ref(entry, x["entry"])} for x in doc["escalations"]],
    )
    promise_refs = (
        "entry",
        "party",
        "escalation",
        "kept_entry",
        "broken_entry",
        "superseded_by",
    )
    promise = up.apply(
        "promises",
        tb.Promise,
        [
            _without(p, *promise_refs)
            | {
                "entry_id": ref(entry, p["entry"]),
                "party_id": ref(party, p["party"]),
                "escalation_id": ref(esc, p["escalation"]),
                "kept_entry_id": ref(entry, p["kept_entry"]),
                "broken_entry_id": ref(entry, p["broken_entry"]),
            }
            for p in doc["promises"]
        ],
    )
    # superseded_by points within the same list: set once every promise has an id
    for p in doc["promises"]:
        if p["uid"] in up.held:
            continue  # the store's version of this promise was kept
        row = s.get(tb.Promise, promise[p["uid"]])
        assert row is not None
        target = ref(promise, p["superseded_by"])
        if row.superseded_by_id != target:
            row.superseded_by_id = target
            s.add(row)
    held = {promise[uid] for uid in up.held if uid in promise}
    _pauses(s, case.id, doc["pauses"], promise, records, held)
    up.apply(
        "evidence",
        tb.Evidence,
        [_without(x, "entry") | {"entry_id": ref(entry, x["entry"])} for x in doc["evidence"]],
    )
    return case.id, created


def _pauses(
    s: Session,
    case_id: int,
    pauses: list[dict[str, Any]],
    promise: dict[str, int],
    records: dict[str, Tally],
    held: set[int],
) -> None:
    tally = records.setdefault("pauses", Tally())
    have = {
        (row.promise_id, row.started_at): row
        for row in s.exec(select(tb.Pause).where(tb.Pause.case_id == case_id))
    }
    for p in pauses:
        promise_id = None if p["promise"] is None else promise[p["promise"]]
        row = have.get((promise_id, p["started_at"]))
        values = {"ended_at": p["ended_at"], "reason": p["reason"]}
        if row is None:
            s.add(
                tb.Pause(
                    case_id=case_id, promise_id=promise_id, started_at=p["started_at"], **values
                )
            )
            tally.added += 1
        elif not differences(row, values):
            tally.unchanged += 1
        elif promise_id in held or (row.ended_at is not None and values["ended_at"] is None):
            tally.kept_local += 1  # an older file never re-opens a pause ended here
        else:
            for key, value in values.items():
                setattr(row, key, value)
            s.add(row)
            tally.updated += 1


def _without(d: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: val for k, val in d.items() if k not in keys}


def preview_case_file(store: Store, source: Path, *, limits: Limits | None = None) -> ImportResult:
    """What importing `source` would do, computed by the import's own rules in a transaction
    that is rolled back: nothing is written, no original is copied."""
    with SafeZip(Path(source), limits) as z:
        casefile = open_casefile(z)
    records: dict[str, Tally] = {}
    conflicts: list[Conflict] = []
    case_id, created = _write_rows(store, casefile.document, records, conflicts, dry_run=True)
    new_files = sum(
        1 for f in casefile.files.values() if not blob_path(store.folder, f.sha256).is_file()
    )
    return _result(
        casefile.document,
        0 if created else case_id,
        created,
        records,
        conflicts,
        files_added=new_files,
        files_present=len(casefile.files) - new_files,
        dry_run=True,
    )


def import_case_file(
    store: Store,
    source: Path,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    backup: bool = True,
) -> ImportResult:
    """Import the hand-off file `source` (see the module doc for what is refused and why).

    `backup`: when the import will update records already in a local store, back the store
    up first (the backup service's own folder format, reason "before-import")."""
    source = Path(source)
    backup_path: Path | None = None
    if backup and store.dialect == "sqlite":
        plan = preview_case_file(store, source, limits=limits)
        if plan.updates_existing:
            from ecomplaint.handoff.backups import backup_folder

            try:
                backup_path = backup_folder(
                    store.folder, reason="before-import", now=store.clock.now()
                )
            except OSError as exc:  # no backup, no import: it would update existing work
                raise UserError("handoff.backup_failed", detail=exc.strerror or str(exc)) from exc
    with SafeZip(source, limits) as z:
        casefile = open_casefile(z)
        total = sum(f.size for f in casefile.files.values())
        ticker = Ticker(total, progress, cancel)
        with io_guard(paths.evidence_dir(store.folder)):  # a full disk: a message, no temp left
            staged = _stage_originals(store, z, casefile, ticker)
    created_files = _place(staged)
    records: dict[str, Tally] = {}
    conflicts: list[Conflict] = []
    try:
        case_id, created = _write_rows(store, casefile.document, records, conflicts)
    except BaseException:
        _remove_unreferenced(store, created_files)
        raise
    return _result(
        casefile.document,
        case_id,
        created,
        records,
        conflicts,
        files_added=len(created_files),
        files_present=len(casefile.files) - len(created_files),
        backup=backup_path,
    )


def _result(
    doc: dict[str, Any],
    case_id: int,
    created: bool,
    records: dict[str, Tally],
    conflicts: list[Conflict],
    *,
    files_added: int,
    files_present: int,
    backup: Path | None = None,
    dry_run: bool = False,
) -> ImportResult:
    return ImportResult(
        case_id=case_id,
        case_uid=doc["case"]["uid"],
        title=doc["case"]["title"],
        created=created,
        records=records,
        files_added=files_added,
        files_present=files_present,
        conflicts=conflicts,
        backup=backup,
        dry_run=dry_run,
        changes=Changes()
        if dry_run
        else Changes(
            cases=True,
            parties=True,
            timeline=True,
            promises=True,
            escalations=True,
            evidence=True,
            case_id=case_id,
        ),
    )


def describe_casefile(source: Path, *, limits: Limits | None = None) -> dict[str, Any]:
    """What a hand-off file holds (checked, evidence bytes not yet hashed): for a preview."""
    with SafeZip(Path(source), limits) as z:
        casefile = open_casefile(z)
    doc = casefile.document
    return {
        "case_uid": doc["case"]["uid"],
        "title": doc["case"]["title"],
        "exported_at": doc["exported_at"],
        "exported_by": doc["exported_by"],
        "counts": {t: len(doc[t]) for t in TABLES},
        "evidence_files": len(casefile.files),
        "evidence_bytes": sum(f.size for f in casefile.files.values()),
    }
