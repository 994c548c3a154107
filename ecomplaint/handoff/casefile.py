"""The case file format (ecomplaint.casefile/1): one case as a JSON document keyed by uids.

The JSON Schema is committed at resources/schemas/ecomplaint-case-1.schema.json; the zip that
carries the document and the evidence originals is described in export.py. Store-local
integer ids never leave the store: every reference is the referenced row's uid.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from typing import Any

from ecomplaint import __version__
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import UserError
from ecomplaint.resources_path import resource_path

FORMAT = "ecomplaint.casefile/1"
MANIFEST_FORMAT = "ecomplaint.manifest/1"
FORMAT_FAMILY = "ecomplaint.casefile/"
VERSION = 1
CASE_JSON = "case.json"
MANIFEST_JSON = "manifest.json"
EVIDENCE_PREFIX = "evidence/"
MAX_CASE_JSON = 512 << 20  # 500 entries take ~0.5 MB; this is a bomb guard, not a quota
MAX_MANIFEST_JSON = 64 << 20
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def created_by() -> str:
    return f"eComplaint {__version__}"


@cache
def _validator(name: str) -> Any:
    import jsonschema  # imported on first use: only hand-off and backup files need it

    schema = json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def case_validator() -> Any:
    return _validator("ecomplaint-case-1.schema.json")


def manifest_validator() -> Any:
    return _validator("ecomplaint-manifest-1.schema.json")


def schema_errors(validator: Any, document: Any, limit: int = 3) -> list[str]:
    """The first few violations as 'where: what', for the refusal message."""
    out = []
    for err in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        out.append(f"{where}: {err.message[:200]}")
        if len(out) >= limit:
            break
    return out


def check_format(document: Any, file: object) -> None:
    """Refuse another kind of document, or a newer version of ours, before the schema check."""
    fmt = document.get("format") if isinstance(document, dict) else None
    if not isinstance(fmt, str) or not fmt.startswith(FORMAT_FAMILY):
        raise UserError("handoff.not_casefile", file=file)
    tail = fmt[len(FORMAT_FAMILY) :]
    if not tail.isdigit():
        raise UserError("handoff.not_casefile", file=file)
    if int(tail) > VERSION:
        raise UserError("handoff.too_new", file=file, found=fmt, supported=FORMAT)


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def to_document(detail: CaseDetail, *, now: datetime) -> dict[str, Any]:
    """The case file document for `detail` (read with trashed rows included)."""
    c = detail.case
    party_uid = {p.id: p.uid for p in detail.parties}
    entry_uid = {e.id: e.uid for e in detail.entries}
    esc_uid = {x.id: x.uid for x in detail.escalations}
    promise_uid = {p.id: p.uid for p in detail.promises}

    def ref(table: dict[int, str], ident: int | None) -> str | None:
        if ident is None:
            return None
        if ident not in table:  # points outside the case: the store is inconsistent
            raise UserError("handoff.export_bad_reference", ident=ident)
        return table[ident]

    return {
        "format": FORMAT,
        "exported_at": iso(now),
        "exported_by": created_by(),
        "case": {
            "uid": c.uid,
            "title": c.title,
            "platform": c.platform,
            "merchant": c.merchant,
            "order_no": c.order_no,
            "product": c.product,
            "order_date": c.order_date.isoformat() if c.order_date else None,
            "amount": None if c.amount is None else str(c.amount),
            "currency": c.currency,
            "services": c.services,
            "complainant_name": c.complainant_name,
            "complainant_phone": c.complainant_phone,
            "complainant_address": c.complainant_address,
            "complainant_id_no": c.complainant_id_no,
            "demands": c.demands,
            "status": c.status,
            "tags": c.tag_list,
            "language": c.language,
            "assignee": c.assignee,
            "notes": c.notes,
            "country": c.country,
            "ladder": c.ladder,
            "tz": c.tz,
            "calendar": c.calendar,
            "created_at": iso(c.created_at),
            "updated_at": iso(c.updated_at),
            "trashed_at": iso(c.trashed_at),
            "version": c.version,
        },
        "parties": [
            {
                "uid": p.uid,
                "role": p.role,
                "name": p.name,
                "organisation": p.organisation,
                "contact": p.contact,
                "notes": p.notes,
                "created_at": iso(p.created_at),
                "trashed_at": iso(p.trashed_at),
                "version": p.version,
            }
            for p in detail.parties
        ],
        "entries": [
            {
                "uid": e.uid,
                "party": ref(party_uid, e.party_id),
                "kind": e.kind,
                "channel": e.channel,
                "direction": e.direction,
                "stance": e.stance,
                "occurred_at": iso(e.occurred_at),
                "occurred_tz": e.occurred_tz,
                "precision": e.precision,
                "logged_at": iso(e.logged_at),
                "summary": e.summary,
                "quote": e.quote,
                "logged_by": e.logged_by,
                "trashed_at": iso(e.trashed_at),
                "version": e.version,
                # what it was read from (0007: a records file; #15: a screenshot's SHA-256
                # and "ocr:6-8"), so the receiver's dossier still cites "E2, lines 6–8";
                # optional in the schema, so files written before it still import
                "duration_s": e.duration_s,
                "source_sha256": e.source_sha256.lower(),
                "source_locator": e.source_locator,
            }
            for e in detail.entries
        ],
        "escalations": [
            {
                "uid": x.uid,
                "entry": ref(entry_uid, x.entry_id),
                "ladder": x.ladder,
                "rung": x.rung,
                "rung_label": x.rung_label,
                "escalated_at": iso(x.escalated_at),
                "reference_no": x.reference_no,
                "outcome": x.outcome,
                "note": x.note,
                "trashed_at": iso(x.trashed_at),
                "version": x.version,
            }
            for x in detail.escalations
        ],
        "promises": [
            {
                "uid": p.uid,
                "entry": ref(entry_uid, p.entry_id),
                "party": ref(party_uid, p.party_id),
                "escalation": ref(esc_uid, p.escalation_id),
                "what": p.what,
                "description": p.description,
                "made_at": iso(p.made_at),
                "clock": p.clock,
                "window_min": p.window_min,
                "window_max": p.window_max,
                "tz": p.tz,
                "calendar": p.calendar,
                "due_from": iso(p.due_from),
                "due_by": iso(p.due_by),
                "kept_entry": ref(entry_uid, p.kept_entry_id),
                "kept_at": iso(p.kept_at),
                "broken_entry": ref(entry_uid, p.broken_entry_id),
                "broken_at": iso(p.broken_at),
                "superseded_by": ref(promise_uid, p.superseded_by_id),
                "trashed_at": iso(p.trashed_at),
                "version": p.version,
            }
            for p in detail.promises
        ],
        "pauses": [
            {
                "promise": ref(promise_uid, x.promise_id),
                "started_at": iso(x.started_at),
                "ended_at": iso(x.ended_at),
                "reason": x.reason,
            }
            for x in detail.pauses
        ],
        "evidence": [
            {
                "uid": x.uid,
                "entry": ref(entry_uid, x.entry_id),
                "sha256": x.sha256.lower(),
                "original_name": x.original_name,
                "size": x.size,
                "mime": x.mime,
                "captured_at": iso(x.captured_at),
                "added_at": iso(x.added_at),
                "description": x.description,
                "privacy_checked": x.privacy_checked,
                "trashed_at": iso(x.trashed_at),
                "version": x.version,
                # a redacted copy: its original's uid and what was filled (0008; optional
                # in the schema, so files written before it still import)
                "derived_from_uid": x.derived_from_uid,
                "redaction_json": x.redaction_json,
            }
            for x in detail.evidence
        ],
    }


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The document without what describes the export rather than the case (for comparing)."""
    return {k: v for k, v in document.items() if k not in ("exported_at", "exported_by")}
