"""The "make entries" preview: proposals in a real table model, corrected, confirmed on the
runner as one undoable step; a picture not read yet says so."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlmodel import select

from ecomplaint.domain.ocr_text import OcrLine
from ecomplaint.services.parties import add_party
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Entry, Evidence
from ecomplaint.ui.evidence.make_entries import (
    COL_INCLUDE,
    COL_LINES,
    COL_NOTE,
    COL_PARTY,
    COL_QUOTE,
    COL_SIDE,
    COL_TIME,
    open_make_entries,
)
from tests.helpers.chat_ocr import chat_both_sides, screenshot_with_text, wreath_sms


def _live(store: Store) -> list[Entry]:
    with store.read() as s:
        rows = s.exec(select(Entry).where(Entry.trashed_at == None)).all()  # noqa: E711
        return sorted(rows, key=lambda e: (e.occurred_at, e.id or 0))


def _case_of(store: Store, uid: str) -> int:
    with store.read() as s:
        return s.exec(select(Evidence.case_id).where(Evidence.uid == uid)).one()


def _open(qtbot: Any, ops: Any, uid: str, lines: list[int] | None) -> Any:
    stack = QUndoStack()
    dialog = open_make_entries(None, uid, lines, ops=ops, undo_stack=stack)
    # The dialog deletes itself on close (WA_DeleteOnClose): qtbot does not own it.
    dialog.made_results = []
    dialog.made = dialog.made_results.append
    qtbot.waitUntil(lambda: dialog.preview is not None or "not" in dialog.summary.text())
    return dialog, stack


def _confirm(qtbot: Any, dialog: Any) -> Any:
    results = dialog.made_results
    dialog.confirm()
    qtbot.waitUntil(lambda: bool(results))
    return results[0]


def test_preview_edit_confirm_undo_redo(
    qtbot: Any, store: Store, make_ops: Any, translations: Any
) -> None:
    uid = screenshot_with_text(store, chat_both_sides())
    shop = add_party(store, case_id=_case_of(store, uid), role="merchant", name="<b>小雨</b>")
    ops = make_ops(store)
    dialog, stack = _open(qtbot, ops, uid, None)
    m = dialog.model
    assert m.rowCount() == 5 and m.columnCount() == 7
    assert m.index(1, COL_TIME).data() == "2026-02-05 14:31"
    assert m.headerData(COL_TIME, Qt.Orientation.Horizontal) == "Time (Asia/Shanghai)"
    assert m.index(0, COL_TIME).data() == "about 2026-02-05 14:31 ⚠"  # above the first stamp
    assert m.index(1, COL_SIDE).data() == "them → me"
    assert m.index(2, COL_SIDE).data() == "me → them"
    assert m.index(1, COL_LINES).data() == "6–8"
    assert m.index(0, COL_NOTE).data() == "Time of the stamp below it: check it."
    assert m.index(1, COL_NOTE).data() == ""
    assert m.index(1, COL_QUOTE).data() == "亲，您的大衣需要寄回Please return the coat today"
    assert "5 messages" in dialog.summary.text() and "1 time to check" in dialog.summary.text()
    assert dialog.kind.currentText() == "App chat"
    assert dialog.ok_button.isEnabled()
    # Corrections: a time typed in the case's zone, a side, the words, one row left out, the
    # party for all rows from the "With" box.
    assert m.setData(m.index(0, COL_TIME), "2026-02-05 14:20")
    assert not m.setData(m.index(0, COL_TIME), "yesterday-ish")
    assert m.index(0, COL_TIME).data() == "2026-02-05 14:20"
    assert m.setData(m.index(3, COL_SIDE), "left")
    assert m.setData(m.index(2, COL_QUOTE), "我没有收到多余的大衣！")
    assert m.setData(
        m.index(4, COL_INCLUDE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    dialog.party.setCurrentIndex(dialog.party.findData(shop.created_id))
    dialog.party.activated.emit(dialog.party.currentIndex())
    assert m.index(0, COL_PARTY).data() == "<b>小雨</b>"  # plain text in a table cell
    assert not m.setData(m.index(0, COL_PARTY), 99999)  # not a party of this case
    made = _confirm(qtbot, dialog)
    assert len(made.entry_ids) == 4
    rows = _live(store)
    assert [(e.source_locator, e.direction, e.precision) for e in rows] == [
        ("ocr:4", "in", "exact"),
        ("ocr:6-8", "in", "exact"),
        ("ocr:9", "out", "exact"),
        ("ocr:10", "in", "exact"),
    ]
    assert rows[0].occurred_at.isoformat().startswith("2026-02-05T06:20")
    assert rows[2].quote == "我没有收到多余的大衣！"
    assert {e.party_id for e in rows} == {shop.created_id} and {e.kind for e in rows} == {"chat"}
    assert stack.count() == 1 and "4" in stack.undoText()
    stack.undo()
    qtbot.waitUntil(lambda: ops.is_idle())
    assert _live(store) == []
    stack.redo()
    qtbot.waitUntil(lambda: ops.is_idle())
    assert len(_live(store)) == 4


def test_selected_lines_and_made_twice(
    qtbot: Any, store: Store, make_ops: Any, translations: Any
) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    ops = make_ops(store)
    dialog, _stack = _open(qtbot, ops, uid, [13])
    assert dialog.model.rowCount() == 1 and dialog.kind.currentText() == "Text messages (SMS)"
    # The user says these were app chat messages, not SMS: every row follows.
    dialog.kind.setCurrentIndex(dialog.kind.findText("App chat"))
    dialog.kind.activated.emit(dialog.kind.currentIndex())
    _confirm(qtbot, dialog)
    assert [(e.kind, e.channel) for e in _live(store)] == [("chat", "app_chat")]
    again, _ = _open(qtbot, ops, uid, None)
    m = again.model
    assert m.rowCount() == 3
    assert m.index(2, COL_INCLUDE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "Already made from these lines: entry #" in m.index(2, COL_NOTE).data()
    assert "1 already made" in again.summary.text()
    # A chosen line no message quotes is named in the summary, with why.
    stamp, _ = _open(qtbot, ops, uid, [5, 6])
    assert "chosen but not quoted: line 5 is a time stamp" in stamp.summary.text()
    stamp.close()
    # Unticking everything disables Make entries.
    for r in range(2):
        m.setData(m.index(r, COL_INCLUDE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not again.ok_button.isEnabled()
    again.close()


def test_a_picture_not_read_says_so(qtbot: Any, store: Store, make_ops: Any) -> None:
    from tests.helpers.evidence import add_evidence

    uid = screenshot_with_text(store, wreath_sms())
    with store.read() as s:
        case_id = s.exec(select(Evidence.case_id).where(Evidence.uid == uid)).one()
    ev_id = add_evidence(store, case_id, b"unread", name="<i>later</i>.png")
    with store.read() as s:
        other = s.exec(select(Evidence.uid).where(Evidence.id == ev_id)).one()
    ops = make_ops(store)
    dialog, _ = _open(qtbot, ops, other, None)
    qtbot.waitUntil(lambda: "has not been read" in dialog.summary.text())
    assert "<i>later</i>.png" in dialog.summary.text()
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.ok_button.isEnabled() and dialog.model.rowCount() == 0
    dialog.close()


def test_hostile_words_stay_plain_and_screenshot(
    qtbot: Any, store: Store, make_ops: Any, tmp_path: Path
) -> None:
    base = wreath_sms()
    lines = list(base.lines)
    lines[12] = OcrLine('<img src="/etc/passwd">\u202eevil', lines[12].box)
    uid = screenshot_with_text(store, replace(base, sha256="ef" * 32, lines=tuple(lines)))
    ops = make_ops(store)
    dialog, _ = _open(qtbot, ops, uid, None)
    m = dialog.model
    text = m.index(2, COL_QUOTE).data()
    assert '<img src="/etc/passwd">' in text and text.startswith("\u2068")  # isolated
    tip = m.index(2, COL_QUOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tip and "<img" not in tip
    out = os.environ.get("ECOMPLAINT_SHOT_DIR")
    if out:  # for looking at it: ECOMPLAINT_SHOT_DIR=/tmp pytest …
        from PySide6.QtWidgets import QApplication

        from ecomplaint.ui.fonts import install_fonts

        install_fonts(QApplication.instance())  # type: ignore[arg-type]
        dialog.grab().save(str(Path(out) / "make_entries.png"))
    dialog.close()


def test_a_refused_time_says_why_and_adds_nothing(
    qtbot: Any, store: Store, make_ops: Any, asked: list[str]
) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    ops = make_ops(store)
    dialog, stack = _open(qtbot, ops, uid, None)
    m = dialog.model
    assert m.setData(m.index(1, COL_TIME), "2099-01-01 10:00")  # far after now: refused
    dialog.confirm()
    qtbot.waitUntil(lambda: bool(asked))
    assert "2099-01-01" in asked[0] and "is in the future" in asked[0]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert _live(store) == [] and stack.count() == 0
    dialog.close()


def test_editors_side_combo_and_multiline_words(qtbot: Any, store: Store, make_ops: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QStyleOptionViewItem

    uid = screenshot_with_text(store, wreath_sms())
    ops = make_ops(store)
    dialog, _ = _open(qtbot, ops, uid, None)
    m, table = dialog.model, dialog.table
    side = m.index(0, COL_SIDE)
    delegate = table.itemDelegateForColumn(COL_SIDE)
    combo = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), side)
    assert isinstance(combo, QComboBox)
    delegate.setEditorData(combo, side)
    assert combo.currentText() == "them → me"
    combo.setCurrentIndex(combo.findData("right"))
    delegate.setModelData(combo, m, side)
    assert m.proposals()[0].direction == "out" and m.index(0, COL_SIDE).data() == "me → them"
    words = m.index(1, COL_QUOTE)
    editor = table.itemDelegateForColumn(COL_QUOTE).createEditor(
        table.viewport(), QStyleOptionViewItem(), words
    )
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("第一行\n第二行")
    table.itemDelegateForColumn(COL_QUOTE).setModelData(editor, m, words)
    assert m.proposals()[1].quote == "第一行\n第二行"
    dialog.close()


def test_in_the_window_the_timeline_shows_them_and_undo_takes_them_back(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    """The demo's SMS screenshot (its recorded reading) made into entries from the open
    case: the runner announces the change, the case's timeline grows, Undo shrinks it."""
    from ecomplaint.store import ocr_reads, queries
    from tests.helpers.chat_ocr import recorded_read
    from tests.ui.conftest import wait_idle

    case_id = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    with demo_store.write() as s:
        ev = s.exec(
            select(Evidence).where(
                Evidence.case_id == case_id, Evidence.original_name == "wreath_sms.png"
            )
        ).one()
        uid, sha = ev.uid, ev.sha256
        ocr_reads.save_read(s, recorded_read("wreath_sms", sha), read_at=demo_store.clock.now())
    w = make_window(demo_store)
    wait_idle(qtbot, w)
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.case.id == case_id)
    wait_idle(qtbot, w)
    before = len(w.detail.entries)
    dialog = open_make_entries(w, uid, [6, 7, 8, 13], ops=w.ops, undo_stack=w.undo_stack)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.model.rowCount() == 2
    dialog.confirm()
    qtbot.waitUntil(lambda: len(w.detail.entries) == before + 2)  # type: ignore[union-attr]
    mine = [e for e in w.detail.entries if e.source_sha256 == sha]  # type: ignore[union-attr]
    assert [e.source_locator for e in mine] == ["ocr:6-8", "ocr:13"]
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: len(w.detail.entries) == before)  # type: ignore[union-attr]


