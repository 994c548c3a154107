"""The viewer shows a picture's text over it and beside it, lines selectable and copyable;
"make entries" gets the selected line numbers; the redaction box editor applies undoably."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ecomplaint.domain.image_redaction import Box
from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.services import evidence as ev
from ecomplaint.services.cases import create_case
from ecomplaint.store.engine import Store
from ecomplaint.ui.evidence.reading import TextReader
from ecomplaint.ui.evidence.redaction import Redacted, RedactionBackend
from ecomplaint.ui.evidence.viewer import ImageViewerDialog
from ecomplaint.ui.ops import Ops
from tests.helpers.photos import make_photo
from tests.ui.ocr_fakes import FakeBackend, line

HOSTILE = "<b>粗</b>\u202e <img src=/etc/passwd> 🧾"
LINES = (
    line("2月5日 21:48", 20, 20, 200, 30),
    line(HOSTILE, 20, 70, 300, 30),
    line("139****5678", 20, 120, 200, 30),
    line("done", 20, 200, 100, 30),
)


@pytest.fixture
def exhibit(store: Store, tmp_path: Path) -> EvidenceRecord:
    case_id = create_case(store, title="wreath").created_id or 0
    photo = make_photo(tmp_path / "chat.png", (400, 300))
    ev.attach_files(store, case_id=case_id, paths=[photo])
    (record,) = ev.list_evidence(store, case_id=case_id)
    return record


def _viewer(qtbot: QtBot, store: Store, ops: Ops, record: EvidenceRecord, **kw: Any) -> Any:
    fake = kw.pop("fake", None) or FakeBackend(LINES)
    reader = TextReader(ops, fake)
    dialog = ImageViewerDialog(store.folder, record, None, reader=reader, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ops.drain()
    return dialog, fake, reader


def _at(dialog: ImageViewerDialog, x: float, y: float) -> QPoint:
    return dialog.view.mapFromScene(QPointF(x, y))


def test_lines_show_over_the_picture_select_and_copy_plain(
    qtbot: QtBot, store: Store, make_ops: Any, exhibit: EvidenceRecord
) -> None:
    ops: Ops = make_ops(store)
    fake = FakeBackend(LINES)
    fake.saved[exhibit.uid] = OcrResult(exhibit.sha256, "fake", 400, 300, LINES)
    dialog, _fake, _r = _viewer(qtbot, store, ops, exhibit, fake=fake)
    qtbot.waitUntil(lambda: dialog.overlay.count() == 4, timeout=5000)
    assert dialog.side.text.toPlainText().split("\n")[1] == HOSTILE  # literal, never markup
    vp = dialog.view.viewport()

    QTest.mouseClick(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 50, 85)
    )
    assert dialog.overlay.selected_numbers() == [2]
    QTest.mouseClick(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, _at(dialog, 50, 210)
    )
    assert dialog.overlay.selected_numbers() == [2, 3, 4]
    QTest.mouseClick(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, _at(dialog, 50, 135)
    )
    assert dialog.overlay.selected_numbers() == [2, 4]
    # a band dragged over the first two lines, from the empty picture
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 350, 10)
    )
    QTest.mouseMove(vp, _at(dialog, 10, 90))
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 10, 90)
    )
    assert dialog.overlay.selected_numbers() == [1, 2]
    assert "Selected: line(s) 1–2." in dialog.side.heading.text()

    dialog.view.setFocus()
    QTest.keyClick(dialog.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "2月5日 21:48\n" + HOSTILE
    assert not QGuiApplication.clipboard().mimeData().hasHtml()
    QTest.keyClick(dialog.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.overlay.selected_numbers() == [1, 2, 3]
    # a click on the empty picture clears; selecting text beside it selects those lines
    QTest.mouseClick(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 380, 290)
    )
    assert dialog.overlay.selected_numbers() == []
    cursor = dialog.side.text.textCursor()
    cursor.setPosition(len("2月5日 21:48\n") + 2)
    cursor.setPosition(len("2月5日 21:48\n" + HOSTILE + "\n") + 3, cursor.MoveMode.KeepAnchor)
    dialog.side.text.setTextCursor(cursor)
    assert dialog.overlay.selected_numbers() == [2, 3]


def test_read_text_on_demand_and_make_entries(
    qtbot: QtBot, store: Store, make_ops: Any, exhibit: EvidenceRecord
) -> None:
    ops: Ops = make_ops(store)
    calls: list[tuple[object, str, list[int], dict[str, object]]] = []
    stack = QUndoStack()
    dialog, fake, _r = _viewer(
        qtbot,
        store,
        ops,
        exhibit,
        undo_stack=stack,
        make_entries=lambda p, u, n, **kw: calls.append((p, u, n, kw)),
    )
    assert "not been read" in dialog.side.heading.text()
    assert dialog.overlay.count() == 0 and not dialog.act_make.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.overlay.count() == 4, timeout=10_000)
    assert exhibit.uid in fake.saved  # read on the compute lane, saved through the runner
    dialog.overlay.select([3, 4])
    assert dialog.act_make.isEnabled() and dialog.side.make_entries.isEnabled()
    dialog.side.make_entries.click()
    assert calls == [(dialog, exhibit.uid, [3, 4], {"ops": ops, "undo_stack": stack})]


def test_make_entries_is_hidden_without_the_undo_stack(
    qtbot: QtBot, store: Store, make_ops: Any, exhibit: EvidenceRecord
) -> None:
    dialog, _f, _r = _viewer(qtbot, store, make_ops(store), exhibit)  # no undo stack given
    assert not dialog.act_make.isVisible() and dialog.side.make_entries.isHidden()


def test_an_unreadable_picture_says_why(
    qtbot: QtBot, store: Store, make_ops: Any, exhibit: EvidenceRecord
) -> None:
    fake = FakeBackend(errors={"chat.png": "ocr.corrupt"})
    dialog, _f, _r = _viewer(qtbot, store, make_ops(store), exhibit, fake=fake)
    dialog.read_text()
    qtbot.waitUntil(lambda: dialog.read_result is not None, timeout=10_000)
    assert dialog.overlay.count() == 0
    assert (
        "could not be read" in dialog.side.heading.text() or "damaged" in dialog.side.heading.text()
    )


class FakeRedaction(RedactionBackend):
    """Proposes one box; applying stores a real new exhibit (so undo can trash it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.applied: list[list[Box]] = []

    def propose(self, store: Store, uid: str) -> list[Box]:
        return [Box(20, 120, 200, 30, "phone")]

    def apply(
        self, store: Store, uid: str, boxes: Sequence[Box], by: str, now: datetime
    ) -> Redacted:
        self.applied.append(list(boxes))
        copy = make_photo(self.folder / "chat-redacted.png", (400, 300), color=(0, 0, 0))
        original = next(e for e in ev.list_evidence(store, case_id=1) if e.uid == uid)
        out = ev.attach_files(store, case_id=original.case_id, paths=[copy])
        new_id = out.attached[0].evidence_id or 0
        return Redacted(out.changes, new_id, ev.get_evidence(store, new_id))


def test_redaction_boxes_are_edited_applied_and_undone(
    qtbot: QtBot, store: Store, make_ops: Any, exhibit: EvidenceRecord, tmp_path: Path
) -> None:
    ops: Ops = make_ops(store)
    stack = QUndoStack()
    redaction = FakeRedaction(tmp_path)
    dialog, _f, _r = _viewer(qtbot, store, ops, exhibit, undo_stack=stack, redaction=redaction)
    opened: list[EvidenceRecord] = []
    dialog.openRecordRequested.connect(opened.append)
    QTest.keyClick(
        dialog,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    ops.drain()
    assert dialog.redacting and [i.box() for i in dialog.editor.items] == [
        Box(20, 120, 200, 30, "phone")
    ]
    vp = dialog.view.viewport()
    # add: a drag on the empty picture
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 250, 200)
    )
    QTest.mouseMove(vp, _at(dialog, 350, 260))
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 350, 260)
    )
    assert len(dialog.editor.items) == 2
    added = dialog.editor.items[1].box()
    assert (added.x, added.y, added.w, added.h, added.reason) == (250, 200, 100, 60, "manual")
    # move: drag the proposed box by its middle, 10 px down
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 100, 130)
    )
    QTest.mouseMove(vp, _at(dialog, 100, 140))
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 100, 140)
    )
    assert dialog.editor.items[0].box() == Box(20, 130, 200, 30, "phone")
    # resize: drag its bottom-right corner
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 219, 159)
    )
    QTest.mouseMove(vp, _at(dialog, 240, 170))
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _at(dialog, 240, 170)
    )
    assert dialog.editor.items[0].box() == Box(20, 130, 220, 40, "phone")
    # keyboard: Tab to the added box, Shift+Right grows it, Delete removes it, Insert adds one
    dialog.view.setFocus()
    QTest.keyClick(dialog.view, Qt.Key.Key_Tab)
    assert dialog.editor.current is dialog.editor.items[1]
    QTest.keyClick(dialog.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.editor.items[1].box().w == 101
    QTest.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert len(dialog.editor.items) == 1
    QTest.keyClick(dialog.view, Qt.Key.Key_Insert)
    QTest.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert [i.box() for i in dialog.editor.items] == [Box(20, 130, 220, 40, "phone")]

    dialog.redact_apply.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert redaction.applied == [[Box(20, 130, 220, 40, "phone")]]
    assert not dialog.redacting and stack.count() == 1
    new = opened[0]
    live = lambda: {e.id for e in ev.list_evidence(store, case_id=exhibit.case_id)}  # noqa: E731
    assert new.id in live() and exhibit.id in live()
    stack.undo()  # trashes the redacted copy; the original stays
    ops.drain()
    assert live() == {exhibit.id}
    stack.redo()  # brings the same copy back, writes no other
    ops.drain()
    assert live() == {exhibit.id, new.id} and len(redaction.applied) == 1


def test_escape_leaves_redaction_and_a_failed_apply_leaves_nothing_to_undo(
    qtbot: QtBot,
    store: Store,
    make_ops: Any,
    exhibit: EvidenceRecord,
    tmp_path: Path,
    asked: list[str],
) -> None:
    ops: Ops = make_ops(store)
    stack = QUndoStack()

    class Refusing(FakeRedaction):
        def apply(self, *a: Any, **k: Any) -> Redacted:
            from ecomplaint.i18n import UserError

            raise UserError("not_found", what="exhibit", ident=1)

    dialog, _f, _r = _viewer(
        qtbot, store, ops, exhibit, undo_stack=stack, redaction=Refusing(tmp_path)
    )
    dialog.start_redacting()
    ops.drain()
    dialog.apply_redaction()
    ops.drain()
    qtbot.waitUntil(lambda: stack.count() == 0, timeout=5000)
    assert dialog.redacting and dialog.editor.items  # the boxes stay, to fix and apply again
    dialog.view.setFocus()
    QTest.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.redacting and dialog.isVisible()


def test_a_read_the_ocr_process_did_not_finish_says_so_and_is_not_kept(
    qtbot: QtBot, store: Store, make_ops: Any, exhibit: EvidenceRecord
) -> None:
    fake = FakeBackend(errors={"chat.png": "ocr.interrupted"})  # ecomplaint.ocr.client's word
    dialog, _f, _r = _viewer(qtbot, store, make_ops(store), exhibit, fake=fake)
    dialog.read_text()
    qtbot.waitUntil(lambda: dialog.read_result is not None, timeout=10_000)
    assert "stopped unexpectedly" in dialog.side.heading.text()
    if os.environ.get("ECOMPLAINT_GRAB"):
        dialog.grab().save(os.environ["ECOMPLAINT_GRAB"])


def test_a_read_the_ocr_process_did_not_finish_is_not_stored(
    store: Store, exhibit: EvidenceRecord
) -> None:
    from ecomplaint.services import ocr
    from ecomplaint.store.blobs import blob_path
    from ecomplaint.ui import db_guard
    from ecomplaint.ui.evidence.reading import OcrBackend, Picture

    with db_guard.allowed():  # the runner's part, called directly here
        picture = Picture(
            exhibit.uid, exhibit.sha256, "chat.png", blob_path(store.folder, exhibit.sha256)
        )
        result = OcrResult(exhibit.sha256, error="ocr.interrupted")
        OcrBackend().save(store, picture, result, datetime(2026, 2, 5, 12, 0, tzinfo=UTC))
        assert ocr.exhibit_text(store, evidence_uid=exhibit.uid) is None  # read again later
        OcrBackend().save(
            store,
            picture,
            OcrResult(exhibit.sha256, error="ocr.failed"),
            datetime(2026, 2, 5, 12, 0, tzinfo=UTC),
        )
        assert ocr.exhibit_text(store, evidence_uid=exhibit.uid) is not None  # the control: kept
