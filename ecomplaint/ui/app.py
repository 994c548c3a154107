"""Start the window: fonts, language, settings, the store (with a clear dialog if it cannot open).

The only place the UI uses the system clock: the store it opens carries it, and everything
below reads `store.clock`. The store layer is imported only after a first frame has painted
(see startup_frame.py): its import alone takes longer than a bare Qt window's start.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ecomplaint import settings
from ecomplaint.resources_path import resource_path
from ecomplaint.ui.dialogs.startup_frame import StartupFrame
from ecomplaint.ui.fonts import install_fonts
from ecomplaint.ui.settings import Settings
from ecomplaint.ui.translator import Translations, resolve_language


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
    frame = StartupFrame(window_settings)
    frame.show()
    app.processEvents()  # paint it now, before the slow imports below

    from ecomplaint.domain.clock import SystemClock
    from ecomplaint.i18n import UserError
    from ecomplaint.store.engine import Store, open_store
    from ecomplaint.ui import db_guard
    from ecomplaint.ui.dialogs.store_error import ask_new_store, show_store_error, start_error

    def _open(fresh: bool) -> Store:
        with db_guard.allowed():  # before the window and its runner exist
            return open_store(
                data_dir,
                clock=SystemClock(),
                database_url=settings.database_url(database_url),
                evidence_dir=evidence_dir,
                new_store=fresh,
            )

    try:
        store = _open(new_store)
    except UserError as exc:
        frame.close()
        # The folder holds a case history but no database: the user decides, never us.
        if exc.key != "store.missing_database" or not ask_new_store(exc):
            if exc.key != "store.missing_database":
                show_store_error(exc)
            return 2
        try:
            store = _open(True)
        except Exception as again:  # noqa: BLE001 - every failure at start gets a dialog
            show_store_error(start_error(again))
            return 2
    except Exception as exc:  # noqa: BLE001 - every failure at start gets a dialog
        frame.close()
        show_store_error(start_error(exc))
        return 2
    if store.damaged is not None:  # opened so that File > Restore is at hand; writes refused
        show_store_error(store.damaged)
    from ecomplaint.ui.main_window import MainWindow

    db_guard.install()  # from here on the window reads only through ui.ops

    window = MainWindow(store, settings=window_settings, translations=translations)
    window.show()
    frame.close()
    try:
        return int(app.exec())
    finally:
        window.stop()
        window.ops.store.close()  # a restore may have replaced the store we opened
