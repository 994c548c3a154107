"""Every modal question goes through here, so tests can patch one function instead of blocking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ecomplaint.ui.plain import message_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

# QMessageBox is imported in each function: its type costs ~3 ms to create and the window's
# first paint asks nothing (bench/README.md: start-up).


def ask(box: QMessageBox) -> int:
    """Run a message box and return the button pressed (tests replace this)."""
    return int(box.exec())


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> int:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    return ask(box)


def inform(parent: QWidget | None, title: str, text: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    return ask(box)


def yes_no(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> bool:
    """A Yes/No question in plain text (the static QMessageBox.question guesses rich text)."""
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return ask(message_box(icon, title, text, buttons, parent)) == int(
        QMessageBox.StandardButton.Yes
    )
