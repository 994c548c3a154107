"""Case menu extras: the suggested next step above the timeline, Escalate…, Pause/Resume and
"Export deadlines to calendar (.ics)…" (this object owns those three actions; the window puts
them in its menus). It follows the open case through the case context, and reloads the next
step when ui.ops announces a change to that case's promises, escalations or timeline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from ecomplaint import vocabulary
from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.domain.next_step import REASON_OVERDUE, NextStep
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import current_language
from ecomplaint.services.changes import Changes
from ecomplaint.ui.ask import inform
from ecomplaint.ui.cases.context import CaseContext
from ecomplaint.ui.cases.escalate_dialog import EscalateDialog
from ecomplaint.ui.commands import EscalateCommand, PauseCommand
from ecomplaint.ui.labels import promise_what_label
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.zone import offset_text, shown_in_case

if TYPE_CHECKING:
    from ecomplaint.store.engine import Store


def ask_ics_path(parent: QWidget, title: str, suggested: str) -> str:
    """The save dialog of the calendar export (tests patch this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "iCalendar (*.ics)")
    return path


def is_paused(detail: CaseDetail | None) -> bool:
    return detail is not None and any(
        p.promise_id is None and p.ended_at is None for p in detail.pauses
    )


class CaseActions(QObject):
    def __init__(
        self, ops: Ops, case: CaseContext, undo_stack: QUndoStack, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.case = case
        self.undo_stack = undo_stack
        self.parent_widget = parent
        self.step: NextStep | None = None
        self.act_escalate = self._action(self.escalate, "Ctrl+Shift+U")
        self.act_pause = self._action(self.toggle_pause)
        self.act_ics = self._action(self.export_calendar)
        self.label = QLabel(parent)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(
            "QLabel { background: #fff3e0; color: #6d2c00; border: 1px solid #ffb74d;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        self.label.hide()
        self._generation = 0
        case.opened.connect(lambda _id: self.refresh())
        case.detail_changed.connect(self.update_actions)
        ops.changed.connect(self._changed)
        self.update_actions()

    def _action(self, slot: object, *shortcuts: str) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def retranslate(self) -> None:
        self.act_escalate.setText(self.tr("E&scalate…"))
        self.act_ics.setText(self.tr("Export deadlines to &calendar (.ics)…"))
        self.update_actions()
        self.show_step(self.step)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.case_id == self.case.case_id and (
            changes.promises or changes.escalations or changes.timeline
        ):
            self.refresh()

    # -- the next step ---------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        case_id = self.case.case_id
        self.update_actions()
        if case_id is None:
            self.show_step(None)
            return

        def done(step: NextStep | None) -> None:
            if generation == self._generation:
                self.update_actions()  # queued after the case's reload: its detail is fresh
                self.show_step(step)

        def step(store: Store) -> NextStep | None:
            # imported here, on the runner's thread: it pulls in the store layer and icalendar
            from ecomplaint.services.what_next import case_next_step

            return case_next_step(store, case_id, store.clock.now())

        self.ops.read(
            step,
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
        detail = self.case.detail
        if step is None or detail is None:
            return ""
        text = self.tr("Next: %1").replace("%1", step.label(current_language()))
        if step.deadline is not None:
            at = shown_in_case(step.deadline, detail.case.tz)
            when = at.strftime("%Y-%m-%d %H:%M ") + offset_text(at)
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
        if reason == "final_response":  # the catalogue's word, as in the CLI and the dossier
            return vocabulary.word("reason", "final_response")
        return self.tr("they refused")

    # -- actions ---------------------------------------------------------------------------
    def update_actions(self) -> None:
        has_case = self.case.case_id is not None
        self.act_escalate.setEnabled(has_case)
        self.act_pause.setEnabled(has_case)
        paused = is_paused(self.case.detail)
        self.act_pause.setText(
            self.tr("&Resume the clocks") if paused else self.tr("&Pause the clocks")
        )

    def escalate(self) -> EscalateDialog | None:
        detail = self.case.detail
        if detail is None:
            return None
        rules = load_rule_book(self.ops.folder)  # rule packs are files, not the database
        dialog = EscalateDialog(self.parent_widget, detail, rules, self.ops.now())
        dialog.submitted.connect(
            lambda values: self.undo_stack.push(
                EscalateCommand(self.ops, self.tr("escalate"), values)
            )
        )
        dialog.open()
        return dialog

    def toggle_pause(self) -> None:
        case_id = self.case.case_id
        if case_id is None:
            return
        resume = is_paused(self.case.detail)
        text = self.tr("resume the clocks") if resume else self.tr("pause the clocks")
        self.undo_stack.push(PauseCommand(self.ops, text, case_id, resume=resume))

    def export_calendar(self) -> int | None:
        w = self.parent_widget
        suggested = str(Path.home() / "ecomplaint-deadlines.ics")
        path = ask_ics_path(w, self.tr("Export deadlines to calendar"), suggested)
        if not path:
            return None
        case_id, lang = self.case.case_id, current_language()
        out = Path(path if path.lower().endswith(".ics") else path + ".ics")

        def done(count: int) -> None:
            inform(
                w,
                self.tr("Calendar exported"),
                self.tr("%1 deadlines written to %2")
                .replace("%1", str(count))
                .replace("%2", str(out)),
            )

        now: datetime = self.ops.now()

        def export(store: Store) -> int:
            from ecomplaint.services.what_next import export_calendar  # on the runner

            return export_calendar(store, out, now, case_id=case_id, lang=lang)

        self.ops.read(export, done)
        return 0
