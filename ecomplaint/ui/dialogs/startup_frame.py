"""The first frame the user sees: painted before the store layer is even imported.

Importing SQLAlchemy and SQLModel costs more than a bare Qt window's whole start (bench/README.md);
showing this frame first, at the remembered size and place, means the program answers the
double-click at once and the workspace replaces it a moment later.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from ecomplaint.ui.settings import Settings


class StartupFrame(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("eComplaint")
        label = QLabel(self.tr("Opening your cases…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Opening your cases…"))
        self.setCentralWidget(label)
        geometry = settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
