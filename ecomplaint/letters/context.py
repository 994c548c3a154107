"""Everything a letter template may print, computed from the record (plain dicts and strings).

Every string here is already formatted for the letter's language (dates, money with Babel,
durations) and every piece of user text went through `lit`, so a template can only print
literal text. Phrasing stays in the templates; only facts and numbers come from here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from babel.numbers import format_currency

from ecomplaint.domain import deadlines, promise_rules
from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.domain.exhibits import exhibit_order
from ecomplaint.domain.ladder import Ladder, RuleBook
from ecomplaint.domain.next_step import highest_rung, ladder_for_case, next_rung
from ecomplaint.domain.ocr_text import parse_cited_lines
from ecomplaint.domain.records import CaseDetail, EntryRecord, PromiseRecord
from ecomplaint.domain.remedies import APPLIES
from ecomplaint.i18n import Lang
from ecomplaint.letters.kinds import LetterKind
from ecomplaint.letters.literal import lit
from ecomplaint.services.remedies import RemedyReport
from ecomplaint.vocabulary import word as vocab

LOCALES = {"zh": "zh_CN", "en": "en_GB"}
KEY_KINDS = ("visit", "delivery", "harassment", "offer", "refund")
LATE_STATUSES = (PromiseStatus.OVERDUE, PromiseStatus.KEPT_LATE, PromiseStatus.BROKEN)


class Fmt:
    """Dates, money and spans in one language and zone."""

    def __init__(self, lang: Lang, tz: str) -> None:
        self.lang = lang
        self.locale = LOCALES[lang]
        self.zone = ZoneInfo(tz)

    def when(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        pattern = "y年M月d日 HH:mm" if self.lang == "zh" else "d MMMM y, HH:mm"
        return format_datetime(at, pattern, tzinfo=self.zone, locale=self.locale)

    def day(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        pattern = "y年M月d日" if self.lang == "zh" else "d MMMM y"
        return format_datetime(at, pattern, tzinfo=self.zone, locale=self.locale)

    def money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return "—"
        return format_currency(amount, currency or "CNY", locale=self.locale)

    def span(self, d: timedelta) -> str:
        hours = max(0, int(d.total_seconds() // 3600))
        days, h = divmod(hours, 24)
        if self.lang == "zh":
            if days:
                return f"{days} 天" + (f" {h} 小时" if h else "")
            return f"{h} 小时" if h else "不到 1 小时"
        parts = []
        if days:
            parts.append(f"{days} day" + ("s" if days != 1 else ""))
        if h or not days:
            parts.append(f"{h} hour" + ("s" if h != 1 else "") if h else "less than an hour")
        return " ".join(parts)

    def amount_of(self, amount: int, unit: str) -> str:
        zh = {
            "hours": "{n} 小时",
            "days": "{n} 天",
            "weeks": "{n} 周",
            "working_days": "{n} 个工作日",
            "months": "{n} 个月",
        }
        en = {
            "hours": "{n} hours",
            "days": "{n} days",
            "weeks": "{n} weeks",
            "working_days": "{n} working days",
            "months": "{n} months",
        }
        return (zh if self.lang == "zh" else en)[unit].format(n=amount)

    def window(self, p: PromiseRecord) -> str:
        unit = "working_days" if p.clock == "working_days" else "hours"
        if p.window_min > 0:
            rng = f"{p.window_min}–{p.window_max}"
            return (
                (f"{rng} 个工作日" if unit == "working_days" else f"{rng} 小时")
                if self.lang == "zh"
                else (f"{rng} working days" if unit == "working_days" else f"{rng} hours")
            )
        text = self.amount_of(p.window_max, unit)
        return f"{text}内" if self.lang == "zh" else f"within {text}"


def _party(detail: CaseDetail, party_id: int | None, lang: Lang) -> str:
    party = next((x for x in detail.parties if x.id == party_id), None)
    if party is None:
        return "—"
    if party.label == party.role:
        return vocab("role", party.role, lang)
    return lit(party.label)


def _reply_and_next(
    detail: CaseDetail, kind: LetterKind, book: RuleBook, fmt: Fmt, now: datetime, lang: Lang
) -> dict[str, Any]:
    """The rung this letter goes to, the reply time it asks for, and the rung after it."""
    ladder: Ladder | None = ladder_for_case(detail, book)
    rung = None
    if ladder is not None:
        rung = next((ladder.rung(r) for r in kind.rungs if ladder.rung(r) is not None), None)
    clock = next((c for c in rung.clocks if c.starts == "escalation"), None) if rung else None
    amount, unit = (clock.amount, clock.unit) if clock else (kind.reply.amount, kind.reply.unit)
    basis = clock.basis if clock else kind.reply.basis
    source = (clock.source or (rung.source if rung else "")) if clock else kind.reply.source
    tz = ladder.tz if ladder else str(fmt.zone)
    by = deadlines.add_span(now, amount, unit, tz)
    after = None
    if ladder is not None:
        reached = highest_rung(detail, ladder)
        at = ladder.index(rung.id) if rung is not None else reached
        after = next_rung(ladder, max(reached, at))
    return {
        "to": rung.label.get(lang) if rung else "",
        "reply": {
            "within": fmt.amount_of(amount, unit),
            "by": fmt.day(by),
            "by_time": fmt.when(by),
            "basis": basis,
            "source": lit(source),
        },
        "next": {
            "exists": after is not None,
            "label": after.label.get(lang) if after else "",
            "source": lit(after.source) if after else "",
        },
        "ladder": ladder.label.get(lang) if ladder else "",
    }


def build_context(
    detail: CaseDetail,
    *,
    kind: LetterKind,
    lang: Lang,
    book: RuleBook,
    remedies: RemedyReport | None,
    now: datetime,
) -> dict[str, Any]:
    c = detail.case
    ladder = ladder_for_case(detail, book)
    tz = (remedies.pack.tz if remedies and remedies.pack else None) or (
        ladder.tz if ladder else "Asia/Shanghai"
    )
    fmt = Fmt(lang, tz)
    entries = [e for e in detail.entries if e.trashed_at is None]
    by_id: dict[int, EntryRecord] = {e.id: e for e in entries}
    numbers = {x.id: f"E{n}" for n, x in enumerate(exhibit_order(detail), start=1)}
    live_evidence = [x for x in exhibit_order(detail) if x.trashed_at is None]

    def exhibits_of(entry_id: int | None) -> str:
        found = [numbers[x.id] for x in live_evidence if entry_id and x.entry_id == entry_id]
        return ", ".join(found)

    def source_of(e: EntryRecord) -> str:
        """An entry made from a screenshot's lines: "E2, lines 6–8" (as the dossier cites)."""
        span = parse_cited_lines(e.source_locator) if e.source_sha256 else None
        if span is None:
            return ""
        holder = next((x for x in live_evidence if x.sha256 == e.source_sha256), None)
        if holder is None:  # read from a redacted copy: the exhibit it stands for
            copy = next((x for x in detail.evidence if x.sha256 == e.source_sha256), None)
            origin = copy.derived_from_uid if copy is not None else ""
            holder = next((x for x in live_evidence if origin and x.uid == origin), None)
        if holder is None:
            return ""
        lo, hi = span
        if lang == "zh":
            return (
                f"{numbers[holder.id]}，第 {lo}–{hi} 行"
                if hi > lo
                else f"{numbers[holder.id]}，第 {lo} 行"
            )
        return (
            f"{numbers[holder.id]}, lines {lo}–{hi}"
            if hi > lo
            else f"{numbers[holder.id]}, line {lo}"
        )

    def cited(e: EntryRecord) -> str:
        return ("；" if lang == "zh" else "; ").join(
            x for x in (exhibits_of(e.id), source_of(e)) if x
        )

    promises = []
    for p in sorted(detail.promises, key=lambda x: x.made_at):
        if p.trashed_at is not None:
            continue
        st = promise_rules.evaluate(p, detail.pauses, now)
        if st.status not in LATE_STATUSES:
            continue
        made_in = by_id.get(p.entry_id) if p.entry_id else None
        late = st.overdue_by or st.late_by
        promises.append(
            {
                "who": _party(detail, p.party_id, lang),
                "what": lit(p.description) if p.description else vocab("what", p.what, lang),
                "said": lit(made_in.quote) if made_in and made_in.quote else "",
                "made": fmt.when(p.made_at),
                "window": fmt.window(p),
                "due_by": fmt.when(st.due_by),
                "status": st.status.value,
                "status_word": vocab("pstatus", st.status.value, lang),
                "late": fmt.span(late) if late else "",
                "kept": fmt.when(p.kept_at),
                "exhibits": exhibits_of(p.entry_id),
            }
        )

    facts = [
        {
            "when": fmt.when(e.occurred_at),
            "day": fmt.day(e.occurred_at),
            "who": _party(detail, e.party_id, lang),
            "kind": vocab("kind", e.kind, lang),
            "channel": vocab("channel", e.channel, lang),
            "summary": lit(e.summary),
            "quote": lit(e.quote),
            "exhibits": cited(e),
            # What a short form needs: what was done, said in harassment, offered or refused.
            "key": e.kind in KEY_KINDS or e.stance in ("final_offer", "refusal"),
        }
        for e in entries
    ]
    exhibits = [
        {
            "no": numbers[x.id],
            "name": lit(x.original_name),
            "description": lit(x.description),
            "sha256": x.sha256,
        }
        for x in live_evidence
    ]
    legal = []
    if remedies is not None and remedies.pack is not None:
        for r in remedies.results:
            if r.status != APPLIES:
                continue
            legal.append(
                {
                    "title": r.remedy.title.get(lang),
                    "article": r.remedy.article.get(lang),
                    "basis": r.remedy.basis,
                    "amount": fmt.money(r.amount, remedies.currency) if r.amount else "",
                    "floored": r.floored,
                    "last_day": fmt.day(r.deadline - timedelta(seconds=1)) if r.deadline else "",
                    "days_left": r.days_left if r.days_left is not None else "",
                    "paused": r.paused,
                }
            )
    contacts = [e for e in entries if e.kind not in ("order", "payment", "delivery", "note")]
    first = (contacts or entries)[0] if entries else None
    step = _reply_and_next(detail, kind, book, fmt, now, lang)
    return {
        "lang": lang,
        "kind": {"id": kind.id, "title": kind.title.get(lang)},
        "today": fmt.day(now),
        "case": {
            "title": lit(c.title),
            "platform": vocab("platform", c.platform, lang),
            "merchant": lit(c.merchant) or "—",
            "order_no": lit(c.order_no) or "—",
            "product": lit(c.product) or "—",
            "order_date": (
                fmt.day(
                    datetime(
                        c.order_date.year, c.order_date.month, c.order_date.day, 12, tzinfo=fmt.zone
                    )
                )
                if c.order_date
                else "—"
            ),
            "amount": fmt.money(c.amount, c.currency),
            "services": [lit(s) for s in c.service_list],
            "demands": [lit(d) for d in c.demand_list],
        },
        "me": {
            "name": lit(c.complainant_name) or "—",
            "phone": lit(c.complainant_phone) or "—",
            "address": lit(c.complainant_address) or "—",
        },
        "first_contact": fmt.day(first.occurred_at) if first else "—",
        "facts": facts,
        "promises": promises,
        "exhibits": exhibits,
        "legal": legal,
        "escalations": [
            {
                "rung": lit(x.rung_label or x.rung),
                "when": fmt.when(x.escalated_at),
                "ref": lit(x.reference_no),
            }
            for x in sorted(detail.escalations, key=lambda x: x.escalated_at)
            if x.trashed_at is None
        ],
        **step,
    }
