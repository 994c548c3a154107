"""The letter dialog on the real window: the TV case's 12315 complaint drafted on the runner,
edited, saved, and marked as sent (a new entry with the letter as its exhibit); a quote holding
markup shown as characters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Entry
from ecomplaint.ui.cases import letter_dialog
from ecomplaint.ui.cases.letter_dialog import LetterDialog, kinds_for
from ecomplaint.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle

TV_ORDER = "JD-2026-1102-4417"
PROMISE = "“已经给您上报了，主管 24 小时内会联系您。”"


def open_dialog(qtbot: Any, w: MainWindow, store: Store, kind: str) -> LetterDialog:
    case_id = queries.find_case_id(store, TV_ORDER)
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.current_case_id == case_id)
    wait_idle(qtbot, w)
    assert w.act_letter.isEnabled()
    w.act_letter.trigger()
    dialog = w.findChild(LetterDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.letter is not None)
    index = dialog.kind.findData(kind)
    assert index >= 0
    dialog.kind.setCurrentIndex(index)
    qtbot.waitUntil(lambda: dialog.letter is not None and dialog.letter.kind == kind)
    return dialog


def test_the_tv_case_gets_its_12315_complaint_edited_and_marked_sent(
    qtbot: Any,
    demo_store: Store,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w: MainWindow = make_window(demo_store)
    dialog = open_dialog(qtbot, w, demo_store, "regulator_12315")
    # A Chinese case: the Chinese kinds first, the draft in Chinese, the form's lengths shown.
    assert dialog.kind.itemData(0) == "store" and dialog.lang.currentData() == "zh"
    text = dialog.editor.toPlainText()
    assert PROMISE in text and "【事实与理由】" in text
    assert "facts" in dialog.lengths.text()
    # The user's edit is what gets saved and sent.
    dialog.editor.setPlainText(text + "\n补充：<b>请尽快处理</b>\n")
    out = tmp_path / "12315"
    monkeypatch.setattr(letter_dialog, "ask_save_path", lambda *a: str(out))
    dialog.save_text_button.click()
    wait_idle(qtbot, w)
    saved = tmp_path / "12315.txt"
    qtbot.waitUntil(saved.exists)
    assert saved.read_text("utf-8").endswith("补充：<b>请尽快处理</b>\n")
    case_id = dialog.case_id
    before = queries.case_detail(demo_store, case_id)
    rows_before = w.timeline.timeline_model.rowCount()
    dialog.sent_button.click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: not dialog.sent_button.isEnabled() and "#" in dialog.status.text())
    after = queries.case_detail(demo_store, case_id)
    entry = next(e for e in after.entries if e not in before.entries)
    assert entry.kind == "complaint" and entry.direction == "out"
    exhibit = next(x for x in after.evidence if x.entry_id == entry.id)
    stored = blob_path(demo_store.folder, exhibit.sha256).read_text("utf-8")
    assert PROMISE in stored and stored.endswith("补充：<b>请尽快处理</b>\n")
    assert any(x.entry_id == entry.id and x.rung == "regulator_12315" for x in after.escalations)
    # The views heard the change: the timeline grew by the new entry.
    qtbot.waitUntil(lambda: w.timeline.timeline_model.rowCount() > rows_before)


def test_a_hostile_quote_shows_literally_in_the_editor(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    hostile = '<img src="/etc/passwd"><b>粗体</b> {{ 7*7 }} &amp; \u202eevil'
    case_id = queries.find_case_id(demo_store, TV_ORDER)
    with demo_store.write() as s:
        for e in s.exec(select(Entry).where(Entry.case_id == case_id)):
            if e.quote and "24 小时" in e.quote:
                e.quote = hostile
                s.add(e)
    w: MainWindow = make_window(demo_store)
    dialog = open_dialog(qtbot, w, demo_store, "regulator_12315")
    text = dialog.editor.toPlainText()
    # Markup and template syntax stay characters; the bidi override is written out visibly.
    assert '<img src="/etc/passwd"><b>粗体</b> {{ 7*7 }} &amp; \\u202eevil' in text
    assert "\u202e" not in text
    assert PROMISE not in dialog.editor.toPlainText()


def test_the_case_countrys_kinds_come_first() -> None:
    from ecomplaint.letters.kinds import load_kinds

    kinds = load_kinds(None)
    gb = [k.id for k in kinds_for("GB", kinds)]
    assert gb[0] == "formal_complaint" and gb.index("store") > gb.index("letter_before_action")
    assert sorted(gb) == sorted(kinds)


def test_copy_and_a_save_into_a_missing_folder(
    qtbot: Any,
    demo_store: Store,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QApplication

    w: MainWindow = make_window(demo_store)
    dialog = open_dialog(qtbot, w, demo_store, "platform_intervention")
    dialog.editor.setPlainText("我改过的 <i>请求</i>")
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "我改过的 <i>请求</i>"
    missing = tmp_path / "gone" / "letter.pdf"
    monkeypatch.setattr(letter_dialog, "ask_save_path", lambda *a: str(missing))
    dialog.save_pdf_button.click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: "gone" in dialog.status.text())
    assert not missing.exists() and dialog.save_pdf_button.isEnabled()
    pdf = tmp_path / "letter.pdf"
    monkeypatch.setattr(letter_dialog, "ask_save_path", lambda *a: str(pdf))
    dialog.save_pdf_button.click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(pdf.exists)
    assert pdf.read_bytes().startswith(b"%PDF")
