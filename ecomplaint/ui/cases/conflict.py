"""When a case edit (or its undo) meets someone else's change: show both values, let the user
choose, never overwrite silently. "Use mine" saves again, based on the version now stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ecomplaint.i18n import MESSAGES, t
from ecomplaint.ui import ask
from ecomplaint.ui.commands import CaseEditConflict


def _shown(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= 200 else text[:199] + "…"


def conflict_lines(exc: CaseEditConflict) -> list[str]:
    yours = QCoreApplication.translate("CaseConflict", "Yours:")
    saved = QCoreApplication.translate("CaseConflict", "Now saved:")
    lines = []
    for key, mine in exc.mine.items():
        name = t(f"f.{key}") if f"f.{key}" in MESSAGES else key
        theirs = _shown(exc.theirs.get(key))
        lines.append(f"{name}\n    {yours} {_shown(mine)}\n    {saved} {theirs}")
    return lines


def resolve_case_conflict(parent: QWidget | None, exc: CaseEditConflict) -> bool:
    """Ask; True when the user chose their own values (the caller then queues a new edit,
    based on `exc.version`)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CaseConflict", "Changed by someone else"),
        "",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "CaseConflict",
            "This case was changed by someone else after you opened it. Nothing was saved. "
            "Which values should it keep?",
        )
    )
    box.setInformativeText("\n".join(conflict_lines(exc)))
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)  # the values are the users' own text
    use_mine = box.addButton(
        QCoreApplication.translate("CaseConflict", "Use mine"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("CaseConflict", "Keep the saved values"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAccessibleName(QCoreApplication.translate("CaseConflict", "Changed by someone else"))
    ask.ask(box)
    return box.clickedButton() is use_mine
