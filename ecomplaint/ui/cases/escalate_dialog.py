"""Case → Escalate…: which rung of the case's ladder, when, and the reference number it gave.

The rung list is the ladder the case climbs (domain.next_step.ladder_for_case); the next
rung is preselected. `submitted(values)` carries record_escalation's keyword arguments.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain.ladder import Ladder, RuleBook
from ecomplaint.domain.next_step import highest_rung, ladder_for_case, next_rung
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import current_language
from ecomplaint.ui.plain import plain_label


class EscalateDialog(QDialog):
    submitted = Signal(object)  # dict of record_escalation keyword arguments

    def __init__(
        self, parent: QWidget | None, detail: CaseDetail, book: RuleBook, now: datetime
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalate"))
        self.detail = detail
        self.ladder: Ladder | None = ladder_for_case(detail, book)
        lang = current_language()
        self.rung = QComboBox(self)
        self.rung.setAccessibleName(self.tr("Rung"))
        self.note = plain_label(parent=self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # user rule packs are data
        if self.ladder is not None:
            for r in self.ladder.rungs:
                self.rung.addItem(r.label.get(lang), r.id)
            suggested = next_rung(self.ladder, highest_rung(detail, self.ladder))
            if suggested is not None:
                self.rung.setCurrentIndex(self.rung.findData(suggested.id))
        else:
            self.note.setText(self.tr("No escalation ladder fits this case's platform."))
        self.rung.currentIndexChanged.connect(self._describe)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        # To the minute: the clock's seconds must not ride along into a time the user sets.
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp()) // 60 * 60))
        self.when.dateTimeChanged.connect(lambda _v: self._describe())
        self.when.setAccessibleName(self.tr("When"))
        self.reference = QLineEdit(self)
        self.reference.setAccessibleName(self.tr("Reference number"))
        self.reference.setPlaceholderText(self.tr("e.g. the complaint number it gave you"))
        form = QFormLayout()
        form.addRow(self.tr("Rung") + ":", self.rung)
        form.addRow(self.tr("When") + ":", self.when)
        form.addRow(self.tr("Reference number") + ":", self.reference)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Escalate"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.ladder is not None)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self._describe()

    def _describe(self) -> None:
        if self.ladder is None:
            return
        rung = self.ladder.rung(str(self.rung.currentData()))
        if rung is None:
            return
        lang = current_language()
        # The rules in force on the day chosen, in the case's zone (12315 changed on 2026-04-15).
        at = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        try:
            day = at.astimezone(ZoneInfo(self.detail.case.tz)).date()
        except (KeyError, ValueError):
            day = at.date()
        rules = rung.on(day)
        owed = [c for c in rules.clocks if c.starts == "escalation" and c.basis == "rule"]
        clocks = [c.label.get(lang) for c in owed]
        text = self.tr("Its rules promise: %1").replace("%1", "; ".join(clocks)) if clocks else ""
        if rules.unconfirmed is not None:
            text = "\n".join(x for x in (text, rules.unconfirmed.get(lang)) if x)
        self.note.setText(text)

    def values(self) -> dict[str, Any]:
        assert self.ladder is not None
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return {
            "case_id": self.detail.case.id,
            "ladder": self.ladder.id,
            "rung": str(self.rung.currentData()),
            "escalated_at": when,
            "reference_no": self.reference.text().strip(),
        }

    def try_accept(self) -> None:
        if self.ladder is None:
            return
        self.submitted.emit(self.values())
        self.accept()
