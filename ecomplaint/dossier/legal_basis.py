"""The dossier's "legal basis" section: what the law allows beside the demands, each figure
with its article, source and dates (from the case's remedy pack and the user's answers)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ecomplaint.domain import remedies as rm
from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.flow import Heading, paras
from ecomplaint.remedy_words import describe


def legal_basis(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [
        Heading(ctx.L("sec.legal_basis"), s["h1"], key="sec-legal_basis", level=0)
    ]
    report = ctx.remedies
    if report is None or report.pack is None:
        return out + paras(ctx.L("legal.no_pack"), s["small"]) + [Spacer(1, 4 * mm)]
    applies = [r for r in report.results if r.status == rm.APPLIES]
    open_ = [r for r in report.results if r.status == rm.UNANSWERED]
    if not applies:
        out += paras(ctx.L("legal.none"), s["body"])
    for n, r in enumerate(applies, start=1):
        out += paras(f"{n}. {r.remedy.title.get(ctx.lang)}", s["body"], bold=True)
        out += paras(
            f"{r.remedy.article.get(ctx.lang)}: {r.remedy.summary.get(ctx.lang)}", s["entry"]
        )
        lines = describe(r, report, ctx.lang)
        out += paras("\n".join(lines[:-1]), s["entry"]) if lines[:-1] else []
        out += paras(lines[-1], s["small"]) + [Spacer(1, 2 * mm)]
    if open_:
        out += paras(ctx.L("legal.unanswered"), s["body"], bold=True)
        for r in open_:
            out += paras(
                f"- {r.remedy.title.get(ctx.lang)} ({r.remedy.article.get(ctx.lang)})", s["entry"]
            )
    out += paras(ctx.L("legal.asked") + " " + report.pack.counting.get(ctx.lang), s["small"])
    return out + [Spacer(1, 4 * mm)]
