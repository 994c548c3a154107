"""What an operation changed, so each view refreshes only what it shows (HOUSE.md habit 2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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
    created_id: int | None = None  # the id of a row the operation created
    before: Mapping[str, Any] = field(default_factory=dict)  # old values of an edit (for undo)
    # Every row one action created, by noun ("entry", "party", "promise"): undo trashes them.
    created: Mapping[str, int] = field(default_factory=dict)

    def __or__(self, other: Changes) -> Changes:
        return replace(
            self,
            cases=self.cases or other.cases,
            parties=self.parties or other.parties,
            timeline=self.timeline or other.timeline,
            promises=self.promises or other.promises,
            escalations=self.escalations or other.escalations,
            evidence=self.evidence or other.evidence,
            case_id=self.case_id if self.case_id is not None else other.case_id,
            created={**other.created, **self.created},
        )
