"""The window paints before the store layer is imported (bench/README.md: start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout, so that its code is imported

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


FILLED_PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []
windows = []
# the store layer, and the libraries that only later work needs (rule calendars, money,
# pictures, calendars, letters, PDFs): none of them may delay the first filled paint
LATER = ("sqlalchemy", "sqlmodel", "alembic", "holidays", "chinese_calendar", "babel", "PIL",
         "icalendar", "jinja2", "reportlab", "pikepdf",
         # the records but the list's line, the timeline rows, the backup modules: they load
         # with the first case (bench/README.md, issue 19 third pass)
         "ecomplaint.domain.records", "ecomplaint.ui.timeline.rows", "ecomplaint.store.backup")

class FilledPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            windows.append(type(obj).__name__)
        if ev.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow" and not seen:
            if obj.case_model.rowCount() > 0:
                loaded = [m for m in LATER if m in sys.modules]
                seen.append(",".join(loaded) or "none")
                seen.append(str(obj.case_model.rowCount()))
                # then let the store finish opening behind it, and quit
                QTimer.singleShot(0, lambda: obj.ops.store and app.quit())
        return False

f = FilledPaint(); app.installEventFilter(f)
QTimer.singleShot(90_000, app.quit)
from ecomplaint.cli.main import main
code = main(["--data-dir", sys.argv[1]])
print(seen[0] if seen else "unfilled", seen[1] if seen else 0, code, windows[0])
"""


def _demo(tmp_path: Path) -> tuple[dict[str, str], str]:
    env = {**__import__("os").environ, "ECOMPLAINT_CONFIG_DIR": str(tmp_path / "cfg")}
    data = str(tmp_path / "data")
    subprocess.run(
        [sys.executable, "-m", "ecomplaint", "--data-dir", data, "demo"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return env, data


def _probe(script: str, data: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A real start of the app in a fresh interpreter, with `script` watching it."""
    return subprocess.run(
        [sys.executable, "-c", script, data],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
        env=env,
    )


def test_the_case_list_paints_filled_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    env, data = _demo(tmp_path)
    out = _probe(FILLED_PROBE, data, env)
    assert out.returncode == 0, out.stderr
    loaded, rows, code, first_window = out.stdout.split()
    assert (loaded, rows, code) == ("none", "2", "0")
    assert first_window == "MainWindow"  # the workspace is the first frame, no placeholder


NEW_CASE_PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []

def look(window):
    from ecomplaint.ui.cases.dialog import CaseDialog
    shown = [d for d in window.findChildren(CaseDialog) if d.isVisible()]
    seen.append(str(len(shown)))
    QTimer.singleShot(0, lambda: window.ops.store and app.quit())

class FirstPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow" and not seen:
            seen.append("ready" if obj.ops.is_ready() else "opening")
            obj.act_new_case.trigger()  # Ctrl+N as soon as the window is there
            QTimer.singleShot(0, lambda: look(obj))
        return False

f = FirstPaint(); app.installEventFilter(f)
QTimer.singleShot(90_000, app.quit)
from ecomplaint.cli.main import main
code = main(["--data-dir", sys.argv[1]])
print(" ".join(seen), code)
"""


def test_new_case_at_the_first_paint_gets_the_dialog(tmp_path: Path) -> None:
    env, data = _demo(tmp_path)
    out = _probe(NEW_CASE_PROBE, data, env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["opening", "1", "0"]  # the store was still loading


TYPES_PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtGui, QtWidgets
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []
# PySide6 creates a class's Python type, with every enum it holds, on first use: these are not
# needed to paint the list and cost ~11 ms together (bench/README.md, issue 19 third pass).
# The window's paintEvent is hooked, not an application-wide filter: that would wrap every
# object Qt sends events to (the style among them) and create their types itself.
LATER_TYPES = ("QMessageBox", "QStyle", "QGradient", "QPlainTextEdit", "QTextEdit")
from ecomplaint.ui import main_window as mw

def paint(obj, ev, _orig=mw.MainWindow.paintEvent):
    _orig(obj, ev)
    if not seen and obj.case_model.rowCount() > 0:
        made = {**vars(QtGui), **vars(QtWidgets)}
        seen.append(",".join(t for t in LATER_TYPES if t in made) or "none")
        app.quit()

mw.MainWindow.paintEvent = paint
from ecomplaint.cli.main import main
main(["--data-dir", sys.argv[1]])
print(seen[0] if seen else "unfilled")
"""


def test_the_first_filled_paint_creates_no_dialog_or_style_types(tmp_path: Path) -> None:
    env, data = _demo(tmp_path)
    out = _probe(TYPES_PROBE, data, env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["none"]
