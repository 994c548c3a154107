"""Offscreen screenshots of the evidence widgets with the demo wreath case (for review).

`QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/grab_evidence_widgets.py OUTDIR`
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ecomplaint.services import evidence as ev
from ecomplaint.services.demo import demo_uid, load_demo
from ecomplaint.store import queries
from ecomplaint.store.engine import open_store
from ecomplaint.ui.evidence.strip import EvidenceStrip
from ecomplaint.ui.evidence.thumbs import ThumbnailLoader
from ecomplaint.ui.evidence.viewer import ImageViewerDialog
from ecomplaint.ui.fonts import install_fonts


def settle(ms: int = 800) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    store = open_store(tempfile.mkdtemp(prefix="ecomplaint-grab-"))
    load_demo(store)
    case_id = queries.find_case_id(store, demo_uid("wreath"))
    extra = Path(tempfile.mkdtemp()) / "聊天记录导出.txt"
    extra.write_text("客服：我们会尽快处理。\n", encoding="utf-8")
    ev.attach_files(store, case_id=case_id, paths=[extra])
    rows = ev.list_evidence(store, case_id=case_id)
    loader = ThumbnailLoader(store.folder)

    card = QWidget()
    card.setStyleSheet("background: white;")
    lay = QVBoxLayout(card)
    title = QLabel("2026-02-05 21:48 · Harassment · Store agent")
    title.setStyleSheet("font-weight: bold;")
    lay.addWidget(title)
    lay.addWidget(QLabel("Found a new unshipped order in my account: a funeral wreath…"))
    strip = EvidenceStrip(loader)
    strip.set_rows(rows)
    strip.set_failing({rows[1].id})  # as if the last verify had found it altered
    lay.addWidget(strip)
    card.resize(720, card.sizeHint().height())
    card.show()
    settle()
    card.grab().save(str(out / "strip.png"))

    viewer = ImageViewerDialog(store.folder, rows[0])
    viewer.resize(700, 760)
    viewer.show()
    settle(300)
    viewer.grab().save(str(out / "viewer_fit.png"))
    viewer.set_zoom(1.0)
    settle(200)
    viewer.grab().save(str(out / "viewer_100.png"))
    loader.stop()
    store.close()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "evidence-grabs"))
