"""Stored OCR reads: one row per picture fingerprint (SHA-256), replaced when read again.

Derived data: the evidence file is never touched. Saving is one upsert (INSERT … ON CONFLICT
(sha256) DO UPDATE) in the caller's transaction, so two readers of the same picture at once
(two exhibits with one file, two volunteers in team mode) leave exactly one row, the later
read, and neither fails on the unique fingerprint.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from ecomplaint.domain.ocr_text import OcrResult, lines_from_json, lines_to_json
from ecomplaint.store.tables import OcrRead


def save_read(session: Session, result: OcrResult, *, read_at: datetime) -> None:
    values = {
        "sha256": result.sha256.lower(),
        "engine": result.engine,
        "read_at": read_at,
        "width": result.width,
        "height": result.height,
        "lines_json": lines_to_json(result.lines),
        "text": result.text,
        "error": result.error,
    }
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(OcrRead).values(values)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(OcrRead).values(values)  # type: ignore[assignment]
    changed = {k: v for k, v in values.items() if k != "sha256"}
    session.execute(stmt.on_conflict_do_update(index_elements=["sha256"], set_=changed))


def to_result(row: OcrRead) -> OcrResult:
    return OcrResult(
        sha256=row.sha256,
        engine=row.engine,
        width=row.width,
        height=row.height,
        lines=lines_from_json(row.lines_json),
        error=row.error,
    )


def load_read(session: Session, sha256: str) -> OcrResult | None:
    row = session.exec(select(OcrRead).where(OcrRead.sha256 == sha256.lower())).first()
    return None if row is None else to_result(row)


def read_at(session: Session, sha256: str) -> datetime | None:
    stmt = select(OcrRead.read_at).where(OcrRead.sha256 == sha256.lower())
    return session.exec(stmt).first()


def read_fingerprints(session: Session, sha256s: Iterable[str]) -> set[str]:
    """Which of these fingerprints have a stored read (successful or not)."""
    wanted = sorted({s.lower() for s in sha256s})
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        found.update(session.exec(select(OcrRead.sha256).where(col(OcrRead.sha256).in_(chunk))))
    return found


def forget_read(session: Session, sha256: str) -> None:
    """Drop a read (its file was deleted for good): derived data, remade on demand."""
    row = session.exec(select(OcrRead).where(OcrRead.sha256 == sha256.lower())).first()
    if row is not None:
        session.delete(row)
