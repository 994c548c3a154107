"""Issue #11: the window never renders user text as markup.

A case, its parties, entries, promises and evidence are filled with markup pointing at a
real PNG; the window and every view and dialog that shows them are opened, every visible
widget is walked, and Qt must show the literal text, keep sane sizes and never open the PNG
(an inotify watch on it reports any open on Linux)."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

from ecomplaint.services import cases, entries, evidence, parties, promises
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui import ask
from ecomplaint.ui.cases.dialog import CaseDialog
from ecomplaint.ui.cases.escalate_dialog import EscalateDialog
from ecomplaint.ui.evidence import actions as evidence_actions
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog
from tests.helpers.photos import make_photo
from tests.ui.conftest import wait_idle

MARKERS = ("<img", "<font", "&copy;", "<b>")
MAX_LABEL_HEIGHT = 400  # a <font size=200> or a 1500-pixel image would be far taller


class OpenProbe:
    """Reports whether anything opened or read `path` since it was created (inotify)."""

    IN_ACCESS, IN_OPEN = 0x1, 0x20

    def __init__(self, path: Path) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        assert self.fd >= 0
        wd = self.libc.inotify_add_watch(self.fd, bytes(path), self.IN_ACCESS | self.IN_OPEN)
        assert wd >= 0

    def opened(self) -> bool:
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def bait(tmp_path: Path) -> Iterator[tuple[Path, OpenProbe]]:
    if not sys.platform.startswith("linux"):
        pytest.skip("the open probe uses inotify")
    png = tmp_path / "bait.png"
    Image.new("RGB", (1500, 1500), (255, 0, 0)).save(png)
    probe = OpenProbe(png)
    assert not probe.opened()
    yield png, probe
    probe.close()


def hostile(png: Path, what: str) -> str:
    return f'<img src="{png}"/><font size=200>{what}</font> &copy; <b>bold</b>'


def fill_hostile_case(store: Store, png: Path, tmp_path: Path) -> int:
    h = lambda what: hostile(png, what)  # noqa: E731
    case_id = cases.create_case(
        store,
        title=h("title"),
        merchant=h("merchant"),
        order_no=h("order") + "9" * 200,
        product=h("product"),
        services=h("services"),
        demands=h("demand one") + "\n" + h("demand two"),
        tags=["<b>tag</b>"],
        complainant_name=h("name"),
        notes=h("notes"),
    ).created_id
    assert case_id is not None
    party = parties.add_party(
        store, case_id=case_id, role="customer_service", name=h("party"), notes=h("party notes")
    ).created_id
    entry = entries.log_entry(
        store, case_id=case_id, kind="call_in", party_id=party, summary=h("summary"),
        quote=h("quote"),
    ).created_id  # fmt: skip
    promises.record_promise(
        store, case_id=case_id, what="reply", window_min=1, window_max=2, entry_id=entry,
        description=h("promise"),
    )  # fmt: skip
    name = tmp_path / "<font size=200>screenshot &copy; <b>b.jpg"  # no "/" in a name
    make_photo(name, size=(40, 30))
    evidence.attach_files(
        store, case_id=case_id, paths=[name], entry_id=entry, description=h("caption")
    )
    return case_id


def labels_of(widget: QWidget) -> list[QLabel]:
    own = [widget] if isinstance(widget, QLabel) else []
    return own + widget.findChildren(QLabel)


def check_labels(widget: QWidget, where: str) -> int:
    """Every label showing user markup shows it as plain text; none is blown up."""
    seen = 0
    for label in labels_of(widget):
        text = label.text()
        if any(m in text for m in MARKERS):
            seen += 1
            shows_markup = label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
            )
            assert not shows_markup, f"{where}: {label.objectName() or label} renders {text!r}"
        assert label.sizeHint().height() < MAX_LABEL_HEIGHT, (where, text[:80])
    return seen


def check_tooltip(tip: Any, where: str) -> None:
    if not tip:
        return
    tip = str(tip)
    if QtGui.Qt.mightBeRichText(tip):
        assert not any(m in tip for m in MARKERS), f"{where}: tooltip renders {tip!r}"
        doc = QTextDocument()
        doc.setHtml(tip)
        shown = doc.toPlainText()
    else:
        shown = tip
    # what the user sees is the literal text
    if "&amp;copy;" in tip or "&copy;" in shown:
        assert "&copy;" in shown, where
    QToolTip.showText(QPoint(10, 10), tip)  # rendered for real: the probe sees any fetch
    QToolTip.hideText()


def columns(model: Any) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # a QAbstractListModel: one column, its columnCount() is private
        return 1


def check_views(widget: QWidget, where: str) -> None:
    check_tooltip(widget.toolTip(), where)
    for child in widget.findChildren(QWidget):
        check_tooltip(child.toolTip(), f"{where}/{type(child).__name__}")
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), 100)):
            for column in range(columns(model)):
                index = model.index(row, column)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                check_tooltip(tip, f"{where}/{type(view).__name__}[{row},{column}]")


def walk(widget: QWidget, where: str) -> int:
    widget.grab()  # lay out and paint everything, as on screen
    QApplication.processEvents()
    seen = check_labels(widget, where)
    check_views(widget, where)
    return seen


def test_no_view_or_dialog_renders_user_text_as_markup(
    qtbot: Any,
    store: Store,
    make_window: Any,
    bait: tuple[Path, OpenProbe],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    png, probe = bait
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        box.show()  # shown, laid out and painted like the real thing, then walked
        boxes.append(box)
        walk(box, "message box")
        box.hide()
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(ask, "ask", record)
    case_id = fill_hostile_case(store, png, tmp_path)
    w: MainWindow = make_window(store)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    wait_idle(qtbot, w)
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.current_case_id == case_id)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.case_model.rowCount() == 1)

    seen = walk(w, "main window")
    assert seen >= 5  # header title and fields, evidence caption... really walked
    assert w.header.title.text() == hostile(png, "title")  # the literal text is shown
    assert w.header.title.heightForWidth(800) < 120  # two lines of text, not a poster
    assert w.header.height() < w.height() * 0.6  # the panes below stay on screen
    assert w.width() == 1200  # a 200-digit order number does not widen the window

    w.show_today()
    wait_idle(qtbot, w)
    walk(w, "today")

    dialogs: list[QWidget] = []
    edit = w.edit_case()
    assert isinstance(edit, CaseDialog)
    dialogs.append(edit)
    edit.set_value("amount", hostile(png, "amount"))  # the error quotes what was typed
    edit.try_accept()
    assert "&copy;" in edit.error.text()
    log = w.log_entry()
    assert isinstance(log, LogEntryDialog)
    dialogs.append(log)
    escalate = w.case_actions.escalate()
    assert isinstance(escalate, EscalateDialog)
    dialogs.append(escalate)
    w.files.export_dossier(ask_save_path=lambda *a: "", opener=lambda p: None)
    qtbot.waitUntil(lambda: w.files.export_dialog is not None)  # opens once the case is read
    export = w.files.export_dialog
    assert export is not None
    dialogs.append(export)
    (record_,) = evidence.list_evidence(store, case_id=case_id)
    viewer = evidence_actions.open_evidence(store.folder, record_, w)
    assert viewer is not None
    dialogs.append(viewer)
    assert "<font size=200>screenshot &copy;" in viewer.windowTitle()  # plain, as typed
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        walk(dialog, type(dialog).__name__)
        assert dialog.sizeHint().height() < 1000, type(dialog).__name__

    # every message box the window raises, whatever wrapper it goes through
    text = hostile(png, "message")
    ask.show_error(w, "t", text)
    ask.inform(w, "t", text)
    ask.yes_no(w, "t", text)
    evidence_actions.ask_yes_no(w, "t", text)
    evidence_actions.tell(w, "t", text)
    assert len(boxes) == 5 and all(b.text() == text for b in boxes)

    for dialog in dialogs:
        dialog.close()
    if hasattr(export, "shutdown"):
        export.shutdown()
    QApplication.processEvents()
    assert not probe.opened(), "Qt opened the file an <img src> in user text points at"


def test_the_probe_sees_qt_fetch_an_img(qapp: Any, bait: tuple[Path, OpenProbe]) -> None:
    """The check above can fail: a label left to guess does open the file."""
    png, probe = bait
    label = QLabel(hostile(png, "x"))
    label.grab()
    assert probe.opened()
    assert label.sizeHint().height() > MAX_LABEL_HEIGHT


def test_queries_still_give_the_literal_text(store: Store, tmp_path: Path) -> None:
    png = tmp_path / "x.png"
    case_id = fill_hostile_case(store, png, tmp_path)
    assert queries.case_detail(store, case_id).case.title == hostile(png, "title")


def test_file_names_with_rtl_override_or_newline_are_shown_escaped(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    from ecomplaint.ui.evidence.strip import EvidenceStrip
    from ecomplaint.ui.evidence.thumbs import ThumbnailLoader
    from ecomplaint.ui.evidence.viewer import ImageViewerDialog

    case_id = cases.create_case(store, title="t").created_id or 0
    spoof = make_photo(tmp_path / "invoice\u202egpj.exe", size=(20, 10))  # looks like …exe.jpg
    broken = make_photo(tmp_path / "line\nbreak.jpg", size=(20, 10), color=(0, 200, 0))
    evidence.attach_files(store, case_id=case_id, paths=[spoof, broken])
    rows = evidence.list_evidence(store, case_id=case_id)
    loader = ThumbnailLoader(store.folder, 64)
    strip = EvidenceStrip(loader)
    qtbot.addWidget(strip)
    strip.set_rows(rows)
    model = strip.strip_model
    shown = {model.data(model.index(i), Qt.ItemDataRole.DisplayRole) for i in range(2)}
    assert shown == {"invoice\\u202egpj.exe", "line\\nbreak.jpg"}
    tips = [model.data(model.index(i), Qt.ItemDataRole.ToolTipRole) for i in range(2)]
    assert not any("\u202e" in tip for tip in tips)
    viewer = ImageViewerDialog(store.folder, next(r for r in rows if "gpj" in r.original_name))
    qtbot.addWidget(viewer)
    assert viewer.windowTitle().startswith("invoice\\u202egpj.exe")
    assert "\u202e" not in viewer.caption.text()
    loader.stop()


def test_tray_notifications_do_not_carry_markup_on_linux() -> None:
    from ecomplaint.ui.plain import notification_body

    if not sys.platform.startswith("linux"):
        pytest.skip("only the freedesktop notification servers read markup")
    assert notification_body('<img src="/x.png"/> & co') == '&lt;img src="/x.png"/&gt; &amp; co'


def test_a_right_to_left_override_does_not_reverse_the_rest_of_a_line(qapp: Any) -> None:
    """A U+202E in the merchant's name must not print the order number after it backwards."""
    from datetime import UTC, datetime

    from ecomplaint.domain.records import CaseRecord
    from ecomplaint.ui.cases.header import CaseHeader
    from ecomplaint.ui.plain import plain_label

    def pixels(text: str) -> Any:
        label = plain_label(text)
        label.setFont(header.values["order"].font())
        label.resize(600, 40)
        return label.grab().toImage()

    header = CaseHeader()
    now = datetime(2026, 11, 20, tzinfo=UTC)
    case = CaseRecord(
        id=1, uid="u", title="t", platform="other", merchant="shop\u202e", order_no="12345",
        product="", order_date=None, amount=None, currency="CNY", services="",
        complainant_name="", complainant_phone="", complainant_address="",
        complainant_id_no="", demands="", status="open", tags="", language="en",
        assignee="", notes="", created_at=now, updated_at=now, trashed_at=None, version=1,
    )  # fmt: skip
    header.show_case(case)
    shown = header.values["order"].text()
    platform = shown.split(" · ")[0]
    assert pixels(shown) == pixels(f"{platform} · shop · 12345")
    assert pixels(shown) != pixels(f"{platform} · shop · 54321")
