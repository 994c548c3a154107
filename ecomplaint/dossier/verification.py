"""The last section: how anyone can check this dossier's fingerprints and its timestamp with
common tools (Linux, Windows, macOS), without eComplaint."""

from __future__ import annotations

import hashlib

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.flow import Heading, cell, p, paras, table


def stamp_line(ctx: Ctx) -> str:
    """ "Timestamped by … at …" when a verified reply covers this dossier's manifest."""
    if ctx.stamp is None:
        return ""
    return ctx.L("ver.stamped", tsa=ctx.stamp.authority, at=ctx.when(ctx.stamp.at, seconds=True))


def section(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    name = "dossier-manifest.json"
    out: list[Flowable] = [
        CondPageBreak(70 * mm),
        Heading(ctx.L("sec.verification"), s["h1"], key="sec-verification", level=0),
        *paras(ctx.L("ver.intro", name=name), s["body"]),
        Spacer(1, 2 * mm),
    ]
    rows = [
        [
            cell(ctx.L("ver.system"), s["cellhead"], bold=True),
            cell(ctx.L("ver.command"), s["cellhead"], bold=True),
        ],
        [cell("Linux", s["cell"]), cell("sha256sum FILE", s["cell"])],
        [cell("Windows", s["cell"]), cell("certutil -hashfile FILE SHA256", s["cell"])],
        [cell("macOS", s["cell"]), cell("shasum -a 256 FILE", s["cell"])],
    ]
    out.append(table(rows, [ctx.frame_w * 0.2, ctx.frame_w * 0.8]))
    out += [Spacer(1, 2 * mm), *paras(ctx.L("ver.exhibits"), s["small"])]
    out += [Spacer(1, 2 * mm), p(ctx.L("ver.manifest"), s["body"], bold=True)]
    out.append(p(f"SHA-256 {name}: {hashlib.sha256(ctx.manifest).hexdigest()}", s["sha"]))
    out += [Spacer(1, 3 * mm), p(ctx.L("ver.timestamp"), s["body"], bold=True)]
    line = stamp_line(ctx)
    out += paras(line or ctx.L("ver.no_stamp"), s["body"])
    out += [
        p(
            "openssl ts -verify -data dossier-manifest.json -in dossier-manifest.tsr "
            "-CAfile ROOT.pem",
            s["cell"],
        ),
        *paras(ctx.L("ver.openssl"), s["small"]),
    ]
    return out
