"""Timeline entries from the text read off a screenshot: preview, then one commit.

`preview_entries` reads the exhibit's stored OCR text (never the engine: reading is
services.ocr's job) and proposes one message per chat bubble (domain.chat_layout), dated by
the screenshot's own stamps against the exhibit's capture time (else when it was added) in
the case's zone, and marks proposals whose lines already became entries.

`make_entries` adds the confirmed proposals in ONE transaction, each citing the exhibit's
SHA-256 and its lines ("ocr:4-6"), under one import batch: `undo_entries` moves them all to
the trash as one step, `redo_entries` brings them back (records_import's undo/redo: the
exhibit itself was not made by this step and stays). Lines already quoted by a live entry
from the same picture are skipped, so the same entries are never made twice.

A redacted copy (`derived_from_uid`) is a stand-in for its original: entries are made from
the ORIGINAL (its read, its SHA-256, its line numbering), since the copy's text is the same
minus the blacked-out values and its own numbering shifts wherever a value vanished; lines
chosen in the copy's numbering are mapped to the original's by their boxes. Citing the copy's
numbers under the original's label, or making the same message twice (once per picture), is
what this prevents. A copy whose original is trashed or gone is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from ecomplaint import chat_messages  # noqa: F401  (registers screenshot.* messages)
from ecomplaint.domain import validation as v
from ecomplaint.domain.chat_layout import ChatReading, MessageProposal, read_chat, title_party
from ecomplaint.domain.display_zone import HOME_TZ
from ecomplaint.domain.enums import PartyRole
from ecomplaint.domain.ocr_text import OcrLine, OcrResult, cite_lines, parse_cited_lines
from ecomplaint.i18n import UserError
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import get_row, new_uid, touch_case
from ecomplaint.services.entries import clean_entry_fields
from ecomplaint.store import ocr_reads
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case, Entry, Evidence, Party


@dataclass(frozen=True)
class EntriesPreview:
    evidence_uid: str
    evidence_id: int
    case_id: int
    sha256: str
    original_name: str
    zone: str
    seen_at: datetime | None  # the time the proposals' relative stamps were read against
    capture_known: bool  # False: seen_at is when the file was added, not captured
    reading: ChatReading
    # line -> the live entry that already quotes it (from this same picture)
    quoted: dict[int, int] = field(default_factory=dict)
    parties: list[tuple[int, str]] = field(default_factory=list)  # the case's, to choose from

    @property
    def proposals(self) -> list[MessageProposal]:
        return self.reading.proposals

    def duplicate_of(self, proposal: MessageProposal) -> int | None:
        return next((self.quoted[n] for n in proposal.lines if n in self.quoted), None)


@dataclass(frozen=True)
class MadeEntries:
    changes: Changes
    batch: str  # "" when nothing was made
    entry_ids: list[int]
    skipped_duplicates: int


def _exhibit(s: Session, evidence_uid: str, *, lock: bool = False) -> Evidence:
    query = select(Evidence).where(Evidence.uid == evidence_uid)
    # Locked (PostgreSQL; SQLite's write transaction already excludes other writers): two
    # volunteers making entries from the same picture at once wait for each other, so the
    # second sees the first one's entries and skips those lines.
    row = s.exec(query.with_for_update() if lock else query).first()
    if row is None:
        raise UserError("not_found", what="@:noun.evidence", ident=evidence_uid)
    if row.trashed_at is not None:
        raise UserError("trashed", what="@:noun.evidence", ident=evidence_uid)
    return row


def _source(s: Session, ev: Evidence) -> Evidence:
    """The exhibit entries are made from: a redacted copy's original, else the exhibit."""
    if not ev.derived_from_uid:
        return ev
    orig = s.exec(select(Evidence).where(Evidence.uid == ev.derived_from_uid)).first()
    if orig is None or orig.trashed_at is not None:
        raise UserError("screenshot.original_gone", name=ev.original_name)
    return orig


def _overlap(a: OcrLine, b: OcrLine) -> float:
    w = min(a.right, b.right) - max(a.left, b.left)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    return max(w, 0.0) * max(h, 0.0)


def _lines_on_original(copy: OcrResult, original: OcrResult, lines: Sequence[int]) -> list[int]:
    """Lines chosen in a redacted copy's numbering as the original's: the original line whose
    box covers most of the copy line's (same pixels, same place). One that matches nothing
    (a box drawn over a whole line) is dropped."""
    out: set[int] = set()
    for n in lines:
        if not 1 <= n <= len(copy.lines):
            raise _bad_line(n, len(copy.lines))
        mine = copy.lines[n - 1]
        area = max((mine.right - mine.left) * (mine.bottom - mine.top), 1.0)
        best = max(
            range(len(original.lines)),
            key=lambda i: _overlap(mine, original.lines[i]),
            default=None,
        )
        if best is not None and _overlap(mine, original.lines[best]) >= 0.5 * area:
            out.add(best + 1)
    return sorted(out)


