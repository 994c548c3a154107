"""What the law gives the consumer, and the consumer's own time limits, from remedy packs.

A pack (resources/rules/remedies/*.json, format "ecomplaint.remedies/1") lists questions and
remedies, each remedy with its article, source and dates. Eligibility is asked, never assumed:
a remedy whose questions are unanswered says so and gives no figure. Pure functions: the
answers, the price and the time are passed in.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ecomplaint.domain.ladder import RuleError, Text, _text
from ecomplaint.resources_path import resource_path

FORMAT = "ecomplaint.remedies/1"
QUESTION_TYPES = ("yes_no", "date", "money", "periods")
KINDS = ("window", "amount", "claim_range")

APPLIES = "applies"
NOT_APPLICABLE = "does_not_apply"
UNANSWERED = "unanswered"


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: Text
    from_record: str = ""  # "delivery" | "order" | "amount": a suggestion the record can give


@dataclass(frozen=True)
class WindowRule:
    start: str  # question id of a date
    amount: int
    unit: str  # days | months
    pause: str = ""  # question id of periods that stop the clock
    after_pause_days: int = 0  # at least this long left once a pause ends


@dataclass(frozen=True)
class AmountRule:
    terms: tuple[tuple[str, Decimal], ...]  # (question id, multiple): the consumer may pick
    floor: Decimal | None = None


@dataclass(frozen=True)
class RangeRule:
    of: str
    above: Decimal
    up_to: Decimal


@dataclass(frozen=True)
class Remedy:
    id: str
    kind: str
    title: Text
    article: Text
    summary: Text
    requires: tuple[tuple[str, bool], ...]
    source: str
    in_force: str
    checked: str
    basis: str = "law"  # "law" | "issuer" (a card scheme's figure, not a statute)
    window: WindowRule | None = None
    amount: AmountRule | None = None
    range: RangeRule | None = None


@dataclass(frozen=True)
class RemedyPack:
    id: str
    country: str
    currency: str
    tz: str
    title: Text
    source: str
    date: str
    counting: Text
    questions: tuple[Question, ...]
    remedies: tuple[Remedy, ...]

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)


# --- parsing -------------------------------------------------------------------------------


def _dec(value: Any, where: str) -> Decimal:
    try:
        out = Decimal(str(value))
    except InvalidOperation:
        raise RuleError(where, f"{value!r} is not a number") from None
    if not out.is_finite() or out < 0:
        raise RuleError(where, f"{value!r} is not a usable amount")
    return out


def _remedy(obj: Any, where: str, qids: set[str]) -> Remedy:
    if not isinstance(obj, Mapping) or not isinstance(obj.get("id"), str):
        raise RuleError(where, 'a remedy needs an "id"')
    rid = obj["id"]
    where = f"{where}[{rid}]"
    kind = obj.get("kind")
    if kind not in KINDS:
        raise RuleError(where, f'"kind" must be one of {", ".join(KINDS)}')
    requires = obj.get("requires", {})
    if not isinstance(requires, Mapping) or not all(
        k in qids and isinstance(v, bool) for k, v in requires.items()
    ):
        raise RuleError(where, '"requires" maps asked questions to true/false')
    window = amount = rng = None
    if kind == "window":
        w = obj.get("window")
        if not isinstance(w, Mapping) or w.get("from") not in qids:
            raise RuleError(where, '"window" needs "from" (a date question)')
        if w.get("unit") not in ("days", "months") or not isinstance(w.get("amount"), int):
            raise RuleError(where, '"window" needs an integer "amount" in days or months')
        if w.get("pause") and w["pause"] not in qids:
            raise RuleError(where, '"pause" must name a question')
        window = WindowRule(
            w["from"], w["amount"], w["unit"], w.get("pause", ""), int(w.get("after_pause_days", 0))
        )
    elif kind == "amount":
        a = obj.get("amount")
        if not isinstance(a, Mapping) or not isinstance(a.get("terms"), list) or not a["terms"]:
            raise RuleError(where, '"amount" needs "terms"')
        terms = []
        for t in a["terms"]:
            if not isinstance(t, Mapping) or t.get("of") not in qids:
                raise RuleError(where, 'each term needs "of" (a money question) and "times"')
            terms.append((t["of"], _dec(t.get("times"), where)))
        floor = _dec(a["floor"], where) if a.get("floor") is not None else None
        amount = AmountRule(tuple(terms), floor)
    else:
        r = obj.get("range")
        if not isinstance(r, Mapping) or r.get("of") not in qids:
            raise RuleError(where, '"range" needs "of", "above" and "up_to"')
        rng = RangeRule(r["of"], _dec(r.get("above"), where), _dec(r.get("up_to"), where))
    return Remedy(
        id=rid,
        kind=kind,
        title=_text(obj.get("title"), where + ".title"),
        article=_text(obj.get("article"), where + ".article"),
        summary=_text(obj.get("summary"), where + ".summary"),
        requires=tuple((k, bool(v)) for k, v in requires.items()),
        source=str(obj.get("source", "")),
        in_force=str(obj.get("in_force", "")),
        checked=str(obj.get("checked", "")),
        basis=str(obj.get("basis", "law")),
        window=window,
        amount=amount,
        range=rng,
    )


def parse_pack(data: Any) -> RemedyPack:
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise RuleError("pack", f'"format" must be "{FORMAT}"')
    questions = []
    for i, q in enumerate(data.get("questions", [])):
        if not isinstance(q, Mapping) or q.get("type") not in QUESTION_TYPES:
            raise RuleError(f"questions[{i}]", f'"type" must be one of {QUESTION_TYPES}')
        questions.append(
            Question(
                str(q.get("id")),
                q["type"],
                _text(q.get("text"), f"questions[{i}]"),
                str(q.get("from_record", "")),
            )
        )
    qids = {q.id for q in questions}
    tz = str(data.get("tz", "UTC"))
    try:
        ZoneInfo(tz)
    except Exception:
        raise RuleError("pack", f"unknown time zone {tz!r}") from None
    return RemedyPack(
        id=str(data.get("id", "")),
        country=str(data.get("country", "")),
        currency=str(data.get("currency", "")),
        tz=tz,
        title=_text(data.get("title"), "pack.title"),
        source=str(data.get("source", "")),
        date=str(data.get("date", "")),
        counting=_text(data.get("counting", ""), "pack.counting"),
        questions=tuple(questions),
        remedies=tuple(
            _remedy(r, f"remedies[{i}]", qids) for i, r in enumerate(data.get("remedies", []))
        ),
    )


def load_packs(data_folder: Path | None = None) -> dict[str, RemedyPack]:
    """Packs by country: shipped ones, then the user's (<data>/rules/remedies/) over them.

    A broken user pack is skipped (the shipped one stays): a typo must not hide the law.
    """
    packs: dict[str, RemedyPack] = {}
    folders = [resource_path("rules") / "remedies"]
    if data_folder is not None:
        folders.append(data_folder / "rules" / "remedies")
    for n, folder in enumerate(folders):
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                pack = parse_pack(json.loads(path.read_text(encoding="utf-8")))
            except (RuleError, OSError, ValueError):
                if n == 0:
                    raise  # a broken shipped pack is our bug
                continue
            packs[pack.country] = pack
    return packs


# --- evaluation ----------------------------------------------------------------------------

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None  # None: still pending


@dataclass(frozen=True)
class RemedyResult:
    remedy: Remedy
    status: str  # applies | does_not_apply | unanswered
    missing: tuple[str, ...] = ()  # question ids still to answer
    against: tuple[str, ...] = ()  # question ids whose answer rules it out
    last_day: date | None = None  # windows: the last day the user can act
    deadline: datetime | None = None  # the end of last_day in the pack's zone (aware)
    paused: bool = False  # a repair or replacement is pending: the clock stands still
    days_left: int | None = None  # whole days from today to last_day (negative: passed)
    amount: Decimal | None = None  # amounts: what the law allows
    candidates: tuple[tuple[str, Decimal, Decimal], ...] = ()  # (of, times, result) per term
    floored: bool = False  # the floor decided the amount
    in_range: bool | None = None  # claim_range: price inside the range


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def parse_money(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        out = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None
    return out if out.is_finite() and out >= 0 else None


def parse_periods(value: Any) -> list[Period] | None:
    if not isinstance(value, list):
        return None
    out = []
    for item in value:
        if not isinstance(item, list | tuple) or len(item) != 2:
            return None
        start, end = parse_date(item[0]), parse_date(item[1]) if item[1] else None
        if start is None or (end is not None and end < start):
            return None
        out.append(Period(start, end))
    return sorted(out, key=lambda p: p.start)


def window_last_day(
    rule: WindowRule, start: date, periods: list[Period], today: date
) -> tuple[date, bool]:
    """(last day to act, paused now). A period starts on the day after `start`.

    CRA s.22(6)-(8): a repair or replacement the consumer asked for stops the clock for the
    waiting period (the day asked to the day the goods come back, both counted); afterwards
    at least `after_pause_days` remain (s.22(7)). A pause after the window closed revives
    nothing; one still pending keeps the clock stopped.
    """
    last = (
        add_months(start, rule.amount)
        if rule.unit == "months"
        else start + timedelta(days=rule.amount)
    )
    for p in periods:
        if p.start > last:
            continue
        if p.end is None:
            if p.start <= today:
                # Stopped: what was left on the day asked is still left today.
                return today + (last - p.start), True
            continue
        waiting = (p.end - p.start).days + 1
        last = max(last + timedelta(days=waiting), p.end + timedelta(days=rule.after_pause_days))
    return last, False


def end_of(day: date, tz: str) -> datetime:
    """The first instant after `day` in zone `tz` (a deadline is the whole last day)."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=ZoneInfo(tz))


