"""Undo and redo through the services: each command runs an operation and its inverse.

A command's redo()/undo() only queue a write on ui.ops; the write calls the service with the
store, on the worker thread, and ops announces its Changes to every view. Writes run in order,
so an undo queued right after a create sees the id the create stored on the command. The same
command is pushed whether the change came from a form, a menu or a shortcut.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from PySide6.QtGui import QUndoCommand

from ecomplaint.i18n import UserError
from ecomplaint.services.changes import Changes, Written, changes_of
from ecomplaint.ui.ops import Ops
from ecomplaint.ui.timeline.log_entry_dialog import EditRequest, LogRequest

if TYPE_CHECKING:
    from ecomplaint.store.engine import Store

# The service modules (and the store layer under them) are imported inside forward/backward,
# which run on the runner's thread: the window starts without them (issue 19).


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


class BatchCommand(ServiceCommand):
    """Records written together (an import, entries made from a screenshot) as one step: undo
    trashes the batch, redo restores it. The first redo (run by push) does nothing: the batch
    was written, with its own progress, before the push. Subclasses name the service module
    and its two functions; the module is imported on the runner's thread."""

    service = ""
    redo_name = ""
    undo_name = ""

    def __init__(self, ops: Ops, text: str, case_id: int, batch: str) -> None:
        super().__init__(ops, text)
        self.case_id = case_id
        self.batch = batch
        self.pushed = False

    def redo(self) -> None:
        if not self.pushed:
            self.pushed = True
            return
        super().redo()

    def _call(self, store: Store, name: str) -> Changes:
        fn = getattr(importlib.import_module(self.service), name)
        result: Changes = fn(store, case_id=self.case_id, batch=self.batch)
        return result

    def forward(self, store: Store) -> Changes:
        return self._call(store, self.redo_name)

    def backward(self, store: Store) -> Changes:
        return self._call(store, self.undo_name)


class CreateCaseCommand(ServiceCommand):
    def __init__(self, ops: Ops, text: str, values: Mapping[str, Any]) -> None:
        super().__init__(ops, text)
        self.values = dict(values)
        self.case_id: int | None = None

    def forward(self, store: Store) -> Changes:
        from ecomplaint.services import cases

        if self.case_id is None:
            written = cases.create_case(store, **self.values)
            self.case_id = written.created_id
            return written.changes
        return cases.restore_case(store, case_id=self.case_id)

    def backward(self, store: Store) -> Changes:
        from ecomplaint.services import cases

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
        from ecomplaint.services import cases
        from ecomplaint.store import queries

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


class EditEntryCommand(ServiceCommand):
    """Change an existing entry and the promise made in it, in order; undo puts back exactly
    the old values the services reported (a promise newly ticked is trashed, one unticked is
    restored). The first run carries the entry's version: a colleague's edit in between is
    refused with the services' message, not overwritten."""

    def __init__(self, ops: Ops, text: str, request: EditRequest) -> None:
        super().__init__(ops, text)
        self.req = request
        self.entry_before: dict[str, Any] = {}
        self.promise_before: dict[str, Any] = {}
        self.added_promise: int | None = None
        self.done_once = False

    def forward(self, store: Store) -> Changes:
        from ecomplaint.services import entries, promises

        r = self.req
        changes = Changes(case_id=r.case_id, timeline=True, promises=True)
        if r.entry:
            written = entries.edit_entry(
                store,
                entry_id=r.entry_id,
                values=r.entry,
                expected_version=None if self.done_once else r.entry_version,
            )
            self.entry_before = dict(written.before)
            changes = changes | written.changes
        if r.promise_id is not None and r.promise:
            written = promises.edit_promise(store, promise_id=r.promise_id, values=r.promise)
            self.promise_before = dict(written.before)
            changes = changes | written.changes
        if r.promise_id is not None and r.drop_promise:
            changes = changes | changes_of(promises.trash_promise(store, promise_id=r.promise_id))
        if r.add_promise is not None:
            if self.added_promise is None:
                p = r.add_promise
                written = promises.record_promise(
                    store,
                    case_id=r.case_id,
                    entry_id=r.entry_id,
                    party_id=r.party_id,
                    what=p.what,
                    clock=p.clock,
                    window_min=p.window_min,
                    window_max=p.window_max,
                    description=p.description,
                )
                self.added_promise = written.created_id
                changes = changes | written.changes
            else:
                restored = promises.restore_promise(store, promise_id=self.added_promise)
                changes = changes | changes_of(restored)
        self.done_once = True
        return changes

    def backward(self, store: Store) -> Changes:
        from ecomplaint.services import entries, promises

        r = self.req
        changes = Changes(case_id=r.case_id, timeline=True, promises=True)
        if self.added_promise is not None:
            trashed = promises.trash_promise(store, promise_id=self.added_promise)
            changes = changes | changes_of(trashed)
        if r.promise_id is not None and r.drop_promise:
            restored = promises.restore_promise(store, promise_id=r.promise_id)
            changes = changes | changes_of(restored)
        if r.promise_id is not None and self.promise_before:
            written = promises.edit_promise(
                store, promise_id=r.promise_id, values=self.promise_before
            )
            changes = changes | written.changes
        if self.entry_before:
            written = entries.edit_entry(store, entry_id=r.entry_id, values=self.entry_before)
            changes = changes | written.changes
        return changes


