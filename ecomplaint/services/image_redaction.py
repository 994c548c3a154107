"""Redact a picture exhibit: propose boxes over its personal data, write the blacked-out copy
as a new exhibit beside the untouched original, undo by trashing that copy.

    boxes = propose_boxes(store, evidence_uid=uid)          # from the stored text read
    done = redact_image(store, evidence_uid=uid, boxes=boxes, by="me")
    trash_evidence(store, evidence_id=done.evidence_id)     # undo (undo_redaction)

The copy is always made from the original's pixels. Redacting the original fills exactly the
boxes given (an editor passes its whole edited set, so a box can be moved or removed);
redacting a redacted copy again makes a new copy of the same original with the copy's boxes
and the new ones. Either way every copy names its original directly (`derived_from_uid`)
and its record lists every box filled on it. Which copy a dossier prints:
domain/exhibits.redacted_copies (the newest confirmed, else the newest).

Order of work, so that an interruption leaves the original and the store as they were: the
slow part (decode, fill, encode, check, read the result's text) touches nothing; the new
file goes into the blob store by the same atomic copy as an attachment (temp file, fsync,
rename); then one short transaction adds the row. A failure before the commit removes the
new blob unless some row names it; a killed process leaves at most a blob no row names,
which `ecomplaint verify --clean-strays` removes.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, or_, select

from ecomplaint import paths as folders
from ecomplaint import redact_image_messages  # noqa: F401  (registers redact_image.*)
from ecomplaint.domain import pii_boxes
from ecomplaint.domain.image_redaction import Box, RedactionRecord
from ecomplaint.domain.ocr_text import OcrLine, OcrResult
from ecomplaint.domain.records import CaseRecord
from ecomplaint.dossier.redact import Redactor
from ecomplaint.i18n import UserError
from ecomplaint.pixel_redaction import check, open_upright, redact_pixels, snap_out
from ecomplaint.services.changes import Changes
from ecomplaint.services.common import get_row, new_uid, touch_case
from ecomplaint.services.evidence import _discard_new_blobs, trash_evidence
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.store import ocr_reads, queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import StoredBlob, blob_lock, store_file
from ecomplaint.store.tables import Case, Evidence, Party

# Reads the text of a picture (its bytes); the OCR engine by default.
Reader = Callable[[bytes, str], OcrResult]
SIZE_LIMIT = 500 * 1024 * 1024  # a redacted PNG of an 80 MP picture stays well below


@dataclass(frozen=True)
class RedactionOutcome:
    changes: Changes
    evidence_id: int  # the new exhibit (the redacted copy)
    uid: str
    sha256: str
    original_id: int
    original_uid: str
    boxes: tuple[Box, ...]  # every box filled on the original, clipped to the picture
    verified: bool  # pixel checks passed and the text reader found none of the values
    text_checked: bool  # the text reader ran on the result (False: OCR unavailable here)
    stored_before: bool  # the very same redacted file was already in the store


def find_exhibit(store: Store, ref: str) -> int:
    """An exhibit by id, or by uid (or its first 8+ characters), as the CLI names it."""
    ref = ref.strip().lstrip("#")
    with store.read() as s:
        if ref.isdigit() and s.get(Evidence, int(ref)) is not None:
            return int(ref)
        conds = [col(Evidence.uid) == ref]
        if len(ref) >= 8:
            conds.append(col(Evidence.uid).startswith(ref))
        hit = s.exec(select(Evidence.id).where(or_(*conds)).order_by(col(Evidence.id))).first()
    if hit is None:
        raise UserError("not_found", what="@:noun.evidence", ident=ref)
    return int(hit)


def _by_uid(s: Session, uid: str) -> Evidence:
    row = s.exec(select(Evidence).where(Evidence.uid == uid)).first()
    if row is None:
        raise UserError("not_found", what="@:noun.evidence", ident=uid)
    return row


def _original_of(s: Session, row: Evidence) -> tuple[Evidence, tuple[Box, ...]]:
    """The original a picture comes from (itself when it is one) and the boxes already
    filled on the way to `row`."""
    if not row.derived_from_uid:
        return row, ()
    original = _by_uid(s, row.derived_from_uid)
    record = RedactionRecord.from_json(row.redaction_json)
    return original, (record.boxes if record is not None else ())


def _stored_lines(s: Session, sha256: str) -> OcrResult | None:
    """The picture's stored text read (services/ocr.py), if it was read successfully."""
    result = ocr_reads.load_read(s, sha256)
    return result if result is not None and result.ok else None


