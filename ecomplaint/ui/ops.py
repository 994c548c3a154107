"""The one runner for database and file work (HOUSE.md habits 2, 3 and 5; Anki's CollectionOp).

    ops = Ops(store, parent=window)
    ops.read(lambda s: queries.case_detail(s, case_id), show)          # plain rows back
    ops.write(lambda s: cases.edit_case(s, ...), done, initiator=self)  # emits changed()
    ops.long(lambda job: export_case(job.store, ..., progress=job.progress, cancel=job.cancel),
             label, done)                                               # late progress, cancel
    ops = Ops(lambda: open_store(...), window, folder=..., clock=...)   # the store opens on the
                                                                        # runner, as its 1st job
    ops.compute(lambda job: read_image(path, cancel=job.cancel.is_set), label,
                lambda result: ops.write(lambda s: save(s, result)))    # CPU work, no store

Every function runs on ONE worker thread, in the order submitted, with the store passed in, so
a read never overtakes a queued write and nothing on the UI thread touches the database (the
`db_guard` module asserts it). `done` runs on the UI thread with the result. A write's Changes
(or a result's `.changes`) are announced by `changed(changes, initiator)`, once, here; views
filter on the flags and may skip a change they started themselves. A failure reaches the user
through one place, `show_failure`, unless the caller hands in its own `failed`.

`compute` is the second lane: CPU-heavy work that never touches the store (reading the text
of a picture: seconds each) runs on its own worker thread, in order, with the same late
progress and cancel as `long`, so twenty pictures do not hold every read and write behind
them. Its function gets no store (a ComputeJob has none); what it makes is saved back through
`write`, in the DB runner's order. The compute thread starts on first use and stops with `stop`.

Given an opener instead of a store, the runner opens the store as its first job (the window
shows the lean first page meanwhile, store/lean.py): everything submitted before it finishes
queues behind it, so a user who acts early waits, never meets a refusal. `ready` says it is
open; `open_failed(exc)` that it could not be, and the queued work is then dropped.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ecomplaint.domain.clock import Clock
from ecomplaint.i18n import UserError, current_language
from ecomplaint.progress import Cancelled
from ecomplaint.services.changes import Changes
from ecomplaint.ui.ask import show_error
from ecomplaint.ui.plain import plain_progress_label

if TYPE_CHECKING:  # the store layer is imported by the opener, on the runner's thread
    from ecomplaint.store.engine import Store

T = TypeVar("T")
SHOW_PROGRESS_AFTER_MS = 600  # quick work shows no dialog at all (Anki waits as long)
_EMIT_EVERY_S = 0.05  # at most 20 progress reports a second: the UI thread stays free

Done = Callable[[Any], object]
Failed = Callable[[BaseException], None]


def describe(exc: BaseException) -> str:
    """The one wording of a failure for the user, in their language."""
    if isinstance(exc, UserError):
        return exc.message(current_language())
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return where + (exc.strerror or str(exc))
    return QCoreApplication.translate("Ops", "Something went wrong: %1").replace(
        "%1", f"{type(exc).__name__}: {exc}"
    )


def changes_in(result: object) -> Changes | None:
    """A write returns Changes, or something that carries them as `.changes`."""
    if isinstance(result, Changes):
        return result
    inner = getattr(result, "changes", None)
    return inner if isinstance(inner, Changes) else None


class ComputeJob:
    """What a compute function gets on the compute thread: progress and the cancel flag, and
    no store (store-free by construction)."""

    def __init__(self, cancel: threading.Event, report: Callable[..., None]) -> None:
        self.cancel = cancel  # pass to the engine as its cancel flag; set by Cancel
        self._report = report
        self._last = 0.0

    def progress(self, done: float, total: float = 1, text: str = "") -> None:
        """Report progress (bytes or files done of total); cheap to call very often."""
        now = time.monotonic()
        if now - self._last < _EMIT_EVERY_S and done < total:
            return
        self._last = now
        self._report(int(1000 * done / total) if total else 0, text)


class LongJob(ComputeJob):
    """What a long function gets on the worker thread: the store, progress and the cancel flag."""

    def __init__(self, store: Store, cancel: threading.Event, report: Callable[..., None]) -> None:
        super().__init__(cancel, report)
        self.store = store


@dataclass(eq=False)
class LongOp:
    """The handle of one long operation: cancel it, ask whether its dialog appeared."""

    label: str
    cancel_event: threading.Event = field(default_factory=threading.Event)
    dialog: QProgressDialog | None = None
    dialog_shown: bool = False  # did it last long enough to show progress?
    finished: bool = False
    permille: int = 0
    on_progress: Callable[[int, str], None] | None = None  # the caller shows progress itself

    def cancel(self) -> None:
        self.cancel_event.set()


class _NotOpen(Exception):
    """A job queued behind an open that failed: dropped quietly (open_failed told the user)."""


class _Worker(QObject):
    """Lives on the worker thread; runs one submitted function at a time."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, str)

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self._ops = ops

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[Store], Any]) -> None:
        try:
            store = self._ops._store
            if store is None and fn is not self._ops._opening:
                raise _NotOpen()
            result = fn(store)  # type: ignore[arg-type] # the opener takes None
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
            self.failed.emit(job_id, exc)
        else:
            self.finished.emit(job_id, result)


