"""Re-take the screenshots the AppStream metainfo lists (offscreen, demo cases, English).

python packaging/screenshots/take_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ECOMPLAINT_LANG", "en")

from PySide6.QtCore import QSettings, QThread  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ecomplaint.services.demo import load_demo  # noqa: E402
from ecomplaint.store import queries  # noqa: E402
from ecomplaint.store.engine import open_store  # noqa: E402
from ecomplaint.ui.dialogs.about import AboutDialog  # noqa: E402
from ecomplaint.ui.fonts import install_fonts  # noqa: E402
from ecomplaint.ui.main_window import MainWindow  # noqa: E402
from ecomplaint.ui.settings import Settings  # noqa: E402
from ecomplaint.ui.translator import Translations  # noqa: E402

HERE = Path(__file__).resolve().parent


def settle(app: QApplication, rounds: int = 80) -> None:
    """Let the window's worker load the list, the case and its next step."""
    for _ in range(rounds):
        app.processEvents()
        QThread.msleep(10)


def main() -> int:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    translations = Translations()
    translations.apply("en")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("ECOMPLAINT_CONFIG_DIR", str(Path(tmp) / "config"))
        store = open_store(Path(tmp) / "data")
        try:
            load_demo(store)
            ini = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
            window = MainWindow(store, settings=Settings(ini), translations=translations)
            window.resize(1280, 720)
            window.show()
            tv = queries.find_case_id(store, "JD-2026-1102-4417")  # the overdue supervisor
            if tv is not None:
                window.open_case(tv)
            settle(app)
            window.grab().save(str(HERE / "main-window.png"))
            about = AboutDialog(window)
            about.show()
            app.processEvents()
            about.grab().save(str(HERE / "about.png"))
            about.close()
            window.close()  # stops the worker and the background jobs
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