def _finder(s: Session, case: Case) -> Callable[[str], list[tuple[int, int, str]]]:
    """The dossier's detectors for this case, also given the names and contacts of the
    complainant's own party rows (a Chinese name beside an English case's pinyin one, a
    WeChat ID). Other parties' names are left readable: the merchant's agent signs their
    messages, and that name is part of the evidence."""
    record = queries.to_record(CaseRecord, case)
    own = s.exec(
        select(Party).where(
            Party.case_id == case.id,
            Party.role == "complainant",
            col(Party.trashed_at).is_(None),
        )
    ).all()
    extra = tuple(v for p in own for v in (p.name, p.contact) if v.strip())
    return Redactor.for_case(record, "en" if record.language == "en" else "zh", True, extra).find


def _engine_reader() -> Reader | None:
    """The OCR engine's read, or None when it cannot run here."""
    from ecomplaint.ocr import engine  # its packages load on the first read, not at start

    if engine.unavailable() is not None:
        return None

    def read(data: bytes, sha256: str) -> OcrResult:
        return engine.read_image(data, sha256=sha256)

    return read


def propose_boxes(store: Store, *, evidence_uid: str, read: bool = False) -> list[Box]:
    """Boxes over the personal data in the picture's stored text (none when it has not been
    read; with `read`, an unread picture is read first, as the CLI's --auto does, and a
    picture that cannot be read raises UserError saying why)."""
    with store.read() as s:
        row = _by_uid(s, evidence_uid)
        original, _ = _original_of(s, row)
        find = _finder(s, get_row(s, Case, row.case_id, live=False))
        result = _stored_lines(s, original.sha256)
        uid, sha = original.uid, original.sha256.lower()
    if result is None and read:
        result = _read_exhibit(store, uid)
    if result is None:
        return []
    boxes = pii_boxes.propose(result.lines, find, width=result.width, height=result.height)
    return _snapped(store, sha, boxes)


def _snapped(store: Store, sha: str, boxes: list[Box]) -> list[Box]:
    """Boxes widened to the gaps between glyphs in the stored picture (pixel_redaction.py);
    as estimated when the picture cannot be read here."""
    if not boxes:
        return boxes
    try:
        im = open_upright(blob_path(store.folder, sha).read_bytes())
    except (OSError, UserError):
        return boxes
    return snap_out(im, boxes)


def _read_exhibit(store: Store, uid: str) -> OcrResult:
    from ecomplaint import ocr_messages  # noqa: F401  (registers the ocr.* reasons)
    from ecomplaint.services.ocr import read_exhibit

    result = read_exhibit(store, evidence_uid=uid)
    if not result.ok:
        raise UserError("redact_image.auto_unread", reason=UserError(result.error))
    return result


def _norm(text: str) -> str:
    """Letters and digits only, NFKC, case-folded: how a value is looked for in read text."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _mostly_under(value: tuple[float, float, float, float], boxes: Sequence[Box]) -> bool:
    """Whether a box is over a value's own extent (x0, y0, x1, y1: no margins): on its line
    (at least half its height) and over any part of it. A value on the next line, brushed by
    a box's margin, does not count; a value a box only half covers does."""
    x0, y0, x1, y1 = value
    for b in boxes:
        w = min(x1, b.x + b.w) - max(x0, b.x)
        h = min(y1, b.y + b.h) - max(y0, b.y)
        if w > 0 and h >= (y1 - y0) / 2:
            return True
    return False


def _extent(line: OcrLine, a: int, b: int) -> tuple[float, float, float, float]:
    """Where characters a..b of the line print, estimated as pii_boxes does, without margin."""
    widths = [pii_boxes.char_width(c) for c in line.text]
    unit = (line.right - line.left) / (sum(widths) or 1.0)
    return (
        line.left + sum(widths[:a]) * unit,
        line.top,
        line.left + sum(widths[:b]) * unit,
        line.bottom,
    )


def _covered_values(
    lines: Sequence[OcrLine],
    find: Callable[[str], list[tuple[int, int, str]]],
    boxes: Sequence[Box],
) -> list[tuple[str, str]]:
    """(value, kind) of every personal value in `lines` that one of `boxes` is over."""
    out = []
    for line in lines:
        spans = pii_boxes.masked_spans(line.text) + find(line.text)
        for a, b, kind in spans:
            if _mostly_under(_extent(line, a, b), boxes):
                value = _norm(line.text[a:b])
                if len(value) >= 4:  # "陈*" or a lone digit would match anything
                    out.append((value, kind))
    return out


def _leaks(
    before: OcrResult | None,
    after: OcrResult,
    find: Callable[[str], list[tuple[int, int, str]]],
    boxes: Sequence[Box],
) -> list[tuple[int, str]]:
    """(line number in `after`, kind) where a value meant to be hidden can still be read:
    a value the boxes were over in the original's text, or personal data found again under
    a box in the copy's own text."""
    expected = _covered_values(before.lines, find, boxes) if before is not None else []
    found: list[tuple[int, str]] = []
    for n, line in enumerate(after.lines, start=1):
        text = _norm(line.text)
        for value, kind in expected:
            if value in text:
                found.append((n, kind))
        for _value, kind in _covered_values([line], find, boxes):
            found.append((n, kind))
    return sorted(set(found))