class EditPartyCommand(ServiceCommand):
    def __init__(self, ops: Ops, text: str, party_id: int, after: Mapping[str, Any]) -> None:
        super().__init__(ops, text)
        self.party_id = party_id
        self.after = dict(after)
        self.before: dict[str, Any] = {}

    def forward(self, store: Store) -> Changes:
        from ecomplaint.services import parties

        written = parties.edit_party(store, party_id=self.party_id, values=self.after)
        self.before = dict(written.before)
        return written.changes

    def backward(self, store: Store) -> Changes:
        from ecomplaint.services import parties

        return parties.edit_party(store, party_id=self.party_id, values=self.before).changes


# trash table name -> (service module, restore, trash, id keyword): the trash view's restore
# and its undo; the module is imported on the runner's thread (issue 19).
RESTORE: dict[str, tuple[str, str, str, str]] = {
    "cases": ("cases", "restore_case", "trash_case", "case_id"),
    "parties": ("parties", "restore_party", "trash_party", "party_id"),
    "entries": ("entries", "restore_entry", "trash_entry", "entry_id"),
    "escalations": ("escalations", "restore_escalation", "trash_escalation", "escalation_id"),
    "promises": ("promises", "restore_promise", "trash_promise", "promise_id"),
    "evidence": ("evidence", "restore_evidence", "trash_evidence", "evidence_id"),
}


def _trash_op(table: str, which: int) -> tuple[Callable[..., Any], str]:
    module, restore, trash, arg = RESTORE[table]
    service = importlib.import_module(f"ecomplaint.services.{module}")
    return getattr(service, (restore, trash)[which]), arg


class RestoreCommand(ServiceCommand):
    """Take something out of the trash; undo puts it back in."""

    def __init__(self, ops: Ops, text: str, table: str, ident: int) -> None:
        super().__init__(ops, text)
        self.table, self.ident = table, ident

    def forward(self, store: Store) -> Changes:
        restore, arg = _trash_op(self.table, 0)
        return changes_of(restore(store, **{arg: self.ident}))

    def backward(self, store: Store) -> Changes:
        trash, arg = _trash_op(self.table, 1)
        return changes_of(trash(store, **{arg: self.ident}))


class TrashCommand(ServiceCommand):
    """Delete to the trash (undo restores). `what` is case, entry or party."""

    OPS: dict[str, tuple[str, str, str, str]] = {  # module, trash, restore, id argument
        "case": ("cases", "trash_case", "restore_case", "case_id"),
        "entry": ("entries", "trash_entry", "restore_entry", "entry_id"),
        "party": ("parties", "trash_party", "restore_party", "party_id"),
    }

    def _service(self, index: int) -> tuple[Callable[..., Any], str]:
        module, *names, arg = self.OPS[self.what]
        service = importlib.import_module(f"ecomplaint.services.{module}")
        return getattr(service, names[index]), arg

    def __init__(self, ops: Ops, text: str, what: str, ident: int) -> None:
        super().__init__(ops, text)
        self.what = what
        self.ident = ident

    def forward(self, store: Store) -> Changes:
        trash, arg = self._service(0)
        return changes_of(trash(store, **{arg: self.ident}))

    def backward(self, store: Store) -> Changes:
        restore, arg = self._service(1)
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
        from ecomplaint.services import entries

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
            stance=req.stance,
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
        from ecomplaint.services import entries, parties, promises

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
        from ecomplaint.services import entries, parties, promises

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
        from ecomplaint.services import escalations

        if self.escalation_id is None:
            written = escalations.record_escalation(store, **self.values)
            self.escalation_id = written.created_id
            return written.changes
        return changes_of(escalations.restore_escalation(store, escalation_id=self.escalation_id))

    def backward(self, store: Store) -> Changes:
        from ecomplaint.services import escalations

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
        from ecomplaint.services import pauses

        self.when = self.when or store.clock.now()
        if self.resume:
            written = pauses.resume_case(store, case_id=self.case_id, ended_at=self.when)
            self.pause_id = written.before.get("pause")
            return written.changes
        written = pauses.pause_case(store, case_id=self.case_id, started_at=self.when)
        self.pause_id = written.created_id
        return written.changes

    def backward(self, store: Store) -> Changes:
        from ecomplaint.services import pauses

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
        from ecomplaint.services import evidence

        return changes_of(evidence.trash_evidence(store, evidence_id=self.evidence_id))

    def backward(self, store: Store) -> Changes:
        from ecomplaint.services import evidence

        return changes_of(evidence.restore_evidence(store, evidence_id=self.evidence_id))
