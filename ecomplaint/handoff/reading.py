"""Read and check a hand-off file without touching any store: layout, manifest, schema, references.

Everything that can be refused by looking at the file alone is refused here, before the
importer writes a single byte.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ecomplaint.domain import enums
from ecomplaint.domain import validation as v
from ecomplaint.handoff import casefile as cf
from ecomplaint.i18n import UserError
from ecomplaint.zipsafe import SafeZip

# Vocabulary fields checked against the program's own enums (the schema only says "text").
CHOICES: dict[str, dict[str, type[StrEnum]]] = {
    "case": {"platform": enums.Platform, "status": enums.CaseStatus},
    "parties": {"role": enums.PartyRole},
    "entries": {
        "kind": enums.EntryKind,
        "channel": enums.Channel,
        "direction": enums.Direction,
        "precision": enums.Precision,
        "stance": enums.Stance,
    },
    "promises": {"what": enums.PromiseWhat, "clock": enums.ClockKind},
}
FIELD_KEYS = {"platform", "status", "role", "kind", "channel", "direction", "precision"}
TIME_FIELDS = {
    "exported_at",
    "created_at",
    "updated_at",
    "trashed_at",
    "occurred_at",
    "logged_at",
    "escalated_at",
    "made_at",
    "due_from",
    "due_by",
    "kept_at",
    "broken_at",
    "started_at",
    "ended_at",
    "captured_at",
    "added_at",
}
# Which uid references point at which list of the document.
REFERENCES: dict[str, dict[str, str]] = {
    "entries": {"party": "parties"},
    "escalations": {"entry": "entries"},
    "promises": {
        "entry": "entries",
        "party": "parties",
        "escalation": "escalations",
        "kept_entry": "entries",
        "broken_entry": "entries",
        "superseded_by": "promises",
    },
    "pauses": {"promise": "promises"},
    "evidence": {"entry": "entries"},
}
LISTS = ("parties", "entries", "escalations", "promises", "pauses", "evidence")


@dataclass(frozen=True)
class ManifestFile:
    path: str
    sha256: str
    size: int


@dataclass
class CaseFile:
    """A checked hand-off file: the document (times parsed) and the originals it carries."""

    source: Path
    document: dict[str, Any]
    files: dict[str, ManifestFile]  # evidence/<sha256> -> entry

    @property
    def evidence_shas(self) -> list[str]:
        return [f.sha256 for name, f in self.files.items() if name.startswith(cf.EVIDENCE_PREFIX)]


def _json(data: bytes, source: Path, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # ValueError: also a 5,000-digit number
        raise UserError("handoff.bad_json", file=source, name=name, detail=str(exc)) from exc


def read_manifest(z: SafeZip, kind: str) -> dict[str, ManifestFile]:
    """The manifest's file list, checked against the zip's own directory (both ways)."""
    names = z.names()
    if cf.MANIFEST_JSON not in names:
        raise UserError("handoff.missing_file", file=z.path, name=cf.MANIFEST_JSON)
    manifest = _json(z.read_small(cf.MANIFEST_JSON, cf.MAX_MANIFEST_JSON), z.path, "manifest")
    errors = cf.schema_errors(cf.manifest_validator(), manifest)
    if errors:
        raise UserError(
            "handoff.schema", file=z.path, name=cf.MANIFEST_JSON, errors="; ".join(errors)
        )
    if manifest["kind"] != kind:
        raise UserError(
            "handoff.not_casefile" if kind == "casefile" else "backup.not_backup", file=z.path
        )
    files: dict[str, ManifestFile] = {}
    for f in manifest["files"]:
        if f["path"] in files or f["path"] == cf.MANIFEST_JSON:
            raise UserError("handoff.duplicate_name", file=z.path, name=f["path"])
        files[f["path"]] = ManifestFile(f["path"], f["sha256"], f["size"])
    missing = sorted(set(files) - names)
    if missing:
        raise UserError("handoff.missing_file", file=z.path, name=missing[0])
    extra = sorted(names - set(files) - {cf.MANIFEST_JSON})
    if extra:
        raise UserError("handoff.unexpected_entry", file=z.path, name=extra[0])
    for name, f in files.items():
        if z.infos[name].file_size != f.size:
            raise UserError("handoff.fingerprint_mismatch", file=z.path, name=name)
    return files


def _parse_times(rec: dict[str, Any], where: str, source: Path) -> None:
    for key in TIME_FIELDS & rec.keys():
        if rec[key] is None:
            continue
        try:
            value = datetime.fromisoformat(str(rec[key]).replace("Z", "+00:00"))
        except ValueError:
            raise UserError(
                "handoff.schema", file=source, name=cf.CASE_JSON, errors=f"{where}/{key}"
            ) from None
        rec[key] = v.aware(value, key)


def _check_choices(table: str, rec: dict[str, Any]) -> None:
    for key, enum in CHOICES.get(table, {}).items():
        field = key if key in FIELD_KEYS else "kind"
        v.choice(rec[key], enum, field)


def _check_texts(rec: dict[str, Any], where: str, source: Path) -> None:
    """The services' rule on control characters holds for imported text too (issue #11)."""
    for key, value in rec.items():
        if not isinstance(value, str):
            continue
        # a file's own name is kept as it was (the display escapes it); it must be storable
        check = v.check_storable if key == "original_name" else v.check_imported
        try:
            check(value, key)
        except UserError as exc:
            raise UserError(
                "handoff.bad_text", file=source, where=f"{where}/{key}", detail=exc
            ) from None


