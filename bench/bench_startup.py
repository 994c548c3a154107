"""Start-up: process start to the painted main window, next to a bare PySide6 window.

    python -m bench.bench_startup [STORE_DIR]   (default: builds 10k cases / 200k entries)

Both children run the same way (a fresh interpreter, offscreen platform) and exit on the
window's first paint; the parent times the whole process. Also times the case list's first
page query on the same store.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1100, 700)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            app.exit(0)
        return False
f = Painted(); w.installEventFilter(f); w.show(); app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from ecomplaint.store.engine import open_store
from ecomplaint.ui.fonts import install_fonts
from ecomplaint.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
install_fonts(app)
w = MainWindow(open_store(sys.argv[1]))
wait_for_rows = sys.argv[2] == "rows"
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and (
            not wait_for_rows or w.case_model.rowCount() > 0
        ):
            app.exit(0)
        return False
f = Painted(); w.installEventFilter(f); w.table_paint_filter = f
w.show()
if wait_for_rows:  # the list arrives from the writer thread; repaint once it is there
    w.case_model.modelReset.connect(w.update)
    w.case_model.rowsInserted.connect(w.update)
app.exec()
w.stop()
"""


def time_child(code: str, *args: str, runs: int = 7) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code, *args], env=env, check=True, stderr=subprocess.DEVNULL
        )
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
    else:
        folder = Path(tempfile.mkdtemp()) / "store"
        figures = generate(folder, cases=10_000, entries=200_000, promises=20_000)
        print(f"generated 10k/200k/20k store in {figures['total_s']:.1f} s")
    bare: list[float] = []
    painted: list[float] = []
    listed: list[float] = []
    for _ in range(3):  # interleave so machine noise hits all alike
        bare += time_child(BARE, runs=2)
        painted += time_child(APP, str(folder), "paint", runs=2)
        listed += time_child(APP, str(folder), "rows", runs=2)
    b = statistics.median(bare)
    p, r = statistics.median(painted), statistics.median(listed)
    print(f"bare PySide6 window           : median {b * 1000:.0f} ms")
    print(f"eComplaint window painted     : median {p * 1000:.0f} ms  ({p / b:.2f}x bare)")
    print(f"... with the case list filled : median {r * 1000:.0f} ms  ({r / b:.2f}x bare)")

    from ecomplaint.store import queries
    from ecomplaint.store.engine import open_store

    store = open_store(folder)
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        queries.list_cases(store, limit=100)
        times.append(time.perf_counter() - t0)
    store.close()
    print(f"case list first page (100 rows): median {statistics.median(times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
