"""The remedies report in words, zh and en: the CLI, `due` and the dossier say the same."""

from __future__ import annotations

from babel.numbers import format_currency

from ecomplaint.domain import remedies as rm
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import Lang
from ecomplaint.letters.literal import lit
from ecomplaint.services.remedies import RemedyReport


def report_lines(report: RemedyReport, lang: Lang) -> list[str]:
    """The report in words (also what the dossier's legal-basis section says)."""
    zh = lang == "zh"
    pack = report.pack
    assert pack is not None
    out = [
        f"#{report.case_id} {visible(report.case_title)}",
        f"{pack.title.get(lang)}（{pack.date}）" if zh else f"{pack.title.get(lang)} ({pack.date})",
        pack.counting.get(lang),
        "",
    ]
    groups = {
        rm.APPLIES: "适用" if zh else "Applies",
        rm.UNANSWERED: "需要您回答" if zh else "Needs your answer",
        rm.NOT_APPLICABLE: "不适用" if zh else "Does not apply",
    }
    for status, heading in groups.items():
        rows = [r for r in report.results if r.status == status]
        out.append(f"{heading} ({len(rows)})")
        if not rows:
            out.append("  无" if zh else "  none")
        for r in rows:
            out.append(f"  {r.remedy.title.get(lang)} — {r.remedy.article.get(lang)}")
            out += ["    " + x for x in describe(r, report, lang)]
        out.append("")
    out.append("问题与回答" if zh else "Questions and answers")
    for q in pack.questions:
        if q.id in report.answers:
            value = report.answers[q.id]
            shown = yes_no(value, zh) if isinstance(value, bool) else value
        elif q.id in report.from_record:
            value = report.from_record[q.id].value
            shown = f"{value}（来自记录）" if zh else f"{value} (from the record)"
        else:
            shown = "未回答" if zh else "not answered"
        out.append(f"  {q.id} = {lit(shown)}    {q.text.get(lang)}")
    out.append(
        "回答：ecomplaint remedies CASE --set 问题=回答"
        if zh
        else "Answer with: ecomplaint remedies CASE --set QUESTION=ANSWER"
    )
    return out


def yes_no(value: bool, zh: bool) -> str:
    return ("是" if value else "否") if zh else ("yes" if value else "no")


def describe(r: rm.RemedyResult, report: RemedyReport, lang: Lang) -> list[str]:
    zh = lang == "zh"
    pack = report.pack
    assert pack is not None
    lines: list[str] = []
    if r.status == rm.UNANSWERED:
        asks = [q.text.get(lang) for x in r.missing if (q := pack.question(x))]
        lines.append(("待回答：" if zh else "To answer: ") + " / ".join(asks))
    elif r.status == rm.NOT_APPLICABLE:
        said = [
            f"{q.text.get(lang)} {yes_no(v, zh) if isinstance(v, bool) else v}"
            for x in r.against
            if (q := pack.question(x)) and (v := report.effective.get(x)) is not None
        ]
        lines.append(("根据回答：" if zh else "Because you answered: ") + " / ".join(said))
    if r.last_day is not None:
        left = r.days_left or 0
        if r.paused:
            state = f"暂停计时，尚余 {left} 天" if zh else f"clock stopped, {left} days left"
        elif left < 0:
            state = f"已过 {-left} 天" if zh else f"passed {-left} days ago"
        else:
            state = f"还剩 {left} 天" if zh else f"{left} days left"
        lines.append(
            f"最后一天：{r.last_day.isoformat()}（{state}）"
            if zh
            else f"Last day: {r.last_day.isoformat()} ({state})"
        )
    if r.amount is not None:
        terms = "；".join if zh else "; ".join
        parts = [f"{times} × {report.effective.get(of)} = {v}" for of, times, v in r.candidates]
        floor = (
            ("，低于法定下限，按下限计" if zh else ", below the floor: the floor applies")
            if r.floored
            else ""
        )
        money = format_currency(r.amount, report.currency, locale="zh_CN" if zh else "en_GB")
        lines.append(
            (f"法定金额：{money}（{terms(parts)}{floor}）")
            if zh
            else f"Amount the law allows: {money} ({terms(parts)}{floor})"
        )
    if r.remedy.basis == "issuer":
        lines.append(
            "此为发卡机构/卡组织的数字，非法律规定。"
            if zh
            else "This is the card issuer's / schemes' figure, not a law."
        )
    lines.append(
        f"来源：{r.remedy.source}；施行：{r.remedy.in_force or '—'}；核对：{r.remedy.checked}"
        if zh
        else f"Source: {r.remedy.source}; in force: {r.remedy.in_force or '—'}; "
        f"checked: {r.remedy.checked}"
    )
    return lines
