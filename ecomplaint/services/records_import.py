"""Import call logs, SMS, e-mail and chat exports into a case: preview, then one commit.

`preview_import` streams the file through its parser with the user's filters (contact,
number, dates), maps each number or address to a party (remembered per case in
source_contacts, else a party whose contact field is that number) and marks duplicates:
first by source identity (same file fingerprint and line/element), then by time (to the
minute) + party + text, then repeats inside the file itself.

`commit_import` copies the source file and the attachments into the evidence store first
(the slow part), then adds in ONE transaction: the parties for numbers nobody mapped, the
remembered mappings, the source file as an exhibit, one entry per new row (each recording
the file's SHA-256 and its line/element) with its attachments as exhibits. A failure
commits nothing and removes the blobs it added. Every entry carries the import's batch id:
`undo_import` moves the whole import to the trash as one step, `redo_import` brings it back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, col, select

from ecomplaint import paths as folders
from ecomplaint.domain.enums import DEFAULT_CHANNEL, Channel, EntryKind, PartyRole
from ecomplaint.i18n import Lang, UserError, t
from ecomplaint.records_import.entry_text import content_key, entry_text
from ecomplaint.records_import.model import (
    ImportFailed,
    ParseReport,
    SourceItem,
    normalise_address,
    storable,
)
from ecomplaint.records_import.source_file import MAX_SOURCE_BYTES, sha256_of
from ecomplaint.records_import.sources import ReadOptions, read_source
from ecomplaint.records_import.spill import Spill
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import get_row, new_uid, touch_case
from ecomplaint.services.evidence import DEFAULT_SIZE_LIMIT
from ecomplaint.services.evidence_meta import detect_mime
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import StoredBlob, remove_path, store_file
from ecomplaint.store.tables import Case, Entry, Evidence, Party, SourceContact

DUP_SOURCE = "source"  # this line of this file is already in the case
DUP_CONTENT = "content"  # an entry with the same time, party and text is already there
DUP_REPEAT = "repeat"  # the same message appears earlier in this file


@dataclass(frozen=True)
class ImportFilters:
    numbers: tuple[str, ...] = ()  # keep items with one of these numbers/addresses
    contact: str = ""  # keep items whose contact name or address holds this text
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive

    def keep(self, item: SourceItem) -> bool:
        if self.date_from is not None and item.occurred_at < self.date_from:
            return False
        if self.date_to is not None and item.occurred_at >= self.date_to:
            return False
        if self.numbers:
            mine = normalise_address(item.address)
            if not any(_same_number(mine, n) for n in self._wanted()):
                return False
        if self.contact:
            needle = self.contact.casefold()
            if needle not in item.contact.casefold() and needle not in item.address.casefold():
                return False
        return True

    def _wanted(self) -> list[str]:
        return [normalise_address(n) for n in self.numbers]


def _same_number(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    # "12345678" given for "021-12345678": a long enough tail identifies a number.
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 7 and shorter.isdigit() and longer.endswith(shorter)


@dataclass(frozen=True)
class PreviewRow:
    index: int
    item: SourceItem
    party_key: str  # the normalised number/address
    party_id: int | None  # None: a new party will be made for it
    party_label: str
    summary: str
    quote: str
    duplicate: str = ""  # "", DUP_SOURCE, DUP_CONTENT or DUP_REPEAT
    duplicate_of: int | None = None  # the entry id (or the earlier row index for repeats)

    @property
    def is_new(self) -> bool:
        return not self.duplicate


@dataclass
class ImportPreview:
    case_id: int
    path: Path
    sha256: str
    size: int
    file_kind: str
    zone: str
    lang: Lang
    rows: list[PreviewRow]
    assumptions: list[str]
    skipped: int
    spill: Spill
    new_parties: dict[str, str] = field(default_factory=dict)  # party key -> label

    @property
    def new_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.is_new]

    def close(self) -> None:
        self.spill.close()

    def __enter__(self) -> ImportPreview:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _minute(at: datetime) -> datetime:
    return at.replace(second=0, microsecond=0) if at.tzinfo else at


def _content_id(kind: str, at: datetime, party_id: int | None, words: str) -> tuple[object, ...]:
    # Calls have no words of their own: time (to the minute), party and kind identify them.
    # Messages: time, party and text, whatever their kind (an SMS logged as a note still is).
    group = kind if kind.startswith("call_") else "msg"
    return (group, _minute(at).timestamp(), party_id, words)


def known_contacts(session: Session, case_id: int) -> dict[str, int]:
    """Number/address -> party for this case: remembered mappings, then parties' contacts."""
    out: dict[str, int] = {}
    parties = session.exec(
        select(Party).where(Party.case_id == case_id, col(Party.trashed_at).is_(None))
    ).all()
    live = {p.id for p in parties}
    for p in parties:
        for piece in p.contact.replace(";", ",").replace("/", ",").split(","):
            key = normalise_address(piece)
            if key and p.id is not None:
                out.setdefault(key, p.id)
    for sc in session.exec(select(SourceContact).where(SourceContact.case_id == case_id)).all():
        if sc.party_id in live:
            out[sc.address] = sc.party_id
    return out


