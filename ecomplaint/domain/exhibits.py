"""Exhibit numbers (E1…En), shared by the dossier and the letters so both cite the same.

A redacted copy of a picture (evidence.derived_from_uid) is not an exhibit of its own while
its original is in the list: it is the same exhibit, printed in its place in a redacted
dossier (`redacted_copies`). A copy whose original is gone (trashed) stands alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ecomplaint.domain.records import CaseDetail, EvidenceRecord


def exhibit_order(detail: CaseDetail) -> list[EvidenceRecord]:
    """E1…En follow the chronology; evidence not tied to an entry comes last, by time added."""
    position = {e.id: n for n, e in enumerate(detail.entries)}
    present = {x.uid for x in detail.evidence if x.trashed_at is None}
    return sorted(
        (x for x in detail.evidence if not (x.derived_from_uid and x.derived_from_uid in present)),
        key=lambda x: (
            position.get(x.entry_id, len(position)) if x.entry_id is not None else len(position),
            x.captured_at or x.added_at,
            x.added_at,
            x.id,
        ),
    )


def redacted_copies(detail: CaseDetail) -> dict[int, EvidenceRecord]:
    """Original's id → the live redacted copy a redacted dossier prints: the newest one the
    user confirmed, else the newest (a later unconfirmed attempt never displaces a copy the
    user vouched for; trashing a copy falls back to the one before)."""
    originals = {x.uid: x for x in detail.evidence if x.trashed_at is None}
    out: dict[int, EvidenceRecord] = {}
    for x in sorted(detail.evidence, key=lambda x: (x.privacy_checked, x.added_at, x.id)):
        original = originals.get(x.derived_from_uid) if x.derived_from_uid else None
        if original is not None and x.trashed_at is None:
            out[original.id] = x
    return out


@dataclass(frozen=True)
class Origin:
    """The original a redacted copy was made from, as the window names it: its exhibit
    number (E-n, as in the dossier and letters; 0 when it is no exhibit: trashed, not in
    `detail`) and its fingerprint ("" when unknown)."""

    number: int
    name: str
    sha256: str


def origin_of(copy: EvidenceRecord, detail: CaseDetail | None) -> Origin | None:
    """None for an original; for a redacted copy, the original it was made from."""
    if not copy.derived_from_uid:
        return None
    live = [x for x in detail.evidence if x.trashed_at is None] if detail else []
    order = exhibit_order(replace(detail, evidence=live)) if detail else []
    for n, x in enumerate(order, start=1):
        if x.uid == copy.derived_from_uid:
            return Origin(n, x.original_name, x.sha256)
    for x in detail.evidence if detail else []:
        if x.uid == copy.derived_from_uid:
            return Origin(0, x.original_name, x.sha256)
    return Origin(0, "", "")
