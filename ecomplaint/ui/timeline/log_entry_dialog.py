"""The quick log form, for the middle of a phone call (Ctrl+L).

Defaults do the work: the kind sets the channel and direction (until the user picks them), the
time is "now", and "they promised something" turns on the promise fields with window presets.
Ctrl+Enter (or Enter outside a text box) saves, Esc cancels. The form validates with the
services' own rules and hands a plain LogRequest to the window, which saves it as one undoable
action (party, entry and promise together).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecomplaint.domain import validation as v
from ecomplaint.domain.enums import (
    DEFAULT_CHANNEL,
    DEFAULT_DIRECTION,
    Channel,
    ClockKind,
    Direction,
    EntryKind,
    PartyRole,
    Precision,
    PromiseWhat,
)
from ecomplaint.domain.records import PartyRecord
from ecomplaint.i18n import UserError, current_language
from ecomplaint.services.entries import clean_entry_fields
from ecomplaint.ui.labels import (
    channel_label,
    direction_label,
    kind_label,
    promise_what_label,
    role_label,
)
from ecomplaint.ui.plain import plain_label
from ecomplaint.ui.zone import HOME_TZ, home_zone

NEW_PARTY = -1

# preset key -> (clock, min, max); "custom" reads the spin boxes
WINDOW_PRESETS: dict[str, tuple[str, int, int]] = {
    "24h": (ClockKind.HOURS, 0, 24),
    "24-48h": (ClockKind.HOURS, 24, 48),
    "48h": (ClockKind.HOURS, 0, 48),
    "3wd": (ClockKind.WORKING_DAYS, 0, 3),
}


@dataclass(frozen=True)
class NewParty:
    role: str
    name: str


@dataclass(frozen=True)
class PromiseRequest:
    what: str
    clock: str
    window_min: int
    window_max: int
    description: str


@dataclass(frozen=True)
class LogRequest:
    case_id: int
    kind: str
    channel: str
    direction: str
    party_id: int | None
    new_party: NewParty | None
    occurred_at: datetime
    occurred_tz: str
    precision: str
    summary: str
    quote: str
    promise: PromiseRequest | None


class LogEntryDialog(QDialog):
    submitted = Signal(object)  # LogRequest

    def __init__(
        self,
        parent: QWidget | None,
        *,
        case_id: int,
        parties: list[PartyRecord],
        now: datetime,
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.now = now
        self.setWindowTitle(self.tr("Log an entry"))
        self.setAccessibleName(self.windowTitle())
        self._channel_touched = False
        self._direction_touched = False

        self.error = plain_label(parent=self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Error message"))
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, widget: QWidget, layout: QFormLayout = form) -> QLabel:
            caption = QLabel(label + ":", self)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            layout.addRow(caption, widget)
            return caption

        self.kind = QComboBox(self)
        for k in EntryKind:
            self.kind.addItem(kind_label(k), str(k))
        self.channel = QComboBox(self)
        for c in Channel:
            self.channel.addItem(channel_label(c), str(c))
        self.direction = QComboBox(self)
        for d in Direction:
            self.direction.addItem(direction_label(d), str(d))
        row(self.tr("&Kind"), self.kind)
        row(self.tr("C&hannel"), self.channel)
        row(self.tr("&Direction"), self.direction)

        self.party = QComboBox(self)
        self.party.addItem(self.tr("(nobody in particular)"), None)
        for p in parties:
            self.party.addItem(f"{role_label(p.role)}: {p.label}", p.id)
        self.party.addItem(self.tr("New party…"), NEW_PARTY)
        row(self.tr("&Who"), self.party)
        self.new_role = QComboBox(self)
        for r in PartyRole:
            self.new_role.addItem(role_label(r), str(r))
        self.new_role.setCurrentIndex(self.new_role.findData(str(PartyRole.CUSTOMER_SERVICE)))
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("name or agent ID, e.g. 工号 7731"))
        self.new_party_box = QWidget(self)
        box = QHBoxLayout(self.new_party_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.new_role, 1)
        box.addWidget(self.new_name, 2)
        self.new_role.setAccessibleName(self.tr("New party's role"))
        self.new_name.setAccessibleName(self.tr("New party's name"))
        self.new_party_caption = QLabel(self.tr("New party") + ":", self)
        self.new_party_caption.setBuddy(self.new_role)
        form.addRow(self.new_party_caption, self.new_party_box)

        self.when = QComboBox(self)
        self.when.addItem(self.tr("Now"), "now")
        self.when.addItem(self.tr("Earlier today"), "today")
        self.when.addItem(self.tr("Yesterday"), "yesterday")
        self.when.addItem(self.tr("Choose date and time"), "chosen")
        self.at = QDateTimeEdit(self)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setAccessibleName(self.tr("Date and time"))
        self.approximate = QCheckBox(self.tr("&Approximate"), self)
        self.approximate.setAccessibleName(self.tr("Approximate time"))
        when_box = QWidget(self)
        wb = QHBoxLayout(when_box)
        wb.setContentsMargins(0, 0, 0, 0)
        wb.addWidget(self.when, 2)
        wb.addWidget(self.at, 2)
        wb.addWidget(self.approximate, 1)
        when_caption = QLabel(self.tr("Whe&n") + ":", self)
        when_caption.setBuddy(self.when)
        self.when.setAccessibleName(self.tr("When"))
        form.addRow(when_caption, when_box)

        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What happened, in a sentence or two"))
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 12)
        row(self.tr("&Summary"), self.summary)
        self.quote = QPlainTextEdit(self)
        self.quote.setTabChangesFocus(True)
        self.quote.setPlaceholderText(self.tr("Their exact words, if you have them"))
        self.quote.setFixedHeight(self.quote.fontMetrics().lineSpacing() * 2 + 12)
        row(self.tr("Verbatim &quote"), self.quote)

        self.promised = QCheckBox(self.tr("They &promised something"), self)
        self.promised.setAccessibleName(self.tr("They promised something"))
        self.promise_box = QGroupBox(self)
        self.promise_box.setAccessibleName(self.tr("Promise"))
        pform = QFormLayout(self.promise_box)
        self.what = QComboBox(self)
        for w in PromiseWhat:
            self.what.addItem(promise_what_label(w), str(w))
        self.window_preset = QComboBox(self)
        self.window_preset.addItem(self.tr("within 24 hours"), "24h")
        self.window_preset.addItem(self.tr("within 24–48 hours"), "24-48h")
        self.window_preset.addItem(self.tr("within 48 hours"), "48h")
        self.window_preset.addItem(self.tr("within 3 working days"), "3wd")
        self.window_preset.addItem(self.tr("custom window"), "custom")
        self.custom_min = QSpinBox(self)
        self.custom_max = QSpinBox(self)
        for spin in (self.custom_min, self.custom_max):
            spin.setRange(0, 9999)
        self.custom_max.setValue(72)
        self.custom_unit = QComboBox(self)
        self.custom_unit.addItem(self.tr("hours"), str(ClockKind.HOURS))
        self.custom_unit.addItem(self.tr("working days"), str(ClockKind.WORKING_DAYS))
        self.custom_min.setAccessibleName(self.tr("Window opens after"))
        self.custom_max.setAccessibleName(self.tr("Window closes after"))
        self.custom_unit.setAccessibleName(self.tr("Window unit"))
        self.custom_box = QWidget(self)
        cb = QHBoxLayout(self.custom_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.addWidget(QLabel(self.tr("from"), self))
        cb.addWidget(self.custom_min)
        cb.addWidget(QLabel(self.tr("to"), self))
        cb.addWidget(self.custom_max)
        cb.addWidget(self.custom_unit)
        cb.addStretch(1)
        self.promise_description = QLineEdit(self)
        self.promise_description.setPlaceholderText(self.tr("e.g. reply after checking"))
        row(self.tr("&What"), self.what, pform)
        row(self.tr("Wi&thin"), self.window_preset, pform)
        self.custom_caption = row(self.tr("Custom window"), self.custom_box, pform)
        row(self.tr("Desc&ription"), self.promise_description, pform)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save (Ctrl+Enter)"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for b in self.buttons.buttons():
            b.setAccessibleName(b.text())
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.try_accept)

        outer = QVBoxLayout(self)
        outer.addWidget(self.error)
        outer.addLayout(form)
        outer.addWidget(self.promised)
        outer.addWidget(self.promise_box)
        outer.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.channel.activated.connect(lambda _i: setattr(self, "_channel_touched", True))
        self.direction.activated.connect(lambda _i: setattr(self, "_direction_touched", True))
        self.party.currentIndexChanged.connect(self._party_changed)
        self.when.currentIndexChanged.connect(self._when_changed)
        self.promised.toggled.connect(self._promised_changed)
        self.window_preset.currentIndexChanged.connect(self._window_changed)

        self.kind.setCurrentIndex(self.kind.findData(str(EntryKind.CALL_OUT)))
        self._kind_changed()
        self._party_changed()
        self._when_changed()
        self.window_preset.setCurrentIndex(self.window_preset.findData("24-48h"))
        self._window_changed()
        self._promised_changed(False)
        self.resize(640, 0)
        self.kind.setFocus()

    # -- reactions -------------------------------------------------------------------------
    def _kind_changed(self, *_args: object) -> None:
        kind = EntryKind(self.kind.currentData())
        if not self._channel_touched:
            channel = DEFAULT_CHANNEL.get(kind, Channel.OTHER)
            self.channel.setCurrentIndex(self.channel.findData(str(channel)))
        if not self._direction_touched:
            direction = DEFAULT_DIRECTION.get(kind, Direction.NONE)
            self.direction.setCurrentIndex(self.direction.findData(str(direction)))

    def _party_changed(self, *_args: object) -> None:
        new = self.party.currentData() == NEW_PARTY
        self.new_party_box.setVisible(new)
        self.new_party_caption.setVisible(new)

    def _local_now(self) -> datetime:
        return self.now.astimezone(home_zone())

    def _when_changed(self, *_args: object) -> None:
        mode = self.when.currentData()
        now = self._local_now()
        current = self.at.dateTime()
        t = current.time() if mode != "now" and current.isValid() else QTime(now.hour, now.minute)
        if mode == "now" or mode == "today":
            self.at.setDateTime(QDateTime(QDate(now.year, now.month, now.day), t))
        elif mode == "yesterday":
            y = now - timedelta(days=1)
            self.at.setDateTime(QDateTime(QDate(y.year, y.month, y.day), t))
        self.at.setEnabled(mode != "now")
        # the date part is fixed by "earlier today"/"yesterday": edit the time only
        self.at.setCurrentSection(QDateTimeEdit.Section.HourSection)

    def _promised_changed(self, on: bool) -> None:
        self.promise_box.setVisible(on)
        self.adjustSize()

    def _window_changed(self, *_args: object) -> None:
        custom = self.window_preset.currentData() == "custom"
        self.custom_box.setVisible(custom)
        self.custom_caption.setVisible(custom)

    # -- result --------------------------------------------------------------------------------
    def occurred_at(self) -> tuple[datetime, str]:
        if self.when.currentData() == "now":
            return self.now, (Precision.APPROXIMATE if self.approximate.isChecked() else "exact")
        qdt = self.at.dateTime()
        naive = datetime.combine(qdt.date().toPython(), qdt.time().toPython())  # type: ignore[arg-type]
        precision = Precision.APPROXIMATE if self.approximate.isChecked() else Precision.EXACT
        return naive.replace(second=0, microsecond=0, tzinfo=home_zone()), precision

    def request(self) -> LogRequest:
        """The form as a LogRequest, validated by the services' rules (raises UserError)."""
        occurred_at, precision = self.occurred_at()
        if occurred_at > self.now + timedelta(minutes=1):
            raise UserError(
                "field.in_future", field="@:f.occurred_at", value=occurred_at, now=self.now
            )
        clean = clean_entry_fields(
            dict(
                kind=self.kind.currentData(),
                channel=self.channel.currentData(),
                direction=self.direction.currentData(),
                occurred_at=occurred_at,
                precision=precision,
                summary=self.summary.toPlainText(),
                quote=self.quote.toPlainText(),
            )
        )
        if not clean["summary"].strip() and not clean["quote"].strip():
            raise UserError("field.required", field="@:f.summary")
        party_id = self.party.currentData()
        new_party = None
        if party_id == NEW_PARTY:
            name = v.text(self.new_name.text(), "name")
            new_party = NewParty(role=str(self.new_role.currentData()), name=name)
            party_id = None
        promise = None
        if self.promised.isChecked():
            preset = self.window_preset.currentData()
            if preset == "custom":
                clock = str(self.custom_unit.currentData())
                lo, hi = self.custom_min.value(), self.custom_max.value()
                if hi <= 0 or lo > hi:
                    raise UserError("ui.bad_window")
            else:
                clock, lo, hi = WINDOW_PRESETS[preset]
            promise = PromiseRequest(
                what=str(self.what.currentData()),
                clock=str(clock),
                window_min=lo,
                window_max=hi,
                description=v.text(self.promise_description.text(), "summary"),
            )
        return LogRequest(
            case_id=self.case_id,
            kind=clean["kind"],
            channel=clean["channel"],
            direction=clean["direction"],
            party_id=party_id,
            new_party=new_party,
            occurred_at=clean["occurred_at"],
            occurred_tz=HOME_TZ,
            precision=clean["precision"],
            summary=clean["summary"],
            quote=clean["quote"],
            promise=promise,
        )

    def try_accept(self) -> None:
        try:
            req = self.request()
        except UserError as exc:
            self.error.setText(exc.message(current_language()))
            self.error.show()
            if exc.args_.get("field") == "@:f.summary":
                self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.hide()
        self.submitted.emit(req)
        self.accept()
