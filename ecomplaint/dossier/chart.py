"""The case at a glance, drawn with reportlab graphics from domain.overview's layout.

Vector shapes and `String`s in the bundled (embedded) fonts: text stays text. Every mark has a
shape as well as a colour, and lateness is hatched, so the chart reads in black-and-white print.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors

from ecomplaint.domain import overview
from ecomplaint.dossier import fonts, text
from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.flow import short

ROW = 13.0  # height of one promise row
MAX_BARS = 14  # more promises than this: the rest are in the ledger
FONT = 7.0
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#777777")
WINDOW = colors.HexColor("#dbe6f3")
LATE = colors.HexColor("#c62828")
KEPT = colors.HexColor("#2e7d32")
PAUSE = colors.HexColor("#eeeeee")
BAND = (colors.HexColor("#fff4e0"), colors.HexColor("#fde9c8"))


def _text(g: Group, x: float, y: float, value: str, size: float = FONT, **kw: object) -> float:
    """Text in runs (Latin / CJK font each); returns the width. anchor='end' right-aligns."""
    pieces = text.runs(text.clean(value).replace("\n", " "))
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = sum(stringWidth(chunk, name, size) for name, chunk in pieces)
    if kw.get("anchor") == "end":
        x -= total
    elif kw.get("anchor") == "middle":
        x -= total / 2
    fill = kw.get("fill", INK)
    for name, chunk in pieces:
        g.add(String(x, y, chunk, fontName=name, fontSize=size, fillColor=fill))
        x += stringWidth(chunk, name, size)
    return total


def mark(g: Group, shape: str, x: float, y: float, r: float, colour: colors.Color) -> None:
    """One entry mark; shapes differ so kinds stay apart without colour."""
    if shape == "circle":
        g.add(Circle(x, y, r, fillColor=colour, strokeColor=colour, strokeWidth=0.5))
    elif shape == "square":
        g.add(Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colour, strokeColor=colour))
    elif shape == "triangle":
        g.add(Polygon([x - r, y - r, x + r, y - r, x, y + r], fillColor=colour, strokeWidth=0))
    elif shape == "cross":
        for dx in (-r, r):
            g.add(Line(x - r, y - dx, x + r, y + dx, strokeColor=colour, strokeWidth=1.4))
    else:  # diamond, hollow
        g.add(
            Polygon(
                [x - r, y, x, y + r, x + r, y, x, y - r],
                fillColor=None,
                strokeColor=colour,
                strokeWidth=0.8,
            )
        )


def _hatch(g: Group, x0: float, x1: float, y: float, h: float, colour: colors.Color) -> None:
    g.add(Rect(x0, y, max(x1 - x0, 0.8), h, fillColor=None, strokeColor=colour, strokeWidth=0.6))
    step = 2.5
    x = x0
    while x < x1:
        g.add(Line(x, y, min(x + h, x1), y + min(h, x1 - x), strokeColor=colour, strokeWidth=0.5))
        x += step


def _outcome_mark(g: Group, outcome: str, x: float, y: float) -> None:
    kind = overview.OUTCOME_MARK[outcome]
    if kind == "check":
        colour = KEPT if outcome == "kept" else LATE
        g.add(
            Polygon(
                [x - 3, y, x - 1, y - 3, x + 3.5, y + 3.5, x - 1, y - 1.2],
                fillColor=colour,
                strokeWidth=0,
            )
        )
    elif kind == "cross":
        for d in (-3, 3):
            g.add(Line(x - 3, y - d, x + 3, y + d, strokeColor=LATE, strokeWidth=1.6))
    elif kind == "arrow":
        g.add(Polygon([x, y - 3.5, x + 5, y, x, y + 3.5], fillColor=LATE, strokeWidth=0))


def drawing(ctx: Ctx, layout: overview.Layout) -> Drawing:
    w = ctx.frame_w
    label_w = w * 0.24
    plot_x = label_w + 4
    plot_w = w - plot_x - 8
    bars = layout.bars[:MAX_BARS]
    more = len(layout.bars) - len(bars)
    top_pad = 14.0 if layout.bands else 4.0
    rows_h = ROW * len(bars) + (10 if more else 0)
    lanes = layout.lanes
    entries_h = 12.0 * max(len(lanes), 1) + 4
    axis_h = 14.0
    legend_h = 24.0
    height = top_pad + rows_h + entries_h + axis_h + legend_h
    fonts.register()
    # The renderer otherwise sets Helvetica (a non-embedded base-14 font) as its initial font.
    d = Drawing(w, height, initialFontName=fonts.LATIN, initialFontSize=FONT)
    g = Group()
    d.add(g)

    def X(f: float) -> float:  # noqa: N802 - a coordinate
        return plot_x + f * plot_w

    plot_top = height - top_pad
    plot_bottom = legend_h + axis_h
    # escalation bands, with the rung written at their left edge
    for i, band in enumerate(layout.bands):
        g.add(
            Rect(
                X(band.x0),
                plot_bottom,
                X(band.x1) - X(band.x0),
                plot_top - plot_bottom,
                fillColor=BAND[i % 2],
                strokeColor=colors.HexColor("#d9a650"),
                strokeWidth=0.4,
            )
        )
        _text(g, X(band.x0) + 1.5, plot_top + 3, short(ctx.u(band.label), 24), FONT - 0.5)
    for shade in layout.shades:
        g.add(
            Rect(
                X(shade.x0),
                plot_bottom,
                max(X(shade.x1) - X(shade.x0), 1),
                plot_top - plot_bottom,
                fillColor=PAUSE,
                strokeColor=GREY,
                strokeWidth=0.3,
                strokeDashArray=[2, 2],
            )
        )
    # promise rows
    for n, bar in enumerate(bars):
        y = plot_top - ROW * (n + 1) + 3
        mid = y + 3.5
        what = ctx.V("what", bar.what)
        _text(g, label_w, mid - 2.5, f"{what} · {ctx.V('pstatus', bar.status)}", anchor="end")
        g.add(Line(X(bar.x_made), mid, X(bar.x_due_from), mid, strokeColor=GREY, strokeWidth=0.8))
        g.add(Circle(X(bar.x_made), mid, 1.6, fillColor=INK, strokeWidth=0))
        g.add(
            Rect(
                X(bar.x_due_from),
                y,
                max(X(bar.x_due_by) - X(bar.x_due_from), 1.2),
                7,
                fillColor=WINDOW,
                strokeColor=colors.HexColor("#3a6ea5"),
                strokeWidth=0.6,
            )
        )
        if bar.late is not None:
            _hatch(g, X(bar.late[0]), X(bar.late[1]), y + 1, 5, LATE)
        _outcome_mark(g, bar.outcome, X(bar.x_outcome), mid)
    if more:
        _text(g, plot_x, plot_top - rows_h + 2, ctx.L("chart.more", n=more), FONT, fill=GREY)
    # entries row
    # entries: one row per kind of entry present, so dense calls do not hide a visit
    lane_y = {group: plot_bottom + entries_h - 8 - 12.0 * n for n, group in enumerate(lanes)}
    for group, ey in lane_y.items():
        _text(g, label_w, ey - 2.5, ctx.L(f"chart.{group}"), anchor="end")
    for tick in layout.ticks:
        shape, colour = overview.MARKS[tick.group]
        mark(g, shape, X(tick.x), lane_y[tick.group], 2.6, colors.HexColor(colour))
    # axis, with breaks drawn as a gap between two slanted strokes
    g.add(Line(plot_x, plot_bottom, X(1.0), plot_bottom, strokeColor=INK, strokeWidth=0.6))
    for a, b in layout.breaks:
        g.add(Rect(X(a), plot_bottom - 3, X(b) - X(a), 6, fillColor=colors.white, strokeWidth=0))
        for xb in (X(a), X(b)):
            g.add(Line(xb - 1.5, plot_bottom - 4, xb + 1.5, plot_bottom + 4, strokeColor=INK))
    last = -1e9
    for at, f in layout.day_marks:
        xx = X(f)
        g.add(Line(xx, plot_bottom, xx, plot_bottom - 2, strokeColor=INK, strokeWidth=0.5))
        if xx - last > 30:
            _text(g, xx, plot_bottom - 9, ctx.day(at)[5:], FONT - 0.5, anchor="middle")
            last = xx
    ax = X(layout.x_as_of)
    g.add(
        Line(
            ax, plot_bottom, ax, plot_top, strokeColor=INK, strokeWidth=0.5, strokeDashArray=[1, 2]
        )
    )
    _text(
        g,
        ax,
        plot_top + (3 if not layout.bands else -8),
        ctx.L("chart.as_of"),
        FONT - 1,
        anchor="end",
        fill=GREY,
    )
    # legend: entry kinds, then bar parts
    x = 0.0
    ly = 13.0
    for group in ("call", "visit", "chat", "harassment", "other"):
        shape, colour = overview.MARKS[group]
        mark(g, shape, x + 3, ly + 2.5, 2.6, colors.HexColor(colour))
        x += 10 + _text(g, x + 8, ly, ctx.L(f"chart.{group}")) + 6
    ly = 2.0
    x = 0.0
    g.add(
        Rect(
            x, ly, 14, 6, fillColor=WINDOW, strokeColor=colors.HexColor("#3a6ea5"), strokeWidth=0.6
        )
    )
    x += 18 + _text(g, x + 18, ly, ctx.L("chart.window")) + 8
    _hatch(g, x, x + 14, ly, 6, LATE)
    x += 18 + _text(g, x + 18, ly, ctx.L("chart.late")) + 8
    for outcome, status in (("kept", "kept"), ("broken", "broken"), ("overdue", "overdue")):
        _outcome_mark(g, outcome, x + 3, ly + 3)
        x += 10 + _text(g, x + 9, ly, ctx.V("pstatus", status)) + 8
    if layout.shades:
        g.add(
            Rect(
                x,
                ly,
                12,
                6,
                fillColor=PAUSE,
                strokeColor=GREY,
                strokeWidth=0.3,
                strokeDashArray=[2, 2],
            )
        )
        x += 16 + _text(g, x + 16, ly, ctx.L("chart.paused"))
    return d


def chart(ctx: Ctx) -> Drawing | None:
    """The drawing for the summary page; None when there is nothing to draw."""
    layout = overview.compute(ctx.detail, ctx.facts.states, ctx.as_of, ctx.home_zone)
    if layout.empty:
        return None
    return drawing(ctx, layout)