def preview_import(
    store: Store,
    *,
    case_id: int,
    path: str | Path,
    options: ReadOptions | None = None,
    filters: ImportFilters | None = None,
    party_map: Mapping[str, int] | None = None,
) -> ImportPreview:
    """Read `path` and say what an import would add. Writes nothing. Close the result."""
    options = options or ReadOptions()
    filters = filters or ImportFilters()
    source = Path(path)
    if store.dialect != "sqlite" and not folders.evidence_is_shared(store.folder):
        # The source file and attachments become exhibits every volunteer must be able to read.
        raise UserError("evidence.team_needs_shared_folder")
    report = ParseReport()
    spill = Spill()
    try:
        with store.read() as s:
            case = get_row(s, Case, case_id)
            lang: Lang = "zh" if case.language == "zh" else "en"
            if not options.zone:  # a chat export's bare times are the case's local times
                options = replace(options, zone=case.tz)
            contacts = known_contacts(s, case_id)
            labels = {
                p.id: p.name or p.organisation or p.contact
                for p in s.exec(select(Party).where(Party.case_id == case_id)).all()
            }
        for raw, party_id in (party_map or {}).items():
            contacts[normalise_address(raw)] = int(party_id)
            if int(party_id) not in labels:
                raise UserError("wrong_case", what="@:noun.party", ident=party_id)
        items = list(read_source(source, options, keep=filters.keep, spill=spill, report=report))
        sha = sha256_of(source)
        size = source.stat().st_size
        rows, new_parties = _mark(store, case_id, sha, items, contacts, labels, lang)
        return ImportPreview(
            case_id=case_id,
            path=source,
            sha256=sha,
            size=size,
            file_kind=report.file_kind,
            zone=options.zone,
            lang=lang,
            rows=rows,
            assumptions=report.assumptions,
            skipped=report.skipped,
            spill=spill,
            new_parties=new_parties,
        )
    except BaseException:
        spill.close()
        raise


