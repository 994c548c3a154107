"""Preferences: the language (applies at once) and the per-install settings of
ecomplaint.settings (user name, team database, shared evidence folder, limits)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecomplaint import settings as install_settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.windowTitle())
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("中文（简体）", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language"))
        form = QFormLayout()
        caption = QLabel(self.tr("&Language") + ":", self)
        caption.setBuddy(self.language)
        form.addRow(caption, self.language)
        values = install_settings.load()
        self.user_name = QLineEdit(str(values["user_name"]), self)
        self.database_url = QLineEdit(str(values["database_url"]), self)
        self.database_url.setPlaceholderText(self.tr("empty: this computer's own database"))
        self.shared_evidence = QLineEdit(str(values["shared_evidence_dir"]), self)
        self.evidence_mb = QSpinBox(self)
        self.evidence_mb.setRange(1, 100_000)
        self.evidence_mb.setSuffix(" MB")
        self.evidence_mb.setValue(int(values["evidence_max_mb"]))
        self.backups_keep = QSpinBox(self)
        self.backups_keep.setRange(1, 1000)
        self.backups_keep.setValue(int(values["backups_keep"]))
        for text, widget in (
            (self.tr("Your name"), self.user_name),
            (self.tr("Team database URL"), self.database_url),
            (self.tr("Shared evidence folder"), self.shared_evidence),
            (self.tr("Largest evidence file"), self.evidence_mb),
            (self.tr("Automatic backups kept"), self.backups_keep),
        ):
            widget.setAccessibleName(text)
            form.addRow(text + ":", widget)
        restart = QLabel(
            self.tr("A new database URL or evidence folder applies when eComplaint restarts."),
            self,
        )
        restart.setWordWrap(True)
        form.addRow(restart)
        note = QLabel(self.tr("The window switches language as soon as you press OK."), self)
        note.setWordWrap(True)
        note.setAccessibleName(note.text())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for b in buttons.buttons():
            b.setAccessibleName(b.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def install_values(self) -> dict[str, Any]:
        chosen = self.chosen_language()
        return {
            "language": chosen if chosen in ("zh", "en") else "",  # the CLI follows it too
            "user_name": self.user_name.text().strip(),
            "database_url": self.database_url.text().strip(),
            "shared_evidence_dir": self.shared_evidence.text().strip(),
            "evidence_max_mb": self.evidence_mb.value(),
            "backups_keep": self.backups_keep.value(),
        }

    def save_install_settings(self) -> None:
        """Write the per-install settings (atomically), the language among them."""
        install_settings.save(**self.install_values())
