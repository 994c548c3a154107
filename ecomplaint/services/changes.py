"""What an operation changed, so each view refreshes only what it shows (HOUSE.md habit 2).

`Changes` is only flags and the case: ui.ops announces it to every view, and each view looks at
the flags it shows. What a write hands back to its caller alone (the id of the row it created,
the values it replaced, for undo) travels beside it in `Written`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changes:
    cases: bool = False  # the case list (titles, statuses, deadlines)
    parties: bool = False
    timeline: bool = False
    promises: bool = False
    escalations: bool = False
    evidence: bool = False
    case_id: int | None = None  # the case the operation touched

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            cases=self.cases or other.cases,
            parties=self.parties or other.parties,
            timeline=self.timeline or other.timeline,
            promises=self.promises or other.promises,
            escalations=self.escalations or other.escalations,
            evidence=self.evidence or other.evidence,
            case_id=self.case_id if self.case_id is not None else other.case_id,
        )

    def touches_case(self) -> bool:
        """Anything the open case's pane shows (its timeline, parties, promises, ...)."""
        return (
            self.cases
            or self.parties
            or self.timeline
            or self.promises
            or (self.escalations or self.evidence)
        )


@dataclass(frozen=True)
class Written:
    """A write that created a row or replaced values: its Changes, and for the caller (undo,
    "open the new case") the id it created and the old values."""

    changes: Changes
    created_id: int | None = None
    before: Mapping[str, Any] = field(default_factory=dict)
    # Every row one action created, by noun ("entry", "party", "promise"): log_entry's new
    # party and promise come back here so that undo can trash all of them.
    created: Mapping[str, int] = field(default_factory=dict)


def changes_of(result: Changes | Written) -> Changes:
    return result.changes if isinstance(result, Written) else result
