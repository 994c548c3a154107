"""Undo and redo through the services: each command runs an operation and its inverse.

A command's redo()/undo() only queue a write on ui.ops; the write calls the service with the
store, on the worker thread, and ops announces its Changes to every view. Writes run in order,
so an undo queued right after a create sees the id the create stored on the command. The same
command is pushed whether the change came from a form, a menu or a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from weakref import WeakKeyDictionary

from PySide6.QtGui import QUndoCommand

from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries, escalations, evidence, parties, pauses, promises
from ecomplaint.services.changes import Changes, Written, changes_of
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.timeline.log_entry_dialog import LogRequest


class ServiceCommand(QUndoCommand):
    """forward/backward run on the worker thread with the store; `then` sees redo's Changes."""

    def __init__(self, ops: Ops, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self.then: Callable[[Changes], None] | None = None
        # where a failure of redo or undo goes (None: ops.show_failure); the window hooks the
        # case-edit conflict here
        self.failed: Callable[[BaseException], None] | None = None

    def forward(self, store: Store) -> Changes:
        raise NotImplementedError

    def backward(self, store: Store) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        self.ops.write(self.forward, self.then, self, failed=self.failed)

    def undo(self) -> None:
        self.ops.write(self.backward, None, self, failed=self.failed)


class CreateCaseCommand(ServiceCommand):
    def __init__(self, ops: Ops, text: str, values: Mapping[str, Any]) -> None:
        super().__init__(ops, text)
        self.values = dict(values)
        self.case_id: int | None = None

    def forward(self, store: Store) -> Changes:
        if self.case_id is None:
            written = cases.create_case(store, **self.values)
            self.case_id = written.created_id
            return written.changes
        return cases.restore_case(store, case_id=self.case_id)

    def backward(self, store: Store) -> Changes:
        assert self.case_id is not None
        return cases.trash_case(store, case_id=self.case_id)


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
        ops: Ops,
        text: str,
        case_id: int,
        after: Mapping[str, Any],
        *,
        base_version: int,
    ) -> None:
        super().__init__(ops, text)
        self.case_id = case_id
        self.after = dict(after)
        self.before: dict[str, Any] | None = None
        self.base_version = base_version
        self.applied = False  # the edit is in the store (undo has something to revert)

    def _versions(self) -> dict[int, int]:
        return _known_versions.setdefault(self.ops, {})

    def _edit(self, store: Store, values: dict[str, Any], expected: int) -> Written:
        try:
            written = cases.edit_case(
                store, case_id=self.case_id, values=values, expected_version=expected
            )
        except UserError as exc:
            if exc.key != "stale":
                raise
            now = queries.get_case(store, self.case_id)
            theirs = {k: getattr(now, k, None) for k in values}
            raise CaseEditConflict(self.case_id, dict(values), theirs, now.version) from exc
        self._versions()[self.case_id] = expected + (1 if written.before else 0)
        return written

    def forward(self, store: Store) -> Changes:
        if self.before is None:
            expected = self.base_version  # what the dialog showed
        else:
            expected = self._versions().get(self.case_id, self.base_version)
        written = self._edit(store, self.after, expected)
        if self.before is None:
            self.before = dict(written.before)
        self.applied = True
        return written.changes

    def backward(self, store: Store) -> Changes:
        if not self.applied or self.before is None:
            return Changes()  # the edit was refused: there is nothing to undo
        expected = self._versions().get(self.case_id, self.base_version)
        written = self._edit(store, self.before, expected)
        self.applied = False
        return written.changes


class TrashCommand(ServiceCommand):
    """Delete to the trash (undo restores). `what` is case, entry or party."""

    OPS: dict[str, tuple[Callable[..., Any], Callable[..., Any], str]] = {
        "case": (cases.trash_case, cases.restore_case, "case_id"),
        "entry": (entries.trash_entry, entries.restore_entry, "entry_id"),
        "party": (parties.trash_party, parties.restore_party, "party_id"),
    }

    def __init__(self, ops: Ops, text: str, what: str, ident: int) -> None:
        super().__init__(ops, text)
        self.what = what
        self.ident = ident

    def forward(self, store: Store) -> Changes:
        trash, _restore, arg = self.OPS[self.what]
        return changes_of(trash(store, **{arg: self.ident}))

    def backward(self, store: Store) -> Changes:
        _trash, restore, arg = self.OPS[self.what]
        return changes_of(restore(store, **{arg: self.ident}))


