"""What the user can do with an exhibit: open it, save a copy of the original, remove it.

Dialogs go through the small ask_* wrappers so tests patch them instead of blocking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from ecomplaint.domain.exhibits import Origin
from ecomplaint.domain.records import EvidenceRecord
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import UserError
from ecomplaint.services.evidence_meta import is_renderable
from ecomplaint.ui.ask import show_error, yes_no
from ecomplaint.ui.evidence.viewer import ImageViewerDialog

if TYPE_CHECKING:
    from ecomplaint.ui.evidence.reading import TextReader
    from ecomplaint.ui.evidence.redaction import RedactionBackend


# --- the wrappers tests patch ---


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Evidence", "Save a copy of the original"), suggested
    )
    return path


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    return yes_no(parent, title, text)


def tell(parent: QWidget | None, title: str, text: str) -> None:
    show_error(parent, title, text)


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


# --- the actions ---


def save_copy(
    store_folder: Path, record: EvidenceRecord, parent: QWidget | None = None
) -> Path | None:
    """Ask where, then write a fingerprint-checked copy there. None if the user cancelled."""
    suggested = str(Path.home() / record.original_name)
    target = ask_save_path(parent, suggested)
    if not target:
        return None
    try:
        from ecomplaint.services import evidence as ev

        return ev.save_copy(store_folder, record, Path(target))
    except UserError as exc:
        tell(parent, QCoreApplication.translate("Evidence", "Copy not saved"), exc.message())
    except OSError as exc:
        tell(
            parent,
            QCoreApplication.translate("Evidence", "Copy not saved"),
            f"{target}: {exc.strerror or exc}",
        )
    return None


def open_evidence(
    store_folder: Path,
    record: EvidenceRecord,
    parent: QWidget | None = None,
    *,
    reader: TextReader | None = None,
    undo_stack: QUndoStack | None = None,
    redaction: RedactionBackend | None = None,
    origin_of: Callable[[EvidenceRecord], Origin | None] | None = None,
) -> ImageViewerDialog | None:
    """Images open in our viewer (returned, shown non-modal; with a reader it shows their
    text, with a redaction backend and the undo stack it redacts); anything else in the
    system's program, on a temporary copy so nothing can ever change the stored original."""
    if is_renderable(record.mime):
        dialog = ImageViewerDialog(
            store_folder,
            record,
            parent,
            reader=reader,
            undo_stack=undo_stack,
            redaction=redaction,
            origin=origin_of(record) if origin_of else None,
        )
        dialog.saveCopyRequested.connect(lambda r: save_copy(store_folder, r, dialog))
        dialog.openRecordRequested.connect(
            lambda r: open_evidence(
                store_folder,
                r,
                parent,
                reader=reader,
                undo_stack=undo_stack,
                redaction=redaction,
                origin_of=origin_of,
            )
        )
        dialog.show()
        return dialog
    try:
        from ecomplaint.services import evidence as ev

        copy = ev.temp_copy(store_folder, record)
    except (UserError, OSError) as exc:
        text = exc.message() if isinstance(exc, UserError) else str(exc)
        tell(parent, QCoreApplication.translate("Evidence", "Cannot open"), text)
        return None
    if not open_url(QUrl.fromLocalFile(str(copy))):
        tell(
            parent,
            QCoreApplication.translate("Evidence", "Cannot open"),
            QCoreApplication.translate(
                "Evidence", "No program is set up to open this kind of file. Save a copy instead."
            ),
        )
    return None


def confirm_trash(record: EvidenceRecord, parent: QWidget | None = None) -> bool:
    """Ask before removing; the file itself stays until the trash is emptied."""
    return ask_yes_no(
        parent,
        QCoreApplication.translate("Evidence", "Remove evidence"),
        QCoreApplication.translate(
            "Evidence",
            "Move “%1” to the trash? You can restore it until the trash is emptied; "
            "the stored file is kept until then.",
        ).replace("%1", visible(record.original_name)),
    )