def _mark(
    store: Store,
    case_id: int,
    sha: str,
    items: Sequence[SourceItem],
    contacts: Mapping[str, int],
    labels: Mapping[int | None, str],
    lang: Lang,
) -> tuple[list[PreviewRow], dict[str, str]]:
    with store.read() as s:
        by_source = {
            loc: eid
            for loc, eid in s.exec(
                select(Entry.source_locator, Entry.id).where(
                    Entry.case_id == case_id,
                    Entry.source_sha256 == sha,
                    col(Entry.trashed_at).is_(None),
                )
            ).all()
        }
        existing: dict[tuple[object, ...], int] = {}
        if items:
            lo = min(i.occurred_at for i in items) - timedelta(minutes=1)
            hi = max(i.occurred_at for i in items) + timedelta(minutes=1)
            q = select(  # type: ignore[call-overload]
                Entry.id, Entry.kind, Entry.occurred_at, Entry.party_id, Entry.summary, Entry.quote
            ).where(
                Entry.case_id == case_id,
                col(Entry.trashed_at).is_(None),
                col(Entry.occurred_at) >= lo,
                col(Entry.occurred_at) <= hi,
            )
            for eid, kind, at, party_id, summary, quote in s.exec(q).all():
                words = "" if kind.startswith("call_") else content_key(quote or summary)
                existing.setdefault(_content_id(kind, at, party_id, words), eid)
                if not kind.startswith("call_") and quote and summary:
                    existing.setdefault(_content_id(kind, at, party_id, content_key(summary)), eid)
    rows: list[PreviewRow] = []
    seen: dict[tuple[object, ...], int] = {}
    new_parties: dict[str, str] = {}
    for n, item in enumerate(items):
        key = item.party_key
        party_id = contacts.get(key) if key else None
        if party_id is None and key:
            new_parties.setdefault(key, _new_party_name(item))
        label = labels.get(party_id, "") if party_id else new_parties.get(key, "")
        summary, quote = entry_text(item, lang)
        words = "" if item.kind.startswith("call_") else content_key(item.text or summary)
        cid = _content_id(item.kind, item.occurred_at, party_id, words)
        dup, dup_of = "", None
        if item.locator in by_source:
            dup, dup_of = DUP_SOURCE, by_source[item.locator]
        elif party_id is not None and cid in existing:
            dup, dup_of = DUP_CONTENT, existing[cid]
        # The same record twice in the file (backup apps write doubles): exactly the same.
        twin = (item.kind, item.occurred_at, key, item.text, item.duration_s)
        if not dup and twin in seen:
            dup, dup_of = DUP_REPEAT, seen[twin]
        if not dup:
            seen[twin] = n
        rows.append(
            PreviewRow(
                index=n,
                item=item,
                party_key=key,
                party_id=party_id,
                party_label=label,
                summary=summary,
                quote=quote,
                duplicate=dup,
                duplicate_of=dup_of,
            )
        )
    return rows, new_parties


def _new_party_name(item: SourceItem) -> str:
    name, address = storable(item.contact).strip(), storable(item.address).strip()
    if name and address and normalise_address(name) != normalise_address(address):
        return f"{name} ({address})"
    return name or address


@dataclass(frozen=True)
class ImportOutcome:
    changes: Changes
    batch: str
    entry_ids: list[int]
    source_evidence_id: int | None
    skipped_duplicates: int
    new_party_ids: list[int]


def _discard(store: Store, blobs: Sequence[StoredBlob]) -> None:
    created = [b.sha256 for b in blobs if b.created]
    if not created:
        return
    with store.write() as s:
        used = set(s.exec(select(Evidence.sha256).where(col(Evidence.sha256).in_(created))))
        for sha in created:
            if sha not in used:
                remove_path(blob_path(store.folder, sha))


def commit_import(
    store: Store,
    *,
    preview: ImportPreview,
    rows: Sequence[int] | None = None,
    logged_by: str | None = None,
) -> ImportOutcome:
    """Add the preview's new rows (or the chosen `rows` among them) in one transaction."""
    chosen = [r for r in preview.rows if r.is_new and (rows is None or r.index in set(rows))]
    skipped = len(preview.rows) - len(chosen)
    batch = new_uid()
    blobs: list[StoredBlob] = []
    try:
        source_blob = store_file(store.folder, preview.path, limit=MAX_SOURCE_BYTES)
        blobs.append(source_blob)
        if source_blob.sha256 != preview.sha256:
            raise UserError("evidence.source_changed", path=preview.path)
        attached: dict[int, list[StoredBlob]] = {}
        for r in chosen:
            for a in r.item.attachments:
                blob = store_file(store.folder, a.path, limit=DEFAULT_SIZE_LIMIT)
                blobs.append(blob)
                attached.setdefault(r.index, []).append(blob)
        now = store.clock.now()
        with store.write() as s:
            outcome = _write(
                store, s, preview, chosen, attached, source_blob, batch, now, logged_by
            )
    except BaseException:
        with contextlib.suppress(Exception):
            _discard(store, blobs)
        raise
    # Rows another writer had added meanwhile (or none chosen) leave copied files no exhibit
    # names: remove them rather than leave strays for `verify` to report.
    with contextlib.suppress(Exception):
        _discard(store, blobs)
    return ImportOutcome(
        changes=Changes(
            cases=True,
            parties=bool(outcome[2]),
            timeline=bool(outcome[0]),
            evidence=True,
            case_id=preview.case_id,
        ),
        batch=batch,
        entry_ids=outcome[0],
        source_evidence_id=outcome[1],
        skipped_duplicates=skipped,
        new_party_ids=outcome[2],
    )


