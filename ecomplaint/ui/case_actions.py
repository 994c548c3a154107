"""Case menu extras: the suggested next step above the timeline, Escalate…, Pause/Resume and
"Export deadlines to calendar (.ics)…"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.domain.next_step import REASON_OVERDUE, NextStep
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import current_language
from ecomplaint.services.what_next import case_next_step, export_calendar
from ecomplaint.ui.ask import inform
from ecomplaint.ui.commands import EscalateCommand, PauseCommand
from ecomplaint.ui.escalate_dialog import EscalateDialog
from ecomplaint.ui.labels import promise_what_label

if TYPE_CHECKING:
    from ecomplaint.ui.main_window import MainWindow


def ask_ics_path(parent: QWidget, title: str, suggested: str) -> str:
    """The save dialog of the calendar export (tests patch this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "iCalendar (*.ics)")
    return path


def is_paused(detail: CaseDetail | None) -> bool:
    return detail is not None and any(
        p.promise_id is None and p.ended_at is None for p in detail.pauses
    )


def _zone(detail: CaseDetail) -> ZoneInfo:
    name = detail.entries[-1].occurred_tz if detail.entries else "Asia/Shanghai"
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("Asia/Shanghai")


class CaseActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.step: NextStep | None = None
        self.label = QLabel(window)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(
            "QLabel { background: #fff3e0; color: #6d2c00; border: 1px solid #ffb74d;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        self.label.hide()
        self._generation = 0
        window.case_opened.connect(lambda _id: self.refresh())
        window.data_changed.connect(lambda _c: self.refresh())

    # -- the next step ---------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        w = self.window
        case_id = w.current_case_id
        self.update_actions()
        if case_id is None:
            self.show_step(None)
            return

        def done(step: NextStep | None) -> None:
            if generation == self._generation:
                self.update_actions()  # queued after the case's reload: its detail is fresh
                self.show_step(step)

        w.ops.read(
            lambda store: case_next_step(store, case_id, store.clock.now()),
            done,
            failed=lambda _e: None,  # a case gone meanwhile: the case pane closes itself
        )

    def show_step(self, step: NextStep | None) -> None:
        self.step = step
        text = self.step_text(step)
        self.label.setText(text)
        self.label.setAccessibleName(self.tr("Suggested next step"))
        self.label.setVisible(bool(text))

    def step_text(self, step: NextStep | None) -> str:
        detail = self.window.detail
        if step is None or detail is None:
            return ""
        text = self.tr("Next: %1").replace("%1", step.label(current_language()))
        if step.deadline is not None:
            when = step.deadline.astimezone(_zone(detail)).strftime("%Y-%m-%d %H:%M")
            text += " — " + self.tr("escalate by %1").replace("%1", when)
        elif step.response_amount is not None:
            span = self.span_text(step.response_amount, step.response_unit)
            text += " — " + self.tr("they must answer within %1 of your escalation").replace(
                "%1", span
            )
        reasons = dict.fromkeys(t.reason for t in step.triggers) or {step.reason: None}
        why = "; ".join(self.reason_text(r, step, detail) for r in reasons)
        return text + f" ({why})"

    def span_text(self, amount: int, unit: str) -> str:
        texts = {
            "hours": self.tr("%n hour(s)", "", amount),
            "days": self.tr("%n day(s)", "", amount),
            "weeks": self.tr("%n week(s)", "", amount),
            "working_days": self.tr("%n working day(s)", "", amount),
            "months": self.tr("%n month(s)", "", amount),
        }
        return texts.get(unit, f"{amount} {unit}")

    def reason_text(self, reason: str, step: NextStep, detail: CaseDetail) -> str:
        if reason == REASON_OVERDUE:
            ids = [t.promise_id for t in step.triggers if t.reason == REASON_OVERDUE]
            promise = next((p for p in detail.promises if p.id in ids), None)
            if promise is not None:
                parties = {p.id: p.label for p in detail.parties}
                what = promise.description or promise_what_label(promise.what)
                who = parties.get(promise.party_id or 0, "")
                if who:
                    return (
                        self.tr("%1's promise is overdue: %2")
                        .replace("%1", who)
                        .replace("%2", what)
                    )
                return self.tr("a promise is overdue: %1").replace("%1", what)
            return self.tr("a promise is overdue")
        if reason == "final_offer":
            return self.tr("they made a final offer")
        return self.tr("they refused")

    # -- actions ---------------------------------------------------------------------------
    def update_actions(self) -> None:
        w = self.window
        has_case = w.current_case_id is not None
        w.act_escalate.setEnabled(has_case)
        w.act_pause.setEnabled(has_case)
        w.act_pause.setText(
            self.tr("&Resume the clocks") if is_paused(w.detail) else self.tr("&Pause the clocks")
        )

    def escalate(self) -> EscalateDialog | None:
        w = self.window
        if w.detail is None:
            return None
        dialog = EscalateDialog(w, w.detail, load_rule_book(w.store.folder), w.store.clock.now())
        dialog.submitted.connect(
            lambda values: w.undo_stack.push(EscalateCommand(w.ops, self.tr("escalate"), values))
        )
        dialog.open()
        return dialog

    def toggle_pause(self) -> None:
        w = self.window
        if w.current_case_id is None:
            return
        resume = is_paused(w.detail)
        text = self.tr("resume the clocks") if resume else self.tr("pause the clocks")
        w.undo_stack.push(PauseCommand(w.ops, text, w.current_case_id, resume=resume))

    def export_calendar(self) -> int | None:
        w = self.window
        suggested = str(Path.home() / "ecomplaint-deadlines.ics")
        path = ask_ics_path(w, self.tr("Export deadlines to calendar"), suggested)
        if not path:
            return None
        case_id, lang = w.current_case_id, current_language()
        out = Path(path if path.lower().endswith(".ics") else path + ".ics")

        def done(count: int) -> None:
            inform(
                w,
                self.tr("Calendar exported"),
                self.tr("%1 deadlines written to %2")
                .replace("%1", str(count))
                .replace("%2", str(out)),
            )

        now: datetime = w.store.clock.now()
        w.ops.read(lambda store: export_calendar(store, out, now, case_id=case_id, lang=lang), done)
        return 0