def _check_zone(name: str, where: str, source: Path) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            "handoff.schema", file=source, name=cf.CASE_JSON, errors=f"{where}: {name}"
        ) from None


def _check_calendar(rec: dict[str, Any], where: str, source: Path) -> None:
    from ecomplaint.domain.workdays import is_known_calendar

    if "calendar" in rec and not is_known_calendar(rec["calendar"]):
        raise UserError(
            "handoff.schema",
            file=source,
            name=cf.CASE_JSON,
            errors=f"{where}/calendar: {rec['calendar']}",
        )


SQLITE_INT = (-(1 << 63), (1 << 63) - 1)


def _check_integers(value: Any, where: str, source: Path) -> None:
    """JSON numbers have no bound; a database column has (SQLite: signed 64 bits)."""
    if isinstance(value, bool):
        return
    if isinstance(value, int) and not SQLITE_INT[0] <= value <= SQLITE_INT[1]:
        raise UserError("handoff.number_range", file=source, name=cf.CASE_JSON, where=where)
    if isinstance(value, dict):
        for key, item in value.items():
            _check_integers(item, f"{where}/{key}".lstrip("/"), source)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_integers(item, f"{where}/{i}".lstrip("/"), source)


def check_document(document: Any, source: Path) -> dict[str, Any]:
    """Format version, JSON Schema, vocabularies, time zones and uid references."""
    cf.check_format(document, source)
    errors = cf.schema_errors(cf.case_validator(), document)
    if errors:
        raise UserError("handoff.schema", file=source, name=cf.CASE_JSON, errors="; ".join(errors))
    _check_integers(document, "", source)
    case = document["case"]
    _parse_times(case, "case", source)
    _check_texts(case, "case", source)
    _check_choices("case", case)
    if "tz" in case:
        _check_zone(case["tz"], "case/tz", source)
    _check_calendar(case, "case", source)
    case["order_date"] = date.fromisoformat(case["order_date"]) if case["order_date"] else None
    try:
        case["amount"] = None if case["amount"] is None else Decimal(case["amount"])
    except InvalidOperation:
        raise UserError(
            "handoff.schema", file=source, name=cf.CASE_JSON, errors="case/amount"
        ) from None
    document["exported_at"] = v.aware(
        datetime.fromisoformat(document["exported_at"].replace("Z", "+00:00")), "exported_at"
    )

    uids: dict[str, set[str]] = {}
    seen: set[str] = {case["uid"]}
    for table in LISTS:
        uids[table] = set()
        for i, rec in enumerate(document[table]):
            where = f"{table}/{i}"
            _parse_times(rec, where, source)
            _check_texts(rec, where, source)
            _check_choices(table, rec)
            for zone_key in ("occurred_tz", "tz"):
                if zone_key in rec:
                    _check_zone(rec[zone_key], f"{where}/{zone_key}", source)
            _check_calendar(rec, where, source)
            uid = rec.get("uid")
            if uid is not None:
                if uid in seen:
                    raise UserError("handoff.duplicate_uid", file=source, uid=uid)
                seen.add(uid)
                uids[table].add(uid)
    for table, refs in REFERENCES.items():
        for i, rec in enumerate(document[table]):
            for key, target in refs.items():
                if rec[key] is not None and rec[key] not in uids[target]:
                    raise UserError(
                        "handoff.bad_reference",
                        file=source,
                        where=f"{table}/{i}/{key}",
                        uid=rec[key],
                    )
    pause_keys = [(p["promise"], p["started_at"]) for p in document["pauses"]]
    if len(set(pause_keys)) != len(pause_keys):
        raise UserError("handoff.duplicate_uid", file=source, uid="pause")
    return document


def open_casefile(z: SafeZip) -> CaseFile:
    """Check everything but the evidence bytes (those are hashed as they are copied)."""
    files = read_manifest(z, "casefile")
    if cf.CASE_JSON not in files:
        raise UserError("handoff.missing_file", file=z.path, name=cf.CASE_JSON)
    data = z.read_small(cf.CASE_JSON, cf.MAX_CASE_JSON)
    if hashlib.sha256(data).hexdigest() != files[cf.CASE_JSON].sha256:
        raise UserError("handoff.fingerprint_mismatch", file=z.path, name=cf.CASE_JSON)
    document = check_document(_json(data, z.path, cf.CASE_JSON), z.path)
    evidence: dict[str, ManifestFile] = {}
    for name, f in files.items():
        if name == cf.CASE_JSON:
            continue
        sha = name[len(cf.EVIDENCE_PREFIX) :]
        if not name.startswith(cf.EVIDENCE_PREFIX) or not cf.SHA256.match(sha) or sha != f.sha256:
            raise UserError("handoff.unexpected_entry", file=z.path, name=name)
        evidence[name] = f
    for rec in document["evidence"]:
        name = cf.EVIDENCE_PREFIX + rec["sha256"]
        if name not in evidence:
            raise UserError("handoff.missing_file", file=z.path, name=name)
        if evidence[name].size != rec["size"]:
            raise UserError("handoff.fingerprint_mismatch", file=z.path, name=name)
    return CaseFile(source=z.path, document=document, files=evidence)
