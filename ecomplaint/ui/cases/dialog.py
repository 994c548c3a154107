"""Create or edit a case: every user field, validated by the service's own rules, with the
message shown inline in the user's language (nothing typed is lost on an error)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.enums import CaseStatus, Platform
from ecomplaint.domain.records import CaseRecord
from ecomplaint.i18n import UserError, current_language
from ecomplaint.services.cases import clean_case_fields
from ecomplaint.ui.labels import platform_label, status_label
from ecomplaint.ui.plain import plain_label


def _plain(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class CaseDialog(QDialog):
    submitted = Signal(dict)  # the values to save (only the changed ones when editing)

    def __init__(self, parent: QWidget | None = None, case: CaseRecord | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(self.tr("Edit case") if case else self.tr("New case"))
        self.setAccessibleName(self.windowTitle())
        self.edits: dict[str, QWidget] = {}
        self.error = plain_label(parent=self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Error message"))
        self.error.hide()

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            caption = QLabel(label + ":", self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            self.edits[key] = widget

        platform = QComboBox(self)
        for p in Platform:
            platform.addItem(platform_label(p), str(p))
        status = QComboBox(self)
        for st in CaseStatus:
            status.addItem(status_label(st), str(st))
        language = QComboBox(self)
        language.addItem("中文", "zh")
        language.addItem("English", "en")
        amount = QLineEdit(self)
        amount.setPlaceholderText("2399.00")
        order_date = QLineEdit(self)
        order_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        tags = QLineEdit(self)
        tags.setPlaceholderText(self.tr("comma separated"))

        add(left, "title", self.tr("&Title"), QLineEdit(self))
        add(left, "platform", self.tr("&Platform"), platform)
        add(left, "merchant", self.tr("&Merchant or store"), QLineEdit(self))
        add(left, "order_no", self.tr("&Order number"), QLineEdit(self))
        add(left, "order_date", self.tr("Order &date"), order_date)
        add(left, "product", self.tr("P&roduct"), QLineEdit(self))
        add(left, "amount", self.tr("&Amount paid"), amount)
        add(left, "currency", self.tr("C&urrency"), QLineEdit("CNY", self))
        add(left, "services", self.tr("Ser&vices bought (one per line)"), _plain(self, 2))
        add(left, "demands", self.tr("D&emands (one per line)"), _plain(self, 4))
        add(right, "status", self.tr("&Status"), status)
        add(right, "tags", self.tr("Ta&gs"), tags)
        add(right, "complainant_name", self.tr("Complainant &name"), QLineEdit(self))
        add(right, "complainant_phone", self.tr("Complainant &phone"), QLineEdit(self))
        add(right, "complainant_address", self.tr("Complainant add&ress"), _plain(self, 2))
        add(right, "complainant_id_no", self.tr("Complainant &ID number"), QLineEdit(self))
        add(right, "language", self.tr("Case &language"), language)
        add(right, "assignee", self.tr("Ass&igned to"), QLineEdit(self))
        add(right, "notes", self.tr("N&otes"), _plain(self, 3))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        for b in self.buttons.buttons():
            b.setAccessibleName(b.text())
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.try_accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.try_accept)

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.error)
        outer.addLayout(grid)
        outer.addWidget(self.buttons)
        if case is not None:
            self.load(case)
        self.resize(960, 0)

    # -- values ------------------------------------------------------------------------------
    def set_value(self, key: str, value: Any) -> None:
        w = self.edits[key]
        if isinstance(w, QComboBox):
            i = w.findData(value)
            w.setCurrentIndex(max(i, 0))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif isinstance(w, QLineEdit):
            w.setText(str(value or ""))

    def value(self, key: str) -> Any:
        w = self.edits[key]
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        assert isinstance(w, QLineEdit)
        return w.text()

    def load(self, case: CaseRecord) -> None:
        for key in self.edits:
            value: Any = getattr(case, key)
            if key == "tags":
                value = ", ".join(case.tag_list)
            elif key == "amount":
                value = "" if value is None else f"{value:.2f}"
            elif key == "order_date":
                value = value.isoformat() if value else ""
            self.set_value(key, value)

    def values(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self.edits}

    def changed_values(self, clean: dict[str, Any]) -> dict[str, Any]:
        if self.case is None:
            return clean
        return {k: v for k, v in clean.items() if getattr(self.case, k) != v}

    def try_accept(self) -> None:
        try:
            clean = clean_case_fields(self.values())
        except UserError as exc:
            self.show_error(exc)
            return
        self.error.hide()
        self.submitted.emit(self.changed_values(clean))
        self.accept()

    def show_error(self, exc: UserError) -> None:
        self.error.setText(exc.message(current_language()))
        self.error.show()
        field = str(exc.args_.get("field", ""))
        key = field.removeprefix("@:f.")
        widget = self.edits.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
