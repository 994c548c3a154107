"""Plain, immutable rows handed to views, the CLI and the dossier (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

# One line of the case list lives in its own module: the window's start reads only that record
# (store/lean.py), and each frozen dataclass here costs ~1.5 ms to create (bench/README.md).
from ecomplaint.domain.case_summary import CaseSummary as CaseSummary


@dataclass(frozen=True)
class CaseRecord:
    id: int
    uid: str
    title: str
    platform: str
    merchant: str
    order_no: str
    product: str
    order_date: date | None
    amount: Decimal | None
    currency: str
    services: str
    complainant_name: str
    complainant_phone: str
    complainant_address: str
    complainant_id_no: str
    demands: str
    status: str
    tags: str
    language: str
    assignee: str
    notes: str
    created_at: datetime
    updated_at: datetime
    trashed_at: datetime | None
    version: int
    # The case's jurisdiction: its rules, its clock and its money (migration 0006).
    country: str = "CN"
    ladder: str = ""  # rule-pack ladder id; "" = chosen from the platform and currency
    tz: str = "Asia/Shanghai"  # times typed for the case are read here
    calendar: str = "CN"  # working days are counted on this (domain/workdays.py)

    @property
    def tag_list(self) -> list[str]:
        return [t for t in self.tags.split("|") if t]

    @property
    def demand_list(self) -> list[str]:
        return [d.strip() for d in self.demands.splitlines() if d.strip()]

    @property
    def service_list(self) -> list[str]:
        return [s.strip() for s in self.services.splitlines() if s.strip()]


@dataclass(frozen=True)
class PartyRecord:
    id: int
    uid: str
    case_id: int
    role: str
    name: str
    organisation: str
    contact: str
    notes: str
    created_at: datetime
    trashed_at: datetime | None
    version: int

    @property
    def label(self) -> str:
        return " · ".join(p for p in (self.name, self.organisation) if p) or self.role


@dataclass(frozen=True)
class EntryRecord:
    id: int
    uid: str
    case_id: int
    party_id: int | None
    kind: str
    channel: str
    direction: str
    stance: str
    occurred_at: datetime
    occurred_tz: str
    precision: str
    logged_at: datetime
    summary: str
    quote: str
    logged_by: str
    trashed_at: datetime | None
    version: int
    duration_s: int | None = None  # calls: seconds
    source_sha256: str = ""  # imported: the source file's fingerprint
    source_locator: str = ""  # imported: the line or element in that file
    import_batch: str = ""


@dataclass(frozen=True)
class PromiseRecord:
    id: int
    uid: str
    case_id: int
    entry_id: int | None
    party_id: int | None
    escalation_id: int | None
    what: str
    description: str
    made_at: datetime
    clock: str
    window_min: int
    window_max: int
    tz: str
    due_from: datetime
    due_by: datetime
    kept_entry_id: int | None
    kept_at: datetime | None
    broken_entry_id: int | None
    broken_at: datetime | None
    superseded_by_id: int | None
    trashed_at: datetime | None
    version: int
    calendar: str = "CN"  # the working-day calendar the window was computed on


@dataclass(frozen=True)
class PauseRecord:
    id: int
    case_id: int
    promise_id: int | None
    started_at: datetime
    ended_at: datetime | None
    reason: str


@dataclass(frozen=True)
class EscalationRecord:
    id: int
    uid: str
    case_id: int
    entry_id: int | None
    ladder: str
    rung: str
    rung_label: str
    escalated_at: datetime
    reference_no: str
    outcome: str
    note: str
    trashed_at: datetime | None
    version: int


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    uid: str
    case_id: int
    entry_id: int | None
    sha256: str
    original_name: str
    size: int
    mime: str
    captured_at: datetime | None
    added_at: datetime
    description: str
    privacy_checked: bool
    trashed_at: datetime | None
    version: int
    # A redacted copy (#15): the uid of the exhibit it was made from, and what was filled
    # (domain/image_redaction.RedactionRecord as JSON); both empty for an original.
    derived_from_uid: str = ""
    redaction_json: str = ""


@dataclass(frozen=True)
class CaseDetail:
    """A case with everything hanging off it, as read in one transaction."""

    case: CaseRecord
    parties: list[PartyRecord] = field(default_factory=list)
    entries: list[EntryRecord] = field(default_factory=list)
    promises: list[PromiseRecord] = field(default_factory=list)
    pauses: list[PauseRecord] = field(default_factory=list)
    escalations: list[EscalationRecord] = field(default_factory=list)
    evidence: list[EvidenceRecord] = field(default_factory=list)
