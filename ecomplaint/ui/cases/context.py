"""The open case: its id, its loaded detail and timeline rows, and two signals to follow it.

    case = CaseContext(ops)
    case.opened.connect(...)          # another case is shown (0: none)
    case.detail_changed.connect(...)  # the open case was (re)loaded: read case.detail
    case.open(case_id)

Panels and actions take this object (and ui.ops) instead of the main window. It reloads the
open case itself when ui.ops announces a change to anything the case pane shows.

While the store is still opening on the runner (the first second of a session), a case is read
beside it through store/lean.py on a short-lived thread, unless a write is queued (the read
could miss it): the user's first click is answered without waiting for the store layer.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ecomplaint.services.changes import Changes
from ecomplaint.ui.ops import Ops

if TYPE_CHECKING:
    from ecomplaint.domain.clock import Clock
    from ecomplaint.domain.records import CaseDetail
    from ecomplaint.store.engine import Store
    from ecomplaint.ui.timeline.rows import TimelineRow

    Loaded = tuple[CaseDetail, list[TimelineRow]]

# The records and the timeline rows (with the promise rules) are imported where a case is read,
# off the UI thread: nothing before the first paint needs them (bench/README.md: start-up).


def _load_case(store: Store, case_id: int) -> Loaded:
    from ecomplaint.store import queries  # on the runner's thread
    from ecomplaint.ui.timeline.rows import build_timeline

    detail = queries.case_detail(store, case_id)
    return detail, build_timeline(detail, store.clock.now())


def _lean_case(folder: Path, clock: Clock, case_id: int) -> Loaded | None:
    from ecomplaint.store import lean
    from ecomplaint.ui.timeline.rows import build_timeline

    detail = lean.case_detail(folder, case_id)
    if detail is None:
        return None
    if detail.case.amount is not None:
        # Babel's import and locale data (~40 ms) here, off the UI thread, before the header
        # shows the amount: the first case of a session is answered that much sooner
        from ecomplaint.i18n import current_language
        from ecomplaint.money import format_money

        format_money(detail.case.amount, detail.case.currency, current_language())
    return detail, build_timeline(detail, clock.now())


class CaseContext(QObject):
    opened = Signal(int)  # a case is shown (0: none)
    detail_changed = Signal()  # case.detail / case.rows were (re)loaded, or cleared
    _lean_read = Signal(int, object)  # generation, Loaded or None (from the lean thread)

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case_id: int | None = None
        self.detail: CaseDetail | None = None
        self.rows: list[TimelineRow] = []
        self._generation = 0
        # generation -> (case id, done, failed) of reads running beside the runner
        self._lean_done: dict[int, tuple[int, Callable[[Loaded], None], Callable[..., None]]] = {}
        self._lean_read.connect(self._lean_answered)
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

        if not self.ops.is_ready() and not self.ops.writes_pending():
            self._lean_done[generation] = (case_id, done, failed)
            folder, clock = self.ops.folder, self.ops.clock

            def read() -> None:
                try:
                    loaded = _lean_case(folder, clock, case_id)
                except Exception:  # noqa: BLE001 - anything odd: the runner reads it instead
                    loaded = None
                with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                    self._lean_read.emit(generation, loaded)

            threading.Thread(
                target=read,
                name="ecomplaint-lean-case",
                daemon=True,  # a read-only connection: nothing is lost if the program ends
            ).start()
            return
        self.ops.read(lambda store: _load_case(store, case_id), done, failed=failed)

    def _lean_answered(self, generation: int, loaded: Loaded | None) -> None:
        case_id, done, failed = self._lean_done.pop(generation)
        if generation != self._generation:
            return  # a later open replaced this one
        if loaded is not None and not self.ops.writes_pending():
            done(loaded)
            return
        # unsure, or the user wrote meanwhile: read it the normal way, behind the store
        self.ops.read(lambda store: _load_case(store, case_id), done, failed=failed)

    def reload(self) -> None:
        if self.case_id is not None:
            self.open(self.case_id)

    def close(self) -> None:
        self._generation += 1
        self.case_id, self.detail, self.rows = None, None, []
        self.detail_changed.emit()
        self.opened.emit(0)
