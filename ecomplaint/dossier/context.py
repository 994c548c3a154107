"""Everything the section builders share for one export: words, formats, redaction, numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib.styles import ParagraphStyle

from ecomplaint import vocabulary
from ecomplaint.domain.records import CaseDetail, EntryRecord, EvidenceRecord, PartyRecord
from ecomplaint.dossier.citations import Citation
from ecomplaint.dossier.exhibit_check import FileCheck, State
from ecomplaint.dossier.facts import Facts
from ecomplaint.dossier.flow import short
from ecomplaint.dossier.images import Prepared
from ecomplaint.dossier.labels import Lang, label
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.dossier.redact import Redactor
from ecomplaint.dossier.timestamp import Stamp
from ecomplaint.services.remedies import RemedyReport


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "Asia/Shanghai")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass
class Ctx:
    detail: CaseDetail
    options: DossierOptions
    as_of: datetime
    facts: Facts
    redact: Redactor
    styles: dict[str, ParagraphStyle]
    citations: list[Citation]
    exhibits: list[EvidenceRecord]  # in exhibit order: E1 is exhibits[0]
    pictures: dict[str, Prepared | None]
    frame_w: float
    frame_h: float
    fingerprint: str
    # Where the unredacted originals go with this dossier: "pdf", "zip" or None.
    originals_where: str | None = None
    attached_names: dict[int, str] = field(default_factory=dict)  # evidence id → name in PDF
    remedies: RemedyReport | None = None  # the legal-basis section's figures
    checks: dict[str, FileCheck] = field(default_factory=dict)  # recorded sha → file as read now
    # original's evidence id → its redacted copy (dossier/redacted_exhibits.py)
    copies: dict[int, EvidenceRecord] = field(default_factory=dict)
    manifest: bytes = b""  # dossier/timestamp.py: embedded in the PDF, what a timestamp covers
    stamp: Stamp | None = None  # a verified trusted timestamp over exactly this manifest
    # Cell texts too long for a table cell, printed in full after the table (see sections).
    spill: list[str] = field(default_factory=list)
    spill_done: int = 0  # how many of `spill` are already printed

    def spill_pending(self) -> list[str]:
        return self.spill[self.spill_done :]

    @property
    def lang(self) -> Lang:
        return self.options.lang

    def L(self, key: str, **args: object) -> str:  # noqa: N802 - short on purpose
        return label(key, self.lang, **args)

    def V(self, kind: str, value: str) -> str:  # noqa: N802
        return vocabulary.word(kind, value, self.lang)

    def u(self, value: str) -> str:
        """User text as printed: redacted when asked."""
        return self.redact(value)

    @property
    def home_zone(self) -> ZoneInfo:
        """The case's own zone: every time in its dossier reads on one clock, with the offset."""
        return zone(self.detail.case.tz)

    def when(self, at: datetime | None, tz: str | None = None, seconds: bool = False) -> str:
        # `tz` (the zone an entry was logged in) is kept for callers; the case's zone wins so
        # that a chronology never mixes clocks.
        if at is None:
            return "—"
        local = at.astimezone(self.home_zone)
        offset = local.strftime("%z")
        off = f"UTC{offset[:3]}" + (f":{offset[3:]}" if offset[3:] != "00" else "")
        fmt = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
        return f"{local.strftime(fmt)} ({off})"

    def day(self, at: datetime, tz: str | None = None) -> str:
        return at.astimezone(self.home_zone).strftime("%Y-%m-%d")

    def duration(self, d: timedelta) -> str:
        return vocabulary.duration(d, self.lang)

    def party(self, party_id: int | None) -> PartyRecord | None:
        return next((p for p in self.detail.parties if p.id == party_id), None)

    def party_label(self, party_id: int | None) -> str:
        party = self.party(party_id)
        if party is None:
            return "—"
        if party.label == party.role:
            return self.V("role", party.role)
        return short(self.u(party.label), 80)

    def entry(self, entry_id: int | None) -> EntryRecord | None:
        return next((e for e in self.detail.entries if e.id == entry_id), None)

    def exhibit_no(self, evidence: EvidenceRecord) -> str:
        return f"E{self.exhibits.index(evidence) + 1}"

    def exhibit_state(self, evidence: EvidenceRecord) -> State:
        check = self.checks.get(evidence.sha256.lower())
        return "ok" if check is None else check.state

    def not_intact(self) -> list[str]:
        return [self.exhibit_no(x) for x in self.exhibits if self.exhibit_state(x) != "ok"]

    def exhibits_of(self, entry_id: int) -> list[str]:
        return [self.exhibit_no(x) for x in self.exhibits if x.entry_id == entry_id]

    @property
    def case_ref(self) -> str:
        c = self.detail.case
        return self.L("case.ref", ref=self.u(c.order_no) if c.order_no else c.uid[:8])
