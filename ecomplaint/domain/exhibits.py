"""Exhibit numbers (E1…En), shared by the dossier and the letters so both cite the same."""

from __future__ import annotations

from ecomplaint.domain.records import CaseDetail, EvidenceRecord


def exhibit_order(detail: CaseDetail) -> list[EvidenceRecord]:
    """E1…En follow the chronology; evidence not tied to an entry comes last, by time added."""
    position = {e.id: n for n, e in enumerate(detail.entries)}
    return sorted(
        detail.evidence,
        key=lambda x: (
            position.get(x.entry_id, len(position)) if x.entry_id is not None else len(position),
            x.captured_at or x.added_at,
            x.added_at,
            x.id,
        ),
    )