def _bad_line(n: int, count: int) -> UserError:
    return UserError(
        "screenshot.bad_line.one" if count == 1 else "screenshot.bad_line", n=n, count=count
    )


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or HOME_TZ)
    except (KeyError, ValueError):
        return ZoneInfo(HOME_TZ)


def _quoted_lines(s: Session, case_id: int, sha256: str) -> dict[int, int]:
    out: dict[int, int] = {}
    rows = s.exec(
        select(Entry.id, Entry.source_locator).where(
            Entry.case_id == case_id,
            Entry.source_sha256 == sha256,
            col(Entry.trashed_at).is_(None),
        )
    ).all()
    for eid, locator in rows:
        span = parse_cited_lines(locator or "")
        if span is not None and eid is not None:
            for n in range(span[0], span[1] + 1):
                out.setdefault(n, eid)
    return out


def preview_entries(
    store: Store, *, evidence_uid: str, lines: Sequence[int] | None = None
) -> EntriesPreview:
    """What `make_entries` would add from this exhibit's text (or the `lines` chosen)."""
    with store.read() as s:
        shown = _exhibit(s, evidence_uid)
        ev = _source(s, shown)
        case = get_row(s, Case, ev.case_id)
        result = ocr_reads.load_read(s, ev.sha256)
        if result is None:
            raise UserError("screenshot.not_read", name=ev.original_name)
        if result.error or not result.lines:
            raise UserError("screenshot.no_text", name=ev.original_name)
        if ev is not shown and lines is not None:  # chosen in the copy's numbering
            copy = ocr_reads.load_read(s, shown.sha256)
            if copy is None:
                raise UserError("screenshot.not_read", name=shown.original_name)
            lines = _lines_on_original(copy, result, lines)
        quoted = _quoted_lines(s, ev.case_id, ev.sha256)
        parties, other = _parties(s, ev.case_id)
        assert ev.id is not None
        evidence_id, case_id, sha, name = ev.id, ev.case_id, ev.sha256, ev.original_name
        source_uid = ev.uid
        seen_at = ev.captured_at or ev.added_at
        capture_known = ev.captured_at is not None
        zone = case.tz or HOME_TZ
    if lines is not None:
        bad = [n for n in lines if not 1 <= n <= len(result.lines)]
        if bad:
            raise _bad_line(bad[0], len(result.lines))
    reading = read_chat(
        result, captured_at=seen_at, tz=_zone(zone), lines=lines, capture_known=capture_known
    )
    # The title bar names who the chat is with: that party, when exactly one matches.
    with_whom = title_party(reading.title, other) if reading.is_chat else None
    # Proposals whose lines are already entries start unticked.
    marked = [
        replace(
            p,
            include=p.include and not any(n in quoted for n in p.lines),
            party_id=p.party_id if p.party_id is not None else with_whom,
        )
        for p in reading.proposals
    ]
    return EntriesPreview(
        evidence_uid=source_uid,
        evidence_id=evidence_id,
        case_id=case_id,
        sha256=sha,
        original_name=name,
        zone=zone,
        seen_at=seen_at,
        capture_known=capture_known,
        reading=replace(reading, proposals=marked),
        quoted=quoted,
        parties=parties,
    )


def _parties(
    s: Session, case_id: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str, str, str]]]:
    """The case's live parties as (id, label) to choose from, and as (id, name,
    organisation, contact) to match a title bar against (never the complainant: they are
    not the other side of their own chat)."""
    rows = s.exec(
        select(Party).where(Party.case_id == case_id, col(Party.trashed_at).is_(None))
    ).all()
    labels, others = [], []
    for p in rows:
        if p.id is None:
            continue
        words = [w for w in (p.name, p.organisation) if w] or [p.contact or p.role]
        labels.append((p.id, " · ".join(words)))
        if p.role != PartyRole.COMPLAINANT:
            others.append((p.id, p.name, p.organisation, p.contact))
    return labels, others


