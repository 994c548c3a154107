"""The case's remedies: which pack applies, the user's answers (kept per case) and the results.

Answers live in a small side file, <data folder>/remedies/<case uid>.json, written atomically:
no schema change was possible while the jurisdiction migration (0005) had not landed. A team
sharing a PostgreSQL database therefore does not share these answers (each volunteer's data
folder holds its own); moving them into the database is one migration once 0005 is in.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ecomplaint.domain import remedies as rm
from ecomplaint.domain.enums import EntryKind
from ecomplaint.domain.ladder import RuleBook, load_rule_book
from ecomplaint.domain.next_step import ladder_for_case
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import MESSAGES, UserError
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

FORMAT = "ecomplaint.remedy-answers/1"

MESSAGES.update(
    {
        "remedies.bad_answer": {
            "en": 'The answer "{value}" to "{question}" is not valid: {why}. Nothing was saved.',
            "zh": "对“{question}”的回答“{value}”无效：{why}。未保存任何内容。",
        },
        "remedies.unknown_question": {
            "en": 'There is no question "{question}" for this case. Questions: {choices}. '
            "Nothing was saved.",
            "zh": "本案件没有“{question}”这一问题。可回答的问题：{choices}。未保存任何内容。",
        },
        "remedies.bad_file": {
            "en": "The saved answers in {path} cannot be read ({detail}); they were left "
            "untouched. Answer again to replace them, or fix the file.",
            "zh": "无法读取 {path} 中保存的回答（{detail}）；该文件未被改动。"
            "请重新回答以替换，或修复该文件。",
        },
        "remedies.bad_set": {
            "en": 'Write each answer as QUESTION=ANSWER, e.g. fraud=yes (got "{value}"). '
            "Nothing was saved.",
            "zh": "每个回答请写成 问题=回答，例如 fraud=yes（收到的是“{value}”）。未保存任何内容。",
        },
        "remedies.no_pack": {
            "en": "No remedy pack covers this case's country ({country}).",
            "zh": "没有适用于本案件所在国家（{country}）的法定救济规则。",
        },
    }
)

WHY = {
    "yes_no": ("yes or no", "应为 yes 或 no"),
    "date": ("a date like 2026-11-04", "应为日期，如 2026-11-04"),
    "money": ("an amount like 1799.00", "应为金额，如 1799.00"),
    "periods": (
        "periods like 2026-03-10..2026-03-15 (end blank if pending), separated by commas",
        "应为时段，如 2026-03-10..2026-03-15（尚未结束则结束日留空），多个时段用逗号分隔",
    ),
}


def case_country(detail: CaseDetail, book: RuleBook) -> str:
    """The case's jurisdiction: its own country when the case carries one, else its ladder's."""
    own = str(getattr(detail.case, "country", "") or "")
    if own:
        return own.upper()
    ladder = ladder_for_case(detail, book)
    if ladder is not None and ladder.country:
        return ladder.country
    return "GB" if detail.case.currency == "GBP" else "CN"


def answers_path(store_folder: Path, case_uid: str) -> Path:
    return store_folder / "remedies" / f"{case_uid}.json"


def load_answers(store_folder: Path, case_uid: str) -> dict[str, Any]:
    path = answers_path(store_folder, case_uid)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError("remedies.bad_file", path=str(path), detail=str(exc)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("remedies.bad_file", path=str(path), detail="not an answers file")
    answers = data.get("answers", {})
    return dict(answers) if isinstance(answers, dict) else {}


def save_answers(store_folder: Path, case_uid: str, answers: dict[str, Any]) -> Path:
    path = answers_path(store_folder, case_uid)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"format": FORMAT, "case_uid": case_uid, "answers": answers}
    fd, tmp = tempfile.mkstemp(prefix=".answers-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def parse_answer(question: rm.Question, raw: str, zh: bool) -> Any:
    """A typed answer from text, or UserError in the user's language. Empty text clears."""
    text = raw.strip()
    if text == "":
        return None
    ok: Any = None
    if question.type == "yes_no":
        low = text.lower()
        if low in ("yes", "y", "true", "是", "1"):
            ok = True
        elif low in ("no", "n", "false", "否", "0"):
            ok = False
    elif question.type == "date":
        d = rm.parse_date(text)
        ok = d.isoformat() if d else None
    elif question.type == "money":
        m = rm.parse_money(text)
        ok = str(m) if m is not None else None
    else:
        pairs = []
        for chunk in text.split(","):
            start, _, end = chunk.strip().partition("..")
            pairs.append([start.strip(), end.strip() or None])
        ok = pairs if rm.parse_periods(pairs) is not None else None
    if ok is None:
        raise UserError(
            "remedies.bad_answer",
            question=question.text.get("zh" if zh else "en"),
            value=raw[:80],
            why=WHY[question.type][zh],
        )
    return ok


