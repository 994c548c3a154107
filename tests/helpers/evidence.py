"""Evidence rows with their originals, written directly (the attach service is another issue)."""

from __future__ import annotations

import hashlib

from ecomplaint.services.common import new_uid
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Evidence


def add_evidence(
    store: Store,
    case_id: int,
    data: bytes,
    *,
    name: str = "photo.jpg",
    mime: str = "image/jpeg",
    entry_id: int | None = None,
) -> int:
    sha = hashlib.sha256(data).hexdigest()
    path = blob_path(store.folder, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_bytes(data)
    with store.write() as s:
        row = Evidence(
            uid=new_uid(),
            case_id=case_id,
            entry_id=entry_id,
            sha256=sha,
            original_name=name,
            size=len(data),
            mime=mime,
            added_at=store.clock.now(),
            description=f"证据 {name}",
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def evidence_hashes(store_folder) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """file name -> SHA-256 of its content, for every original in the store."""
    out = {}
    root = store_folder / "evidence"
    for p in sorted(root.glob("??/*")) if root.is_dir() else []:
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out
