"""The viewer's redaction with the real services: the wreath order page's proposed boxes
(services.image_redaction), applied as a new exhibit through the runner, undone by trashing it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.resources_path import resource_path
from ecomplaint.services import evidence as ev
from ecomplaint.services.cases import create_case
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.ui.evidence.reading import TextReader
from ecomplaint.ui.evidence.redaction import RedactionBackend
from ecomplaint.ui.evidence.viewer import ImageViewerDialog
from ecomplaint.ui.ops import Ops


@pytest.fixture
def order_page(store: Store) -> EvidenceRecord:
    from ecomplaint.ocr import engine
    from ecomplaint.services import ocr

    if engine.unavailable():
        pytest.skip("OCR is not installed here")
    case_id = create_case(store, title="wreath").created_id or 0
    ev.attach_files(store, case_id=case_id, paths=[resource_path("demo", "wreath_order.png")])
    (record,) = ev.list_evidence(store, case_id=case_id)
    assert ocr.read_exhibit(store, evidence_uid=record.uid).ok
    return record


def test_proposed_boxes_applied_as_a_new_exhibit_and_undone(
    qtbot: QtBot, store: Store, make_ops: Any, order_page: EvidenceRecord, tmp_path: Path
) -> None:
    ops: Ops = make_ops(store)
    stack = QUndoStack()
    dialog = ImageViewerDialog(
        store.folder,
        order_page,
        None,
        reader=TextReader(ops),
        undo_stack=stack,
        redaction=RedactionBackend(),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[EvidenceRecord] = []
    dialog.openRecordRequested.connect(opened.append)
    dialog.start_redacting()
    qtbot.waitUntil(lambda: bool(dialog.editor.items), timeout=20_000)
    proposed = dialog.editor.boxes()
    assert {b.reason for b in proposed} >= {"phone"}  # 139****5678 at least
    dialog.editor.add_at(dialog.editor.bounds.center(), 80, 40)  # one by hand too
    dialog.redact_apply.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=120_000)
    copy = opened[0]
    assert copy.sha256 != order_page.sha256 and stack.count() == 1
    live = lambda: {e.id for e in ev.list_evidence(store, case_id=order_page.case_id)}  # noqa: E731
    assert live() == {order_page.id, copy.id}
    stack.undo()
    ops.drain()
    assert live() == {order_page.id}  # the copy is in the trash, the original untouched
    data = blob_path(store.folder, order_page.sha256).read_bytes()
    assert hashlib.sha256(data).hexdigest() == order_page.sha256