def _kind_word(kind: str) -> str:
    kind = {"listed": "name", "masked": "phone"}.get(kind, kind)
    return f"@:redact_image.k.{kind}" if kind in pii_boxes.REASONS else "@:redact_image.k.phone"


def _derived_name(name: str) -> str:
    stem = Path(name).stem or "picture"
    return f"{stem}-redacted.png"[:255]


@dataclass(frozen=True)
class RedactionPlan:
    """What making a copy needs, read from the store (plan_redaction); plain data plus the
    case's detectors, so `make_copy` runs without the store (on a worker thread)."""

    original_id: int
    original_uid: str
    sha256: str
    name: str
    data: bytes  # the original's bytes, checked against its fingerprint
    boxes: tuple[Box, ...]  # every box to fill: the copy's earlier ones, then the new
    before: OcrResult | None  # the original's stored text read
    find: Callable[[str], list[tuple[int, int, str]]]


@dataclass(frozen=True)
class MadeCopy:
    """The redacted PNG, checked, not yet stored (make_copy)."""

    plan: RedactionPlan
    png: bytes
    sha256: str
    boxes: tuple[Box, ...]  # as filled: clipped to the picture
    text: OcrResult | None  # the copy's text read back, when it was
    text_checked: bool


def _check_team_folder(store: Store) -> None:
    """As for attaching: in team mode a copy kept on one volunteer's disk would be "missing"
    for everyone else, and the original is not on that disk to begin with."""
    if store.dialect != "sqlite" and not folders.evidence_is_shared(store.folder):
        raise UserError("evidence.team_needs_shared_folder")


def plan_redaction(store: Store, *, evidence_uid: str, boxes: Sequence[Box]) -> RedactionPlan:
    """Step 1 (reads the store): the original, its checked bytes and the boxes to fill."""
    _check_team_folder(store)
    with store.read() as s:
        row = _by_uid(s, evidence_uid)
        if row.trashed_at is not None:
            raise UserError("trashed", what="@:noun.evidence", ident=row.id)
        original, earlier = _original_of(s, row)
        case = get_row(s, Case, original.case_id)
        find = _finder(s, case)
        before = _stored_lines(s, original.sha256)
        original_id, original_uid = original.id, original.uid
        sha, name, mime = original.sha256.lower(), original.original_name, original.mime
    assert original_id is not None
    if not is_renderable(mime):
        raise UserError("redact_image.not_picture", ident=original_id, name=name)
    if not boxes and not earlier:
        raise UserError("redact_image.no_boxes")
    try:
        data = blob_path(store.folder, sha).read_bytes()
    except OSError as exc:
        raise UserError("evidence.blob_missing", sha=sha) from exc
    if hashlib.sha256(data).hexdigest() != sha:
        raise UserError("evidence.altered", name=name, sha=sha)
    return RedactionPlan(
        original_id=original_id,
        original_uid=original_uid,
        sha256=sha,
        name=name,
        data=data,
        boxes=tuple(dict.fromkeys([*earlier, *boxes])),  # a box given twice is filled once
        before=before,
        find=find,
    )


def make_copy(
    plan: RedactionPlan, *, reader: Reader | None = None, check_text: bool = True
) -> MadeCopy:
    """Step 2 (the slow part, touching no store): fill, encode, check, read the text back.
    Raises UserError when the copy fails a check or a hidden value can still be read."""
    out = redact_pixels(plan.data, plan.boxes, name=plan.name)
    problems = check(out.png, out.boxes, out.width, out.height)
    if problems:
        raise UserError("redact_image.check_failed", detail="; ".join(problems))
    new_sha = hashlib.sha256(out.png).hexdigest()
    after: OcrResult | None = None
    if check_text:
        read = reader if reader is not None else _engine_reader()
        if read is not None:
            after = read(out.png, new_sha)
    if after is not None and after.ok:
        leaks = _leaks(plan.before, after, plan.find, out.boxes)
        if leaks:
            raise UserError(
                "redact_image.still_readable",
                what=_kind_word(leaks[0][1]),
                lines=", ".join(str(n) for n in sorted({n for n, _ in leaks})),
            )
    checked = after is not None and after.ok
    return MadeCopy(plan, out.png, new_sha, out.boxes, after if checked else None, checked)


