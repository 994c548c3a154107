"""Promise windows and derived status, table-driven with fixed times (never today's date)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomplaint.domain import deadlines
from ecomplaint.domain.enums import PromiseStatus as S
from ecomplaint.domain.promise_rules import evaluate, stored_window
from ecomplaint.domain.records import PauseRecord, PromiseRecord

SH = ZoneInfo("Asia/Shanghai")
LDN = ZoneInfo("Europe/London")


def promise(
    made_at: datetime,
    lo: int,
    hi: int,
    clock: str = "hours",
    tz: str = "Asia/Shanghai",
    **kw: object,
) -> PromiseRecord:
    base = dict(
        id=1,
        uid="u",
        case_id=1,
        entry_id=None,
        party_id=None,
        escalation_id=None,
        what="reply",
        description="",
        made_at=made_at,
        clock=clock,
        window_min=lo,
        window_max=hi,
        tz=tz,
        due_from=made_at,
        due_by=made_at,
        kept_entry_id=None,
        kept_at=None,
        broken_entry_id=None,
        broken_at=None,
        superseded_by_id=None,
        trashed_at=None,
        version=1,
    )
    base.update(kw)
    return PromiseRecord(**base)  # type: ignore[arg-type]


def pause(
    start: datetime, end: datetime | None, promise_id: int | None = None, ident: int = 1
) -> PauseRecord:
    return PauseRecord(
        id=ident, case_id=1, promise_id=promise_id, started_at=start, ended_at=end, reason=""
    )


@pytest.mark.parametrize(
    "made, days, expected_end_day",
    [
        # Friday 2025-09-26 + 3 working days: Sun 28 Sep is a make-up working day (National Day)
        (datetime(2025, 9, 26, 15, 0, tzinfo=SH), 3, date(2025, 9, 30)),
        # Tue 30 Sep + 1: 1–8 Oct are holidays, so the next working day is Thu 9 Oct
        (datetime(2025, 9, 30, 10, 0, tzinfo=SH), 1, date(2025, 10, 9)),
        # Thu 9 Oct + 2: Fri 10, then Sat 11 Oct is a make-up working day
        (datetime(2025, 10, 9, 10, 0, tzinfo=SH), 2, date(2025, 10, 11)),
        # An ordinary week: Fri + 1 working day skips the weekend
        (datetime(2026, 11, 13, 16, 0, tzinfo=SH), 1, date(2026, 11, 16)),
        # Spring Festival 2026: Sat 14 Feb is worked; 15–23 Feb off
        (datetime(2026, 2, 13, 9, 0, tzinfo=SH), 2, date(2026, 2, 24)),
        # The demo's "3 working days" from Thu 12 Nov 2026
        (datetime(2026, 11, 12, 11, 0, tzinfo=SH), 3, date(2026, 11, 17)),
    ],
)
def test_working_days_follow_the_chinese_calendar(made, days, expected_end_day):
    _, due_by = deadlines.window(made, "working_days", 0, days, "Asia/Shanghai")
    local = due_by.astimezone(SH)
    assert local.date() == expected_end_day
    assert (local.hour, local.minute) == (23, 59)


def test_unknown_year_counts_weekdays_and_says_it_is_approximate():
    made = datetime(2031, 1, 3, 10, 0, tzinfo=SH)  # a Friday, beyond the library's data
    assert not deadlines.calendar_known(made.date())
    _, due_by = deadlines.window(made, "working_days", 0, 1, "Asia/Shanghai")
    assert due_by.astimezone(SH).date() == date(2031, 1, 6)
    state = evaluate(promise(made, 0, 1, "working_days"), [], made)
    assert state.approximate
    assert not evaluate(
        promise(datetime(2026, 3, 2, tzinfo=SH), 0, 1, "working_days"),
        [],
        datetime(2026, 3, 2, tzinfo=SH),
    ).approximate


def test_time_zone_decides_the_working_day_boundary():
    # 2026-11-13 20:00 UTC is Saturday 04:00 in Shanghai but Friday 20:00 in London.
    made = datetime(2026, 11, 13, 20, 0, tzinfo=UTC)
    _, sh = deadlines.window(made, "working_days", 0, 1, "Asia/Shanghai")
    _, ldn = deadlines.window(made, "working_days", 0, 1, "Europe/London")
    assert sh.astimezone(SH).date() == date(2026, 11, 16)  # Monday in Shanghai
    assert ldn.astimezone(LDN).date() == date(2026, 11, 16)  # Monday in London too
    assert sh < ldn  # but Monday ends 8 hours earlier in Shanghai
    # Calendar hours do not care about the zone.
    a = deadlines.window(made, "hours", 24, 48, "Asia/Shanghai")
    b = deadlines.window(made, "hours", 24, 48, "Europe/London")
    assert a == b == (made + timedelta(hours=24), made + timedelta(hours=48))


MADE = datetime(2026, 11, 4, 15, 5, tzinfo=SH)


@pytest.mark.parametrize(
    "hours_later, expected",
    [(1, S.PENDING), (23.9, S.PENDING), (24, S.DUE), (47, S.DUE), (48, S.DUE), (48.01, S.OVERDUE)],
)
def test_24_to_48_hours(hours_later, expected):
    p = promise(MADE, 24, 48)
    assert evaluate(p, [], MADE + timedelta(hours=hours_later)).status is expected


@pytest.mark.parametrize(
    "kept_after, expected, late",
    [(43, S.KEPT, None), (48, S.KEPT, None), (50, S.KEPT_LATE, timedelta(hours=2))],
)
def test_kept_on_time_or_late(kept_after, expected, late):
    p = promise(MADE, 24, 48, kept_at=MADE + timedelta(hours=kept_after), kept_entry_id=9)
    st_ = evaluate(p, [], MADE + timedelta(days=30))
    assert st_.status is expected
    assert st_.late_by == late
    assert st_.overdue_by is None


def test_outcomes_take_precedence():
    late = MADE + timedelta(days=10)
    assert evaluate(promise(MADE, 0, 24, superseded_by_id=2), [], late).status is S.SUPERSEDED
    assert evaluate(promise(MADE, 0, 24, broken_at=MADE), [], late).status is S.BROKEN
    # superseded wins over kept: the newer promise is the one that counts
    p = promise(MADE, 0, 24, superseded_by_id=2, kept_at=MADE)
    assert evaluate(p, [], late).status is S.SUPERSEDED
    assert not evaluate(p, [], late).open


def test_pause_and_resume_push_the_window_back():
    p = promise(MADE, 24, 48)
    start, end = MADE + timedelta(hours=10), MADE + timedelta(hours=40)
    open_pause = [pause(start, None)]
    during = evaluate(p, open_pause, MADE + timedelta(hours=60))
    assert during.status is S.PAUSED and during.open
    closed = [pause(start, end)]
    st_ = evaluate(p, closed, MADE + timedelta(hours=60))
    assert st_.status is S.DUE
    assert st_.due_from == MADE + timedelta(hours=54)
    assert st_.due_by == MADE + timedelta(hours=78)
    assert evaluate(p, closed, MADE + timedelta(hours=79)).status is S.OVERDUE
    # The stored window: closed pauses counted, an open one at length zero.
    assert stored_window(p, closed) == (st_.due_from, st_.due_by)
    assert stored_window(p, open_pause) == (MADE + timedelta(hours=24), MADE + timedelta(hours=48))


def test_overlapping_pauses_count_once_and_late_pauses_do_not_rescue():
    p = promise(MADE, 0, 48)
    case_pause = pause(MADE + timedelta(hours=1), MADE + timedelta(hours=11), ident=1)
    promise_pause = pause(MADE + timedelta(hours=5), MADE + timedelta(hours=13), 1, ident=2)
    other_promise = pause(MADE, MADE + timedelta(hours=100), 99, ident=3)
    st_ = evaluate(p, [case_pause, promise_pause, other_promise], MADE + timedelta(hours=59))
    assert st_.due_by == MADE + timedelta(hours=60)  # 12 hours of pause, not 18
    after = pause(MADE + timedelta(hours=50), None)
    assert evaluate(p, [after], MADE + timedelta(hours=55)).status is S.OVERDUE


times = st.integers(min_value=0, max_value=24 * 40)  # hours after MADE
windows = st.tuples(st.integers(0, 96), st.integers(1, 96)).map(lambda t: (min(t), max(t)))


@given(windows, times, st.sampled_from(["hours", "working_days"]))
def test_never_kept_and_overdue(window, kept_hours, clock):
    lo, hi = window
    if clock == "working_days":
        lo, hi = lo % 10, max(hi % 10, 1)
        lo = min(lo, hi)
    p = promise(MADE, lo, hi, clock, kept_at=MADE + timedelta(hours=kept_hours))
    for later in (0, 100, 10_000):
        st_ = evaluate(p, [], MADE + timedelta(hours=later))
        assert st_.status in (S.KEPT, S.KEPT_LATE)
        assert st_.overdue_by is None


ORDER = {S.PENDING: 0, S.DUE: 1, S.OVERDUE: 2}


@given(
    windows,
    st.lists(times, min_size=2, max_size=8),
    st.lists(st.tuples(times, st.integers(1, 72)), max_size=3),
)
def test_status_only_moves_forward(window, instants, pause_spans):
    lo, hi = window
    p = promise(MADE, lo, hi)
    ps = [
        pause(MADE + timedelta(hours=a), MADE + timedelta(hours=a + n), ident=i)
        for i, (a, n) in enumerate(pause_spans)
    ]
    seen = [evaluate(p, ps, MADE + timedelta(hours=h)) for h in sorted(instants)]
    ranks = [ORDER[s.status] for s in seen]
    assert ranks == sorted(ranks)
    for s in seen:
        assert (s.status is S.OVERDUE) == (s.overdue_by is not None)
