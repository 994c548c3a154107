"""The case at a glance: the geometry of the overview chart, from plain rows (no Qt, no PDF).

One layout, two painters: the dossier draws it with reportlab graphics, the window with
QPainter. Horizontal positions are fractions of the plot width (0 … 1); vertical positions are
row numbers (promises first, one row each, then one row of entry marks). Long quiet stretches
are cut out of the time axis and shown as a break of fixed width, so a case that lasted two
years but happened in two busy weeks still shows those weeks legibly.

    layout = overview.compute(detail, states, as_of)
    for bar in layout.bars: bar.x_made, bar.x_due_by, bar.outcome, bar.x_outcome …
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo

from ecomplaint.domain.enums import EntryKind, PromiseStatus
from ecomplaint.domain.promise_rules import PromiseState
from ecomplaint.domain.records import CaseDetail

# Entry kinds grouped into the marks the chart draws. Each group has its own shape AND colour
# so the chart reads in black-and-white print; the painters share these names.
KIND_GROUP: dict[str, str] = {
    EntryKind.CALL_IN: "call",
    EntryKind.CALL_OUT: "call",
    EntryKind.CALL_MISSED: "call",
    EntryKind.VISIT: "visit",
    EntryKind.DELIVERY: "visit",
    EntryKind.CHAT: "chat",
    EntryKind.SMS: "chat",
    EntryKind.EMAIL: "chat",
    EntryKind.HARASSMENT: "harassment",
}
# group: (shape, colour as #rrggbb) — shapes: circle, square, triangle, cross, diamond
MARKS: dict[str, tuple[str, str]] = {
    "call": ("circle", "#1f5fa8"),
    "visit": ("square", "#2e7d32"),
    "chat": ("triangle", "#b26a00"),
    "harassment": ("cross", "#c62828"),
    "other": ("diamond", "#616161"),
}
# outcome of a bar: how its end is marked
OUTCOME_MARK: dict[str, str] = {
    "kept": "check",  # kept within the window
    "kept_late": "check",  # kept after the window; the lateness is drawn as a hatched span
    "broken": "cross",
    "overdue": "arrow",  # still not kept at "as of": the overdue span runs to "as of"
    "open": "none",  # window not over yet
    "superseded": "none",
}

BREAK_WIDTH = 0.03  # each cut-out gap takes this fraction of the width
MIN_GAP = timedelta(days=4)  # gaps shorter than this are never cut


@dataclass(frozen=True)
class Segment:
    """A stretch of time shown at linear scale between x0 and x1."""

    t0: datetime
    t1: datetime
    x0: float
    x1: float


@dataclass(frozen=True)
class Bar:
    promise_id: int
    entry_id: int | None  # the entry the promise was made in (click target)
    row: int
    what: str
    status: str  # PromiseStatus value
    outcome: str  # key of OUTCOME_MARK
    made_at: datetime
    due_by: datetime
    x_made: float
    x_due_from: float
    x_due_by: float
    x_outcome: float  # where the outcome mark sits
    outcome_at: datetime | None  # kept/broken time, or "as of" when overdue
    late: tuple[float, float] | None = None  # drawn lateness (kept late, or overdue to as-of)


@dataclass(frozen=True)
class Tick:
    entry_id: int
    kind: str
    group: str
    at: datetime
    x: float


@dataclass(frozen=True)
class Band:
    escalation_id: int
    label: str  # the rung as the user named it (user text: escape when drawing)
    at: datetime
    x0: float
    x1: float


@dataclass(frozen=True)
class Shade:
    x0: float
    x1: float
    promise_id: int | None  # None: the whole case was paused


@dataclass(frozen=True)
class Layout:
    start: datetime
    end: datetime
    segments: list[Segment]
    breaks: list[tuple[float, float]]  # x ranges of cut-out gaps
    bars: list[Bar]
    ticks: list[Tick]
    bands: list[Band]
    shades: list[Shade]
    x_as_of: float
    day_marks: list[tuple[datetime, float]] = field(default_factory=list)

    @property
    def lanes(self) -> list[str]:
        """The entry groups present, in MARKS order: one row of ticks each."""
        present = {t.group for t in self.ticks}
        return [g for g in MARKS if g in present]

    @property
    def empty(self) -> bool:
        return not self.bars and not self.ticks

    def x(self, at: datetime) -> float:
        return position(self.segments, at)


def position(segments: list[Segment], at: datetime) -> float:
    """Where `at` falls; inside a cut-out gap it is placed proportionally within the break."""
    if not segments:
        return 0.0
    if at <= segments[0].t0:
        return segments[0].x0
    starts = [s.t0 for s in segments]
    i = max(bisect_right(starts, at) - 1, 0)
    s = segments[i]
    if at <= s.t1:
        span = (s.t1 - s.t0).total_seconds()
        return s.x0 + (s.x1 - s.x0) * ((at - s.t0).total_seconds() / span if span else 0.0)
    if i + 1 < len(segments):  # in the gap after segment i
        n = segments[i + 1]
        frac = (at - s.t1).total_seconds() / (n.t0 - s.t1).total_seconds()
        return s.x1 + (n.x0 - s.x1) * frac
    return s.x1


def build_axis(times: list[datetime], as_of: datetime) -> list[Segment]:
    """Cut every quiet gap much longer than the busy stretches; lay the rest out linearly."""
    ts = sorted(set(times))
    if not ts:
        return [Segment(as_of - timedelta(days=1), as_of, 0.0, 1.0)]
    if ts[-1] - ts[0] < timedelta(hours=1):
        mid = ts[0]
        return [Segment(mid - timedelta(hours=12), mid + timedelta(hours=12), 0.0, 1.0)]
    total = ts[-1] - ts[0]
    # A gap is cut when it is long in absolute terms and a large share of the whole span.
    threshold = max(MIN_GAP, total / 5)
    pad = min(timedelta(days=1), total / 40)
    runs: list[list[datetime]] = [[ts[0], ts[0]]]
    for t in ts[1:]:
        if t - runs[-1][1] > threshold:
            runs.append([t, t])
        else:
            runs[-1][1] = t
    spans = [(a - pad, b + pad) for a, b in runs]
    # Keep a visible width for instant runs (a single event).
    shown = [max(b - a, 2 * pad) for a, b in spans]
    width = 1.0 - BREAK_WIDTH * (len(spans) - 1)
    scale = width / sum(s.total_seconds() for s in shown)
    segments: list[Segment] = []
    x = 0.0
    for (a, b), s in zip(spans, shown, strict=True):
        x1 = x + s.total_seconds() * scale
        segments.append(Segment(a, a + s if b - a < s else b, x, x1))
        x = x1 + BREAK_WIDTH
    last = segments[-1]
    segments[-1] = Segment(last.t0, last.t1, last.x0, 1.0)
    return segments


def _outcome(st: PromiseState) -> str:
    s = st.status
    if s == PromiseStatus.KEPT:
        return "kept"
    if s == PromiseStatus.KEPT_LATE:
        return "kept_late"
    if s == PromiseStatus.BROKEN:
        return "broken"
    if s == PromiseStatus.OVERDUE:
        return "overdue"
    if s == PromiseStatus.SUPERSEDED:
        return "superseded"
    return "open"


def compute(
    detail: CaseDetail,
    states: Mapping[int, PromiseState],
    as_of: datetime,
    tz: tzinfo = UTC,
) -> Layout:
    """The chart for one case as of `as_of`; `states` from promise_rules.evaluate per promise;
    `tz` is the case's zone, whose midnights mark the axis."""
    entries = [e for e in detail.entries if e.occurred_at <= as_of]
    times: list[datetime] = [e.occurred_at for e in entries]
    for pr in detail.promises:
        st = states[pr.id]
        times += [pr.made_at, min(st.due_by, as_of)]
        times += [t for t in (pr.kept_at, pr.broken_at) if t is not None and t <= as_of]
        if _outcome(st) == "overdue":
            times.append(as_of)
    times += [x.escalated_at for x in detail.escalations if x.escalated_at <= as_of]
    for pa in detail.pauses:
        times += [t for t in (pa.started_at, pa.ended_at) if t is not None and t <= as_of]
    if detail.promises and any(
        _outcome(states[p.id]) in ("overdue", "open") for p in detail.promises
    ):
        times.append(as_of)
    segments = build_axis(times, as_of)

    def x(at: datetime) -> float:
        return position(segments, at)

    bars: list[Bar] = []
    for row, pr in enumerate(sorted(detail.promises, key=lambda p: (p.made_at, p.id))):
        st = states[pr.id]
        outcome = _outcome(st)
        at: datetime | None = None
        late: tuple[float, float] | None = None
        if outcome in ("kept", "kept_late"):
            at = pr.kept_at
        elif outcome == "broken":
            at = pr.broken_at
        elif outcome == "overdue":
            at = as_of
        x_due_by = x(st.due_by)
        x_out = x(at) if at is not None else x_due_by
        if outcome in ("kept_late", "overdue"):
            late = (x_due_by, x_out)
        bars.append(
            Bar(
                promise_id=pr.id,
                entry_id=pr.entry_id,
                row=row,
                what=pr.what,
                status=str(st.status),
                outcome=outcome,
                made_at=pr.made_at,
                due_by=st.due_by,
                x_made=x(pr.made_at),
                x_due_from=x(st.due_from),
                x_due_by=x_due_by,
                x_outcome=x_out,
                outcome_at=at,
                late=late,
            )
        )
    ticks = [
        Tick(e.id, e.kind, KIND_GROUP.get(e.kind, "other"), e.occurred_at, x(e.occurred_at))
        for e in entries
    ]
    escs = sorted(
        (e for e in detail.escalations if e.escalated_at <= as_of),
        key=lambda e: (e.escalated_at, e.id),
    )
    end_x = segments[-1].x1
    bands = [
        Band(
            e.id,
            e.rung_label or e.rung,
            e.escalated_at,
            x(e.escalated_at),
            x(escs[i + 1].escalated_at) if i + 1 < len(escs) else end_x,
        )
        for i, e in enumerate(escs)
    ]
    shades = [
        Shade(x(pa.started_at), x(min(pa.ended_at or as_of, as_of)), pa.promise_id)
        for pa in detail.pauses
        if pa.started_at <= as_of
    ]
    breaks = [(a.x1, b.x0) for a, b in zip(segments, segments[1:], strict=False)]
    return Layout(
        start=segments[0].t0,
        end=segments[-1].t1,
        segments=segments,
        breaks=breaks,
        bars=bars,
        ticks=ticks,
        bands=bands,
        shades=shades,
        x_as_of=x(as_of),
        day_marks=_day_marks(segments, tz),
    )


def _day_marks(segments: list[Segment], tz: tzinfo) -> list[tuple[datetime, float]]:
    """Local midnights to label the axis with, thinned so that about a dozen fit the width."""
    marks: list[tuple[datetime, float]] = []
    for s in segments:
        local = s.t0.astimezone(tz)
        day = datetime.combine(local.date(), time(0), tzinfo=tz)
        days: list[datetime] = []
        while day <= s.t1:
            if day >= s.t0:
                days.append(day)
            day = datetime.combine(day.date() + timedelta(days=1), time(0), tzinfo=tz)
        room = max(1, round((s.x1 - s.x0) * 12))
        step = -(-len(days) // room) if days else 1
        picked = days[::step] or [s.t0]
        marks += [(t, position(segments, t)) for t in picked]
    return marks
