"""The two demo cases (PRODUCT.md's acceptance stories), loaded from resources/demo/.

Every row gets a uid derived from the demo's keys, so loading twice adds nothing, and a load
that was interrupted half-way is completed by the next one.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import select

from ecomplaint import paths
from ecomplaint.resources_path import resource_path
from ecomplaint.services import cases, entries, escalations, evidence, parties, promises
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store

DEMO_FILES = ("tv_installation.json", "wreath.json")
_NS = uuid.UUID("6f1c7b1e-3a52-4c3e-9a7e-0d0c2b9f4e11")


def demo_uid(*parts: str) -> str:
    return str(uuid.uuid5(_NS, "/".join(parts)))


@dataclass(frozen=True)
class DemoResult:
    created: list[int]  # case ids created now
    existing: list[int]  # case ids that were already there


def _id_for(store: Store, table: Any, uid: str) -> int | None:
    with store.read() as s:
        return s.exec(select(table.id).where(table.uid == uid)).first()


def load_demo_file(store: Store, path: Path) -> tuple[int, bool]:
    data = json.loads(path.read_text(encoding="utf-8"))
    key = data["key"]
    case_uid = demo_uid(key)
    case_id = _id_for(store, tb.Case, case_uid)
    created = case_id is None
    if case_id is None:
        case_id = cases.create_case(store, uid=case_uid, **data["case"]).created_id
    assert case_id is not None

    ids: dict[str, int | None] = {}
    for p in data["parties"]:
        uid = demo_uid(key, "party", p["key"])
        ids[p["key"]] = (
            _id_for(store, tb.Party, uid)
            or parties.add_party(
                store,
                case_id=case_id,
                uid=uid,
                **{k: p[k] for k in ("role", "name", "organisation", "contact") if k in p},
            ).created_id
        )
    for e in data["entries"]:
        uid = demo_uid(key, "entry", e["key"])
        ids[e["key"]] = (
            _id_for(store, tb.Entry, uid)
            or entries.log_entry(
                store,
                case_id=case_id,
                uid=uid,
                kind=e["kind"],
                occurred_at=datetime.fromisoformat(e["at"]),
                precision=e.get("precision", "exact"),
                party_id=ids.get(e.get("party", "")),
                summary=e.get("summary", ""),
                quote=e.get("quote", ""),
                stance=e.get("stance", "none"),
            ).created_id
        )
    for x in data.get("escalations", []):
        uid = demo_uid(key, "escalation", x["key"])
        if _id_for(store, tb.Escalation, uid) is None:
            escalations.record_escalation(
                store,
                case_id=case_id,
                uid=uid,
                ladder=x["ladder"],
                rung=x["rung"],
                rung_label=x.get("label", ""),
                escalated_at=datetime.fromisoformat(x["at"]),
                reference_no=x.get("reference_no", ""),
                entry_id=ids.get(x.get("entry", "")),
                note=x.get("note", ""),
            )
    for p in data.get("promises", []):
        uid = demo_uid(key, "promise", p["key"])
        if _id_for(store, tb.Promise, uid) is not None:
            continue
        pid = promises.record_promise(
            store,
            case_id=case_id,
            uid=uid,
            what=p["what"],
            clock=p["clock"],
            window_min=p["min"],
            window_max=p["max"],
            entry_id=ids[p["entry"]],
            party_id=ids.get(p.get("party", "")),
            description=p.get("description", ""),
        ).created_id
        if p.get("kept_by"):
            kept_by = ids[p["kept_by"]]
            assert pid is not None and kept_by is not None
            promises.mark_kept(store, promise_id=pid, entry_id=kept_by)
    # A team database without a shared evidence folder cannot hold files (see attach_files).
    can_attach = store.dialect == "sqlite" or paths.evidence_is_shared(store.folder)
    for x in data.get("evidence", []) if can_attach else []:
        uid = demo_uid(key, "evidence", x["key"])
        if _id_for(store, tb.Evidence, uid) is None:
            evidence.attach_files(
                store,
                case_id=case_id,
                paths=[path.parent / x["file"]],
                entry_id=ids.get(x.get("entry", "")),
                description=x.get("description", ""),
                uids=[uid],
            )
    return case_id, created


def load_demo(store: Store) -> DemoResult:
    created: list[int] = []
    existing: list[int] = []
    for name in DEMO_FILES:
        case_id, new = load_demo_file(store, resource_path("demo", name))
        (created if new else existing).append(case_id)
    return DemoResult(created=created, existing=existing)
