"""All tables in one module (HOUSE.md: no relationships spread over files).

Every user-made row has a stable `uid` (hand-off files re-import by it), a `trashed_at`
(deleting is undoable until the trash is emptied) and a `version` (optimistic locking).
Times are aware UTC (see types.UTCDateTime); `occurred_tz` keeps the zone the user lived in.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from ecomplaint.store.types import DecimalText, UTCDateTime


def _fk(target: str, ondelete: str, nullable: bool = True, index: bool = True) -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


class Case(SQLModel, table=True):
    __tablename__ = "cases"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=36, unique=True, index=True)
    title: str
    platform: str = Field(default="other", index=True)
    merchant: str = ""
    order_no: str = Field(default="", index=True)
    product: str = ""
    order_date: date | None = None
    amount: Decimal | None = Field(default=None, sa_type=DecimalText)
    currency: str = "CNY"
    services: str = ""  # bought alongside the product, one per line
    complainant_name: str = ""
    complainant_phone: str = ""
    complainant_address: str = ""
    complainant_id_no: str = ""
    demands: str = ""  # one demand per line
    status: str = Field(default="open", index=True)
    tags: str = ""  # stored as "|a|b|" so one LIKE finds a whole tag
    language: str = "zh"
    assignee: str = ""
    notes: str = ""
    # Jurisdiction (0006): the ladder it climbs, the zone its times are read in, the
    # working-day calendar its clocks count on; currency above.
    country: str = "CN"
    ladder: str = ""
    tz: str = "Asia/Shanghai"
    calendar: str = "CN"
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    trashed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1


class Party(SQLModel, table=True):
    __tablename__ = "parties"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=36, unique=True, index=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    role: str = "other"
    name: str = ""  # a name or an agent ID ("工号 3021")
    organisation: str = ""
    contact: str = ""
    notes: str = ""
    created_at: datetime = Field(sa_type=UTCDateTime)
    trashed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1


class Entry(SQLModel, table=True):
    __tablename__ = "entries"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=36, unique=True, index=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    party_id: int | None = Field(default=None, sa_column=_fk("parties.id", "SET NULL"))
    kind: str = "note"
    channel: str = "other"
    direction: str = "none"
    stance: str = Field(default="none", index=True)  # final offer / refusal: "what next"
    occurred_at: datetime = Field(sa_type=UTCDateTime, index=True)
    occurred_tz: str = "Asia/Shanghai"
    precision: str = "exact"
    logged_at: datetime = Field(sa_type=UTCDateTime)
    summary: str = ""
    quote: str = ""
    logged_by: str = ""
    trashed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1
    # Imported entries (0007): a call's length; the source file's SHA-256 and the line or
    # element in it; the import that added it (undone as one step).
    duration_s: int | None = None
    source_sha256: str = Field(default="", max_length=64, index=True)
    source_locator: str = ""
    import_batch: str = Field(default="", max_length=36, index=True)


class SourceContact(SQLModel, table=True):
    """Per case: which party a phone number or address met in imported records is."""

    __tablename__ = "source_contacts"
    __table_args__ = (
        UniqueConstraint("case_id", "address", name="uq_source_contacts_case_address"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    party_id: int = Field(sa_column=_fk("parties.id", "CASCADE", nullable=False))
    address: str  # normalised (records_import.model.normalise_address)


class Escalation(SQLModel, table=True):
    __tablename__ = "escalations"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=36, unique=True, index=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    entry_id: int | None = Field(default=None, sa_column=_fk("entries.id", "SET NULL"))
    ladder: str = ""  # rule-pack ladder key, e.g. "cn.jd"
    rung: str = ""  # rung key within the ladder
    rung_label: str = ""  # as shown when escalated (packs change)
    escalated_at: datetime = Field(sa_type=UTCDateTime)
    reference_no: str = ""
    outcome: str = ""
    note: str = ""
    trashed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1


class Promise(SQLModel, table=True):
    __tablename__ = "promises"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=36, unique=True, index=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    entry_id: int | None = Field(default=None, sa_column=_fk("entries.id", "CASCADE"))
    party_id: int | None = Field(default=None, sa_column=_fk("parties.id", "SET NULL"))
    escalation_id: int | None = Field(default=None, sa_column=_fk("escalations.id", "CASCADE"))
    what: str = "reply"
    description: str = ""
    made_at: datetime = Field(sa_type=UTCDateTime)
    clock: str = "hours"  # hours | working_days
    window_min: int = 0  # in the clock's unit: 24 of "24-48 h"
    window_max: int = 0  # 48 of "24-48 h"
    tz: str = "Asia/Shanghai"  # working days are counted in this zone …
    calendar: str = "CN"  # … on this calendar (domain/workdays.py), recorded per promise
    # Stored so that SQL can find what is due; recomputed whenever pauses change.
    due_from: datetime = Field(sa_type=UTCDateTime, index=True)
    due_by: datetime = Field(sa_type=UTCDateTime, index=True)
    kept_entry_id: int | None = Field(default=None, sa_column=_fk("entries.id", "SET NULL"))
    kept_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    broken_entry_id: int | None = Field(default=None, sa_column=_fk("entries.id", "SET NULL"))
    broken_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    superseded_by_id: int | None = Field(default=None, sa_column=_fk("promises.id", "SET NULL"))
    trashed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1


class Pause(SQLModel, table=True):
    """A stretch when the case waits on the consumer: promise clocks stop meanwhile."""

    __tablename__ = "pauses"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    promise_id: int | None = Field(default=None, sa_column=_fk("promises.id", "CASCADE"))
    started_at: datetime = Field(sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reason: str = ""


class Evidence(SQLModel, table=True):
    __tablename__ = "evidence"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=36, unique=True, index=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    entry_id: int | None = Field(default=None, sa_column=_fk("entries.id", "SET NULL"))
    sha256: str = Field(max_length=64, index=True)
    original_name: str = ""
    size: int = 0
    mime: str = "application/octet-stream"
    captured_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    added_at: datetime = Field(sa_type=UTCDateTime)
    description: str = ""
    privacy_checked: bool = False
    trashed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1
    # Redacted copies (0008): the exhibit this one was made from, and which boxes were
    # filled on it, by whom and when (JSON, see domain/image_redaction.py).
    derived_from_uid: str = Field(default="", max_length=36, index=True)
    redaction_json: str = ""


class OcrRead(SQLModel, table=True):
    """Text read from an image (0008): derived data keyed by the image's SHA-256."""

    __tablename__ = "ocr_reads"
    __table_args__ = (UniqueConstraint("sha256", name="uq_ocr_reads_sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64)
    engine: str = ""  # name and version of the engine and its models
    read_at: datetime = Field(sa_type=UTCDateTime)
    width: int = 0
    height: int = 0
    lines_json: str = "[]"  # [{"text", "box": [[x, y] x4], "score"}] in reading order
    text: str = ""  # the lines joined by newlines, for search
    error: str = ""  # why it could not be read (not retried at every start)