class LogEntryCommand(ServiceCommand):
    """One user action, one transaction: maybe a new party, the entry, maybe the promise made
    in it (entries.log_entry takes the optional party and promise); undo trashes all three."""

    def __init__(self, ops: Ops, text: str, request: LogRequest) -> None:
        super().__init__(ops, text)
        self.request = request
        self.party_id: int | None = None
        self.entry_id: int | None = None
        self.promise_id: int | None = None
        self.done_once = False

    def _first(self, store: Store) -> Changes:
        req = self.request
        p = req.promise
        logged = entries.log_entry(
            store,
            case_id=req.case_id,
            kind=req.kind,
            channel=req.channel,
            direction=req.direction,
            party_id=req.party_id if req.new_party is None else None,
            new_party=(
                None
                if req.new_party is None
                else entries.NewParty(role=req.new_party.role, name=req.new_party.name)
            ),
            occurred_at=req.occurred_at,
            occurred_tz=req.occurred_tz,
            precision=req.precision,
            summary=req.summary,
            quote=req.quote,
            promise=(
                None
                if p is None
                else entries.NewPromise(
                    what=p.what,
                    clock=p.clock,
                    window_min=p.window_min,
                    window_max=p.window_max,
                    description=p.description,
                )
            ),
        )
        self.entry_id = logged.created.get("entry", logged.created_id)
        self.party_id = logged.created.get("party")
        self.promise_id = logged.created.get("promise")
        self.done_once = True
        return logged.changes

    def forward(self, store: Store) -> Changes:
        if not self.done_once:
            return self._first(store)
        changes = Changes(case_id=self.request.case_id)
        if self.party_id is not None:
            changes = changes | changes_of(parties.restore_party(store, party_id=self.party_id))
        if self.entry_id is not None:
            changes = changes | changes_of(entries.restore_entry(store, entry_id=self.entry_id))
        if self.promise_id is not None:
            restored = promises.restore_promise(store, promise_id=self.promise_id)
            changes = changes | changes_of(restored)
        return changes

    def backward(self, store: Store) -> Changes:
        changes = Changes(case_id=self.request.case_id)
        if self.promise_id is not None:
            changes = changes | changes_of(
                promises.trash_promise(store, promise_id=self.promise_id)
            )
        if self.entry_id is not None:
            changes = changes | changes_of(entries.trash_entry(store, entry_id=self.entry_id))
        if self.party_id is not None:
            changes = changes | changes_of(parties.trash_party(store, party_id=self.party_id))
        return changes


class EscalateCommand(ServiceCommand):
    """Log an escalation (and the response clocks its rung owes); undo trashes it."""

    def __init__(self, ops: Ops, text: str, values: Mapping[str, Any]) -> None:
        super().__init__(ops, text)
        self.values = dict(values)
        self.escalation_id: int | None = None

    def forward(self, store: Store) -> Changes:
        if self.escalation_id is None:
            written = escalations.record_escalation(store, **self.values)
            self.escalation_id = written.created_id
            return written.changes
        return changes_of(escalations.restore_escalation(store, escalation_id=self.escalation_id))

    def backward(self, store: Store) -> Changes:
        assert self.escalation_id is not None
        return changes_of(escalations.trash_escalation(store, escalation_id=self.escalation_id))


class PauseCommand(ServiceCommand):
    """Pause a case's clocks (resume=False) or resume them; each undoes the other."""

    def __init__(self, ops: Ops, text: str, case_id: int, *, resume: bool) -> None:
        super().__init__(ops, text)
        self.case_id = case_id
        self.resume = resume
        self.pause_id: int | None = None
        self.when: datetime | None = None

    def forward(self, store: Store) -> Changes:
        self.when = self.when or store.clock.now()
        if self.resume:
            written = pauses.resume_case(store, case_id=self.case_id, ended_at=self.when)
            self.pause_id = written.before.get("pause")
            return written.changes
        written = pauses.pause_case(store, case_id=self.case_id, started_at=self.when)
        self.pause_id = written.created_id
        return written.changes

    def backward(self, store: Store) -> Changes:
        assert self.pause_id is not None
        if self.resume:
            return changes_of(pauses.reopen_pause(store, pause_id=self.pause_id))
        changes = changes_of(pauses.delete_pause(store, pause_id=self.pause_id))
        self.pause_id = None
        return changes


class TrashEvidenceCommand(ServiceCommand):
    def __init__(self, ops: Ops, text: str, evidence_id: int) -> None:
        super().__init__(ops, text)
        self.evidence_id = evidence_id

    def forward(self, store: Store) -> Changes:
        return changes_of(evidence.trash_evidence(store, evidence_id=self.evidence_id))

    def backward(self, store: Store) -> Changes:
        return changes_of(evidence.restore_evidence(store, evidence_id=self.evidence_id))
