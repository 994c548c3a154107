"""Undo and redo through the services: each command runs an operation and its inverse.

A command's redo()/undo() only queue a job on the writer thread; the job calls the service and
its Changes come back to the window, which refreshes what changed. Jobs run in order, so an undo
queued right after a create sees the id the create stored on the command. The same command is
pushed whether the change came from a form, a menu or a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from PySide6.QtGui import QUndoCommand

from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries, escalations, evidence, parties, pauses, promises
from ecomplaint.services.changes import Changes
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.log_entry_dialog import LogRequest

Job = Callable[[], Changes]


class Runner(Protocol):
    store: Store

    def run_job(self, job: Job) -> None:
        """Queue `job` on the writer thread and apply its Changes when it returns."""


class ServiceCommand(QUndoCommand):
    def __init__(self, runner: Runner, text: str) -> None:
        super().__init__(text)
        self.runner = runner
        self.store = runner.store

    def forward(self) -> Changes:
        raise NotImplementedError

    def backward(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        self.runner.run_job(self.forward)

    def undo(self) -> None:
        self.runner.run_job(self.backward)


class CreateCaseCommand(ServiceCommand):
    def __init__(self, runner: Runner, text: str, values: Mapping[str, Any]) -> None:
        super().__init__(runner, text)
        self.values = dict(values)
        self.case_id: int | None = None

    def forward(self) -> Changes:
        if self.case_id is None:
            changes = cases.create_case(self.store, **self.values)
            self.case_id = changes.created_id
            return changes
        return replace(cases.restore_case(self.store, case_id=self.case_id), created_id=None)

    def backward(self) -> Changes:
        assert self.case_id is not None
        return cases.trash_case(self.store, case_id=self.case_id)


class CaseEditConflict(UserError):
    """Someone else changed the case since this window's edit (or undo) was based on it.
    Nothing was written; `mine` and `theirs` hold both values of each field concerned."""

    def __init__(
        self, case_id: int, mine: dict[str, Any], theirs: dict[str, Any], version: int
    ) -> None:
        super().__init__("stale", what="@:noun.case")
        self.case_id, self.mine, self.theirs, self.version = case_id, mine, theirs, version


# The case versions this window's own commands left behind: an undo is based on the version
# its redo produced, or a later command's undo (they run in stack order), not on a guess.
_known_versions: WeakKeyDictionary[Any, dict[int, int]] = WeakKeyDictionary()


class EditCaseCommand(ServiceCommand):
    """Edit, undo and redo all carry the version they were based on (team mode: two windows
    on one database); a conflict raises CaseEditConflict and writes nothing."""

    def __init__(
        self,
        runner: Runner,
        text: str,
        case_id: int,
        after: Mapping[str, Any],
        *,
        base_version: int,
    ) -> None:
        super().__init__(runner, text)
        self.case_id = case_id
        self.after = dict(after)
        self.before: dict[str, Any] | None = None
        self.base_version = base_version
        self.applied = False  # the edit is in the store (undo has something to revert)

    def _versions(self) -> dict[int, int]:
        return _known_versions.setdefault(self.runner, {})

    def _edit(self, values: dict[str, Any], expected: int) -> Changes:
        try:
            changes = cases.edit_case(
                self.store, case_id=self.case_id, values=values, expected_version=expected
            )
        except UserError as exc:
            if exc.key != "stale":
                raise
            now = queries.get_case(self.store, self.case_id)
            theirs = {k: getattr(now, k, None) for k in values}
            raise CaseEditConflict(self.case_id, dict(values), theirs, now.version) from exc
        self._versions()[self.case_id] = expected + (1 if changes.before else 0)
        return changes

    def forward(self) -> Changes:
        if self.before is None:
            expected = self.base_version  # what the dialog showed
        else:
            expected = self._versions().get(self.case_id, self.base_version)
        changes = self._edit(self.after, expected)
        if self.before is None:
            self.before = dict(changes.before)
        self.applied = True
        return changes

    def backward(self) -> Changes:
        if not self.applied or self.before is None:
            return Changes()  # the edit was refused: there is nothing to undo
        changes = self._edit(self.before, self._versions().get(self.case_id, self.base_version))
        self.applied = False
        return changes


class TrashCommand(ServiceCommand):
    """Delete to the trash (undo restores). `what` is case, entry or party."""

    OPS: dict[str, tuple[Callable[..., Changes], Callable[..., Changes], str]] = {
        "case": (cases.trash_case, cases.restore_case, "case_id"),
        "entry": (entries.trash_entry, entries.restore_entry, "entry_id"),
        "party": (parties.trash_party, parties.restore_party, "party_id"),
    }

    def __init__(self, runner: Runner, text: str, what: str, ident: int) -> None:
        super().__init__(runner, text)
        self.what = what
        self.ident = ident

    def forward(self) -> Changes:
        trash, _restore, arg = self.OPS[self.what]
        return trash(self.store, **{arg: self.ident})

    def backward(self) -> Changes:
        _trash, restore, arg = self.OPS[self.what]
        return restore(self.store, **{arg: self.ident})


class LogEntryCommand(ServiceCommand):
    """One user action: maybe a new party, the entry, maybe the promise made in it."""

    def __init__(self, runner: Runner, text: str, request: LogRequest) -> None:
        super().__init__(runner, text)
        self.request = request
        self.party_id: int | None = None
        self.entry_id: int | None = None
        self.promise_id: int | None = None
        self.done_once = False

    def _first(self) -> Changes:
        req = self.request
        changes = Changes(case_id=req.case_id)
        party_id = req.party_id
        if req.new_party is not None:
            added = parties.add_party(
                self.store, case_id=req.case_id, role=req.new_party.role, name=req.new_party.name
            )
            self.party_id = party_id = added.created_id
            changes = changes | added
        logged = entries.log_entry(
            self.store,
            case_id=req.case_id,
            kind=req.kind,
            channel=req.channel,
            direction=req.direction,
            party_id=party_id,
            occurred_at=req.occurred_at,
            occurred_tz=req.occurred_tz,
            precision=req.precision,
            summary=req.summary,
            quote=req.quote,
        )
        self.entry_id = logged.created_id
        changes = changes | logged
        if req.promise is not None:
            p = req.promise
            recorded = promises.record_promise(
                self.store,
                case_id=req.case_id,
                what=p.what,
                clock=p.clock,
                window_min=p.window_min,
                window_max=p.window_max,
                entry_id=self.entry_id,
                party_id=party_id,
                description=p.description,
                tz=req.occurred_tz,
            )
            self.promise_id = recorded.created_id
            changes = changes | recorded
        self.done_once = True
        return replace(changes, created_id=self.entry_id)

    def forward(self) -> Changes:
        if not self.done_once:
            return self._first()
        changes = Changes(case_id=self.request.case_id)
        if self.party_id is not None:
            changes = changes | parties.restore_party(self.store, party_id=self.party_id)
        if self.entry_id is not None:
            changes = changes | entries.restore_entry(self.store, entry_id=self.entry_id)
        if self.promise_id is not None:
            changes = changes | promises.restore_promise(self.store, promise_id=self.promise_id)
        return changes

    def backward(self) -> Changes:
        changes = Changes(case_id=self.request.case_id)
        if self.promise_id is not None:
            changes = changes | promises.trash_promise(self.store, promise_id=self.promise_id)
        if self.entry_id is not None:
            changes = changes | entries.trash_entry(self.store, entry_id=self.entry_id)
        if self.party_id is not None:
            changes = changes | parties.trash_party(self.store, party_id=self.party_id)
        return changes


class EscalateCommand(ServiceCommand):
    """Log an escalation (and the response clocks its rung owes); undo trashes it."""

    def __init__(self, runner: Runner, text: str, values: Mapping[str, Any]) -> None:
        super().__init__(runner, text)
        self.values = dict(values)
        self.escalation_id: int | None = None

    def forward(self) -> Changes:
        if self.escalation_id is None:
            changes = escalations.record_escalation(self.store, **self.values)
            self.escalation_id = changes.created_id
            return changes
        return escalations.restore_escalation(self.store, escalation_id=self.escalation_id)

    def backward(self) -> Changes:
        assert self.escalation_id is not None
        return escalations.trash_escalation(self.store, escalation_id=self.escalation_id)


class PauseCommand(ServiceCommand):
    """Pause a case's clocks (resume=False) or resume them; each undoes the other."""

    def __init__(self, runner: Runner, text: str, case_id: int, *, resume: bool) -> None:
        super().__init__(runner, text)
        self.case_id = case_id
        self.resume = resume
        self.pause_id: int | None = None
        self.when: datetime | None = None

    def forward(self) -> Changes:
        self.when = self.when or self.store.clock.now()
        if self.resume:
            changes = pauses.resume_case(self.store, case_id=self.case_id, ended_at=self.when)
            self.pause_id = changes.before.get("pause")
            return changes
        changes = pauses.pause_case(self.store, case_id=self.case_id, started_at=self.when)
        self.pause_id = changes.created_id
        return changes

    def backward(self) -> Changes:
        assert self.pause_id is not None
        if self.resume:
            return pauses.reopen_pause(self.store, pause_id=self.pause_id)
        changes = pauses.delete_pause(self.store, pause_id=self.pause_id)
        self.pause_id = None
        return changes


class TrashEvidenceCommand(ServiceCommand):
    def __init__(self, runner: Runner, text: str, evidence_id: int) -> None:
        super().__init__(runner, text)
        self.evidence_id = evidence_id

    def forward(self) -> Changes:
        return evidence.trash_evidence(self.store, evidence_id=self.evidence_id)

    def backward(self) -> Changes:
        return evidence.restore_evidence(self.store, evidence_id=self.evidence_id)
