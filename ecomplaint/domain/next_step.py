"""What next: when a promise is overdue or the other side gave a final response, made an
offer or refused, which rung of the case's ladder comes next and by when it must answer.

The ladder's order is kept: a rung is suggested only when the rung the case is on was tried
and either answered with a final word (final response, offer, refusal) or let its own rule
clock run out. While the rung's clock is still running (the UK's 8 weeks for a final
response), a lapsed promise from an agent is a reason to chase, not to skip to the ombudsman.

Pure function over a CaseDetail, judged on what had happened by `now` (history.as_of): no
database, no Qt, the time is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ecomplaint.domain import deadlines
from ecomplaint.domain.enums import Stance
from ecomplaint.domain.history import as_of
from ecomplaint.domain.ladder import Ladder, RuleBook, Rung, Text
from ecomplaint.domain.promise_rules import evaluate
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import Lang

REASON_OVERDUE = "overdue_promise"
REASON_FINAL_OFFER = Stance.FINAL_OFFER.value
REASON_REFUSAL = Stance.REFUSAL.value
REASON_FINAL_RESPONSE = Stance.FINAL_RESPONSE.value
# Stances that end a rung: the other side has said its last word there.
FINAL_STANCES = (REASON_FINAL_RESPONSE, REASON_FINAL_OFFER, REASON_REFUSAL)


@dataclass(frozen=True)
class Trigger:
    reason: str  # overdue_promise | final_offer | refusal
    at: datetime  # when the promise lapsed / the entry happened
    promise_id: int | None = None
    entry_id: int | None = None


@dataclass(frozen=True)
class NextStep:
    case_id: int
    reason: str  # the strongest trigger's reason
    triggers: tuple[Trigger, ...]
    ladder: str
    rung: str
    label_zh: str
    label_en: str
    # A date tied to events, never to "now": the consumer's own time limit for this rung
    # (e.g. 6 months from the final response), or None. A deadline counted from the moment
    # the user looks would move every time they look.
    deadline: datetime | None
    response_due_by: datetime | None  # if the user escalated at `now` (for --at and .ics)
    response_amount: int | None  # the rung's response clock, e.g. 48 …
    response_unit: str  # … "hours" (hours | days | weeks | working_days | months)
    response_basis: str  # "rule" | "suggested" | "" (no clock)
    escalate_by: datetime | None  # the consumer's own time limit for this rung, if any
    alternatives: tuple[str, ...]  # other rung ids offered beside this one
    source: str
    date: str

    def label(self, lang: Lang | None = None) -> str:
        return Text(self.label_zh, self.label_en).get(lang)


def triggers_for(detail: CaseDetail, now: datetime) -> list[Trigger]:
    """Overdue promises and final-offer/refusal entries since the last escalation.

    What happened before the last escalation was already acted on: it does not push the
    case up another rung.
    """
    found: list[Trigger] = []
    live_esc = [x for x in detail.escalations if x.trashed_at is None]
    last_esc = max((x.escalated_at for x in live_esc), default=None)

    def fresh(at: datetime) -> bool:
        return at <= now and (last_esc is None or at >= last_esc)

    for p in detail.promises:
        if p.trashed_at is not None:
            continue
        st = evaluate(p, detail.pauses, now)
        if st.overdue_by is not None and fresh(st.due_by):
            found.append(Trigger(REASON_OVERDUE, st.due_by, promise_id=p.id))
    said = [
        e
        for e in detail.entries
        if e.trashed_at is None and e.stance in (*FINAL_STANCES, Stance.ACCEPTANCE.value)
    ]
    accepted = max((e.occurred_at for e in said if e.stance == Stance.ACCEPTANCE), default=None)
    for e in said:
        if e.stance == Stance.ACCEPTANCE or (accepted is not None and e.occurred_at <= accepted):
            continue  # an accepted offer is settled, not a reason to climb
        if fresh(e.occurred_at):
            found.append(Trigger(e.stance, e.occurred_at, entry_id=e.id))
    # A stance entry is the clearest signal, then the longest-lapsed promise.
    rank = {REASON_REFUSAL: 0, REASON_FINAL_RESPONSE: 1, REASON_FINAL_OFFER: 1, REASON_OVERDUE: 2}
    found.sort(key=lambda t: (rank[t.reason], t.at))
    return found


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Asia/Shanghai")


def ladder_for_case(detail: CaseDetail, book: RuleBook) -> Ladder | None:
    """The ladder the case last climbed; else its own; else its platform's/currency's."""
    live = [x for x in detail.escalations if x.trashed_at is None]
    used = [x.ladder for x in sorted(live, key=lambda x: x.escalated_at)]
    own = [detail.case.ladder] if detail.case.ladder else []
    return book.ladder_for(detail.case.platform, detail.case.currency, [*reversed(used), *own])


def highest_rung(detail: CaseDetail, ladder: Ladder) -> int:
    """Index of the highest rung reached; the first rung counts as reached from the start."""
    reached = [
        ladder.index(x.rung)
        for x in detail.escalations
        if x.trashed_at is None and x.ladder == ladder.id
    ]
    return max([0, *reached])


def next_rung(ladder: Ladder, after: int) -> Rung | None:
    return next((r for r in ladder.rungs[after + 1 :] if not r.optional), None)


def rung_still_running(detail: CaseDetail, ladder: Ladder, now: datetime) -> bool:
    """Whether the rung the case is on still owes an answer within its own rule clock.

    The clocks a rung owes are the promises created with its latest escalation; while one
    of them is open and not yet overdue, the next rung is not due (unless the other side has
    already said its last word, which triggers_for reports as a stance).
    """
    from ecomplaint.domain.promise_rules import evaluate as state_of

    live = [x for x in detail.escalations if x.trashed_at is None and x.ladder == ladder.id]
    if not live:
        return False
    latest = max(live, key=lambda x: (ladder.index(x.rung), x.escalated_at))
    owed = [p for p in detail.promises if p.escalation_id == latest.id and p.trashed_at is None]
    for p in owed:
        st = state_of(p, detail.pauses, now)
        if st.open and st.overdue_by is None:
            return True
    return False


def next_step(detail: CaseDetail, book: RuleBook, now: datetime) -> NextStep | None:
    """The next rung and its deadline, or None when nothing calls for escalating, the rung
    the case is on is still within its own clock, or the ladder is exhausted."""
    detail = as_of(detail, now)
    triggers = triggers_for(detail, now)
    if not triggers:
        return None
    ladder = ladder_for_case(detail, book)
    if ladder is None:
        return None
    if all(t.reason == REASON_OVERDUE for t in triggers) and rung_still_running(
        detail, ladder, now
    ):
        return None
    rung = next_rung(ladder, highest_rung(detail, ladder))
    if rung is None:
        return None
    in_force = rung.on(now.astimezone(_zone(detail.case.tz)).date())
    clock = next((c for c in in_force.clocks if c.starts == "escalation"), None)
    case_tz, case_cal = detail.case.tz, detail.case.calendar
    response = (
        deadlines.add_span(now, clock.amount, clock.unit, case_tz, case_cal)
        if clock is not None
        else None
    )
    escalate_by = None
    limit = rung.escalate_within
    if limit is not None:
        if limit.counted_from == "final_response":
            finals = [t.at for t in triggers if t.reason == REASON_FINAL_RESPONSE] or [
                t.at for t in triggers if t.reason != REASON_OVERDUE
            ]
            base = min(finals) if finals else None
        else:
            base = now
        if base is not None:
            escalate_by = deadlines.add_span(base, limit.amount, limit.unit, case_tz, case_cal)
    return NextStep(
        case_id=detail.case.id,
        reason=triggers[0].reason,
        triggers=tuple(triggers),
        ladder=ladder.id,
        rung=rung.id,
        label_zh=rung.label.zh,
        label_en=rung.label.en,
        deadline=escalate_by,
        response_due_by=response,
        response_amount=clock.amount if clock is not None else None,
        response_unit=clock.unit if clock is not None else "",
        response_basis=clock.basis if clock else "",
        escalate_by=escalate_by,
        alternatives=rung.alternatives,
        source=in_force.source,
        date=in_force.valid_from or rung.date,
    )
