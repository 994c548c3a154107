"""Helpers for dossier tests: evidence rows written straight to the store, test pictures,
and case records built in memory (no database) for property tests."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PIL import Image

from ecomplaint.domain import records as r
from ecomplaint.store import tables as tb
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store

T0 = datetime(2026, 11, 2, 12, 10, tzinfo=UTC)


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian: poppler-utils / qpdf)")
    return path


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def jpeg_bytes(
    w: int = 640, h: int = 480, orientation: int | None = None, colour: int = 0
) -> bytes:
    im = Image.new("RGB", (w, h), (200, 80 + colour % 100, 40))
    for x in range(0, w, max(w // 8, 1)):  # stripes, so the JPEG is not trivially small
        im.paste((20, 20, 160), (x, 0, x + max(w // 32, 1), h))
    buf = io.BytesIO()
    if orientation is None:
        im.save(buf, "JPEG", quality=90)
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        im.save(buf, "JPEG", quality=90, exif=exif)
    return buf.getvalue()


def add_evidence(
    store: Store,
    case_id: int,
    data: bytes,
    name: str,
    mime: str,
    *,
    entry_id: int | None = None,
    description: str = "",
    privacy_checked: bool = False,
    added_at: datetime | None = None,
) -> str:
    """Write the file where the store keeps it and insert the evidence row directly."""
    sha = hashlib.sha256(data).hexdigest()
    path = blob_path(store.folder, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    with store.write() as s:
        s.add(
            tb.Evidence(
                uid=str(uuid.uuid4()),
                case_id=case_id,
                entry_id=entry_id,
                sha256=sha,
                original_name=name,
                size=len(data),
                mime=mime,
                captured_at=T0,
                added_at=added_at or store.clock.now(),
                description=description,
                privacy_checked=privacy_checked,
            )
        )
    return sha


def make_detail(
    *,
    title: str = "Case",
    summary: str = "summary",
    quote: str = "",
    demands: str = "demand",
    party_name: str = "Agent",
    description: str = "promise",
    complainant: str = "Chen Jing",
    phone: str = "13912345678",
    language: str = "en",
) -> r.CaseDetail:
    case = r.CaseRecord(
        id=1,
        uid="c" * 32,
        title=title,
        platform="tmall",
        merchant="Store",
        order_no="TM-1",
        product="Coat",
        order_date=None,
        amount=Decimal("689.00"),
        currency="CNY",
        services="Gift wrap 5 元",
        complainant_name=complainant,
        complainant_phone=phone,
        complainant_address="88 Wensan Road",
        complainant_id_no="",
        demands=demands,
        status="open",
        tags="",
        language=language,
        assignee="",
        notes="",
        created_at=T0,
        updated_at=T0,
        trashed_at=None,
        version=1,
    )
    parties = [
        r.PartyRecord(1, "p1", 1, "complainant", complainant, "", phone, "", T0, None, 1),
        r.PartyRecord(2, "p2", 1, "customer_service", party_name, "Store", "", "", T0, None, 1),
    ]
    entries = [
        r.EntryRecord(
            id=1,
            uid="e1",
            case_id=1,
            party_id=2,
            kind="call_in",
            channel="phone",
            direction="in",
            stance="none",
            occurred_at=T0,
            occurred_tz="Asia/Shanghai",
            precision="exact",
            logged_at=T0,
            summary=summary,
            quote=quote,
            logged_by="",
            trashed_at=None,
            version=1,
        )
    ]
    promises = [
        r.PromiseRecord(
            id=1,
            uid="pr1",
            case_id=1,
            entry_id=1,
            party_id=2,
            escalation_id=None,
            what="reply",
            description=description,
            made_at=T0,
            clock="hours",
            window_min=24,
            window_max=48,
            tz="Asia/Shanghai",
            due_from=T0 + timedelta(hours=24),
            due_by=T0 + timedelta(hours=48),
            kept_entry_id=None,
            kept_at=None,
            broken_entry_id=None,
            broken_at=None,
            superseded_by_id=None,
            trashed_at=None,
            version=1,
        )
    ]
    return r.CaseDetail(case=case, parties=parties, entries=entries, promises=promises)
