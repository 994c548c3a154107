"""Bought vs done: what the order paid for beside what was actually done or charged for.

Built from the record only (facts.py): the product and each bought service with its amount,
beside the visits; then every other amount the record mentions (a bracket, a wall mount) that
the order did not buy, with where it was said.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.facts import amounts_in
from ecomplaint.dossier.flow import cell, paras, table
from ecomplaint.money import format_money


def rows(ctx: Ctx) -> list[tuple[str, str, str]]:
    """(bought, amount, done) per line of the table, as printed (user text redacted)."""
    f, c = ctx.facts, ctx.detail.case
    done = "\n".join(
        f"{ctx.day(e.occurred_at, e.occurred_tz)} {ctx.V('kind', e.kind)}: {ctx.u(e.summary)}"
        for e in f.done
    )
    out: list[tuple[str, str, str]] = []
    services = c.service_list
    if c.product.strip():
        paid = format_money(c.amount, c.currency, ctx.lang) if c.amount is not None else ""
        out.append((ctx.u(c.product), paid, "" if services else done))
    for n, line in enumerate(services):
        amounts = ", ".join(format_money(a, c.currency, ctx.lang) for a, _ in amounts_in(line))
        out.append((ctx.u(line), amounts, done if n == 0 else ""))
    for m in f.amounts:
        if m.entry is None:
            continue  # a bought service: already on its own line
        where = f"{ctx.day(m.entry.occurred_at, m.entry.occurred_tz)} {ctx.V('kind', m.entry.kind)}"
        out.append(
            (
                ctx.L("bvd.not_bought"),
                format_money(m.amount, c.currency, ctx.lang),
                f"{ctx.u(m.context)} ({where})",
            )
        )
    return out


def section(ctx: Ctx) -> list[Flowable]:
    """The table, or nothing when the record says neither what was bought nor done."""
    lines = rows(ctx)
    if not lines or not (ctx.facts.done or len(lines) > 1):
        return []
    s = ctx.styles
    head = [cell(ctx.L(k), s["cellhead"], bold=True) for k in ("bvd.bought", "bvd.amount")]
    head.append(cell(ctx.L("bvd.done") + " / " + ctx.L("bvd.said"), s["cellhead"], bold=True))
    data: list[list[Any]] = [head]
    for bought, amount, done in lines:
        data.append(
            [
                paras(bought, s["cell"]) or [cell("—", s["cell"])],
                paras(amount, s["cell"]) or [cell("—", s["cell"])],
                paras(done, s["cell"]) or [cell("", s["cell"])],
            ]
        )
    w = ctx.frame_w
    return [
        paras(ctx.L("bvd.title"), s["h2"])[0],
        table(data, [w * 0.34, w * 0.13, w * 0.53]),
    ]