def _write(
    store: Store,
    s: Session,
    preview: ImportPreview,
    chosen: Sequence[PreviewRow],
    attached: Mapping[int, Sequence[StoredBlob]],
    source_blob: StoredBlob,
    batch: str,
    now: datetime,
    logged_by: str | None,
) -> tuple[list[int], int | None, list[int]]:
    case_id = preview.case_id
    get_row(s, Case, case_id)
    # Another writer may have imported the same file since the preview.
    already = set(
        s.exec(
            select(Entry.source_locator).where(
                Entry.case_id == case_id,
                Entry.source_sha256 == preview.sha256,
                col(Entry.trashed_at).is_(None),
            )
        ).all()
    )
    chosen = [r for r in chosen if r.item.locator not in already]
    contacts = known_contacts(s, case_id)
    remembered = {
        sc.address: sc
        for sc in s.exec(select(SourceContact).where(SourceContact.case_id == case_id)).all()
    }
    party_for: dict[str, int | None] = {}
    new_party_ids: list[int] = []
    for r in chosen:
        key = r.party_key
        if not key or key in party_for:
            continue
        pid = r.party_id if r.party_id is not None else contacts.get(key)
        if pid is not None:
            get_row(s, Party, pid)
        else:
            party = Party(
                uid=new_uid(),
                case_id=case_id,
                role=PartyRole.OTHER,
                name=preview.new_parties.get(key, key)[:500],
                contact=storable(r.item.address)[:500],
                created_at=now,
            )
            s.add(party)
            s.flush()
            assert party.id is not None
            pid = party.id
            new_party_ids.append(pid)
        party_for[key] = pid
        sc = remembered.get(key)
        if sc is None:
            s.add(SourceContact(case_id=case_id, party_id=pid, address=key))
        elif sc.party_id != pid:
            sc.party_id = pid
            s.add(sc)

    source_id = s.exec(
        select(Evidence.id).where(
            Evidence.case_id == case_id,
            Evidence.sha256 == source_blob.sha256,
            col(Evidence.entry_id).is_(None),
            col(Evidence.trashed_at).is_(None),
        )
    ).first()
    kind_word = t(f"import.kind.{preview.file_kind}", preview.lang)
    if source_id is None and chosen:
        row = Evidence(
            uid=new_uid(),
            case_id=case_id,
            sha256=source_blob.sha256,
            original_name=preview.path.name[:255],
            size=source_blob.size,
            mime=_mime(preview.path, source_blob),
            added_at=now,
            # The assumptions (zone, date order) stay with the file they were made about.
            description=" ".join(
                [t("import.source_exhibit", preview.lang, kind=kind_word), *preview.assumptions]
            ),
        )
        s.add(row)
        s.flush()
        source_id = row.id

    who = store.user if logged_by is None else logged_by
    entries: list[tuple[PreviewRow, Entry]] = []
    for r in chosen:
        kind = EntryKind(r.item.kind)
        entry = Entry(
            uid=new_uid(),
            case_id=case_id,
            party_id=party_for.get(r.party_key),
            kind=kind,
            channel=DEFAULT_CHANNEL.get(kind, Channel.OTHER),
            direction=r.item.direction,
            occurred_at=r.item.occurred_at,
            occurred_tz=preview.zone,
            precision="exact",
            logged_at=now,
            logged_by=who[:500],
            summary=r.summary,
            quote=r.quote,
            duration_s=r.item.duration_s,
            source_sha256=preview.sha256,
            source_locator=storable(r.item.locator)[:500],
            import_batch=batch,
        )
        s.add(entry)
        entries.append((r, entry))
    s.flush()
    for r, entry in entries:
        for a, blob in zip(r.item.attachments, attached.get(r.index, ()), strict=False):
            s.add(
                Evidence(
                    uid=new_uid(),
                    case_id=case_id,
                    entry_id=entry.id,
                    sha256=blob.sha256,
                    original_name=a.name[:255],
                    size=blob.size,
                    mime=detect_mime(blob.head) if a.mime.startswith("application/") else a.mime,
                    captured_at=r.item.occurred_at,
                    added_at=now,
                    description=t(
                        "import.attachment_exhibit",
                        preview.lang,
                        kind=kind_word,
                        where=r.item.locator,
                    ),
                )
            )
    touch_case(s, case_id, now)
    ids = [e.id for _r, e in entries if e.id is not None]
    return ids, source_id, new_party_ids


