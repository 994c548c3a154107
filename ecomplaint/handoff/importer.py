"""Import a hand-off file into a store: all of it, or — if anything is wrong — nothing.

Order of work:
1. check the file alone (reading.py): zip directory, manifest, case.json fingerprint, schema,
   vocabularies, references;
2. copy each original to a temporary file, hashing as it goes, fsync; refuse on any mismatch;
3. move the new originals into place (os.replace: each appears whole or not at all);
4. one database transaction upserts every row by uid;
5. if step 4 fails, the originals that step 3 added and no row refers to are removed.

Conflict rules (re-importing a case that is already in the store):
- a record is matched by its uid; the file wins for every record it contains (all fields,
  including trashed_at); a record whose values changed gets version max(local, file) + 1 so
  a window holding the old version is told it was changed;
- records in the store that the file does not contain are left alone (never deleted);
- pauses have no uid: one is matched by (promise, started_at) within the case;
- a uid that belongs to a record of ANOTHER case is refused (nothing is written).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
from ecomplaint.store.evidence_files import TEMP_PREFIX, fsync_dir, hash_file
from ecomplaint.zipsafe import Limits, SafeZip

TABLES = ("parties", "entries", "escalations", "promises", "pauses", "evidence")


@dataclass
class Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    case_uid: str
    title: str
    created: bool  # the case was new to this store
    records: dict[str, Tally]  # "case", "parties", ... -> added / updated / unchanged
    files_added: int  # originals new to this store
    files_present: int  # originals the store already had (same fingerprint)
    changes: Changes = field(default_factory=Changes)


def _stage_originals(
    store: Store, z: SafeZip, casefile: CaseFile, ticker: Ticker
) -> list[tuple[Path, Path]]:
    """Copy and verify each original the store lacks (or holds damaged); return (temp, final).

    Temp files follow the blob store's convention (evidence/.partial-*: a crash leaves a
    stray that `verify` reports and cleans). Each is fsynced on a helper thread while the
    next one is read and hashed."""
    root = paths.evidence_dir(store.folder)
    staged: list[tuple[Path, Path]] = []
    syncer = BackgroundSync()
    try:
        for name, f in casefile.files.items():
            final = blob_path(store.folder, f.sha256)
            if final.is_file() and _intact(final, f.sha256):
                got, size = z.hash_entry(name)  # still proves the file is what it claims
                ticker.add(size)
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

    def __init__(self, s: Session, case_id: int, records: dict[str, Tally]) -> None:
        self.s = s
        self.case_id = case_id
        self.records = records

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
        found = self.existing(table, [x["uid"] for x in items])
        tally = self.records.setdefault(name, Tally())
        rows: list[Any] = []
        for values in items:
            row = found.get(values["uid"])
            if row is None:
                row = table(case_id=self.case_id, **values)
                tally.added += 1
            elif row.case_id != self.case_id:
                raise UserError("handoff.uid_elsewhere", what=noun(table), uid=values["uid"])
            elif update(row, values):
                tally.updated += 1
            else:
                tally.unchanged += 1
            self.s.add(row)
            rows.append(row)
        self.s.flush()
        return {row.uid: row.id for row in rows}


def update(row: Any, values: dict[str, Any]) -> bool:
    """Set what differs (the file wins); bump the version past both sides if anything did."""
    changed = False
    for key, value in values.items():
        if key == "version":
            continue
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    if changed and "version" in values:
        row.version = max(row.version, values["version"]) + 1
    return changed


def _write_rows(store: Store, doc: dict[str, Any], records: dict[str, Tally]) -> tuple[int, bool]:
    case_values = dict(doc["case"])
    case_values["tags"] = v.tags(case_values["tags"])
    with store.write() as s:
        case = s.exec(select(tb.Case).where(tb.Case.uid == case_values["uid"])).first()
        created = case is None
        if case is None:
            case = tb.Case(**case_values)
            records["case"] = Tally(added=1)
        else:
            records["case"] = Tally(updated=1) if update(case, case_values) else Tally(unchanged=1)
        s.add(case)
        s.flush()
        assert case.id is not None
        up = _Upsert(s, case.id, records)

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
            [
                _without(x, "entry") | {"entry_id": ref(entry, x["entry"])}
                for x in doc["escalations"]
            ],
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
            row = s.get(tb.Promise, promise[p["uid"]])
            assert row is not None
            target = ref(promise, p["superseded_by"])
            if row.superseded_by_id != target:
                row.superseded_by_id = target
                s.add(row)
        _pauses(s, case.id, doc["pauses"], promise, records)
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
        elif update(row, values):
            s.add(row)
            tally.updated += 1
        else:
            tally.unchanged += 1


def _without(d: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: val for k, val in d.items() if k not in keys}


def import_case_file(
    store: Store,
    source: Path,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportResult:
    """Import the hand-off file `source` (see the module doc for what is refused and why)."""
    source = Path(source)
    with SafeZip(source, limits) as z:
        casefile = open_casefile(z)
        total = sum(f.size for f in casefile.files.values())
        ticker = Ticker(total, progress, cancel)
        with io_guard(paths.evidence_dir(store.folder)):  # a full disk: a message, no temp left
            staged = _stage_originals(store, z, casefile, ticker)
    created_files = _place(staged)
    records: dict[str, Tally] = {}
    try:
        case_id, created = _write_rows(store, casefile.document, records)
    except BaseException:
        _remove_unreferenced(store, created_files)
        raise
    doc = casefile.document
    return ImportResult(
        case_id=case_id,
        case_uid=doc["case"]["uid"],
        title=doc["case"]["title"],
        created=created,
        records=records,
        files_added=len(created_files),
        files_present=len(casefile.files) - len(created_files),
        changes=Changes(
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
