"""The workspace on real widgets: create, log with a promise, search, undo/redo, language,
remembered state, trash. The clock is the store's FixedClock; settings live in a temp ini."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.i18n import current_language
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.store.errors import StoreError
from ecomplaint.ui.cases.dialog import CaseDialog
from ecomplaint.ui.dialogs.store_error import store_error_box
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog
from tests.ui.conftest import wait_idle


def titles(w: MainWindow) -> list[str]:
    return [w.case_model.row_at(i).title for i in range(w.case_model.rowCount())]


def create_case(qtbot: Any, w: MainWindow, title: str, **fields: str) -> int:
    dialog = w.new_case()
    assert isinstance(dialog, CaseDialog)
    dialog.set_value("title", title)
    for key, value in fields.items():
        dialog.set_value(key, value)
    dialog.try_accept()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.current_case_id is not None)
    wait_idle(qtbot, w)
    assert w.current_case_id is not None
    return w.current_case_id


def log_call_with_promise(qtbot: Any, w: MainWindow) -> None:
    dialog = w.log_entry()
    assert isinstance(dialog, LogEntryDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("call_out"))
    dialog.party.setCurrentIndex(dialog.party.count() - 1)  # new party, inline
    dialog.new_name.setText("客服 工号 7731")
    dialog.summary.setPlainText("致电客服投诉安装问题")
    dialog.quote.setPlainText("24 到 48 小时内给您回复")
    dialog.promised.setChecked(True)
    dialog.window_preset.setCurrentIndex(dialog.window_preset.findData("24-48h"))
    dialog.try_accept()
    wait_idle(qtbot, w)


def test_create_log_search_undo_redo(qtbot: Any, store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(store)
    wait_idle(qtbot, w)
    case_id = create_case(
        qtbot, w, "电视安装被改成挂墙", platform="jd", merchant="某东", amount="1799"
    )
    assert titles(w) == ["电视安装被改成挂墙"]
    assert w.header.values["amount"].text() == "¥1,799.00"

    log_call_with_promise(qtbot, w)
    detail = queries.case_detail(store, case_id)
    assert [e.kind for e in detail.entries] == ["call_out"]
    assert detail.parties[0].name == "客服 工号 7731"
    (promise,) = detail.promises
    assert (promise.window_min, promise.window_max) == (24, 48)
    assert promise.entry_id == detail.entries[0].id
    assert promise.due_by - promise.made_at == timedelta(hours=48)
    rows = [r for r in (w.timeline.timeline_model.row_at(i) for i in range(2)) if r.entry]
    assert rows[0].chips[0].status == PromiseStatus.PENDING
    assert w.party_model.rowCount() == 1

    # undo the log: entry, promise and the party created inline all go; redo brings them back
    w.act_undo.trigger()
    wait_idle(qtbot, w)
    detail = queries.case_detail(store, case_id)
    assert (detail.entries, detail.promises, detail.parties) == ([], [], [])
    assert w.timeline.timeline_model.rowCount() == 0
    w.act_redo.trigger()
    wait_idle(qtbot, w)
    detail = queries.case_detail(store, case_id)
    assert len(detail.entries) == len(detail.promises) == len(detail.parties) == 1
    assert w.timeline.timeline_model.rowCount() == 2

    # a second case, then find the first by a two-character Chinese word
    create_case(qtbot, w, "Refund never arrived", platform="amazon")
    assert len(titles(w)) == 2
    w.filters.search.setText("安装")
    qtbot.waitUntil(lambda: titles(w) == ["电视安装被改成挂墙"], timeout=3000)
    w.filters.search.setText("客服")  # in the entry's summary
    qtbot.waitUntil(lambda: titles(w) == ["电视安装被改成挂墙"], timeout=3000)
    w.filters.search.clear()
    qtbot.waitUntil(lambda: len(titles(w)) == 2, timeout=3000)

    # undo the second case: it goes to the trash and leaves the list; redo restores it
    w.act_undo.trigger()
    wait_idle(qtbot, w)
    assert titles(w) == ["电视安装被改成挂墙"]
    w.act_redo.trigger()
    wait_idle(qtbot, w)
    assert len(titles(w)) == 2


def test_edit_case_and_undo_restore_old_values(qtbot: Any, store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(store)
    case_id = create_case(qtbot, w, "Old title", amount="50")
    dialog = w.edit_case()
    assert dialog is not None
    dialog.set_value("title", "New title")
    dialog.set_value("status", "escalated")
    dialog.try_accept()
    wait_idle(qtbot, w)
    case = queries.get_case(store, case_id)
    assert (case.title, case.status) == ("New title", "escalated")
    assert w.header.title.text() == "New title"
    w.act_undo.trigger()
    wait_idle(qtbot, w)
    case = queries.get_case(store, case_id)
    assert (case.title, case.status) == ("Old title", "open")
    assert w.header.title.text() == "Old title"


def test_bad_amount_is_shown_inline_in_the_users_language(
    qtbot: Any, store: Store, make_window: Any
) -> None:
    w: MainWindow = make_window(store)
    dialog = w.new_case()
    dialog.set_value("title", "x")
    dialog.set_value("amount", "abc")
    dialog.try_accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "is not an amount of money" in dialog.error.text()
    assert dialog.value("title") == "x"  # nothing typed is lost
    w.set_language_setting("zh")
    dialog.try_accept()
    assert "不是有效金额" in dialog.error.text()
    dialog.reject()
    wait_idle(qtbot, w)
    assert queries.list_cases(store) == []


def test_delete_to_trash_is_undoable(qtbot: Any, demo_store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(demo_store)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    wait_idle(qtbot, w)
    tv = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    w.open_case(tv)
    wait_idle(qtbot, w)
    before = len(queries.case_detail(demo_store, tv).entries)
    last = w.timeline.timeline_model.rowCount() - 1
    w.timeline.setCurrentIndex(w.timeline.timeline_model.index(last, 0))
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Delete)
    wait_idle(qtbot, w)
    assert len(queries.case_detail(demo_store, tv).entries) == before - 1
    w.act_undo.trigger()
    wait_idle(qtbot, w)
    assert len(queries.case_detail(demo_store, tv).entries) == before

    w.case_table.setFocus()
    qtbot.keyClick(w.case_table, Qt.Key.Key_Delete)
    wait_idle(qtbot, w)
    assert tv not in [c.id for c in queries.list_cases(demo_store)]
    assert w.current_case_id is None
    qtbot.keyClick(w.case_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, w)
    assert tv in [c.id for c in queries.list_cases(demo_store)]


def test_switch_language_live(qtbot: Any, demo_store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(demo_store)
    wait_idle(qtbot, w)
    assert w.menu_file.title() == "&File"
    w.set_language_setting("zh")
    assert w.menu_file.title() == "文件(&F)"
    assert w.case_model.headerData(0, Qt.Orientation.Horizontal, 0) == "标题"
    assert w.filters.status.itemText(0) == "全部状态"
    assert current_language() == "zh"  # core messages follow
    assert w.settings.get("ui/language") == "zh"
    w.set_language_setting("en")
    assert w.menu_file.title() == "&File"
    assert current_language() == "en"


def test_state_is_remembered(qtbot: Any, demo_store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(demo_store)
    w.show()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    wreath = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    w.open_case(wreath)
    wait_idle(qtbot, w)
    w.resize(760, 560)
    w.main_splitter.setSizes([300, 450])
    sizes = w.main_splitter.sizes()
    w.close()
    assert not w.ops.running()

    again: MainWindow = make_window(demo_store)
    again.show()
    qtbot.waitExposed(again)
    wait_idle(qtbot, again)
    assert again.current_case_id == wreath
    assert again.header.title.text().startswith("Store agent sent a mourning wreath")
    assert (again.size().width(), again.size().height()) == (760, 560)
    assert again.main_splitter.sizes() == sizes
    selected = again.case_table.selectionModel().selectedRows()
    assert [again.case_model.row_at(i.row()).id for i in selected] == [wreath]


def test_every_control_has_an_accessible_name(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    w: MainWindow = make_window(demo_store)
    wait_idle(qtbot, w)
    w.open_case(1)
    wait_idle(qtbot, w)
    dialogs: list[QWidget] = [w, w.log_entry(), w.new_case(), w.preferences()]  # type: ignore[list-item]
    for top in dialogs:
        for child in top.findChildren(QWidget):
            focusable = child.focusPolicy() != Qt.FocusPolicy.NoFocus
            # the line edit inside a spin box or date edit is part of its (named) parent
            inner = isinstance(child.parent(), QAbstractSpinBox | QComboBox)
            if focusable and child.isVisibleTo(top) and not inner:
                where = f"{type(child).__name__} in {type(top).__name__}"
                assert child.accessibleName(), f"{where} has no name"
        if top is not w:
            top.close()


def test_tab_order_follows_the_layout(qtbot: Any, demo_store: Store, make_window: Any) -> None:
    w: MainWindow = make_window(demo_store)
    f = w.filters
    expected = [f.search, f.status, f.platform, f.tag, f.overdue, w.case_table, w.timeline]
    for a, b in zip(expected, expected[1:], strict=False):
        assert a.nextInFocusChain() is b or _next_focusable(a) is b


def _next_focusable(widget: QWidget) -> QWidget:
    nxt = widget.nextInFocusChain()
    while nxt.focusPolicy() == Qt.FocusPolicy.NoFocus or not nxt.isEnabled():
        nxt = nxt.nextInFocusChain()
    return nxt


def test_store_error_dialog_names_the_file_and_backups(qapp: Any, tmp_path: Path) -> None:
    db = tmp_path / "ecomplaint.sqlite3"
    backup = tmp_path / "backups" / "ecomplaint-20261119-120000-before-0002.sqlite3"
    exc = StoreError("store.corrupt", path=db, backups=[backup], detail="malformed")
    box = store_error_box(exc)
    assert str(db) in box.informativeText()
    assert str(backup) in box.detailedText()
    assert "damaged" in box.informativeText()


def test_filters_status_platform_overdue_tag(
    qtbot: Any, demo_store: Store, make_window: Any, asked: list[str]
) -> None:
    w: MainWindow = make_window(demo_store)
    wait_idle(qtbot, w)
    tv, wreath = "43 英寸电视底座安装被擅自改为挂墙", "Store agent sent a mourning wreath"
    assert len(titles(w)) == 2
    w.filters.overdue.setChecked(True)  # the written reply promised in 3 working days lapsed
    wait_idle(qtbot, w)
    assert titles(w) == [tv]
    w.filters.overdue.setChecked(False)
    w.filters.platform.setCurrentIndex(w.filters.platform.findData("tmall"))
    wait_idle(qtbot, w)
    assert [t[:34] for t in titles(w)] == [wreath]
    w.filters.platform.setCurrentIndex(0)
    w.filters.status.setCurrentIndex(w.filters.status.findData("open"))
    wait_idle(qtbot, w)
    assert titles(w) == []
    w.filters.status.setCurrentIndex(0)
    w.filters.tag.setText("privacy")
    qtbot.waitUntil(lambda: len(titles(w)) == 1, timeout=3000)
    assert titles(w)[0].startswith(wreath)
    assert asked == []


def test_when_presets_give_local_times(qtbot: Any, store: Store, make_window: Any) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QTime

    w: MainWindow = make_window(store)
    create_case(qtbot, w, "x")
    dialog = w.log_entry()
    assert dialog is not None
    shanghai = ZoneInfo("Asia/Shanghai")  # the clock says 2026-11-20 14:00 in China
    assert dialog.occurred_at() == (store.clock.now(), "exact")
    dialog.when.setCurrentIndex(dialog.when.findData("yesterday"))
    dialog.at.setTime(QTime(9, 30))
    dialog.approximate.setChecked(True)
    assert dialog.occurred_at() == (datetime(2026, 11, 19, 9, 30, tzinfo=shanghai), "approximate")
    dialog.when.setCurrentIndex(dialog.when.findData("today"))
    assert dialog.occurred_at()[0] == datetime(2026, 11, 20, 9, 30, tzinfo=shanghai)
    dialog.at.setTime(QTime(18, 0))  # later than now: refused, in words
    dialog.summary.setPlainText("x")
    dialog.try_accept()
    assert dialog.isVisible() and "in the future" in dialog.error.text()
    dialog.reject()
