"""What the user chose for one export, and the content fingerprint over data + choices."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from ecomplaint.domain.records import CaseDetail
from ecomplaint.dossier.labels import Lang

SECTIONS: tuple[str, ...] = (
    "summary",
    "demands",
    "parties",
    "chronology",
    "promises",
    "escalations",
    "rules",
    "exhibits",
    "declaration",
)
PAPERS = ("a4", "letter")
FORMAT_VERSION = "ecomplaint.dossier/1"


@dataclass(frozen=True)
class DossierOptions:
    lang: Lang = "zh"
    redact: bool = False
    sections: tuple[str, ...] = SECTIONS  # the cover and contents are always there
    attach_originals: bool = False
    paper: str = "a4"
    # Promise states and "days since" are computed as of this time; None: the latest time
    # found in the record, so the same record always gives the same dossier.
    as_of: datetime | None = None
    # When the export is made (the caller's clock): "as of" never goes past it, so one entry
    # dated 2100 cannot make the dossier speak from 2100. None: no bound (tests, benches).
    exported_at: datetime | None = None
    # Other ways of writing the complainant's name (pinyin, a nickname…) to mask as well.
    also_mask: tuple[str, ...] = ()
    # A redacted dossier may carry the unredacted originals only when the user said so.
    include_unredacted_originals: bool = False

    def __post_init__(self) -> None:
        if self.lang not in ("zh", "en"):
            raise ValueError(f"language must be zh or en, not {self.lang!r}")
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {PAPERS}, not {self.paper!r}")
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown sections: {sorted(unknown)}")

    @property
    def originals_refused(self) -> bool:
        """Redacted, with the originals asked for, but their being unredacted not accepted."""
        return self.redact and self.attach_originals and not self.include_unredacted_originals

    def has(self, section: str) -> bool:
        return section in self.sections


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record_as_of(detail: CaseDetail) -> datetime:
    """The latest moment the record knows about: the dossier's fixed 'generated' time."""
    stamps: list[datetime] = [detail.case.created_at, detail.case.updated_at]
    stamps += [p.created_at for p in detail.parties]
    stamps += [e.logged_at for e in detail.entries] + [e.occurred_at for e in detail.entries]
    for p in detail.promises:
        stamps += [p.made_at] + [t for t in (p.kept_at, p.broken_at) if t is not None]
    for x in detail.pauses:
        stamps += [x.started_at] + ([x.ended_at] if x.ended_at else [])
    stamps += [x.escalated_at for x in detail.escalations]
    stamps += [x.added_at for x in detail.evidence]
    return max(s.astimezone(UTC) for s in stamps)


def effective_as_of(detail: CaseDetail, options: DossierOptions) -> datetime:
    as_of = (options.as_of or record_as_of(detail)).astimezone(UTC)
    if options.exported_at is not None:
        as_of = min(as_of, options.exported_at.astimezone(UTC))
    return as_of


def fingerprint(detail: CaseDetail, options: DossierOptions, extra: Any = None) -> str:
    """SHA-256 over a canonical JSON of the record, the options and the cited rules."""
    payload = {
        "format": FORMAT_VERSION,
        "data": _plain(detail),
        "options": _plain(
            dataclasses.replace(options, as_of=effective_as_of(detail, options), exported_at=None)
        ),
        "extra": _plain(extra),
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