def evaluate(remedy: Remedy, pack: RemedyPack, answers: Answers, now: datetime) -> RemedyResult:
    missing = [q for q, _ in remedy.requires if not isinstance(answers.get(q), bool)]
    against = [
        q
        for q, want in remedy.requires
        if isinstance(answers.get(q), bool) and answers[q] is not want
    ]
    if against:
        return RemedyResult(remedy, NOT_APPLICABLE, tuple(missing), tuple(against))
    today = now.astimezone(ZoneInfo(pack.tz)).date()
    if remedy.window is not None:
        start = parse_date(answers.get(remedy.window.start))
        if start is None:
            missing.append(remedy.window.start)
        if missing or start is None:
            return RemedyResult(remedy, UNANSWERED, tuple(dict.fromkeys(missing)))
        periods = parse_periods(answers.get(remedy.window.pause)) if remedy.window.pause else []
        last, paused = window_last_day(remedy.window, start, periods or [], today)
        return RemedyResult(
            remedy,
            APPLIES,
            last_day=last,
            deadline=end_of(last, pack.tz),
            paused=paused,
            days_left=(last - today).days,
        )
    if remedy.amount is not None:
        values = {of: parse_money(answers.get(of)) for of, _ in remedy.amount.terms}
        if values[remedy.amount.terms[0][0]] is None:
            missing.append(remedy.amount.terms[0][0])  # the first term is needed; others optional
        if missing:
            return RemedyResult(remedy, UNANSWERED, tuple(missing))
        cands = tuple(
            (of, times, (v * times).quantize(Decimal("0.01")))
            for of, times in remedy.amount.terms
            if (v := values[of]) is not None
        )
        best = max(c[2] for c in cands)
        floor = remedy.amount.floor
        floored = floor is not None and best < floor
        return RemedyResult(
            remedy,
            APPLIES,
            amount=floor if floored else best,
            candidates=cands,
            floored=floored,
        )
    assert remedy.range is not None
    price = parse_money(answers.get(remedy.range.of))
    if price is None:
        missing.append(remedy.range.of)
    if missing or price is None:
        return RemedyResult(remedy, UNANSWERED, tuple(missing))
    inside = remedy.range.above < price <= remedy.range.up_to
    return RemedyResult(
        remedy,
        APPLIES if inside else NOT_APPLICABLE,
        against=() if inside else (remedy.range.of,),
        in_range=inside,
    )


def evaluate_all(pack: RemedyPack, answers: Answers, now: datetime) -> list[RemedyResult]:
    return [evaluate(r, pack, answers, now) for r in pack.remedies]
