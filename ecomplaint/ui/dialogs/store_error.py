"""The dialog for a store that cannot be opened: which file, why, and which backups exist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ecomplaint.i18n import UserError, current_language, t
from ecomplaint.store.errors import StoreError
from ecomplaint.ui import ask
from ecomplaint.ui.plain import message_box


def store_error_box(exc: UserError, parent: QWidget | None = None) -> QMessageBox:
    title = QCoreApplication.translate("StoreError", "The eComplaint data could not be opened")
    box = message_box(
        QMessageBox.Icon.Critical, title, title, QMessageBox.StandardButton.Ok, parent
    )
    box.setInformativeText(exc.message(current_language()))  # may quote a path
    box.setTextFormat(Qt.TextFormat.PlainText)  # again: applies to the informative text too
    if isinstance(exc, StoreError):
        lines = [QCoreApplication.translate("StoreError", "File: %1").replace("%1", str(exc.path))]
        if exc.backups:
            lines.append(QCoreApplication.translate("StoreError", "Backups (newest first):"))
            lines.extend(str(b) for b in exc.backups)
        else:
            lines.append(QCoreApplication.translate("StoreError", "No backups were found."))
        box.setDetailedText("\n".join(lines))
    box.setAccessibleName(title)
    return box


def show_store_error(exc: UserError, parent: QWidget | None = None) -> int:
    return ask.ask(store_error_box(exc, parent))


def start_error(exc: BaseException) -> UserError:
    """Whatever stopped the store from opening, as a message (never a silent exit)."""
    if isinstance(exc, UserError):
        return exc
    from ecomplaint.io_errors import as_user_error

    return as_user_error(exc, "?") or UserError("store.open_failed", detail=f"{exc!r}"[:500])


def ask_new_store(exc: UserError, parent: QWidget | None = None) -> bool:
    """The database is missing beside evidence or backups: start a new, empty store only if
    the user presses that button (the default is to quit and restore a backup)."""
    box = store_error_box(exc, parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Close)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(t("store.new_store_button"))  # the core's catalogue: same words as --new-store
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return ask.ask(box) == int(QMessageBox.StandardButton.Yes)
