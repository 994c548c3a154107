"""The demo wreath case carries its two screenshots as fingerprinted exhibits."""

from __future__ import annotations

import hashlib

from ecomplaint.resources_path import resource_path
from ecomplaint.services import evidence as ev
from ecomplaint.services import evidence_verify as ver
from ecomplaint.services.demo import demo_uid, load_demo
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store


def _wreath(store: Store) -> int:
    return queries.find_case_id(store, demo_uid("wreath"))


def test_wreath_screenshots_attached_once_to_the_wreath_entry(demo_store: Store) -> None:
    load_demo(demo_store)  # a second load adds nothing
    case_id = _wreath(demo_store)
    rows = ev.list_evidence(demo_store, case_id=case_id)
    assert [r.original_name for r in rows] == ["wreath_order.png", "wreath_sms.png"]
    assert [r.uid for r in rows] == [
        demo_uid("wreath", "evidence", "order_shot"),
        demo_uid("wreath", "evidence", "sms_shot"),
    ]
    wreath_entry = next(
        e for e in queries.case_detail(demo_store, case_id).entries if e.kind == "harassment"
    )
    assert {r.entry_id for r in rows} == {wreath_entry.id}
    for r in rows:
        source = resource_path("demo", r.original_name).read_bytes()
        assert r.sha256 == hashlib.sha256(source).hexdigest() and r.mime == "image/png"


def test_verify_catches_an_altered_demo_screenshot(demo_store: Store) -> None:
    rows = ev.list_evidence(demo_store, case_id=_wreath(demo_store))
    assert ver.verify_store(demo_store).clean
    blob = blob_path(demo_store.folder, rows[1].sha256)
    blob.chmod(0o644)
    data = bytearray(blob.read_bytes())
    data[-100] ^= 0xFF
    blob.write_bytes(bytes(data))
    report = ver.verify_store(demo_store)
    assert report.failing_evidence_ids() == {rows[1].id}