def test_the_with_box_shows_the_party_the_title_names(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    agent = add_party(
        store,
        case_id=_case_of(store, uid),
        role="customer_service",
        name="小雨",
        contact="186-1234-2207",
    ).created_id
    ops = make_ops(store)
    dialog, _ = _open(qtbot, ops, uid, None)
    assert dialog.party.currentData() == agent and dialog.party.currentText() == "小雨"
    assert dialog.model.index(0, COL_PARTY).data() == "小雨"
    dialog.close()


def test_closed_while_adding_the_step_still_goes_on_the_undo_stack(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    """The viewer (its parent) closed while the runner adds the entries: they are added, the
    step can still be undone, and nothing touches the deleted dialog."""
    from PySide6.QtCore import QCoreApplication, QEvent

    uid = screenshot_with_text(store, wreath_sms())
    ops = make_ops(store)
    dialog, stack = _open(qtbot, ops, uid, None)
    dialog.confirm()
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: ops.is_idle())
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert len(_live(store)) == 3
    stack.undo()
    qtbot.waitUntil(lambda: ops.is_idle())
    assert _live(store) == []


def test_closed_before_the_proposals_arrive(qtbot: Any, store: Store, make_ops: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    uid = screenshot_with_text(store, wreath_sms())
    ops = make_ops(store)
    dialog = open_make_entries(None, uid, None, ops=ops, undo_stack=QUndoStack())
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: ops.is_idle())
    qtbot.wait(50)
