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

from PySide6.QtWidgets import QApplication  # noqa: E402

from ecomplaint.services.demo import load_demo  # noqa: E402
from ecomplaint.store.engine import open_store  # noqa: E402
from ecomplaint.ui.about import AboutDialog  # noqa: E402
from ecomplaint.ui.fonts import install_fonts  # noqa: E402
from ecomplaint.ui.main_window import MainWindow  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    install_fonts(app)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "data")
        try:
            load_demo(store)
            window = MainWindow(store)
            window.resize(1100, 620)
            window.show()
            app.processEvents()
            window.grab().save(str(HERE / "main-window.png"))
            about = AboutDialog(window)
            about.show()
            app.processEvents()
            about.grab().save(str(HERE / "about.png"))
            about.close()
            window.close()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
