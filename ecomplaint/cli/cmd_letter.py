"""`ecomplaint letter` (drafts per rung) and `ecomplaint remedies` (what the law gives).

remedies --json (format "ecomplaint.remedies/1"):
  {"format", "at", "case_id", "case_uid", "country", "pack", "pack_date",
   "answers": {question: value}, "from_record": {question: {"value", "entry_id"}},
   "questions": [{"id", "type", "text_zh", "text_en", "answered"}],
   "remedies": [{"id", "kind", "title_zh", "title_en", "article_zh", "article_en", "basis",
                 "status", "missing", "against", "last_day", "deadline", "days_left",
                 "paused", "amount", "currency", "candidates", "floored", "in_range",
                 "source", "in_force", "checked"}]}
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ecomplaint import remedy_words
from ecomplaint.cli.cmd_due import parse_at
from ecomplaint.cli.jsonout import dump
from ecomplaint.domain import remedies as rm
from ecomplaint.i18n import Lang, UserError, current_language, t
from ecomplaint.services import letters as letter_service
from ecomplaint.services import remedies as remedy_service
from ecomplaint.services.letter_sent import mark_letter_sent
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

FORMAT = "ecomplaint.remedies/1"


def register(sub: Any) -> None:
    p = sub.add_parser("letter", help="draft a letter for a rung / 起草各级投诉信函")
    p.add_argument("case", nargs="?", help="case id, uid or order number")
    p.add_argument("--list", action="store_true", help="list the kinds of letter")
    p.add_argument("--kind", metavar="K", help="which letter (see --list)")
    p.add_argument(
        "--lang",
        "--doc-lang",
        dest="doc_lang",
        choices=["zh", "en"],
        help="language of the letter (default: the case's)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="save it (FILE.pdf: as a PDF)")
    p.add_argument("--at", metavar="ISO_TIME", help="pretend it is this time (with a zone)")
    p.add_argument(
        "--sent",
        action="store_true",
        help="log it as sent: an entry, the letter as its exhibit, the rung's clock",
    )
    p.add_argument(
        "--sent-file",
        metavar="FILE",
        help="with --sent: the letter as you actually sent it (your edited copy, UTF-8 text)",
    )
    p.set_defaults(func=run_letter)

    p = sub.add_parser(
        "remedies", help="what the law gives and your own time limits / 法定救济与期限"
    )
    p.add_argument("case", help="case id, uid or order number")
    p.add_argument("--json", action="store_true", help=f"machine-readable output ({FORMAT})")
    p.add_argument(
        "--set",
        metavar="QUESTION=ANSWER",
        action="append",
        default=[],
        help="answer a question (yes/no, a date, an amount; empty clears), repeatable",
    )
    p.add_argument("--at", metavar="ISO_TIME", help="pretend it is this time (with a zone)")
    p.set_defaults(func=run_remedies)


def run_letter(store: Store, args: argparse.Namespace) -> int:
    zh = current_language() == "zh"
    if args.list:
        for kind in letter_service.letter_kinds().values():
            print(f"{kind.id:<24} {kind.title.get('zh' if zh else 'en')}")
        return 0
    if not args.case or not args.kind:
        raise UserError("letter.usage")
    case_id = queries.find_case_id(store, args.case)
    letter = letter_service.draft_letter(
        store, case_id=case_id, kind=args.kind, lang=args.doc_lang, now=parse_at(args.at, store)
    )
    kind_country = letter_service.letter_kinds()[letter.kind].country
    case_country = queries.get_case(store, case_id).country
    if kind_country and case_country and kind_country != case_country:
        note = t(
            "letter.other_country",
            kind=letter.kind,
            kind_country=kind_country,
            case_country=case_country,
        )
        print(note, file=sys.stderr)
    for n in letter.lengths:
        note = n.note.get("zh" if zh else "en")
        if n.max_chars is None:
            msg = (
                f"「{n.block}」{n.chars} 字。{note}（{n.source}）"
                if zh
                else f'"{n.block}": {n.chars} characters. {note} ({n.source})'
            )
        elif n.over:
            msg = (
                f"「{n.block}」{n.chars} 字，超过表单上限 {n.max_chars} 字（{n.source}），请删减。"
                if zh
                else f'"{n.block}": {n.chars} characters, over the form\'s limit of '
                f"{n.max_chars} ({n.source}): shorten it."
            )
        else:
            msg = (
                f"「{n.block}」{n.chars}/{n.max_chars} 字（{n.source}）"
                if zh
                else f'"{n.block}": {n.chars} of {n.max_chars} characters ({n.source})'
            )
        print(msg, file=sys.stderr)
    if args.sent:
        _mark_sent(store, args, case_id, letter, zh)
    if args.output:
        out = Path(args.output)
        try:
            letter_service.save_letter(letter, out)
        except OSError as exc:
            raise UserError(
                "dossier.cannot_write", path=str(out), detail=exc.strerror or str(exc)
            ) from exc
        print(f"已保存 {out}" if zh else f"Saved {out}", file=sys.stderr)
        return 0
    if not args.sent:
        sys.stdout.write(letter.text)
    return 0


def _mark_sent(store: Store, args: argparse.Namespace, case_id: int, letter: Any, zh: bool) -> None:
    text = letter.text
    if args.sent_file:
        try:
            text = Path(args.sent_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError("letter.cannot_read", path=args.sent_file, detail=str(exc)) from exc
    kind = letter_service.letter_kinds()[letter.kind]
    sent = mark_letter_sent(
        store,
        case_id=case_id,
        kind=kind,
        text=text,
        lang=letter.lang,
        sent_at=parse_at(args.at, store) if args.at else None,
    )
    if zh:
        msg = f"已记录发送：记录 #{sent.entry_id}，信函存为证据 #{sent.evidence_id}"
        msg += f"，升级 #{sent.escalation_id}" if sent.escalation_id else ""
    else:
        msg = (
            f"Logged as sent: entry #{sent.entry_id}, letter stored as exhibit #{sent.evidence_id}"
        )
        msg += f", escalation #{sent.escalation_id}" if sent.escalation_id else ""
    print(msg, file=sys.stderr)


def _parse_sets(values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError("remedies.bad_set", value=item[:80])
        out[key.strip()] = value
    return out


def _result_json(r: rm.RemedyResult, currency: str) -> dict[str, Any]:
    rem = r.remedy
    return {
        "id": rem.id,
        "kind": rem.kind,
        "title_zh": rem.title.zh,
        "title_en": rem.title.en,
        "article_zh": rem.article.zh,
        "article_en": rem.article.en,
        "basis": rem.basis,
        "status": r.status,
        "missing": list(r.missing),
        "against": list(r.against),
        "last_day": r.last_day.isoformat() if r.last_day else None,
        "deadline": r.deadline.isoformat() if r.deadline else None,
        "days_left": r.days_left,
        "paused": r.paused,
        "amount": str(r.amount) if r.amount is not None else None,
        "currency": currency,
        "candidates": [[of, str(times), str(v)] for of, times, v in r.candidates],
        "floored": r.floored,
        "in_range": r.in_range,
        "source": rem.source,
        "in_force": rem.in_force,
        "checked": rem.checked,
    }


def run_remedies(store: Store, args: argparse.Namespace) -> int:
    zh = current_language() == "zh"
    lang: Lang = "zh" if zh else "en"
    now = parse_at(args.at, store)
    detail = queries.case_detail(store, queries.find_case_id(store, args.case))
    report = remedy_service.remedy_report(detail, store_folder=store.folder, now=now)
    pack = report.pack
    if pack is None:
        raise UserError("remedies.no_pack", country=report.country)
    if args.set:
        remedy_service.set_answers(store.folder, detail, pack, _parse_sets(args.set), zh)
        report = remedy_service.remedy_report(detail, store_folder=store.folder, now=now)
    if args.json:
        dump(
            {
                "format": FORMAT,
                "at": now.isoformat(),
                "case_id": detail.case.id,
                "case_uid": detail.case.uid,
                "country": report.country,
                "pack": pack.id,
                "pack_date": pack.date,
                "answers": report.answers,
                "from_record": {
                    k: {"value": s.value, "entry_id": s.entry_id}
                    for k, s in report.from_record.items()
                },
                "questions": [
                    {
                        "id": q.id,
                        "type": q.type,
                        "text_zh": q.text.zh,
                        "text_en": q.text.en,
                        "answered": q.id in report.answers,
                    }
                    for q in pack.questions
                ],
                "remedies": [_result_json(r, report.currency) for r in report.results],
            }
        )
        return 0
    for line in remedy_words.report_lines(report, lang):
        print(line)
    return 0
