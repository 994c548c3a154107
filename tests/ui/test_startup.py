"""The window paints before the store layer is imported (bench/README.md: start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []

class FirstPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow() and not seen:
            seen.append((type(obj).__name__, "sqlalchemy" in sys.modules))
        if type(obj).__name__ == "MainWindow" and ev.type() == QEvent.Type.Show:
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, app.quit)
        return False

f = FirstPaint(); app.installEventFilter(f)
from ecomplaint.cli.main import main
code = main(["--data-dir", sys.argv[1]])
print(seen[0][0], seen[0][1], code)
"""


def test_the_first_frame_paints_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**__import__("os").environ, "ECOMPLAINT_CONFIG_DIR": str(tmp_path / "cfg")},
    )
    assert out.returncode == 0, out.stderr
    frame, store_imported, code = out.stdout.split()
    assert frame == "StartupFrame"
    assert store_imported == "False"
    assert code == "0"
