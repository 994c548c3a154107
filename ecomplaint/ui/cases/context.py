"""The open case: its id, its loaded detail and timeline rows, and two signals to follow it.

    case = CaseContext(ops)
    case.opened.connect(...)          # another case is shown (0: none)
    case.detail_changed.connect(...)  # the open case was (re)loaded: read case.detail
    case.open(case_id)

Panels and actions take this object (and ui.ops) instead of the main window. It reloads the
open case itself when ui.ops announces a change to anything the case pane shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ecomplaint.domain.records import CaseDetail
from ecomplaint.services.changes import Changes
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.timeline.rows import TimelineRow, build_timeline


def _load_case(store: Store, case_id: int) -> tuple[CaseDetail, list[TimelineRow]]:
    detail = queries.case_detail(store, case_id)
    return detail, build_timeline(detail, store.clock.now())


class CaseContext(QObject):
    opened = Signal(int)  # a case is shown (0: none)
    detail_changed = Signal()  # case.detail / case.rows were (re)loaded, or cleared

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case_id: int | None = None
        self.detail: CaseDetail | None = None
        self.rows: list[TimelineRow] = []
        self._generation = 0
        ops.changed.connect(self._changed)
        ops.store_swapped.connect(self.close)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.case_id is None or not changes.touches_case():
            return
        if changes.case_id == self.case_id or self.case_id is None:
            self.open(changes.case_id)  # closes itself if the case went to the trash

    def open(self, case_id: int) -> None:
        self._generation += 1
        generation = self._generation

        def done(result: tuple[CaseDetail, list[TimelineRow]]) -> None:
            if generation != self._generation:
                return  # a later open replaced this one
            detail, rows = result
            if detail.case.trashed_at is not None:
                self.close()
                return
            first_open = self.case_id != case_id
            self.case_id, self.detail, self.rows = case_id, detail, rows
            self.detail_changed.emit()
            if first_open:
                self.opened.emit(case_id)

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self.close()  # the case is gone (or the store is): show none

        self.ops.read(lambda store: _load_case(store, case_id), done, failed=failed)

    def reload(self) -> None:
        if self.case_id is not None:
            self.open(self.case_id)

    def close(self) -> None:
        self._generation += 1
        self.case_id, self.detail, self.rows = None, None, []
        self.detail_changed.emit()
        self.opened.emit(0)
