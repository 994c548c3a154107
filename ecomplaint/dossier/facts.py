"""The summary of facts, computed from the record (no layout here, easy to test)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ecomplaint.domain import promise_rules
from ecomplaint.domain.enums import EntryKind, PromiseStatus
from ecomplaint.domain.promise_rules import PromiseState
from ecomplaint.domain.records import CaseDetail, EntryRecord, PromiseRecord

# Kinds that are not contact with the other side.
_NOT_CONTACT = {EntryKind.ORDER, EntryKind.PAYMENT, EntryKind.DELIVERY, EntryKind.NOTE}

# A number is tried only from its first digit (the look-behind): tried from every digit of a
# 100,000-digit run, `\d+` backtracked over the rest each time (quadratic, minutes).
_AMOUNT = re.compile(
    r"(?:[¥￥]|RMB\s?|CNY\s?)\s?(\d+(?:[.,]\d+)?)"
    r"|(?<![\d.])(\d+(?:\.\d+)?)\s?(?:元|块钱|块|yuan\b|CNY\b|RMB\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AmountMention:
    amount: str  # as written, digits only: "50", "130"
    context: str  # the sentence it appears in
    entry: EntryRecord | None  # None: from the case's services


@dataclass(frozen=True)
class Facts:
    first_contact: EntryRecord | None
    days_since_first_contact: int | None
    states: dict[int, PromiseState]
    made: int
    kept: int
    kept_late: int
    broken: int
    overdue: int
    pending: int
    longest_overdue: tuple[PromiseRecord, timedelta] | None
    longest_late: tuple[PromiseRecord, timedelta] | None
    bought: list[str]
    done: list[EntryRecord]
    amounts: list[AmountMention] = field(default_factory=list)


def amounts_in(text: str) -> list[tuple[str, str]]:
    """[(amount, the clause around it)] for each money amount written in `text`."""
    out = []
    for m in _AMOUNT.finditer(text):
        amount = (m.group(1) or m.group(2)).replace(",", ".")
        start = max(text.rfind(sep, 0, m.start()) for sep in "，,。.;；：:\n")
        ends = [i for i in (text.find(sep, m.end()) for sep in "，,。;；\n") if i != -1]
        context = text[start + 1 : min(ends) if ends else len(text)].strip()
        out.append((amount, context))
    return out


def compute(detail: CaseDetail, now: datetime) -> Facts:
    states = {p.id: promise_rules.evaluate(p, detail.pauses, now) for p in detail.promises}
    contacts = [e for e in detail.entries if e.kind not in _NOT_CONTACT]
    first = min(contacts or detail.entries, key=lambda e: e.occurred_at, default=None)
    days = (now - first.occurred_at).days if first is not None else None

    def count(*statuses: PromiseStatus) -> int:
        return sum(1 for s in states.values() if s.status in statuses)

    by_id = {p.id: p for p in detail.promises}
    overdue = [(by_id[i], s.overdue_by) for i, s in states.items() if s.overdue_by is not None]
    late = [(by_id[i], s.late_by) for i, s in states.items() if s.late_by is not None]

    mentions: list[AmountMention] = []
    seen: set[str] = set()
    for line in detail.case.service_list:
        for amount, ctx in amounts_in(line):
            mentions.append(AmountMention(amount, ctx, None))
            seen.add(amount)
    for e in detail.entries:
        for amount, ctx in amounts_in(e.summary) + amounts_in(e.quote):
            if amount not in seen:
                seen.add(amount)
                mentions.append(AmountMention(amount, ctx, e))

    product = [detail.case.product] if detail.case.product.strip() else []
    return Facts(
        first_contact=first,
        days_since_first_contact=days,
        states=states,
        made=len(states),
        kept=count(PromiseStatus.KEPT),
        kept_late=count(PromiseStatus.KEPT_LATE),
        broken=count(PromiseStatus.BROKEN),
        overdue=count(PromiseStatus.OVERDUE),
        pending=count(PromiseStatus.PENDING, PromiseStatus.DUE, PromiseStatus.PAUSED),
        longest_overdue=max(overdue, key=lambda x: x[1], default=None),  # type: ignore[arg-type]
        longest_late=max(late, key=lambda x: x[1], default=None),  # type: ignore[arg-type]
        bought=product + detail.case.service_list,
        done=[e for e in detail.entries if e.kind == EntryKind.VISIT],
        amounts=mentions,
    )
