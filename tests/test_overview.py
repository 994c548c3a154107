"""The case-at-a-glance geometry (domain/overview.py): bars, outcome marks, gaps cut."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from ecomplaint.domain import overview, promise_rules
from ecomplaint.domain import records as r
from tests.dossier_support import T0, make_detail

H = timedelta(hours=1)
D = timedelta(days=1)


def _promise(pid: int, made: datetime, **kw: object) -> r.PromiseRecord:
    base = make_detail().promises[0]
    return replace(
        base,
        id=pid,
        uid=f"pr{pid}",
        made_at=made,
        due_from=made + 24 * H,
        due_by=made + 48 * H,
        **kw,  # type: ignore[arg-type]
    )


def _entry(eid: int, at: datetime, kind: str) -> r.EntryRecord:
    return replace(make_detail().entries[0], id=eid, uid=f"e{eid}", occurred_at=at, kind=kind)


def _layout(detail: r.CaseDetail, as_of: datetime) -> overview.Layout:
    states = {p.id: promise_rules.evaluate(p, detail.pauses, as_of) for p in detail.promises}
    return overview.compute(detail, states, as_of)


def _case(promises: list[r.PromiseRecord], entries: list[r.EntryRecord], **kw: object):
    return replace(make_detail(), promises=promises, entries=entries, **kw)  # type: ignore[arg-type]


def test_bars_start_at_promise_end_at_window_and_outcomes_are_placed() -> None:
    kept = _promise(1, T0, kept_at=T0 + 30 * H)
    late = _promise(2, T0 + 2 * D, kept_at=T0 + 2 * D + 60 * H)
    broken = _promise(3, T0 + 3 * D, broken_at=T0 + 3 * D + 10 * H)
    overdue = _promise(4, T0 + 4 * D)
    as_of = T0 + 8 * D
    entries = [_entry(1, T0, "call_in"), _entry(2, T0 + 2 * D, "visit")]
    lay = _layout(_case([kept, late, broken, overdue], entries), as_of)
    by = {b.promise_id: b for b in lay.bars}

    for b, pr in ((by[1], kept), (by[2], late), (by[3], broken), (by[4], overdue)):
        assert b.x_made == pytest.approx(lay.x(pr.made_at))
        assert b.x_due_by == pytest.approx(lay.x(pr.due_by))
        assert b.x_made < b.x_due_from < b.x_due_by
    assert [by[i].outcome for i in (1, 2, 3, 4)] == ["kept", "kept_late", "broken", "overdue"]
    # kept on time: the mark inside the window, nothing drawn as late
    assert by[1].x_due_from < by[1].x_outcome < by[1].x_due_by and by[1].late is None
    # kept late: the lateness runs from the end of the window to the day it was kept
    assert by[2].late == (by[2].x_due_by, pytest.approx(lay.x(T0 + 2 * D + 60 * H)))
    assert by[2].x_outcome > by[2].x_due_by
    # broken: marked where it was broken
    assert by[3].x_outcome == pytest.approx(lay.x(T0 + 3 * D + 10 * H))
    # still overdue: the overdue span runs up to "as of"
    assert by[4].late == (by[4].x_due_by, pytest.approx(lay.x_as_of))
    assert by[4].outcome_at == as_of
    # every position is on the plot and the rows follow the order promises were made
    xs = [x for b in lay.bars for x in (b.x_made, b.x_due_by, b.x_outcome)]
    assert all(0.0 <= x <= 1.0 for x in xs)
    assert [b.row for b in lay.bars] == [0, 1, 2, 3]


def test_entries_become_ticks_with_distinct_marks_per_kind() -> None:
    kinds = ["call_in", "call_missed", "visit", "chat", "harassment", "note"]
    entries = [_entry(i + 1, T0 + i * H, k) for i, k in enumerate(kinds)]
    lay = _layout(_case([], entries), T0 + D)
    assert [t.group for t in lay.ticks] == [
        "call",
        "call",
        "visit",
        "chat",
        "harassment",
        "other",
    ]
    assert sorted(t.x for t in lay.ticks) == [t.x for t in lay.ticks]
    shapes = {overview.MARKS[g][0] for g in overview.MARKS}
    colours = {overview.MARKS[g][1] for g in overview.MARKS}
    assert len(shapes) == len(colours) == len(overview.MARKS)  # B/W print tells them apart


def test_long_quiet_gap_is_cut_and_busy_weeks_stay_legible() -> None:
    """Two busy weeks two years apart: the gap is a break, not 95 % of the axis."""
    first = [_entry(i + 1, T0 + i * D, "call_in") for i in range(7)]
    later = T0 + 730 * D
    second = [_entry(i + 20, later + i * D, "chat") for i in range(7)]
    lay = _layout(_case([], first + second), later + 7 * D)
    assert len(lay.breaks) == 1
    a, b = lay.breaks[0]
    assert b - a == pytest.approx(overview.BREAK_WIDTH)
    week1 = lay.ticks[6].x - lay.ticks[0].x
    week2 = lay.ticks[13].x - lay.ticks[7].x
    assert week1 > 0.3 and week2 > 0.3  # on a linear axis each would be under 1 %
    assert lay.ticks[6].x <= a < b <= lay.ticks[7].x
    # positions stay monotonic through the break
    probe = [T0 + k * 30 * D for k in range(26)]
    xs = [lay.x(t) for t in probe]
    assert xs == sorted(xs)


def test_short_gaps_are_not_cut() -> None:
    entries = [_entry(i + 1, T0 + i * 2 * D, "call_in") for i in range(6)]
    lay = _layout(_case([], entries), T0 + 11 * D)
    assert lay.breaks == []
    gaps = [b.x - a.x for a, b in zip(lay.ticks, lay.ticks[1:], strict=False)]
    assert max(gaps) == pytest.approx(min(gaps))  # linear time


def test_escalations_are_bands_and_pauses_shaded() -> None:
    esc = [
        r.EscalationRecord(
            id=i,
            uid=f"x{i}",
            case_id=1,
            entry_id=None,
            ladder="tmall",
            rung=rung,
            rung_label=label,
            escalated_at=T0 + (i + 1) * D,
            reference_no="",
            outcome="",
            note="",
            trashed_at=None,
            version=1,
        )
        for i, (rung, label) in enumerate([("supervisor", "<b>Boss</b>"), ("platform", "")])
    ]
    pause = r.PauseRecord(1, 1, None, T0 + 30 * H, T0 + 40 * H, "holiday")
    entries = [_entry(1, T0, "call_in"), _entry(2, T0 + 3 * D, "call_out")]
    lay = _layout(_case([], entries, escalations=esc, pauses=[pause]), T0 + 4 * D)
    assert [b.label for b in lay.bands] == ["<b>Boss</b>", "platform"]
    assert lay.bands[0].x1 == pytest.approx(lay.bands[1].x0)
    assert lay.bands[0].x0 == pytest.approx(lay.x(T0 + D))
    assert lay.bands[1].x1 == pytest.approx(1.0)
    (shade,) = lay.shades
    assert (shade.x0, shade.x1) == (
        pytest.approx(lay.x(T0 + 30 * H)),
        pytest.approx(lay.x(T0 + 40 * H)),
    )


def test_events_after_as_of_are_left_out_and_an_empty_case_is_empty() -> None:
    entries = [_entry(1, T0, "call_in"), _entry(2, T0 + 5 * D, "visit")]
    lay = _layout(_case([], entries), T0 + D)
    assert [t.entry_id for t in lay.ticks] == [1]
    empty = _layout(_case([], []), datetime(2026, 1, 1, tzinfo=UTC))
    assert empty.empty and empty.segments