def set_answers(
    store_folder: Path, detail: CaseDetail, pack: rm.RemedyPack, raw: dict[str, str], zh: bool
) -> dict[str, Any]:
    """Check every answer first, then write them together (all or nothing)."""
    answers = load_answers(store_folder, detail.case.uid)
    for qid, value in raw.items():
        q = pack.question(qid)
        if q is None:
            raise UserError(
                "remedies.unknown_question",
                question=qid[:40],
                choices=", ".join(x.id for x in pack.questions),
            )
        parsed = parse_answer(q, value, zh)
        if parsed is None:
            answers.pop(qid, None)
        else:
            answers[qid] = parsed
    save_answers(store_folder, detail.case.uid, answers)
    return answers


@dataclass(frozen=True)
class Suggestion:
    value: Any
    entry_id: int | None  # the entry it was read from; None: the case's own field


def record_suggestions(detail: CaseDetail, pack: rm.RemedyPack) -> dict[str, Suggestion]:
    """What the record can say (delivery day, order day, amount paid), for unanswered questions.

    Shown as "from the record" and used only when the user has not answered: a delivery entry
    is a fact the user logged, not an assumption about eligibility.
    """
    tz = ZoneInfo(pack.tz)
    out: dict[str, Suggestion] = {}
    entries = [e for e in detail.entries if e.trashed_at is None]
    for q in pack.questions:
        if q.from_record in ("delivery", "order"):
            kinds = {
                "delivery": (EntryKind.DELIVERY,),
                "order": (EntryKind.PAYMENT, EntryKind.ORDER),
            }[q.from_record]
            found = next((e for k in kinds for e in entries if e.kind == k), None)
            if found is not None:
                out[q.id] = Suggestion(
                    found.occurred_at.astimezone(tz).date().isoformat(), found.id
                )
        elif q.from_record == "amount" and detail.case.amount is not None:
            out[q.id] = Suggestion(str(detail.case.amount), None)
    return out


@dataclass(frozen=True)
class RemedyReport:
    case_id: int
    case_uid: str
    case_title: str
    country: str
    currency: str
    pack: rm.RemedyPack | None
    answers: dict[str, Any]
    from_record: dict[str, Suggestion]
    results: list[rm.RemedyResult] = field(default_factory=list)

    @property
    def effective(self) -> dict[str, Any]:
        merged = {k: s.value for k, s in self.from_record.items()}
        merged.update(self.answers)
        return merged

    def open_windows(self) -> list[rm.RemedyResult]:
        return [
            r
            for r in self.results
            if r.status == rm.APPLIES and r.last_day is not None and (r.days_left or 0) >= 0
        ]


def remedy_report(
    detail: CaseDetail,
    *,
    store_folder: Path,
    now: datetime,
    book: RuleBook | None = None,
    packs: dict[str, rm.RemedyPack] | None = None,
    answers: dict[str, Any] | None = None,
) -> RemedyReport:
    book = book or load_rule_book(store_folder)
    packs = packs if packs is not None else rm.load_packs(store_folder)
    country = case_country(detail, book)
    pack = packs.get(country)
    given = answers if answers is not None else load_answers(store_folder, detail.case.uid)
    suggestions = record_suggestions(detail, pack) if pack else {}
    suggestions = {k: v for k, v in suggestions.items() if k not in given}
    report = RemedyReport(
        detail.case.id,
        detail.case.uid,
        detail.case.title,
        country,
        pack.currency if pack else detail.case.currency,
        pack,
        dict(given),
        suggestions,
    )
    if pack is not None:
        report.results.extend(rm.evaluate_all(pack, report.effective, now))
    return report


@dataclass(frozen=True)
class OwnWindow:
    """One of the consumer's own time limits still open, for `due` and Today."""

    case_id: int
    case_uid: str
    case_title: str
    remedy_id: str
    title_zh: str
    title_en: str
    article_zh: str
    article_en: str
    basis: str
    last_day: date
    deadline: datetime
    days_left: int
    paused: bool


def own_windows(store: Store, now: datetime) -> list[OwnWindow]:
    """Open statutory windows of every case the user answered questions for, soonest first.

    Only answered cases: eligibility is asked, so a case without answers has no window yet.
    """
    folder = store.folder / "remedies"
    book = load_rule_book(store.folder)
    packs = rm.load_packs(store.folder)
    out: list[OwnWindow] = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            case_id = queries.find_case_id(store, path.stem)
            detail = queries.case_detail(store, case_id)
            if detail.case.uid != path.stem or detail.case.trashed_at is not None:
                continue
            report = remedy_report(
                detail, store_folder=store.folder, now=now, book=book, packs=packs
            )
        except UserError:
            continue  # a damaged answers file is reported by `remedies CASE`, not here
        for r in report.results:
            if r.status != rm.APPLIES or r.last_day is None or r.deadline is None:
                continue
            if (r.days_left or 0) < 0 and not r.paused:
                continue
            out.append(
                OwnWindow(
                    case_id,
                    detail.case.uid,
                    detail.case.title,
                    r.remedy.id,
                    r.remedy.title.zh,
                    r.remedy.title.en,
                    r.remedy.article.zh,
                    r.remedy.article.en,
                    r.remedy.basis,
                    r.last_day,
                    r.deadline,
                    r.days_left or 0,
                    r.paused,
                )
            )
    return sorted(out, key=lambda w: (w.paused, w.deadline))
