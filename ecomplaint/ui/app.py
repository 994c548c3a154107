"""Start the window: fonts, language, the store (with a readable error if it cannot open)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from ecomplaint import settings
from ecomplaint.i18n import UserError, current_language
from ecomplaint.store.engine import open_store
from ecomplaint.ui.fonts import install_fonts


def run_app(
    *, data_dir: str | None = None, lang: str | None = None, database_url: str | None = None
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("eComplaint")
    app.setOrganizationName("eComplaint")
    install_fonts(app)
    try:
        store = open_store(data_dir, database_url=settings.database_url(database_url))
    except UserError as exc:
        QMessageBox.critical(None, "eComplaint", exc.message(current_language()))
        return 2
    from ecomplaint.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()
