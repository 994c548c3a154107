"""Every modal question goes through here, so tests can patch one function instead of blocking."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ecomplaint.ui.plain import message_box


def ask(box: QMessageBox) -> int:
    """Run a message box and return the button pressed (tests replace this)."""
    return int(box.exec())


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> int:
    box = message_box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    return ask(box)


def inform(parent: QWidget | None, title: str, text: str) -> int:
    box = message_box(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    return ask(box)


def yes_no(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> bool:
    """A Yes/No question in plain text (the static QMessageBox.question guesses rich text)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return ask(message_box(icon, title, text, buttons, parent)) == int(
        QMessageBox.StandardButton.Yes
    )
