"""The main window composes the workspace: the case list with search and filters beside the open
case (header, next step, timeline, parties, evidence), the Today tab, and the menus.

It owns the runner (ui.ops: every read and write) and the open case (ui.cases.context); the
parts take those two, never the window: CaseActions (next step, escalate, pause, calendar),
EvidencePanel, FileActions (dossier, hand-off, backups) and TodayWiring. Every edit is an
undoable command (ui.commands) pushed on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.clock import Clock
from ecomplaint.services.changes import Changes
from ecomplaint.ui import ask as ask_module
from ecomplaint.ui.ask import show_error
from ecomplaint.ui.cases.context import CaseContext
from ecomplaint.ui.cases.filters import CaseFilter, CaseFilters
from ecomplaint.ui.cases.header import CaseHeader
from ecomplaint.ui.cases.list_model import PAGE_SIZE, CaseListModel
from ecomplaint.ui.cases.party_model import PartyListModel
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.plain import message_box, plain_label
from ecomplaint.ui.settings import Settings
from ecomplaint.ui.timeline.view import TimelineView
from ecomplaint.ui.translator import Translations, resolve_language

if TYPE_CHECKING:
    # the store layer loads on the runner's thread, behind the first page; the workspace's
    # other parts, the dialogs and the commands load after the first paint or when first used
    from PySide6.QtWidgets import QDialog

    from ecomplaint.domain.case_summary import CaseSummary
    from ecomplaint.domain.records import CaseDetail, PartyRecord
    from ecomplaint.store.engine import Store
    from ecomplaint.ui.cases.actions import CaseActions
    from ecomplaint.ui.cases.dialog import CaseDialog
    from ecomplaint.ui.cases.letter_dialog import LetterDialog
    from ecomplaint.ui.cases.party_dialog import PartyDialog
    from ecomplaint.ui.dialogs.preferences import PreferencesDialog
    from ecomplaint.ui.dialogs.trash import TrashDialog
    from ecomplaint.ui.evidence.panel import EvidencePanel
    from ecomplaint.ui.files.actions import FileActions
    from ecomplaint.ui.timeline.import_records import ImportRecordsDialog
    from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog, LogRequest
    from ecomplaint.ui.timeline.overview import OverviewView
    from ecomplaint.ui.today.wiring import TodayWiring


def _load_page(
    store: Store, f: CaseFilter, order_by: str, descending: bool, offset: int
) -> tuple[list[CaseSummary], bool]:
    """A page of the case list (search, filters and sort in SQL); True when it is the last."""
    from ecomplaint.store import queries

    rows = queries.list_cases(
        store,
        search=f.text or None,
        status=f.status,
        platform=f.platform,
        tag=f.tag,
        overdue_only=f.overdue_only,
        order_by=order_by,
        descending=descending,
        limit=PAGE_SIZE + 1,
        offset=offset,
    )
    return rows[:PAGE_SIZE], len(rows) <= PAGE_SIZE


NEW_CASE_KEYS = ("ladder", "tz", "calendar", "currency")  # remembered for the next case


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store | Callable[[], Store],
        *,
        settings: Settings | None = None,
        translations: Translations | None = None,
        folder: Path | None = None,
        clock: Clock | None = None,
        first_page: list[CaseSummary] | None = None,
    ) -> None:
        """`store` may be an opener run as the runner's first job (then give the data
        `folder`, the `clock` and the lean `first_page`, PAGE_SIZE + 1 rows, store/lean.py)."""
        super().__init__()
        self.settings = settings or Settings()
        self.translations = translations or Translations()
        self.ops = Ops(store, self, folder=folder, clock=clock)
        self._first_page = first_page
        self._painted = False
        self._building = True  # the header's set-up asks for sorts: one read, at the end
        self.ops.changed.connect(self._changed)
        self.ops.store_swapped.connect(self._store_swapped)
        self.case = CaseContext(self.ops, self)
        self.case.detail_changed.connect(self._show_case)
        self.case.opened.connect(self._case_opened)
        self.undo_stack = QUndoStack(self)
        self._list_generation = 0
        self._filter = CaseFilter()
        self._select_after_load: int | None = None
        self._stopped = False
        self._started = False  # finish_start ran

        # the parts built after the first paint, in this order (see _build_next_part)
        # (cheapest first: the answer to a click made during the first paint lands after it)
        self._part_steps = [self._build_overview, self._build_evidence, self._build_case_actions]
        self._later_built = False
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._case_opened(0)  # nothing open yet: the case actions start disabled
        self.retranslate()
        self._restore_state()
        self._building = False
        self.refresh_cases()
        last = self.settings.get("workspace/last_case")
        if last:
            self._select_after_load = last
            self.open_case(last)
        if not callable(store):  # an open store (first run, team mode, tests): all parts now
            self._build_parts()
            self._build_later_parts()
        else:  # the list comes first; the rest after it paints (finish_start)
            self.ops.ready.connect(self._build_later_parts)

    def finish_start(self) -> None:
        """The rest of the workspace once the list has painted, then the store behind it.
        Input that came meanwhile is handled after this: every part exists by then."""
        if self._stopped or self._started:  # closed before the first paint, or done
            return
        self._started = True
        self._build_next_part()

    # -- construction --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.filters = CaseFilters(self)
        self.filters.changed.connect(self._filters_changed)
        self.filters.search.returnPressed.connect(self.focus_cases)
        self.case_model = CaseListModel(self)
        self.case_model.fetch_requested.connect(self._fetch_more)
        self.case_model.sort_requested.connect(lambda _k, _d: self.refresh_cases())
        self.case_table = QTableView(self)
        self.case_table.setModel(self.case_model)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.setSortingEnabled(True)
        self.case_table.horizontalHeader().setSortIndicatorShown(True)
        self.case_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.case_table.verticalHeader().hide()
        self.case_table.setWordWrap(False)
        header = self.case_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(50)  # measure the first rows only: the list is lazy
        for col in (1, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 100)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_table.selectionModel().currentRowChanged.connect(self._case_row_changed)
        self.count_label = plain_label(parent=self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(4, 4, 4, 4)
        lv.addWidget(self.filters)
        lv.addWidget(self.case_table, 1)
        lv.addWidget(self.count_label)

        self.header = CaseHeader(self)
        self.header.clock = self.ops.now  # never waits for the store
        self.timeline = TimelineView(self)
        self.party_model = PartyListModel(self)
        self.party_list = QListView(self)
        self.party_list.setModel(self.party_model)
        self.party_list.setWordWrap(True)
        self.party_list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.party_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.party_list.setSpacing(2)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(self.party_list, "")
        self._evidence_slot = QWidget(self)  # the evidence panel takes its place (_build_evidence)
        self.side_tabs.addTab(self._evidence_slot, "")
        self.case_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.case_splitter.addWidget(self.timeline)
        self.case_splitter.addWidget(self.side_tabs)
        self.case_splitter.setStretchFactor(0, 3)
        self.case_splitter.setStretchFactor(1, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(4, 4, 4, 4)
        rv.addWidget(self.header)
        self.case_pane_layout = rv
        rv.addWidget(self.case_splitter, 1)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_tabs = QTabWidget(self)
        self.main_tabs.tabBar().setAutoHide(True)  # one tab: no tab bar
        self.main_tabs.addTab(self.main_splitter, "")
        self._today_slot = QWidget(self)  # Today's place, so the tab bar shows from the start
        self.main_tabs.addTab(self._today_slot, "")
        self.setCentralWidget(self.main_tabs)
        self.resize(1280, 800)
        # tab order follows the layout: search, filters, cases, timeline, side panel
        chain: list[QWidget] = [
            self.filters.search,
            self.filters.status,
            self.filters.platform,
            self.filters.tag,
            self.filters.overdue,
            self.case_table,
            self.timeline,
            self.side_tabs,
            self.party_list,
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        # double-click (or Enter) edits, as F2 does
        self.timeline.activated.connect(lambda _i: self.edit_selected())
        self.party_list.activated.connect(
            lambda i: self.edit_party(self.party_model.row_at(i.row()))
        )

    def _action(
        self, slot: Callable[[], Any], *shortcuts: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new_case = self._action(self.new_case, "Ctrl+N")
        self.act_edit_case = self._action(self.edit_case, "Ctrl+E")
        self.act_log = self._action(self.log_entry, "Ctrl+L")
        self.act_letter = self._action(self.draft_letter, "Ctrl+Shift+L")
        self.act_find = self._action(self.focus_search, "Ctrl+F")
        self.act_undo = self._action(self.undo_stack.undo, "Ctrl+Z")
        self.act_redo = self._action(self.undo_stack.redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.act_delete = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.act_edit_selected = self._action(self.edit_selected, "F2")
        self.act_trash = self._action(self.show_trash)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_prefs = self._action(self.preferences, "Ctrl+,")
        self.act_quit = self._action(self.close, "Ctrl+Q")
        self.act_today = self._action(self.show_today, "Ctrl+T")
        self.act_cases = self._action(lambda: self.main_tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_attach = self._action(lambda: self.evidence.attach_files(), "Ctrl+Shift+A")
        self.act_paste = self._action(self.paste, QKeySequence.StandardKey.Paste)
        self.act_verify = self._action(lambda: self.evidence.verify())
        self.act_export = self._action(
            lambda: self.files.export_dossier(), "Ctrl+P", "Ctrl+Shift+E"
        )
        self.act_handoff_out = self._action(lambda: self.files.export_case())
        self.act_handoff_in = self._action(lambda: self.files.import_case())
        self.act_import_records = self._action(self.import_records)
        self.act_backup = self._action(lambda: self.files.backup_now())
        self.act_restore = self._action(lambda: self.files.restore())
        self.act_about = self._action(self.about)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_undo_texts())

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_new_case)
        self.menu_file.addSeparator()
        for a in (
            self.act_export,
            self.act_handoff_out,
            self.act_handoff_in,
            self.act_import_records,
        ):
            self.menu_file.addAction(a)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_prefs)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for a in (self.act_undo, self.act_redo):
            self.menu_edit.addAction(a)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_paste)
        self.menu_edit.addAction(self.act_edit_selected)
        self.menu_edit.addAction(self.act_delete)
        self.menu_edit.addAction(self.act_trash)
        self.menu_edit.addAction(self.act_find)
        self.menu_case = bar.addMenu("")
        self.menu_case.addAction(self.act_log)
        self.menu_case.addAction(self.act_edit_case)
        self.menu_case.addSeparator()
        self.menu_case.addAction(self.act_letter)
        self.menu_case.addSeparator()
        self.menu_case.addAction(self.act_attach)
        self.menu_case.addAction(self.act_verify)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_cases)
        self.menu_view.addAction(self.act_today)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    # -- the parts built after the first paint -------------------------------------------------
    # The case pane's parts (next step, evidence, the overview) are built one by one right
    # after the list has painted, so that the answer to a first click can land in between;
    # Today and the file actions once the store is open (their modules are imported on the
    # runner meanwhile: preload_later_parts). Asking for a part builds it at once.
    @property
    def case_actions(self) -> CaseActions:
        self._build_parts()
        return self._case_actions

    @property
    def evidence(self) -> EvidencePanel:
        self._build_parts()
        return self._evidence

    @property
    def overview(self) -> OverviewView:
        self._build_parts()
        return self._overview

    @property
    def today(self) -> TodayWiring:
        self._build_later_parts()
        return self._today

    @property
    def files(self) -> FileActions:
        self._build_later_parts()
        return self._files

    @property
    def today_index(self) -> int:
        return self.main_tabs.indexOf(self._today_slot)

    def _build_parts(self) -> None:
        while self._part_steps:
            self._part_steps.pop(0)()

    def _build_next_part(self) -> None:
        """One part, then back to the event loop for the next (input and answers between)."""
        if self._stopped:
            return
        if self._part_steps:
            self._part_steps.pop(0)()
            QTimer.singleShot(0, self._build_next_part)
        else:
            self.ops.begin_open()  # the store layer loads once the case pane is complete

    def _build_case_actions(self) -> None:
        from ecomplaint.ui.cases.actions import CaseActions

        self._case_actions = actions = CaseActions(self.ops, self.case, self.undo_stack, self)
        pane = self.case_pane_layout
        pane.insertWidget(pane.indexOf(self.header) + 1, actions.label)  # under the header
        for a in (actions.act_escalate, actions.act_pause):
            self.addAction(a)  # their shortcuts work from anywhere in the window
        self.menu_file.insertAction(self.act_handoff_out, actions.act_ics)
        self.menu_case.insertActions(self.act_letter, [actions.act_escalate, actions.act_pause])
        actions.retranslate()
        if self.case.case_id is not None:  # a case opened before this part existed
            actions.refresh()

    def _build_evidence(self) -> None:
        from ecomplaint.ui.evidence.panel import EvidencePanel

        self._evidence = EvidencePanel(self.ops, self.case, self.timeline, self.undo_stack, self)
        _fill_slot(self.side_tabs, self._evidence_slot, self._evidence)
        self._evidence_slot = self._evidence
        self.timeline.selectionModel().currentChanged.connect(self._entry_selected)

    def _build_overview(self) -> None:
        from ecomplaint.ui.timeline.overview import OverviewView

        # the case at a glance, above the timeline (ui/timeline/overview.py)
        self._overview = OverviewView(self.case, self.ops.now, self)  # never waits for the store
        self._overview.setVisible(False)
        pane = self.case_pane_layout
        pane.insertWidget(pane.indexOf(self.case_splitter), self._overview)  # above the timeline
        self._overview.entry_clicked.connect(self.select_entry)
        if self.case.detail is not None:
            self._overview.refresh()

    def _build_later_parts(self) -> None:
        if self._later_built:
            return
        self._later_built = True
        from ecomplaint.ui.files.actions import FileActions
        from ecomplaint.ui.today.wiring import TodayWiring

        self._today = TodayWiring(self.ops, self)
        _fill_slot(self.main_tabs, self._today_slot, self._today.view)
        self._today_slot = self._today.view
        self._today.view.open_case.connect(self._open_from_today)
        self._today.title_changed.connect(self.setWindowTitle)
        self._today.show_requested.connect(self.show_today)
        self._files = FileActions(self.ops, self.case, self)
        self._files.auto.failed.connect(
            lambda message: self.statusBar().showMessage(message, 15_000)
        )
        self._today.retranslate()
        self._today.start()
        self._files.start()

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("eComplaint"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_case.setTitle(self.tr("&Case"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new_case.setText(self.tr("&New case…"))
        self.act_edit_case.setText(self.tr("&Edit case…"))
        self.act_log.setText(self.tr("&Log an entry…"))
        self.act_letter.setText(self.tr("&Draft a letter…"))
        self.act_find.setText(self.tr("&Find"))
        self.act_delete.setText(self.tr("&Delete to trash"))
        self.act_edit_selected.setText(self.tr("Edit the selected entry or &party…"))
        self.act_trash.setText(self.tr("&Trash…"))
        self.act_prefs.setText(self.tr("&Preferences…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_today.setText(self.tr("&Today"))
        self.act_cases.setText(self.tr("&Cases"))
        self.act_attach.setText(self.tr("&Attach files…"))
        self.act_paste.setText(self.tr("&Paste evidence"))
        self.act_verify.setText(self.tr("&Verify evidence"))
        self.act_export.setText(self.tr("E&xport dossier…"))
        self.act_handoff_out.setText(self.tr("Export case for a &colleague…"))
        self.act_handoff_in.setText(self.tr("&Import case…"))
        self.act_import_records.setText(self.tr("Import calls, &messages or e-mail…"))
        self.act_backup.setText(self.tr("&Back up now…"))
        self.act_restore.setText(self.tr("&Restore from backup…"))
        self.act_about.setText(self.tr("&About eComplaint"))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self._evidence_slot), self.tr("Evidence"))
        self.main_tabs.setTabText(self.today_index, self.tr("Today"))
        self._retranslate_parts()
        self._update_undo_texts()
        self.main_tabs.setTabText(0, self.tr("Cases"))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.party_list), self.tr("Parties"))
        self.case_table.setAccessibleName(self.tr("Cases"))
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.party_list.setAccessibleName(self.tr("Parties"))
        self.side_tabs.setAccessibleName(self.tr("Case panels"))
        self.main_tabs.setAccessibleName(self.tr("Workspace"))
        self.main_tabs.tabBar().setAccessibleName(self.tr("Workspace tabs"))
        self.side_tabs.tabBar().setAccessibleName(self.tr("Case panel tabs"))
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.filters.retranslate()
        self.header.retranslate()
        self.case_model.retranslate()
        self.party_model.set_rows(self.party_model.rows())
        self.timeline.delegate.clear_cache()
        self.timeline.timeline_model.layoutChanged.emit()
        self._update_count()

    def _retranslate_parts(self) -> None:
        if hasattr(self, "_evidence"):
            self._evidence.retranslate()
        if hasattr(self, "_case_actions"):
            self._case_actions.retranslate()
        if self._later_built:
            self._today.retranslate()

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo).strip())
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", redo).strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- remembered state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        for key, splitter in (
            ("window/main_splitter", self.main_splitter),
            ("window/case_splitter", self.case_splitter),
        ):
            state = self.settings.get(key)
            if not state.isEmpty():
                splitter.restoreState(state)
        if self.settings.get("window/main_splitter").isEmpty():
            self.main_splitter.setSizes([720, 680])
            self.case_splitter.setSizes([600, 220])

    def save_state(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/main_splitter", self.main_splitter.saveState())
        self.settings.set("window/case_splitter", self.case_splitter.saveState())
        self.settings.set("workspace/last_case", self.case.case_id or 0)
        self.settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.finish_start)  # the rest once the list is up

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.stop()
        super().closeEvent(event)

    def stop(self) -> None:
        """Let queued writes land, then stop the worker thread (also used by tests)."""
        if not self._stopped:
            self._stopped = True
            if self._later_built:
                self._today.stop()
                self._files.stop()
            if hasattr(self, "_evidence"):
                self._evidence.stop()
            self.ops.stop()
            # the stack outlives the actions while the window is torn down: no more signals
            self.undo_stack.blockSignals(True)

    # -- what changed ----------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        return self.ops.store

    def _store_swapped(self) -> None:
        self.undo_stack.clear()  # the old commands point at rows of the replaced database
        self.refresh_cases()  # (the case context closed the open case itself)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.cases:
            self.refresh_cases()

    # -- the case list --------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.refresh_cases()

    def refresh_cases(self) -> None:
        if self._building:
            return
        self._list_generation += 1
        generation = self._list_generation
        self._filter = f = self.filters.value()
        key, desc = self.case_model.sort_key, self.case_model.descending
        first, self._first_page = self._first_page, None
        if first is not None and f == CaseFilter() and (key, desc) == ("updated", True):
            # the lean read at start: the same rows list_cases gives unfiltered, newest first
            self.case_model.set_rows(first[:PAGE_SIZE], complete=len(first) <= PAGE_SIZE)
            self._reselect()
            self._update_count()
            return

        def done(result: tuple[list[CaseSummary], bool]) -> None:
            if generation != self._list_generation:
                return  # a newer search replaced this one
            rows, complete = result
            self.case_model.set_rows(rows, complete=complete)
            self._reselect()
            self._update_count()

        self.ops.read(lambda store: _load_page(store, f, key, desc, 0), done)

    def _fetch_more(self, offset: int) -> None:
        generation = self._list_generation
        f = self._filter
        key, desc = self.case_model.sort_key, self.case_model.descending

        def done(result: tuple[list[CaseSummary], bool]) -> None:
            if generation == self._list_generation:
                self.case_model.append_rows(result[0], complete=result[1])
                self._update_count()

        self.ops.read(lambda store: _load_page(store, f, key, desc, offset), done)

    def _update_count(self) -> None:
        n = self.case_model.rowCount()
        more = self.case_model.canFetchMore(QModelIndex())
        text = self.tr("Cases shown: %1").replace("%1", str(n) + ("+" if more else ""))
        self.count_label.setText(text)

    def _reselect(self) -> None:
        wanted = self._select_after_load or self.current_case_id
        if wanted is None:
            return
        row = self.case_model.row_of(wanted)
        if row >= 0:
            self.case_table.selectionModel().blockSignals(True)
            self.case_table.selectRow(row)
            self.case_table.selectionModel().blockSignals(False)
            self.case_table.scrollTo(self.case_model.index(row, 0))
            self._select_after_load = None

    def _case_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            case_id = self.case_model.row_at(current.row()).id
            if case_id != self.current_case_id:
                self.open_case(case_id)

    def selected_case_id(self) -> int | None:
        return self.current_case_id

    # -- the open case (held by self.case) --------------------------------------------------------
    @property
    def current_case_id(self) -> int | None:
        return self.case.case_id

    @property
    def detail(self) -> CaseDetail | None:
        return self.case.detail

    def open_case(self, case_id: int) -> None:
        self.case.open(case_id)

    def close_case(self) -> None:
        self.case.close()

    def _show_case(self) -> None:
        detail = self.case.detail
        self.header.show_case(detail.case if detail is not None else None)
        self.timeline.timeline_model.set_rows(self.case.rows)
        self.party_model.set_rows(detail.parties if detail is not None else [])
        self._reselect()

    def _case_opened(self, case_id: int) -> None:
        if case_id:
            self.timeline.show_latest()  # the latest entries matter most mid-dispute
        has_case = bool(case_id)
        for a in (
            self.act_edit_case,
            self.act_log,
            self.act_letter,
            self.act_attach,
            self.act_export,
            self.act_handoff_out,
        ):
            a.setEnabled(has_case)

    def _open_from_today(self, case_id: int) -> None:
        self.case.open(case_id)
        self.main_tabs.setCurrentIndex(0)

    def select_entry(self, entry_id: int) -> None:
        """Jump to an entry in the timeline (a click in the overview)."""
        row = self.timeline.timeline_model.row_of_entry(entry_id)
        if row >= 0:
            index = self.timeline.timeline_model.index(row, 0)
            self.timeline.setCurrentIndex(index)
            self.timeline.scrollTo(index)

    def _entry_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """An entry with evidence: bring its thumbnails forward."""
        row = self.timeline.current_row()
        if row is not None and row.evidence:
            self.side_tabs.setCurrentWidget(self.evidence)

    def show_today(self) -> None:
        self.main_tabs.setCurrentIndex(self.today_index)
        self.show()
        self.raise_()

    def paste(self) -> None:
        """Ctrl+V: text into a text field as usual; files or a picture become evidence."""
        from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QTextEdit

        focus = self.focusWidget()
        if isinstance(focus, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            focus.paste()  # type: ignore[union-attr]
            return
        self.evidence.paste()

    def about(self) -> None:
        from ecomplaint.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    # -- user actions -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.main_tabs.setCurrentIndex(0)  # from the Today tab too: search is on the cases tab
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def focus_cases(self) -> None:
        """Enter in the search box: go to the results (the first one if none is open)."""
        self.case_table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.case_model.rowCount() and self.case_model.row_of(self.current_case_id or 0) < 0:
            self.case_table.selectRow(0)

    def new_case(self) -> CaseDialog:
        from ecomplaint.domain.ladder import load_rule_book
        from ecomplaint.ui.cases.dialog import CaseDialog, locale_ladder

        rules = load_rule_book(self.ops.folder)  # rule packs are files, not the database
        defaults = {k: str(self.settings.get(f"new_case/{k}")) for k in NEW_CASE_KEYS}
        if not rules.ladder(defaults["ladder"]):
            defaults = {"ladder": locale_ladder(rules, QLocale.system().name())}
        dialog = CaseDialog(self, rules=rules, defaults=defaults)
        dialog.submitted.connect(self._create_case)
        dialog.open()
        return dialog

    def _create_case(self, values: dict[str, Any]) -> None:
        from ecomplaint.ui.commands import CreateCaseCommand

        for key in NEW_CASE_KEYS:  # the next new case starts from this one's jurisdiction
            self.settings.set(f"new_case/{key}", str(values.get(key) or ""))
        command = CreateCaseCommand(self.ops, self.tr("new case"), values)

        def opened(changes: Changes) -> None:
            if changes.case_id is not None:
                self._select_after_load = changes.case_id
                self.open_case(changes.case_id)

        command.then = opened  # open the case once it exists
        self.undo_stack.push(command)

    def edit_case(self) -> CaseDialog | None:
        if self.detail is None:
            return None
        from ecomplaint.domain.ladder import load_rule_book
        from ecomplaint.ui.cases.dialog import CaseDialog

        dialog = CaseDialog(self, self.detail.case, rules=load_rule_book(self.ops.folder))
        case_id, version = self.detail.case.id, self.detail.case.version
        dialog.submitted.connect(lambda values: self._edit_case(case_id, values, version))
        dialog.open()
        return dialog

    def _edit_case(self, case_id: int, values: dict[str, Any], version: int) -> None:
        """`version`: the one the dialog showed; a save over someone else's change is refused."""
        if values:
            self.push_case_edit(self.tr("edit case"), case_id, values, version)

    def push_case_edit(self, text: str, case_id: int, values: dict[str, Any], version: int) -> None:
        """An edit based on `version`; if someone else saved meanwhile, the conflict dialog."""
        from ecomplaint.ui.commands import EditCaseCommand

        command = EditCaseCommand(self.ops, text, case_id, values, base_version=version)
        command.failed = self._case_edit_failed
        self.undo_stack.push(command)

    def _case_edit_failed(self, exc: BaseException) -> None:
        from ecomplaint.ui.commands import CaseEditConflict

        if not isinstance(exc, CaseEditConflict):
            self.ops.show_failure(exc)
            return
        from ecomplaint.ui.cases.conflict import resolve_case_conflict

        if resolve_case_conflict(self, exc):  # both values shown, the user chooses
            self.push_case_edit(self.tr("edit case"), exc.case_id, exc.mine, exc.version)
        self.open_case(exc.case_id)  # and the window shows what is saved now

    def draft_letter(self) -> LetterDialog | None:
        if self.detail is None:
            show_error(self, self.tr("eComplaint"), self.tr("Open or create a case first."))
            return None
        from ecomplaint.ui.cases.letter_dialog import LetterDialog

        case = self.detail.case
        dialog = LetterDialog(
            self.ops, case.id, country=case.country, case_lang=case.language, parent=self
        )
        dialog.open()
        return dialog

    def log_entry(self) -> LogEntryDialog | None:
        if self.detail is None:
            show_error(self, self.tr("eComplaint"), self.tr("Open or create a case first."))
            return None
        from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog

        dialog = LogEntryDialog(
            self,
            case_id=self.detail.case.id,
            parties=self.detail.parties,
            now=self.ops.now(),
            tz=self.detail.case.tz,
        )
        dialog.submitted.connect(self._log_entry)
        dialog.open()
        return dialog

    def import_records(self) -> ImportRecordsDialog | None:
        """File → Import calls, messages or e-mail… into the open case."""
        if self.detail is None:
            show_error(self, self.tr("eComplaint"), self.tr("Open or create a case first."))
            return None
        from ecomplaint.ui.timeline.import_records import ImportRecordsDialog
        from ecomplaint.ui.zone import display_zone

        case = self.detail.case
        zone = case.tz or getattr(display_zone(case.tz), "key", "") or "Asia/Shanghai"
        dialog = ImportRecordsDialog(self.ops, self.undo_stack, case.id, zone, self)
        dialog.open()
        return dialog

    def _log_entry(self, request: LogRequest) -> None:
        from ecomplaint.ui.commands import LogEntryCommand

        self.undo_stack.push(LogEntryCommand(self.ops, self.tr("log entry"), request))

    def edit_selected(self) -> QDialog | None:
        """F2: edit the entry selected in the timeline, or the party selected in the list."""
        if self.focusWidget() is self.party_list:
            index = self.party_list.currentIndex()
            return (
                self.edit_party(self.party_model.row_at(index.row())) if index.isValid() else None
            )
        row = self.timeline.current_row()
        if row is not None and row.entry is not None:
            return self.edit_entry(row.entry.id)
        return None

    def edit_entry(self, entry_id: int) -> LogEntryDialog | None:
        detail = self.detail
        if detail is None:
            return None
        entry = next((e for e in detail.entries if e.id == entry_id), None)
        if entry is None:
            return None
        from ecomplaint.ui.commands import EditEntryCommand
        from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog

        promise = next(
            (p for p in detail.promises if p.entry_id == entry_id and p.trashed_at is None), None
        )
        dialog = LogEntryDialog(
            self,
            case_id=detail.case.id,
            parties=detail.parties,
            now=self.ops.now(),
            tz=detail.case.tz,
            entry=entry,
            promise=promise,
        )
        dialog.submitted.connect(
            lambda req: self.undo_stack.push(EditEntryCommand(self.ops, self.tr("edit entry"), req))
        )
        dialog.open()
        return dialog

    def edit_party(self, party: PartyRecord) -> PartyDialog:
        from ecomplaint.ui.cases.party_dialog import PartyDialog
        from ecomplaint.ui.commands import EditPartyCommand

        dialog = PartyDialog(self, party)

        def save(values: dict[str, Any]) -> None:
            if values:
                text = self.tr("edit party")
                self.undo_stack.push(EditPartyCommand(self.ops, text, party.id, values))

        dialog.submitted.connect(save)
        dialog.open()
        return dialog

    def show_trash(self) -> TrashDialog:
        from ecomplaint.ui.commands import RestoreCommand
        from ecomplaint.ui.dialogs.trash import TrashDialog

        dialog = TrashDialog(self, self.ops)
        dialog.restore_requested.connect(
            lambda table, ident: self.undo_stack.push(
                RestoreCommand(self.ops, self.tr("restore from trash"), table, ident)
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        from ecomplaint.ui.commands import TrashCommand

        focus = self.focusWidget()
        if focus is self.timeline:
            row = self.timeline.current_row()
            if row is not None and row.entry is not None:
                if row.evidence and not self.confirm_trash_entry(row.evidence):
                    return
                self.undo_stack.push(
                    TrashCommand(self.ops, self.tr("delete entry"), "entry", row.entry.id)
                )
            return
        if focus is self.party_list:
            index = self.party_list.currentIndex()
            if index.isValid():
                party = self.party_model.row_at(index.row())
                self.undo_stack.push(
                    TrashCommand(self.ops, self.tr("delete party"), "party", party.id)
                )
            return
        if focus is self.case_table and self.current_case_id is not None:
            case_id = self.current_case_id
            self.close_case()
            self.undo_stack.push(TrashCommand(self.ops, self.tr("delete case"), "case", case_id))

    def confirm_trash_entry(self, exhibits: int) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = message_box(
            QMessageBox.Icon.Question,
            self.tr("Delete entry"),
            self.tr(
                "This entry holds %1 evidence file(s). Move it and its evidence to the trash? "
                "You can undo this."
            ).replace("%1", str(exhibits)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        return ask_module.ask(box) == int(QMessageBox.StandardButton.Yes)

    def preferences(self) -> PreferencesDialog:
        from ecomplaint.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self, str(self.settings.get("ui/language")))

        def accepted() -> None:
            try:
                dialog.save_install_settings()
            except OSError as exc:
                self.ops.show_failure(exc)
            self.files.auto.keep = int(dialog.backups_keep.value())
            self.set_language_setting(dialog.chosen_language())
            self.case.reload()  # times are shown in the zone just chosen
            self.case_model.retranslate()  # the list's deadlines too

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def set_language_setting(self, value: str) -> None:
        self.settings.set("ui/language", value)
        self.translations.apply(resolve_language(value))
        self.retranslate()  # at once; the LanguageChange event that follows repeats it cheaply


def preload_later_parts() -> None:
    """Import the modules of the parts built once the store is open; the runner calls it
    after opening the store, so that building them on the UI thread costs widgets only."""
    import ecomplaint.ui.files.actions
    import ecomplaint.ui.today.wiring  # noqa: F401


def _fill_slot(tabs: QTabWidget, slot: QWidget, widget: QWidget) -> None:
    """Put `widget` in the tab a placeholder held, keeping its place, text and selection."""
    index = tabs.indexOf(slot)
    current = tabs.currentIndex()
    text = tabs.tabText(index)
    tabs.removeTab(index)
    tabs.insertTab(index, widget, text)
    tabs.setCurrentIndex(current)
    slot.deleteLater()