def store_copy(
    store: Store, made: MadeCopy, *, by: str, confirmed: bool = True, now: datetime | None = None
) -> RedactionOutcome:
    """Step 3 (writes): the copy's file into the blob store, then one transaction adds the
    exhibit (and the copy's text). A failure removes the new file unless a row names it."""
    plan = made.plan
    _check_team_folder(store)
    when = now or store.clock.now()
    record = RedactionRecord(
        original_uid=plan.original_uid,
        original_sha256=plan.sha256,
        boxes=made.boxes,
        by=by,
        at=when,
        verified=made.text_checked,
    )
    # the new file into the blob store (atomic: temp file, fsync, rename)
    with tempfile.TemporaryDirectory(prefix="ecomplaint-redact-") as tmp:
        path = Path(tmp) / "redacted.png"
        path.write_bytes(made.png)
        blob: StoredBlob = store_file(store.folder, path, limit=SIZE_LIMIT)
    if blob.sha256 != made.sha256:  # the temp file was changed under us
        _discard_new_blobs(store, [blob])
        raise UserError("redact_image.check_failed", detail="fingerprint changed while stored")
    try:
        with store.write() as s:
            blob_lock(s, exclusive=False)  # no stray cleanup runs until the row commits
            orig = get_row(s, Evidence, plan.original_id)  # still live
            get_row(s, Case, orig.case_id)
            if not blob_path(store.folder, made.sha256).exists():  # removed meanwhile
                raise UserError("evidence.blob_missing", sha=made.sha256)
            copy = Evidence(
                uid=new_uid(),
                case_id=orig.case_id,
                entry_id=orig.entry_id,
                sha256=made.sha256,
                original_name=_derived_name(orig.original_name),
                size=blob.size,
                mime="image/png",
                captured_at=orig.captured_at,
                added_at=when,
                description=orig.description,
                privacy_checked=confirmed,
                derived_from_uid=orig.uid,
                redaction_json=record.to_json(),
            )
            s.add(copy)
            if made.text is not None and _stored_lines(s, made.sha256) is None:
                ocr_reads.save_read(s, replace(made.text, sha256=made.sha256), read_at=when)
            s.flush()
            assert copy.id is not None
            touch_case(s, orig.case_id, when)
            copy_id, copy_uid, case_id = copy.id, copy.uid, orig.case_id
    except BaseException:
        with contextlib.suppress(Exception):
            _discard_new_blobs(store, [blob])
        raise
    return RedactionOutcome(
        changes=Changes(cases=True, timeline=True, evidence=True, case_id=case_id),
        evidence_id=copy_id,
        uid=copy_uid,
        sha256=made.sha256,
        original_id=plan.original_id,
        original_uid=plan.original_uid,
        boxes=made.boxes,
        verified=made.text_checked,
        text_checked=made.text_checked,
        stored_before=not blob.created,
    )


def redact_image(
    store: Store,
    *,
    evidence_uid: str,
    boxes: Sequence[Box],
    by: str,
    confirmed: bool = True,
    now: datetime | None = None,
    reader: Reader | None = None,
    check_text: bool = True,
) -> RedactionOutcome:
    """Write the picture with `boxes` (in its pixels as shown) filled black as a new exhibit
    of the same case and entry, derived from the original; the original is never touched.
    The three steps in a row (a window runs step 2 off its database thread).

    `confirmed`: the user looked at the result and says it hides what it must (the copy is
    marked as checked for privacy, and a redacted dossier drops its warning).
    `reader` reads a picture's text for the check (the OCR engine by default); with
    `check_text` False, or OCR unavailable, the copy is stored with `verified` False.
    Raises UserError when the picture cannot be read, a box lies outside it, the written
    copy fails its checks, or the text reader can still read a hidden value: nothing stored.
    """
    plan = plan_redaction(store, evidence_uid=evidence_uid, boxes=boxes)
    made = make_copy(plan, reader=reader, check_text=check_text)
    return store_copy(store, made, by=by, confirmed=confirmed, now=now)


def confirm_redaction(store: Store, *, evidence_id: int) -> Changes:
    """The user looked at a redacted copy and says it hides what it must: it is marked as
    checked for privacy (a redacted dossier then prints it without the warning)."""
    now = store.clock.now()
    with store.write() as s:
        row = get_row(s, Evidence, evidence_id)
        if not row.derived_from_uid:
            raise UserError("redact_image.not_derivative", ident=evidence_id)
        if not row.privacy_checked:
            row.privacy_checked = True
            row.version += 1
            s.add(row)
            touch_case(s, row.case_id, now)
        return Changes(cases=True, evidence=True, case_id=row.case_id)


def undo_redaction(store: Store, *, evidence_id: int) -> Changes:
    """Undo a redaction: the copy goes to the trash (restorable); the original never changed."""
    with store.read() as s:
        row = get_row(s, Evidence, evidence_id)
        if not row.derived_from_uid:
            raise UserError("redact_image.not_derivative", ident=evidence_id)
    return trash_evidence(store, evidence_id=evidence_id)
