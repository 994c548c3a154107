"""The viewer opens the "make entries" preview for the selected lines; the strip's context
menu for the whole picture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.services import evidence as ev
from ecomplaint.services.cases import create_case
from ecomplaint.store import ocr_reads
from ecomplaint.store.engine import Store
from ecomplaint.ui.evidence import make_entries
from ecomplaint.ui.evidence.reading import TextReader
from ecomplaint.ui.evidence.viewer import ImageViewerDialog
from tests.helpers.photos import make_photo
from tests.ui.ocr_fakes import FakeBackend, line


def test_make_entries_opens_the_preview_for_the_selected_lines(
    qtbot: QtBot, store: Store, make_ops: Any, tmp_path: Path
) -> None:
    ops = make_ops(store)
    case_id = create_case(store, title="wreath").created_id or 0
    ev.attach_files(store, case_id=case_id, paths=[make_photo(tmp_path / "chat.png", (400, 300))])
    (record,) = ev.list_evidence(store, case_id=case_id)
    lines = (line("2月5日 21:48", 20, 20, 200, 30), line("已为您订好一份花圈", 20, 70, 300, 30))
    fake = FakeBackend(lines)
    result = OcrResult(record.sha256, "fake", 400, 300, lines)
    fake.saved[record.uid] = result
    with store.write() as session:  # stored as the engine's read would be: C's preview reads it
        ocr_reads.save_read(session, result, read_at=store.clock.now())
    stack = QUndoStack()
    viewer = ImageViewerDialog(
        store.folder, record, None, reader=TextReader(ops, fake), undo_stack=stack
    )
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.overlay.count() == 2, timeout=5000)
    assert viewer.act_make.isVisible()
    viewer.overlay.select([1, 2])
    viewer.act_make.trigger()
    (dialog,) = viewer.findChildren(make_entries.MakeEntriesDialog)
    assert dialog.evidence_uid == record.uid and dialog.line_numbers == [1, 2]
    assert dialog.ops is ops and dialog.undo_stack is stack
    ops.drain()  # the preview's proposals arrive
    dialog.close()


def test_the_strip_makes_entries_from_the_whole_picture(
    qtbot: QtBot, store: Store, make_window: Any, tmp_path: Path
) -> None:
    from tests.ui.conftest import wait_idle

    w = make_window(store)
    w.show()
    case_id = create_case(store, title="wreath").created_id or 0
    ev.attach_files(store, case_id=case_id, paths=[make_photo(tmp_path / "chat.png", (80, 60))])
    wait_idle(qtbot, w)
    w.refresh_cases()
    w.open_case(case_id)
    wait_idle(qtbot, w)
    (record,) = w.evidence.records
    w.evidence.strip.makeEntriesRequested.emit(record)  # the context menu's action
    (dialog,) = w.findChildren(make_entries.MakeEntriesDialog)
    assert dialog.evidence_uid == record.uid and dialog.line_numbers is None
    assert dialog.ops is w.ops and dialog.undo_stack is w.undo_stack
    wait_idle(qtbot, w)  # its proposals (none: the picture has no text read) arrive
    dialog.close()
