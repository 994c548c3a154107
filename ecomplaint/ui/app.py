"""Start the window: fonts, language, settings, the store (with a clear dialog if it cannot open).

The only place the UI uses the system clock: the store it opens carries it, and everything
below reads `store.clock` (or `ops.clock` before the store is open). The store layer is
imported only after a first frame has painted (see startup_frame.py): its import alone takes
longer than a bare Qt window's start. When the local store is plainly healthy, the window
shows the lean first page (store/lean.py) and the store opens on the runner's thread as its
first job: everything the user does meanwhile queues behind it (bench/README.md: start-up).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ecomplaint import settings
from ecomplaint.resources_path import resource_path
from ecomplaint.ui.fonts import install_fonts
from ecomplaint.ui.settings import Settings
from ecomplaint.ui.translator import Translations, resolve_language

if TYPE_CHECKING:
    from ecomplaint.store.engine import Store
    from ecomplaint.ui.dialogs.startup_frame import StartupFrame


def run_app(
    *,
    data_dir: str | None = None,
    lang: str | None = None,
    database_url: str | None = None,
    evidence_dir: str | None = None,
    new_store: bool = False,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("eComplaint")
    app.setOrganizationName("eComplaint")
    app.setDesktopFileName("org.ecomplaint.eComplaint")
    app.setWindowIcon(QIcon(str(resource_path("icons", "ecomplaint.svg"))))
    install_fonts(app)
    window_settings = Settings()
    translations = Translations()
    translations.apply(resolve_language(lang or str(window_settings.get("ui/language"))))
    url = settings.database_url(database_url)

    from ecomplaint import paths
    from ecomplaint.domain.clock import SystemClock

    clock = SystemClock()
    folder = paths.data_dir(data_dir)

    def _open(fresh: bool) -> Store:
        from ecomplaint.store.engine import open_store

        return open_store(
            data_dir,
            clock=clock,
            database_url=url,
            evidence_dir=evidence_dir,
            new_store=fresh,
        )

    first = None
    if not url and not new_store:
        from ecomplaint.store.lean import first_page
        from ecomplaint.ui.cases.list_model import PAGE_SIZE

        # A plainly healthy local store: its first page (~10 ms) is the first thing painted,
        # in the workspace itself; the store opens behind it.
        first = first_page(folder, clock, PAGE_SIZE + 1)
    frame: StartupFrame | None = None
    if first is None:
        # First run, team mode, anything unusual: a frame now, then the normal open with its
        # guards and dialogs (the store layer's import alone outlasts a bare window's start).
        from ecomplaint.ui.dialogs.startup_frame import StartupFrame

        frame = StartupFrame(window_settings, team=bool(url))
        frame.show()
        app.processEvents()  # paint it now, before the slow imports below
        opened = _open_with_dialogs(frame, _open, new_store)
        if opened is None:
            return 2
        store: Store | Callable[[], Store] = opened  # type: ignore[no-redef]
    else:

        def store() -> Store:  # the runner's first job
            from ecomplaint.ui import db_guard
            from ecomplaint.ui.main_window import preload_later_parts

            db_guard.listen()
            opened = _open(False)
            preload_later_parts()
            return opened

    from ecomplaint.ui import db_guard
    from ecomplaint.ui.main_window import MainWindow

    db_guard.install()  # from here on the window reads only through ui.ops

    window = MainWindow(
        store,
        settings=window_settings,
        translations=translations,
        folder=folder,
        clock=clock,
        first_page=first,
    )
    exit_code = [0]

    def open_failed(exc: BaseException) -> None:
        # Met only when the file changed between the lean read and the open: same dialogs.
        from ecomplaint.ui.dialogs.store_error import show_store_error, start_error

        window.hide()
        show_store_error(start_error(exc))
        exit_code[0] = 2
        app.exit(2)

    def ready() -> None:
        damaged = window.ops.store.damaged
        if damaged is not None:
            from ecomplaint.ui.dialogs.store_error import show_store_error

            show_store_error(damaged)

    if first is not None:
        window.ops.open_failed.connect(open_failed)
        window.ops.ready.connect(ready)
    window.show()
    if frame is not None:
        frame.close()
    QTimer.singleShot(1000, window.finish_start)  # in case no paint comes (minimised)
    try:
        code = int(app.exec())
        return exit_code[0] or code
    finally:
        window.stop()
        if window.ops.is_ready():
            window.ops.store.close()  # a restore may have replaced the store we opened


def _open_with_dialogs(
    frame: StartupFrame, open_: Callable[[bool], Store], new_store: bool
) -> Store | None:
    """The normal open on the UI thread (first run, team mode, anything unusual), with the
    store's guards and their dialogs; None when the user could not get a store."""
    from ecomplaint.i18n import UserError
    from ecomplaint.ui import db_guard
    from ecomplaint.ui.dialogs.store_error import ask_new_store, show_store_error, start_error

    def _open(fresh: bool) -> Store:
        with db_guard.allowed():  # before the window and its runner exist
            return open_(fresh)

    try:
        store = _open(new_store)
    except UserError as exc:
        frame.close()
        # The folder holds a case history but no database: the user decides, never us.
        if exc.key != "store.missing_database" or not ask_new_store(exc):
            if exc.key != "store.missing_database":
                show_store_error(exc)
            return None
        try:
            store = _open(True)
        except Exception as again:  # noqa: BLE001 - every failure at start gets a dialog
            show_store_error(start_error(again))
            return None
    except Exception as exc:  # noqa: BLE001 - every failure at start gets a dialog
        frame.close()
        show_store_error(start_error(exc))
        return None
    if store.damaged is not None:  # opened so that File > Restore is at hand; writes refused
        show_store_error(store.damaged)
    return store