def make_entries(
    store: Store,
    *,
    evidence_uid: str,
    proposals: Sequence[MessageProposal],
    now: datetime | None = None,
    logged_by: str | None = None,
) -> MadeEntries:
    """Add one entry per included proposal, in one transaction, citing the exhibit's lines.

    A proposal whose lines a live entry from the same picture already quotes is skipped
    (counted in `skipped_duplicates`); one with no time or no words is refused, naming its
    lines, and nothing is added."""
    now = now or store.clock.now()
    chosen = [p for p in proposals if p.include]
    if not chosen:
        raise UserError("screenshot.none_chosen")
    cleaned: list[tuple[MessageProposal, dict[str, object]]] = []
    for p in chosen:
        where = cite_lines(p.lines)[4:]
        if p.occurred_at is None:
            raise UserError("screenshot.no_time", lines=where)
        if not p.quote.strip() and not p.summary.strip():
            raise UserError("screenshot.no_words", lines=where)
        clean = clean_entry_fields(
            dict(
                kind=p.kind,
                channel=p.channel,
                direction=p.direction,
                occurred_at=p.occurred_at,
                occurred_tz=p.tz,
                precision=p.precision,
                summary=p.summary,
                quote=p.quote,
                party_id=p.party_id,
            ),
            now=now,
        )
        _zone_or_refuse(str(clean["occurred_tz"]))
        cleaned.append((p, clean))
    batch = new_uid()
    with store.write() as s:
        ev = _source(s, _exhibit(s, evidence_uid, lock=True))
        case_id = ev.case_id
        get_row(s, Case, case_id)
        quoted = _quoted_lines(s, case_id, ev.sha256)
        who = v.text(store.user if logged_by is None else logged_by, "name")
        made: list[Entry] = []
        skipped = 0
        for p, clean in cleaned:
            if any(n in quoted for n in p.lines):
                skipped += 1
                continue
            if clean["party_id"] is not None:
                party = get_row(s, Party, int(str(clean["party_id"])))
                if party.case_id != case_id:
                    raise UserError("wrong_case", what="@:noun.party", ident=party.id)
            entry = Entry(
                uid=new_uid(),
                case_id=case_id,
                logged_at=now,
                logged_by=who,
                source_sha256=ev.sha256,
                source_locator=cite_lines(p.lines),
                import_batch=batch,
                **clean,  # type: ignore[arg-type]
            )
            s.add(entry)
            made.append(entry)
            for n in p.lines:  # two proposals quoting one line: the second is a duplicate
                quoted.setdefault(n, -1)
        if made:
            touch_case(s, case_id, now)
        s.flush()
        ids = [e.id for e in made if e.id is not None]
    return MadeEntries(
        changes=Changes(cases=bool(ids), timeline=bool(ids), case_id=case_id),
        batch=batch if ids else "",
        entry_ids=ids,
        skipped_duplicates=skipped,
    )


def _zone_or_refuse(name: str) -> None:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError) as exc:
        raise UserError("juris.bad_tz", field="@:f.tz", value=name) from exc


def _set_trashed(store: Store, *, case_id: int, batch: str, trash: bool) -> Changes:
    # Only the batch's own entries: the screenshot and any party were not made by this step
    # (records_import's undo also trashes a source exhibit added at the same instant).
    now = store.clock.now()
    with store.write() as s:
        get_row(s, Case, case_id)
        rows = s.exec(
            select(Entry).where(
                Entry.case_id == case_id,
                Entry.import_batch == batch,
                col(Entry.trashed_at).is_(None) if trash else col(Entry.trashed_at).is_not(None),
            )
        ).all()
        if not batch or not rows:
            raise UserError("screenshot.not_found_batch")
        if not trash:  # only those the undo trashed, not ones the user trashed before
            stamp = max(e.trashed_at for e in rows if e.trashed_at is not None)
            rows = [e for e in rows if e.trashed_at == stamp]
        for e in rows:
            e.trashed_at = now if trash else None
            e.version += 1
            s.add(e)
        touch_case(s, case_id, now)
    return Changes(cases=True, timeline=True, case_id=case_id)


def undo_entries(store: Store, *, case_id: int, batch: str) -> Changes:
    """Move the entries one `make_entries` added to the trash, as one step."""
    return _set_trashed(store, case_id=case_id, batch=batch, trash=True)


def redo_entries(store: Store, *, case_id: int, batch: str) -> Changes:
    """Bring back what `undo_entries` trashed."""
    return _set_trashed(store, case_id=case_id, batch=batch, trash=False)


def exhibit_uid(store: Store, ref: str) -> str:
    """The uid of an exhibit given by its number ("12", "#12") or uid."""
    text = ref.strip().lstrip("#")
    with store.read() as s:
        if text.isdigit():
            row = s.get(Evidence, int(text))
        else:
            row = s.exec(select(Evidence).where(Evidence.uid == text)).first()
        if row is None:
            raise UserError("not_found", what="@:noun.evidence", ident=ref)
        return row.uid


def parse_line_list(text: str) -> list[int]:
    """ "4-9", "4,5,7", "4-6,9" -> line numbers (from 1)."""
    out: list[int] = []
    try:
        for part in text.replace("，", ",").split(","):
            lo, sep, hi = part.strip().partition("-")
            first, last = int(lo), int(hi) if sep else int(lo)
            if first < 1 or last < first:
                raise ValueError(part)
            out.extend(range(first, last + 1))
    except ValueError:
        raise UserError("screenshot.bad_lines", value=text) from None
    return sorted(set(out))
