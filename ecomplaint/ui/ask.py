"""Every modal question goes through here, so tests can patch one function instead of blocking."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(box: QMessageBox) -> int:
    """Run a message box and return the button pressed (tests replace this)."""
    return int(box.exec())


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> int:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    return ask(box)


def inform(parent: QWidget | None, title: str, text: str) -> int:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    return ask(box)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setAccessibleName(title)
    return ask(box) == int(QMessageBox.StandardButton.Yes)
