"""Edit a party: role, name, organisation, contact, notes. `submitted(values)` carries only
what changed, validated by the service's own rules (the message shown inline, nothing lost)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.enums import PartyRole
from ecomplaint.domain.records import PartyRecord
from ecomplaint.i18n import UserError, current_language
from ecomplaint.ui.labels import role_label
from ecomplaint.ui.plain import plain_label


class PartyDialog(QDialog):
    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None, party: PartyRecord) -> None:
        super().__init__(parent)
        self.party = party
        self.setWindowTitle(self.tr("Edit party"))
        self.setAccessibleName(self.windowTitle())
        self.error = plain_label(parent=self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.role = QComboBox(self)
        for r in PartyRole:
            self.role.addItem(role_label(r), str(r))
        self.role.setCurrentIndex(max(0, self.role.findData(party.role)))
        self.name = QLineEdit(party.name, self)
        self.organisation = QLineEdit(party.organisation, self)
        self.contact = QLineEdit(party.contact, self)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlainText(party.notes)
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Role"), self.role),
            (self.tr("&Name"), self.name),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Contact"), self.contact),
            (self.tr("N&otes"), self.notes),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            caption = QLabel(label + ":", self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for b in buttons.buttons():
            b.setAccessibleName(b.text())
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def values(self) -> dict[str, Any]:
        return {
            "role": self.role.currentData(),
            "name": self.name.text(),
            "organisation": self.organisation.text(),
            "contact": self.contact.text(),
            "notes": self.notes.toPlainText(),
        }

    def try_accept(self) -> None:
        try:
            from ecomplaint.services.parties import clean_party_fields  # see log_entry_dialog

            clean = clean_party_fields(self.values())
            if not clean["name"].strip():
                raise UserError("field.required", field="@:f.name")
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            self.error.show()
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submitted.emit({k: v for k, v in clean.items() if getattr(self.party, k) != v})
        self.accept()
