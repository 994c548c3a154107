"""Missed-call bursts in the chronology (one harassment pattern each) and their appendix.

Also the source line under an imported entry: the exhibit holding the source file and the
line or element the entry came from, so a reader can check it against the original.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from ecomplaint.domain.call_bursts import Burst, entry_bursts, span_words
from ecomplaint.domain.ocr_text import parse_cited_lines
from ecomplaint.domain.records import EntryRecord
from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.flow import Heading, cell, p, table
from ecomplaint.dossier.labels import LABELS

LABELS.update(
    {
        "chr.burst": (
            "骚扰模式：{span}内 {count} 次未接来电",
            "Harassment pattern: {count} unanswered calls in {span}",
        ),
        "chr.burst_range": (
            "首次 {first}，末次 {last}；每次来电见附录",
            "first {first}, last {last}; each call is listed in the appendix",
        ),
        "chr.source": ("来源：{exhibit}，{where}", "Source: {exhibit}, {where}"),
        "src.line": ("第 {n} 行", "line {n}"),
        "src.message": ("第 {n} 封邮件", "message {n}"),
        # A screenshot's text, lines numbered as read (domain.ocr_text.cite_lines).
        "src.ocr_line": ("第 {n} 行", "line {n}"),
        "src.ocr_lines": ("第 {first}–{last} 行", "lines {first}–{last}"),
        "app.calls": ("附录：骚扰模式中的每一次来电", "Appendix: each call of the patterns"),
        "app.pattern": ("模式", "Pattern"),
        "app.when": ("时间", "When"),
        "app.what": ("记录", "Entry"),
    }
)


_LOCATOR = re.compile(r"^(line|message) (\d+)")


def locator_words(ctx: Ctx, locator: str) -> str:
    """The stored pointer ("line 12 <sms> #3", a screenshot's "ocr:4-6") in the dossier's
    language; tags stay as is."""
    lines = parse_cited_lines(locator)
    if lines is not None:
        first, last = lines
        if first == last:
            return ctx.L("src.ocr_line", n=first)
        return ctx.L("src.ocr_lines", first=first, last=last)
    m = _LOCATOR.match(locator)
    if m is None:
        return locator
    key = "src.line" if m.group(1) == "line" else "src.message"
    return ctx.L(key, n=m.group(2)) + locator[m.end() :]


def bursts(ctx: Ctx) -> list[Burst]:
    return entry_bursts(ctx.detail.entries)


def burst_flowables(ctx: Ctx, n: int, b: Burst) -> list[Flowable]:
    s = ctx.styles
    first, last = ctx.entry(b.ids[0]), ctx.entry(b.ids[-1])
    assert first is not None and last is not None
    head = " · ".join(
        (
            f"{n}. {ctx.when(first.occurred_at, first.occurred_tz)}",
            ctx.party_label(first.party_id),
            ctx.V("kind", "harassment"),
        )
    )
    title = ctx.L("chr.burst", count=b.count, span=span_words(b.span, ctx.lang))
    span = ctx.L(
        "chr.burst_range",
        first=ctx.when(first.occurred_at, first.occurred_tz),
        last=ctx.when(last.occurred_at, last.occurred_tz),
    )
    return [
        p(head, s["entryhead"], bold=True),
        p(title, s["entry"], bold=True),
        p(span, s["entry"]),
    ]


def source_line(ctx: Ctx, e: EntryRecord) -> list[Flowable]:
    if not e.source_sha256:
        return []
    # An imported file is an exhibit of the case; a screenshot may also hang off an entry.
    same = [x for x in ctx.exhibits if x.sha256 == e.source_sha256]
    if not same:  # read from a redacted copy: cite the exhibit it stands for
        copy = next((x for x in ctx.detail.evidence if x.sha256 == e.source_sha256), None)
        origin = str(getattr(copy, "derived_from_uid", "") or "")
        same = [x for x in ctx.exhibits if origin and x.uid == origin]
    holder = next((x for x in same if x.entry_id is None), same[0] if same else None)
    exhibit = ctx.exhibit_no(holder) if holder else f"SHA-256 {e.source_sha256[:16]}…"
    return [
        p(
            ctx.L("chr.source", exhibit=exhibit, where=locator_words(ctx, e.source_locator)),
            ctx.styles["entry"],
        )
    ]


def appendix(ctx: Ctx, found: list[Burst]) -> list[Flowable]:
    if not found:
        return []
    s = ctx.styles
    out: list[Flowable] = [
        Heading(ctx.L("app.calls"), s["h2"], key="app-calls", level=1, toc_level=1)
    ]
    rows: list[list[Flowable]] = [
        [cell(ctx.L(k), s["cellhead"], bold=True) for k in ("app.pattern", "app.when", "app.what")]
    ]
    for n, b in enumerate(found, start=1):
        for i in b.ids:
            e = ctx.entry(i)
            if e is None:
                continue
            kind = ctx.V("kind", e.kind)
            summary = ctx.u(e.summary)
            what = " · ".join(x for x in (kind, "" if summary == kind else summary) if x)
            if e.source_locator:
                what += f" · {locator_words(ctx, e.source_locator)}"
            rows.append(
                [
                    cell(f"#{n}", s["cell"]),
                    cell(ctx.when(e.occurred_at, e.occurred_tz, seconds=True), s["cell"]),
                    cell(what, s["cell"]),
                ]
            )
    w = ctx.frame_w
    out.append(table(rows, [w * 0.12, w * 0.33, w * 0.55]))
    return out