COMPUTE_NICENESS = 10  # the compute lane yields the cores to the window (and the runner)


def _lower_this_threads_priority() -> None:
    """Make the calling thread (and the threads it starts, such as onnxruntime's) nicer.
    QThread.LowPriority does nothing on Linux (SCHED_OTHER has one static priority), but a
    thread has its own nice value there; measured in bench/bench_ocr_window.py: the window's
    p99 tick went from 51 to 25 ms with the compute lane at nice 10, on the loaded machine.
    Elsewhere (Windows, macOS) the thread's LowPriority does the work: ignore failures."""
    with contextlib.suppress(AttributeError, OSError):  # no per-thread nice here
        me = threading.get_native_id()
        nice = os.getpriority(os.PRIO_PROCESS, me)
        os.setpriority(os.PRIO_PROCESS, me, min(19, nice + COMPUTE_NICENESS))


class _ComputeWorker(QObject):
    """Lives on the compute thread: store-free functions, one at a time, in order."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._niced = False

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[None], Any]) -> None:
        if not self._niced:
            self._niced = True
            _lower_this_threads_priority()
        try:
            result = fn(None)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
            self.failed.emit(job_id, exc)
        else:
            self.finished.emit(job_id, result)


class Ops(QObject):
    """Owns the store and the worker thread. Call from the UI thread only."""

    changed = Signal(object, object)  # Changes, the initiator (any object, or None)
    store_swapped = Signal()  # a restore replaced the store: reload everything
    ready = Signal()  # the store an opener was given for is open
    open_failed = Signal(object)  # ... or could not be opened (the exception)
    _post = Signal(int, object)
    _post_compute = Signal(int, object)
    # (no bool-typed signal here: see ui/refcount_guard.py)

    def __init__(
        self,
        store: Store | Callable[[], Store],
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        opener = store if callable(store) else None
        self._store: Store | None = None if opener is not None else store  # type: ignore[assignment]
        self._open_error: BaseException | None = None
        self._opening: Callable[[Any], Any] | None = None
        if self._store is not None:
            folder, clock = self._store.folder, self._store.clock
        if folder is None or clock is None:
            raise ValueError("an opener needs the data folder and the clock")
        self.folder: Path = folder  # the data folder, known before the store opens
        self._clock: Clock = clock
        self._parent_widget = parent
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None, LongOp | None]] = {}
        self._computing: set[int] = set()  # the ids in _pending that are on the compute lane
        self._writes: set[int] = set()  # writes and long jobs not yet reported back
        self._thread = QThread()
        self._thread.setObjectName("ecomplaint-ops")
        self._worker = _Worker(self)
        self._worker.moveToThread(self._thread)
        self._post.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self._on_progress)
        self._held: list[tuple[int, Callable[[Any], Any]]] | None = None
        self._thread.start()
        # the compute lane: made on first use (most sessions never read a picture)
        self._compute_thread: QThread | None = None
        self._compute_worker: _ComputeWorker | None = None
        if opener is not None:
            self._held = []  # posted by begin_open(), the opener first
            self._start_opening(opener)

    # -- the store ---------------------------------------------------------------------------
    def _start_opening(self, opener: Callable[[], Store]) -> None:
        def opening(_none: object) -> Store:
            try:
                store = opener()
            except BaseException as exc:
                self._open_error = exc  # set before the next job runs: it is dropped
                raise
            self._store = store  # the jobs queued behind this one run on it
            return store

        def failed(exc: BaseException) -> None:
            self.open_failed.emit(exc)

        self._opening = opening
        self._submit(opening, lambda _store: self.ready.emit(), failed, None)

    def begin_open(self) -> None:
        """Start the opener (and the work queued behind it). The window calls it once its
        first page has painted: importing the store layer on the worker thread meanwhile would
        take the interpreter's lock from the first paint."""
        held, self._held = self._held, None
        for job_id, fn in held or []:
            self._post.emit(job_id, fn)

    def is_ready(self) -> bool:
        return self._store is not None

    def writes_pending(self) -> bool:
        """A write or long job is queued or running: a read beside the runner (store/lean.py,
        before the store is open) could miss it, so it must queue instead."""
        return bool(self._writes)

    @property
    def store(self) -> Store:
        """The open store; on the UI thread before it is open, waits for it (keeping the
        window alive). Prefer ops.folder and ops.clock, which never wait."""
        self.begin_open()
        while self._store is None and self._open_error is None and self._thread.isRunning():
            QCoreApplication.processEvents()
            QThread.msleep(2)
        if self._store is None:
            raise self._open_error or RuntimeError("the store is not open")
        return self._store

    @property
    def clock(self) -> Clock:
        return self._store.clock if self._store is not None else self._clock

    def now(self) -> datetime:
        return self.clock.now()

    def swap_store(self, store: Store) -> None:
        """After a restore: queued work lands on the old store, later work on the new one;
        pictures being read are of the old store: their reading is cancelled."""
        for job_id in self._computing:
            op = self._pending[job_id][2]
            if op is not None:
                op.cancel()
        self.drain(compute=True)
        self._store = store
        self.folder = store.folder
        self.store_swapped.emit()

    # -- submitting ----------------------------------------------------------------------------
    def read(
        self,
        fn: Callable[[Store], T],
        done: Callable[[T], None] | None,
        *,
        failed: Failed | None = None,
    ) -> None:
        """Plain rows from the store; `done(rows)` on the UI thread."""
        self._submit(fn, done, failed, None)

    def write(
        self,
        fn: Callable[[Store], T],
        done: Callable[[T], object] | None = None,
        initiator: object = None,
        *,
        failed: Failed | None = None,
    ) -> None:
        """A change; its Changes are announced by `changed` before `done` runs."""

        def announce(result: T) -> None:
            changes = changes_in(result)
            if changes is not None:
                self.changed.emit(changes, initiator)
            if done is not None:
                done(result)

        self._writes.add(self._submit(fn, announce, failed, None))

    def long(
        self,
        fn: Callable[[LongJob], T],
        label: str,
        done: Callable[[T], object] | None = None,
        *,
        title: str = "",
        parent: QWidget | None = None,
        failed: Failed | None = None,
        cancelled: Callable[[], None] | None = None,
        progress: Callable[[int, str], None] | None = None,
        show_after_ms: int | None = None,
        initiator: object = None,
    ) -> LongOp:
        """Long work with a progress dialog that appears only after `show_after_ms` (or, given
        `progress(permille, text)`, shown by the caller); Cancel sets `job.cancel`, and a
        function that stops for it raises progress.Cancelled (`cancelled()` then runs)."""
        op: LongOp = LongOp(label, on_progress=progress)
        job_id = next(self._ids)
        worker = self._worker

        def run(store: Store) -> T:
            if op.cancel_event.is_set():
                raise Cancelled()
            report = lambda permille, text: worker.progressed.emit(job_id, permille, text)  # noqa: E731
            return fn(LongJob(store, op.cancel_event, report))

        self._follow(op, job_id, done, title, parent, failed, cancelled, show_after_ms, initiator)
        self._writes.add(job_id)  # a long job may write (compute jobs never do)
        if self._held is not None:
            self._held.append((job_id, run))
        else:
            self._post.emit(job_id, run)
        return op

    def compute(
        self,
        fn: Callable[[ComputeJob], T],
        label: str,
        done: Callable[[T], object] | None = None,
        *,
        title: str = "",
        parent: QWidget | None = None,
        failed: Failed | None = None,
        cancelled: Callable[[], None] | None = None,
        progress: Callable[[int, str], None] | None = None,
        show_after_ms: int | None = None,
    ) -> LongOp:
        """Store-free CPU work on the compute thread, in the order submitted, as `long` (late
        progress, cancel, `cancelled()`), while the DB runner stays free. `fn` gets a
        ComputeJob, no store; save what it made with `write` from `done`."""
        op: LongOp = LongOp(label, on_progress=progress)
        job_id = next(self._ids)
        worker = self._start_compute()

        def run(_none: None) -> T:
            if op.cancel_event.is_set():
                raise Cancelled()  # cancelled while queued: never started
            report = lambda permille, text: worker.progressed.emit(job_id, permille, text)  # noqa: E731
            return fn(ComputeJob(op.cancel_event, report))

        self._follow(op, job_id, done, title, parent, failed, cancelled, show_after_ms, None)
        self._computing.add(job_id)
        self._post_compute.emit(job_id, run)
        return op

    def _start_compute(self) -> _ComputeWorker:
        if self._compute_worker is None:
            thread = QThread()
            thread.setObjectName("ecomplaint-compute")
            worker = _ComputeWorker()
            worker.moveToThread(thread)
            self._post_compute.connect(worker.run)
            worker.finished.connect(self._on_finished)
            worker.failed.connect(self._on_failed)
            worker.progressed.connect(self._on_progress)
            thread.start()
            # below the UI thread: a core stays for painting while pictures are read
            thread.setPriority(QThread.Priority.LowPriority)
            self._compute_thread, self._compute_worker = thread, worker
        return self._compute_worker

    def _follow(
        self,
        op: LongOp,
        job_id: int,
        done: Callable[[Any], object] | None,
        title: str,
        parent: QWidget | None,
        failed: Failed | None,
        cancelled: Callable[[], None] | None,
        show_after_ms: int | None,
        initiator: object,
    ) -> None:
        """What happens on the UI thread around a long or compute job: the late dialog, the
        result, the failure, the cancel."""

        def finish(result: Any) -> None:
            self._close_dialog(op)
            changes = changes_in(result)
            if changes is not None:
                self.changed.emit(changes, initiator)
            if done is not None:
                done(result)

        def fail(exc: BaseException) -> None:
            self._close_dialog(op)
            if isinstance(exc, Cancelled):
                if cancelled is not None:
                    cancelled()
            elif failed is not None:
                failed(exc)
            else:
                self.show_failure(exc, title)

        self._pending[job_id] = (finish, fail, op)
        if op.on_progress is None:
            delay = SHOW_PROGRESS_AFTER_MS if show_after_ms is None else show_after_ms
            QTimer.singleShot(delay, lambda: self._show_dialog(op, title, parent))

    def _submit(
        self, fn: Callable[[Store], Any], done: Done | None, failed: Failed | None, op: Any
    ) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = (done, failed, op)
        if self._held is not None:
            self._held.append((job_id, fn))
        else:
            self._post.emit(job_id, fn)
        return job_id

    # -- the user's view of long work ----------------------------------------------------------
    def _show_dialog(self, op: LongOp, title: str, parent: QWidget | None) -> None:
        if op.finished or self._stopped():
            return
        dialog = QProgressDialog(
            op.label,
            QCoreApplication.translate("Ops", "Cancel"),
            0,
            1000,
            parent or self._parent_widget,
        )
        dialog.setWindowTitle(title or op.label)
        plain_progress_label(dialog)  # labels name files and cases
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(op.cancel)
        dialog.setValue(op.permille)
        dialog.show()
        op.dialog, op.dialog_shown = dialog, True

    def _close_dialog(self, op: LongOp) -> None:
        op.finished = True
        if op.dialog is not None:
            op.dialog.close()
            op.dialog.deleteLater()
            op.dialog = None

    @Slot(int, int, str)
    def _on_progress(self, job_id: int, permille: int, text: str) -> None:
        op = self._pending.get(job_id, (None, None, None))[2]
        if op is None:
            return
        op.permille = permille
        if op.on_progress is not None:
            op.on_progress(permille, text)
        dialog = op.dialog  # setValue() on a modal dialog runs the event loop: keep a reference
        if dialog is not None:
            if text:
                dialog.setLabelText(f"{op.label}\n{text}")
            dialog.setValue(permille)

    def show_failure(self, exc: BaseException, title: str = "") -> None:
        """The one place a failure becomes a message (through ask.show_error, tests record it)."""
        show_error(
            self._parent_widget,
            title or QCoreApplication.translate("Ops", "eComplaint"),
            describe(exc),
        )

    # -- results ------------------------------------------------------------------------------
    @Slot(int, object)
    def _on_finished(self, job_id: int, result: Any) -> None:
        done, _failed, _op = self._pending.pop(job_id, (None, None, None))
        self._computing.discard(job_id)
        self._writes.discard(job_id)
        if done is not None:
            done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        _done, failed, _op = self._pending.pop(job_id, (None, None, None))
        self._computing.discard(job_id)
        self._writes.discard(job_id)
        if isinstance(exc, _NotOpen):
            if isinstance(_op, LongOp):
                self._close_dialog(_op)
            return  # the store never opened: open_failed said so, once
        if failed is not None:
            failed(exc)
        else:
            self.show_failure(exc)

    # -- cancel, drain, stop ---------------------------------------------------------------------
    def cancel_all(self) -> None:
        """Cancel every queued or running long operation (reads and writes still land)."""
        for _d, _f, op in self._pending.values():
            if op is not None:
                op.cancel()

    def is_idle(self, *, compute: bool = False) -> bool:
        """Nothing queued or running on the DB runner (and, with `compute`, on the compute
        lane: pictures read in the background do not keep the window busy)."""
        return self.pending(compute=compute) == 0

    def pending(self, *, compute: bool = False) -> int:
        return len(self._pending) - (0 if compute else len(self._computing))

    def running(self) -> bool:
        """Is a worker thread (the DB runner, or the compute lane) still running?"""
        compute = self._compute_thread
        return self._thread.isRunning() or (compute is not None and compute.isRunning())

    def _stopped(self) -> bool:
        return not self._thread.isRunning()

    def drain(self, timeout_ms: int = 60_000, *, compute: bool = False) -> None:
        """Wait, keeping the window alive, until everything queued on the runner (with
        `compute`, on the compute lane too) has run and reported."""
        self.begin_open()  # nothing may stay held
        deadline = time.monotonic() + timeout_ms / 1000
        while (
            not self.is_idle(compute=compute)
            and self._thread.isRunning()
            and time.monotonic() < deadline
        ):
            QCoreApplication.processEvents()
            QThread.msleep(2)

    def stop(self, timeout_ms: int = 60_000) -> None:
        """Cancel long work, let queued writes land, then stop the thread (window close, tests)."""
        self.cancel_all()
        self.drain(timeout_ms, compute=True)
        for thread in (self._thread, self._compute_thread):
            if thread is not None and thread.isRunning():
                thread.quit()
                thread.wait(timeout_ms)
        self._pending.clear()
        self._computing.clear()
        self._writes.clear()
