"""One function per dossier section: plain records in, reportlab flowables out."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ecomplaint.domain.enums import Precision
from ecomplaint.domain.records import EntryRecord, EscalationRecord, EvidenceRecord, PromiseRecord
from ecomplaint.domain.workdays import work_calendar
from ecomplaint.dossier import bought_done, call_patterns, images, redacted_exhibits
from ecomplaint.dossier.context import Ctx
from ecomplaint.dossier.flow import Contents, FitImage, Heading, cell, p, paras, short, table
from ecomplaint.money import demand_amounts, format_money


def _h1(ctx: Ctx, key: str) -> Heading:
    return Heading(ctx.L(f"sec.{key}"), ctx.styles["h1"], key=f"sec-{key}", level=0)


# A table cell longer than this is cut with a pointer to a note after the table. reportlab
# re-lays out a whole cell each time it splits a row across a page, so a 100,000-character
# cell cost time growing with the square of its length; notes flow as plain paragraphs.
CELL_LIMIT = 1200


def _cell_text(ctx: Ctx, value: str) -> str:
    if len(value) <= CELL_LIMIT:
        return value
    ctx.spill.append(value)
    cut = value[: CELL_LIMIT // 2].rstrip()
    return cut + ctx.L("cell.see_note", n=len(ctx.spill))


def _cells(ctx: Ctx, values: list[str], style: str = "cell") -> list[list[Flowable]]:
    """A table cell holding one paragraph per line (long text splits with the row)."""
    return [
        paras(_cell_text(ctx, v), ctx.styles[style]) or [cell("—", ctx.styles[style])]
        for v in values
    ]


def _notes(ctx: Ctx) -> list[Flowable]:
    """The full texts of the cells cut since the last table, to follow that table."""
    out: list[Flowable] = []
    first = len(ctx.spill) - len(ctx.spill_pending())
    for n, value in enumerate(ctx.spill_pending(), start=first + 1):
        out += paras(ctx.L("cell.note", n=n) + value, ctx.styles["small"])
    ctx.spill_done = len(ctx.spill)
    return out


def _kv(
    ctx: Ctx, rows: list[tuple[str, str | list[Flowable]]], key_w: float = 0.26
) -> list[Flowable]:
    s = ctx.styles
    data = [
        [cell(k, s["cellhead"], bold=True), v if isinstance(v, list) else _cells(ctx, [v])[0]]
        for k, v in rows
    ]
    t = table(data, [ctx.frame_w * key_w, ctx.frame_w * (1 - key_w)], header=False)
    return [t, *_notes(ctx)]


def cover(ctx: Ctx) -> list[Flowable]:
    c, s = ctx.detail.case, ctx.styles
    entries = ctx.detail.entries
    period = (
        f"{ctx.day(entries[0].occurred_at, entries[0].occurred_tz)} – "
        f"{ctx.day(entries[-1].occurred_at, entries[-1].occurred_tz)}"
        if entries
        else "—"
    )
    rows: list[tuple[str, str | list[Flowable]]] = [
        (ctx.L("cover.complainant"), ctx.u(c.complainant_name) or "—"),
        (ctx.L("cover.platform"), ctx.V("platform", c.platform)),
        (ctx.L("cover.merchant"), ctx.u(c.merchant) or "—"),
        (ctx.L("cover.order_no"), ctx.u(c.order_no) or "—"),
        (ctx.L("cover.product"), ctx.u(c.product) or "—"),
        (ctx.L("cover.period"), period),
        (ctx.L("cover.status"), ctx.V("status", c.status)),
        (ctx.L("cover.exhibits"), str(len(ctx.exhibits))),
        (ctx.L("cover.as_of"), ctx.when(ctx.as_of)),
    ]
    fp = ctx.fingerprint
    out: list[Flowable] = [
        Spacer(1, 30 * mm),
        Heading(
            ctx.L("cover.kind"),
            s["subtitle"],
            key="sec-cover",
            level=0,
            toc_level=-1,
            outline=ctx.L("sec.cover"),
            bold=False,
        ),
        *paras(ctx.u(c.title), s["title"], bold=True),
        Spacer(1, 10 * mm),
        *_kv(ctx, rows, key_w=0.3),
        Spacer(1, 8 * mm),
    ]
    if ctx.options.redact:
        out += [p(ctx.L("cover.redacted"), s["alert"])]
        out += [p(line, s["alert"]) for line in _left_unredacted(ctx)]
        out.append(Spacer(1, 4 * mm))
    out += [
        p(ctx.L("cover.fingerprint"), s["body"], bold=True),
        p(" ".join(fp[i : i + 16] for i in range(0, 64, 16)), s["hash"]),
        p(ctx.L("cover.fingerprint_note"), s["small"]),
        *_stamp(ctx),
        PageBreak(),
    ]
    return out


def _stamp(ctx: Ctx) -> list[Flowable]:
    """ "Timestamped by … at …" (dossier/verification.py) when a verified reply covers this."""
    from ecomplaint.dossier.verification import stamp_line

    line = stamp_line(ctx)
    return [Spacer(1, 3 * mm), p(line, ctx.styles["body"], bold=True)] if line else []


def _left_unredacted(ctx: Ctx) -> list[str]:
    """What a redacted dossier still carries unredacted, said on the cover and in the report."""
    lines = []
    if ctx.originals_where is not None and ctx.exhibits:
        where = ctx.L("red.where_pdf" if ctx.originals_where == "pdf" else "red.where_zip")
        lines.append(ctx.L("red.originals", n=len(ctx.exhibits), where=where))
    unchecked = [
        x
        for x in ctx.exhibits
        if redacted_exhibits.unchecked(ctx, x) and ctx.options.has("exhibits")
    ]
    if unchecked:
        lines.append(ctx.L("red.images", n=len(unchecked)))
    return lines + redacted_exhibits.printed_as_copies(ctx)


def redaction_report(ctx: Ctx) -> list[Flowable]:
    """Which kinds were masked and how often: counts only, never a masked value."""
    s = ctx.styles
    out: list[Flowable] = [PageBreak(), _h1(ctx, "redaction"), p(ctx.L("red.intro"), s["body"])]
    counts = ctx.redact.report()
    if counts:
        head = [cell(ctx.L(k), s["cellhead"], bold=True) for k in ("red.kind", "red.count")]
        rows: list[list[Any]] = [head]
        rows += [[cell(ctx.L(f"red.k.{k}"), s["cell"]), cell(str(n), s["cell"])] for k, n in counts]
        out.append(table(rows, [ctx.frame_w * 0.6, ctx.frame_w * 0.4]))
    else:
        out.append(p(ctx.L("red.none"), s["body"]))
    out += [Spacer(1, 3 * mm)] + [p(line, s["alert"]) for line in _left_unredacted(ctx)]
    return out


def contents(ctx: Ctx, rows: list[tuple[int, str, str]]) -> list[Flowable]:
    """rows: (level, title, key) of every heading in the story (see toc_rows)."""
    return [
        Heading(ctx.L("sec.contents"), ctx.styles["h1"], key="sec-contents", level=0, toc_level=-1),
        Contents(rows, [ctx.styles["toc0"], ctx.styles["toc1"]]),
        Spacer(1, 6 * mm),  # the summary follows on the same page: no forced break
    ]


def toc_rows(story: list[Flowable]) -> list[tuple[int, str, str]]:
    return [
        (f.toc_level, f.title_text, f.key)
        for f in story
        if isinstance(f, Heading) and f.toc_level >= 0
    ]


def summary(ctx: Ctx) -> list[Flowable]:
    f, c = ctx.facts, ctx.detail.case
    rows: list[tuple[str, str | list[Flowable]]] = []
    if f.first_contact is not None:
        e = f.first_contact
        first = (
            f"{ctx.when(e.occurred_at, e.occurred_tz)} · {ctx.V('kind', e.kind)} · "
            f"{ctx.party_label(e.party_id)}\n"
            + ctx.L("sum.days_since", days=f.days_since_first_contact)
        )
        rows.append((ctx.L("sum.first_contact"), first))
    rows.append((ctx.L("sum.entries"), str(len(ctx.detail.entries))))
    rows.append(
        (
            ctx.L("sum.promises"),
            ctx.L(
                "sum.promise_counts",
                made=f.made,
                kept=f.kept,
                late=f.kept_late,
                broken=f.broken,
                overdue=f.overdue,
                pending=f.pending,
            ),
        )
    )
    if f.longest_overdue is not None:
        pr, d = f.longest_overdue
        text = ctx.L("sum.longest_overdue_text", what=_promise_name(ctx, pr), late=ctx.duration(d))
        rows.append((ctx.L("sum.longest_overdue"), text))
    if f.longest_late is not None:
        pr, d = f.longest_late
        text = ctx.L("sum.longest_late_text", what=_promise_name(ctx, pr), late=ctx.duration(d))
        rows.append((ctx.L("sum.longest_late"), text))
    rows.append((ctx.L("sum.jurisdiction"), _jurisdiction(ctx)))
    if c.amount is not None:
        rows.append((ctx.L("sum.amount_paid"), format_money(c.amount, c.currency, ctx.lang)))
    asked = demand_amounts(c.demand_list)
    if asked:
        rows.append((ctx.L("sum.demands_total"), format_money(sum(asked), c.currency, ctx.lang)))
    # amounts, what was bought and what was done: the bought-vs-done table below
    if ctx.detail.escalations:
        last = ctx.detail.escalations[-1]
        rung = ctx.u(last.rung_label or last.rung)
        rows.append(
            (
                ctx.L("sum.escalations"),
                ctx.L("sum.escalation_count", n=len(ctx.detail.escalations), rung=rung),
            )
        )
    return [
        _h1(ctx, "summary"),
        *_at_a_glance(ctx),
        *_kv(ctx, rows),
        Spacer(1, 3 * mm),
        *bought_done.section(ctx),
        Spacer(1, 4 * mm),
    ]


def _at_a_glance(ctx: Ctx) -> list[Flowable]:
    """The case-at-a-glance chart (dossier/chart.py), when there is anything to draw."""
    from ecomplaint.dossier.chart import chart

    drawing = chart(ctx)
    return [] if drawing is None else [drawing, Spacer(1, 3 * mm)]


def _jurisdiction(ctx: Ctx) -> str:
    c = ctx.detail.case
    offset = ctx.when(ctx.detail.case.updated_at).rsplit("(", 1)[-1].rstrip(")")
    try:
        library = work_calendar(c.calendar).library
    except ValueError:
        library = "?"
    return ctx.L(
        "sum.jurisdiction_text",
        country=c.country,
        tz=c.tz,
        offset=offset,
        calendar=c.calendar,
        library=library,
    )


def _promise_name(ctx: Ctx, pr: PromiseRecord) -> str:
    desc = ctx.u(pr.description).replace("\n", " ")
    return f"{ctx.V('what', pr.what)} ({desc})" if desc else ctx.V("what", pr.what)


def demands(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [_h1(ctx, "demands")]
    items = ctx.detail.case.demand_list
    if not items:
        out.append(p(ctx.L("sum.none"), ctx.styles["body"]))
    for n, d in enumerate(items, start=1):
        out += paras(f"{n}. {ctx.u(d)}", ctx.styles["body"])
    return out + [Spacer(1, 4 * mm)]


def parties(ctx: Ctx) -> list[Flowable]:
    s, c = ctx.styles, ctx.detail.case
    head = [
        cell(ctx.L(k), s["cellhead"], bold=True)
        for k in ("party.role", "party.name", "party.org", "party.contact")
    ]
    rows: list[list[Any]] = [head]
    for party in ctx.detail.parties:
        contact = party.contact
        if party.role == "complainant":
            contact = "\n".join(
                x for x in (party.contact or c.complainant_phone, c.complainant_address) if x
            )
        rows.append(
            [cell(ctx.V("role", party.role), s["cell"])]
            + _cells(ctx, [ctx.u(party.name), ctx.u(party.organisation), ctx.u(contact)])
        )
    w = ctx.frame_w
    return [
        _h1(ctx, "parties"),
        table(rows, [w * 0.18, w * 0.3, w * 0.27, w * 0.25]),
        *_notes(ctx),
        Spacer(1, 4 * mm),
    ]


def _entry_time(ctx: Ctx, e: EntryRecord) -> str:
    if e.precision == Precision.DAY:
        return f"{ctx.day(e.occurred_at, e.occurred_tz)} {ctx.L('chr.day')}"
    when = ctx.when(e.occurred_at, e.occurred_tz)
    if e.precision == Precision.APPROXIMATE:
        return f"{ctx.L('chr.approx')} {when}"
    return when


def _channel(ctx: Ctx, e: EntryRecord) -> str:
    """The channel, unless it adds nothing ("other", or "SMS" after the kind "SMS")."""
    if e.channel == "other":
        return ""
    name = ctx.V("channel", e.channel)
    return "" if name.lower() == ctx.V("kind", e.kind).lower() else name


def chronology(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    # One of the two sections that start on a fresh page (the other: the exhibits).
    out: list[Flowable] = [PageBreak(), _h1(ctx, "chronology")]
    if not ctx.detail.entries:
        out.append(p(ctx.L("chr.empty"), s["body"]))
    pending = sorted(ctx.detail.escalations, key=lambda x: x.escalated_at)
    # A burst of missed calls is one numbered item; its calls are listed in the appendix.
    found = call_patterns.bursts(ctx)
    first_of = {b.ids[0]: b for b in found}
    grouped = {i for b in found for i in b.ids}
    n = 0
    for e in ctx.detail.entries:
        while pending and pending[0].escalated_at <= e.occurred_at:
            out += _escalation_item(ctx, pending.pop(0))
        if e.id in grouped and e.id not in first_of:
            continue
        n += 1
        if e.id in first_of:
            out += call_patterns.burst_flowables(ctx, n, first_of[e.id])
            continue
        head = " · ".join(
            x
            for x in (
                f"{n}. {_entry_time(ctx, e)}",
                ctx.party_label(e.party_id) if e.party_id else "",
                ctx.V("kind", e.kind),
                _channel(ctx, e),
                ctx.V("stance", e.stance) if e.stance != "none" else "",
            )
            if x
        )
        out.append(p(head, s["entryhead"], bold=True))
        out += paras(ctx.u(e.summary), s["entry"])
        quote = [ln for ln in ctx.u(e.quote).splitlines() if ln.strip()]
        if quote:
            opening, closing = ctx.L("chr.open_quote"), ctx.L("chr.close_quote")
            quote[0] = f"{ctx.L('chr.quote')}{opening}{quote[0]}"
            quote[-1] = quote[-1] + closing
            out += paras("\n".join(quote), s["quote"])
        ex = ctx.exhibits_of(e.id)
        if ex:
            out.append(p(f"{ctx.L('chr.exhibits')}: {', '.join(ex)}", s["entry"], bold=True))
        out += call_patterns.source_line(ctx, e)
    for x in pending:
        out += _escalation_item(ctx, x)
    return out + call_patterns.appendix(ctx, found) + [Spacer(1, 4 * mm)]


def _escalation_item(ctx: Ctx, x: EscalationRecord) -> list[Flowable]:
    """An escalation in the chronology: when, which rung, its reference, the clocks it owes."""
    s = ctx.styles
    head = " · ".join(
        part
        for part in (
            f"▲ {ctx.when(x.escalated_at)}",
            ctx.L("chr.escalation"),
            ctx.u(x.rung_label or x.rung),
            ctx.L("chr.reference", ref=ctx.u(x.reference_no)) if x.reference_no else "",
        )
        if part
    )
    out: list[Flowable] = [p(head, s["entryhead"], bold=True)]
    for pr in ctx.detail.promises:
        if pr.escalation_id == x.id:
            due = ctx.when(ctx.facts.states[pr.id].due_by)
            what = ctx.u(pr.description) or ctx.V("what", pr.what)
            out += paras(ctx.L("chr.owes", due=due, what=what), s["entry"])
    if x.note:
        out += paras(ctx.u(x.note), s["entry"])
    return out


def promise_ledger(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [_h1(ctx, "promises")]
    if not ctx.detail.promises:
        return out + [p(ctx.L("pl.empty"), s["body"])]
    keys = ("pl.made", "pl.by", "pl.what", "pl.window", "pl.outcome", "pl.late")
    rows: list[list[Any]] = [[cell(ctx.L(k), s["cellhead"], bold=True) for k in keys]]
    for pr in ctx.detail.promises:
        st = ctx.facts.states[pr.id]
        if pr.clock == "working_days":
            key = "pl.wdays" if pr.window_min else "pl.wdays_max"
        elif pr.clock == "months":
            key = "pl.months" if pr.window_min else "pl.months_max"
        elif not pr.window_min and pr.window_max >= 168 and pr.window_max % 168 == 0:
            key = "pl.weeks_max"  # "within 8 weeks", not "within 1344 h"
        else:
            key = "pl.hours" if pr.window_min else "pl.hours_max"
        window = (
            ctx.L(key, a=pr.window_min, b=pr.window_max, w=pr.window_max // 168)
            + "\n"
            + ctx.L("pl.due", due=ctx.when(st.due_by, pr.tz))
        )
        if pr.clock == "working_days":
            window += "\n" + ctx.L("pl.calendar", calendar=pr.calendar)
            if st.approximate:
                window += "\n" + ctx.L("pl.approx")
        outcome = ctx.V("pstatus", st.status)
        if pr.kept_at is not None:
            outcome += "\n" + ctx.L("pl.kept_at", at=ctx.when(pr.kept_at, pr.tz))
        if pr.broken_at is not None:
            outcome += "\n" + ctx.L("pl.broken_at", at=ctx.when(pr.broken_at, pr.tz))
        late = st.late_by or st.overdue_by
        what = ctx.V("what", pr.what) + ("\n" + ctx.u(pr.description) if pr.description else "")
        rows.append(
            _cells(
                ctx,
                [
                    ctx.when(pr.made_at, pr.tz),
                    ctx.party_label(pr.party_id),
                    what,
                    window,
                    outcome,
                    ctx.duration(late) if late else "—",
                ],
            )
        )
    w = ctx.frame_w
    widths = [w * 0.15, w * 0.14, w * 0.23, w * 0.19, w * 0.17, w * 0.12]
    return out + [table(rows, widths), *_notes(ctx), Spacer(1, 4 * mm)]


def escalations(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [_h1(ctx, "escalations")]
    if not ctx.detail.escalations:
        return out + [p(ctx.L("esc.empty"), s["body"])]
    keys = ("esc.rung", "esc.at", "esc.ref", "esc.deadline", "esc.outcome")
    rows: list[list[Any]] = [[cell(ctx.L(k), s["cellhead"], bold=True) for k in keys]]
    for x in ctx.detail.escalations:
        # The rung's response clock; failing that, a promise made in the escalation's entry.
        clocks = [pr for pr in ctx.detail.promises if pr.escalation_id == x.id] or [
            pr
            for pr in ctx.detail.promises
            if x.entry_id is not None and pr.entry_id == x.entry_id and pr.escalation_id is None
        ]
        deadline = "\n".join(
            f"{ctx.when(ctx.facts.states[pr.id].due_by, pr.tz)}\n"
            f"{ctx.V('pstatus', ctx.facts.states[pr.id].status)}"
            for pr in clocks
        )
        outcome = ctx.u(x.outcome) or ctx.L("esc.pending")
        if x.note:
            outcome += "\n" + ctx.u(x.note)
        rows.append(
            _cells(
                ctx,
                [
                    ctx.u(x.rung_label or x.rung),
                    ctx.when(x.escalated_at),
                    ctx.u(x.reference_no) or "—",
                    deadline or ctx.L("esc.no_deadline"),
                    outcome,
                ],
            )
        )
    w = ctx.frame_w
    return out + [
        table(rows, [w * 0.19, w * 0.17, w * 0.22, w * 0.18, w * 0.24]),
        *_notes(ctx),
        Spacer(1, 4 * mm),
    ]


def rules(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [_h1(ctx, "rules")]
    if not ctx.citations:
        return out + [p(ctx.L("rules.empty"), s["small"])]
    for n, cit in enumerate(ctx.citations, start=1):
        if cit.title:
            out += paras(f"{n}. {cit.title}", s["body"], bold=True)
            out += paras(cit.text, s["entry"])
        else:
            out += paras(f"{n}. {cit.text}", s["body"])
        meta = f"{ctx.L('rules.source')}: {cit.source}"
        if cit.date:
            meta += f" · {ctx.L('rules.date')}: {cit.date}"
        out += paras(meta, s["small"]) + [Spacer(1, 2 * mm)]
    return out + [Spacer(1, 4 * mm)]


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def exhibits(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [PageBreak(), _h1(ctx, "exhibits")]
    if not ctx.exhibits:
        return out + [p(ctx.L("ex.empty"), s["body"])]
    keys = ("ex.no", "ex.description", "ex.type", "ex.sha")
    rows: list[list[Any]] = [[cell(ctx.L(k), s["cellhead"], bold=True) for k in keys]]
    for x in ctx.exhibits:
        rows.append(
            [cell(ctx.exhibit_no(x), s["cell"], bold=True)]
            + _cells(
                ctx, [ctx.u(x.description) or ctx.u(x.original_name), f"{x.mime}\n{_size(x.size)}"]
            )
            + [_sha_cell(ctx, x, s["sha"]) + redacted_exhibits.table_lines(ctx, x, s["sha"])]
        )
    w = ctx.frame_w
    out.append(table(rows, [w * 0.07, w * 0.4, w * 0.15, w * 0.38]))
    out += _notes(ctx)
    for x in ctx.exhibits:
        out += _exhibit(ctx, x)
    return out


def _exhibit(ctx: Ctx, x: EvidenceRecord) -> list[Flowable]:
    s = ctx.styles
    no = ctx.exhibit_no(x)
    title = f"{no} · {short(ctx.u(x.description) or ctx.u(x.original_name), 90)}"
    entry = ctx.entry(x.entry_id)
    rows: list[tuple[str, str | list[Flowable]]] = [
        (ctx.L("ex.file"), ctx.u(x.original_name) or "—"),
        (ctx.L("ex.captured"), ctx.when(x.captured_at) if x.captured_at else ctx.L("ex.unknown")),
        (ctx.L("ex.added"), ctx.when(x.added_at)),
        (ctx.L("ex.type"), f"{x.mime} · {_size(x.size)}"),
        (ctx.L("ex.sha"), _sha_cell(ctx, x, s["hash"])),
        *redacted_exhibits.rows(ctx, x, s["hash"]),
    ]
    state = ctx.exhibit_state(x)
    if state == "altered":
        rows.append((ctx.L("ex.now"), [cell(ctx.checks[x.sha256.lower()].actual or "", s["hash"])]))
    if entry is not None:
        n = ctx.detail.entries.index(entry) + 1
        rows.append(
            (ctx.L("ex.entry"), f"{n}. {_entry_time(ctx, entry)} {ctx.V('kind', entry.kind)}")
        )
    if x.id in ctx.attached_names:
        rows.append(("PDF", ctx.L("ex.attached", name=ctx.attached_names[x.id])))
    heading = Heading(title, ctx.styles["h2"], key=f"ex-{no}", level=1, toc_level=1)
    # Exhibits flow: a picture needs room for its details and at least the share of a page
    # FitImage accepts (else it moves on by itself); a file that is not one, its details only.
    need = ctx.frame_h * 0.45 + 60 * mm if images.is_picture(x.mime) else ctx.frame_h / 3
    brk = CondPageBreak(need)
    out: list[Flowable] = [brk, heading]
    if x.description and short(x.description, 90) != " ".join(x.description.split()):
        out += paras(ctx.u(x.description), s["body"])
    out += _kv(ctx, rows, key_w=0.2)
    out.append(Spacer(1, 3 * mm))
    if state == "altered":
        out.append(p(ctx.L("ex.altered_note"), s["alert"], bold=True))
        out.append(Spacer(1, 2 * mm))
    printed = redacted_exhibits.shown(ctx, x)  # a redacted dossier prints the redacted copy
    picture = ctx.pictures.get(printed.sha256.lower())
    if state == "missing" or ctx.exhibit_state(printed) == "missing":
        out.append(p(ctx.L("ex.missing"), s["alert"]))
    elif images.is_picture(x.mime) and picture is not None:
        out += redacted_exhibits.notes(ctx, x)
        out.append(FitImage(picture.jpeg, picture.width, picture.height, ctx.frame_h))
    elif images.is_picture(x.mime):
        out.append(p(ctx.L("ex.missing"), s["alert"]))
    else:
        out.append(p(ctx.L("ex.not_image"), s["body"]))
    return out


def _sha_cell(ctx: Ctx, x: EvidenceRecord, style: ParagraphStyle) -> list[Flowable]:
    """The recorded fingerprint, and under it ALTERED or MISSING when the file says otherwise."""
    state = ctx.exhibit_state(x)
    if state == "ok":
        return [cell(x.sha256, style)]
    word = ctx.L("ex.altered" if state == "altered" else "ex.gone")
    return [cell(x.sha256, style), cell(word, ctx.styles["alert"], bold=True)]


def declaration(ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    name = ctx.u(ctx.detail.case.complainant_name)
    line = "_" * 34
    rows: list[tuple[str, str | list[Flowable]]] = [
        (ctx.L("decl.name"), name or line),
        (ctx.L("decl.signature"), "\n" + line),
        (ctx.L("decl.date"), "\n" + line),
    ]
    return [
        CondPageBreak(90 * mm),
        _h1(ctx, "declaration"),
        *paras(ctx.L("decl.text"), s["body"]),
        *(
            paras(ctx.L("decl.exceptions", list=", ".join(ctx.not_intact())), s["alert"], True)
            if ctx.not_intact()
            else []
        ),
        Spacer(1, 8 * mm),
        *_kv(ctx, rows, key_w=0.2),
    ]