def _mime(path: Path, blob: StoredBlob) -> str:
    suffix = path.suffix.lower()
    return {
        ".xml": "application/xml",
        ".eml": "message/rfc822",
        ".mbox": "application/mbox",
        ".csv": "text/csv",
        ".txt": "text/plain",
    }.get(suffix) or detect_mime(blob.head)


def undo_import(store: Store, *, case_id: int, batch: str) -> Changes:
    """Move one import to the trash: its entries, their exhibits, the source exhibit when no
    other live entry cites that file, and the parties it made that nothing else uses."""
    now = store.clock.now()
    with store.write() as s:
        get_row(s, Case, case_id)
        rows = s.exec(
            select(Entry).where(
                Entry.case_id == case_id,
                Entry.import_batch == batch,
                col(Entry.trashed_at).is_(None),
            )
        ).all()
        if not batch or not rows:
            raise ImportFailed("import.not_found_batch", batch=batch)
        ids = [e.id for e in rows]
        shas = {e.source_sha256 for e in rows}
        made_at = {e.logged_at for e in rows}
        party_ids = {e.party_id for e in rows if e.party_id is not None}
        for e in rows:
            e.trashed_at = now
            e.version += 1
            s.add(e)
        s.exec(
            update(Evidence)
            .where(col(Evidence.entry_id).in_(ids), col(Evidence.trashed_at).is_(None))
            .values(trashed_at=now, version=Evidence.version + 1)
        )
        s.flush()
        for sha in shas:
            still = s.exec(
                select(Entry.id).where(
                    Entry.case_id == case_id,
                    Entry.source_sha256 == sha,
                    col(Entry.trashed_at).is_(None),
                )
            ).first()
            if still is None:
                s.exec(
                    update(Evidence)
                    .where(
                        col(Evidence.case_id) == case_id,
                        col(Evidence.sha256) == sha,
                        col(Evidence.entry_id).is_(None),
                        col(Evidence.added_at).in_(made_at),
                        col(Evidence.trashed_at).is_(None),
                    )
                    .values(trashed_at=now, version=Evidence.version + 1)
                )
        for pid in party_ids:
            party = s.get(Party, pid)
            if party is None or party.created_at not in made_at or party.trashed_at:
                continue
            used = s.exec(
                select(Entry.id).where(Entry.party_id == pid, col(Entry.trashed_at).is_(None))
            ).first()
            if used is None:
                party.trashed_at = now
                party.version += 1
                s.add(party)
        touch_case(s, case_id, now)
    return Changes(
        cases=True, parties=True, timeline=True, promises=True, evidence=True, case_id=case_id
    )


def redo_import(store: Store, *, case_id: int, batch: str) -> Changes:
    """Bring back what `undo_import` trashed (rows trashed at that same moment)."""
    now = store.clock.now()
    with store.write() as s:
        get_row(s, Case, case_id)
        rows = s.exec(
            select(Entry).where(
                Entry.case_id == case_id,
                Entry.import_batch == batch,
                col(Entry.trashed_at).is_not(None),
            )
        ).all()
        if not batch or not rows:
            raise ImportFailed("import.not_found_batch", batch=batch)
        stamp = max(e.trashed_at for e in rows if e.trashed_at is not None)
        rows = [e for e in rows if e.trashed_at == stamp]
        for e in rows:
            e.trashed_at = None
            e.version += 1
            s.add(e)
        for table in (Evidence, Party):
            s.exec(
                update(table)
                .where(col(table.case_id) == case_id, col(table.trashed_at) == stamp)
                .values(trashed_at=None, version=table.version + 1)
            )
        touch_case(s, case_id, now)
    return Changes(
        cases=True, parties=True, timeline=True, promises=True, evidence=True, case_id=case_id
    )
