"""Platform rule citations for the dossier, read from the editable rule data (never code).

The rule packs live in resources/rules/*.json (the promise/escalation rules work writes them).
Citations are the objects in a "references" (or "citations") list anywhere in a pack:

    {"format": "ecomplaint.rules/1", "ladders": [...],
     "references": [
        {"id": "tmall.harassment_points", "platforms": ["tmall"],
         "title": {"zh": "…", "en": "…"}, "text": {"zh": "…", "en": "…"},
         "source": "…", "date": "2026-11-22"}]}

Texts may be plain strings or {"zh", "en"} pairs. A citation applies to the platforms in its
"platforms"/"platform" key (else the file's). No file, or nothing for this platform: no
citation. Nothing here states a rule fact itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecomplaint.domain.records import CaseDetail
from ecomplaint.dossier.labels import Lang
from ecomplaint.resources_path import resource_path

TEXT_KEYS = ("text", "summary", "fact", "rule", "description")
SOURCE_KEYS = ("source", "citation", "reference")
DATE_KEYS = ("date", "as_of", "source_date", "retrieved", "effective")
PLATFORM_KEYS = ("platform", "platforms")


@dataclass(frozen=True)
class Citation:
    text: str
    source: str
    date: str
    platform: str = ""
    title: str = ""
    topics: tuple[str, ...] = ()  # e.g. ("harassment",): cited only in cases about that
    valid_from: str = ""  # the rule's dates in force ("" = open): cited only on those days
    valid_until: str = ""


LIST_KEYS = ("references", "citations")


def _pick(value: Any, lang: Lang) -> str:
    """A string, or a {"zh": …, "en": …} pair in the wanted language (else the other)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in (lang, "en" if lang == "zh" else "zh"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return ""


def _platforms(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.lower()]
    if isinstance(value, list):
        return [str(v).lower() for v in value]
    return []


def _platform_of(value: str) -> str:
    """'cn.jd' → 'jd'; 'tmall' → 'tmall'."""
    return value.lower().split(".")[-1]


def _platforms_of(node: dict[str, Any], inherited: list[str]) -> list[str]:
    for key in PLATFORM_KEYS:
        if key in node and _platforms(node[key]):
            return [_platform_of(p) for p in _platforms(node[key])]
    return inherited


def _citation(node: Any, platforms: list[str], lang: Lang) -> Iterable[Citation]:
    if not isinstance(node, dict):
        return
    text = next((_pick(node[k], lang) for k in TEXT_KEYS if k in node), "")
    source = next((_pick(node[k], lang) for k in SOURCE_KEYS if k in node), "")
    if not (text and source):
        return
    date = next((str(node[k]) for k in DATE_KEYS if node.get(k)), "")
    title = _pick(node.get("title", ""), lang)
    raw_topics = node.get("topics", [])
    topics = tuple(str(t) for t in raw_topics) if isinstance(raw_topics, list) else ()
    start, end = str(node.get("from") or ""), str(node.get("until") or "")
    for platform in _platforms_of(node, platforms) or [""]:
        yield Citation(
            text=text,
            source=source,
            date=date,
            platform=platform,
            title=title,
            topics=topics,
            valid_from=start,
            valid_until=end,
        )


def _walk(node: Any, inherited: list[str], lang: Lang) -> Iterable[Citation]:
    """Every citation in a "references"/"citations" list, at any depth."""
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, inherited, lang)
        return
    if not isinstance(node, dict):
        return
    platforms = _platforms_of(node, inherited)
    for key, value in node.items():
        if key in LIST_KEYS and isinstance(value, list):
            for item in value:
                yield from _citation(item, platforms, lang)
        elif isinstance(value, dict | list):
            yield from _walk(value, platforms, lang)


def case_topics(detail: CaseDetail) -> set[str]:
    """What a case is about, for choosing which rules to cite: a harassment rule belongs in a
    harassment case's dossier, not in every dossier for that platform."""
    topics = {e.kind for e in detail.entries}
    tags = {t.lower() for t in detail.case.tag_list}
    if tags & {"harassment", "骚扰"}:
        topics.add("harassment")
    return topics


def load_citations(
    platform: str,
    lang: Lang,
    folder: Path | None = None,
    topics: set[str] | None = None,
    on: str | None = None,
) -> list[Citation]:
    """Citations that apply to `platform` (and, for those with topics, to one of `topics`)
    and were in force on the day `on` (YYYY-MM-DD; any day when None), in file order;
    [] if there is no rule data."""
    folder = folder or resource_path("rules")
    if not folder.is_dir():
        return []
    out: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a broken pack must not stop the export; it just cites nothing
        file_platform = [_platform_of(path.stem)]
        for c in _walk(data, file_platform, lang):
            relevant = not c.topics or bool(topics and set(c.topics) & topics)
            if on is not None and (
                c.valid_from and on < c.valid_from or c.valid_until and on > c.valid_until
            ):
                relevant = False
            if c.platform == platform.lower() and relevant and (c.text, c.source) not in seen:
                seen.add((c.text, c.source))
                out.append(c)
    return out


def escalation_citations(
    detail: CaseDetail, lang: Lang, rules_folder: Path | None = None
) -> list[Citation]:
    """For each escalation, its rung's rules as in force on the escalation's date (in the
    case's zone): the source of that version, its dates, and any figure the rule pack could
    not confirm, said as such."""
    from zoneinfo import ZoneInfo

    from ecomplaint.domain.ladder import RuleError, load_rule_book

    try:
        book = load_rule_book(shipped=rules_folder) if rules_folder else load_rule_book()
    except (RuleError, OSError, ValueError):
        return []
    out: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    for x in sorted(detail.escalations, key=lambda e: e.escalated_at):
        ladder = book.ladder(x.ladder)
        rung = ladder.rung(x.rung) if ladder else None
        if rung is None:
            continue
        try:
            day = x.escalated_at.astimezone(ZoneInfo(detail.case.tz)).date()
        except (KeyError, ValueError):
            day = x.escalated_at.date()
        rules = rung.on(day)
        clocks = [
            c.label.get(lang) + (" *" if c.basis == "suggested" else "")
            for c in rules.clocks
            if c.starts in ("escalation", "acceptance")
        ]
        text = "; ".join(clocks) or (rung.note.get(lang) if rung.note else "—")
        if rules.unconfirmed is not None:
            mark = "未经核实：" if lang == "zh" else "Not confirmed: "
            text += "\n" + mark + rules.unconfirmed.get(lang)
        if (rules.source, text) in seen:
            continue
        seen.add((rules.source, text))
        span = "–".join(d for d in (rules.valid_from, rules.valid_until) if d)
        if rules.valid_from and not rules.valid_until:
            span = f"{rules.valid_from} 起" if lang == "zh" else f"from {rules.valid_from}"
        out.append(
            Citation(
                text=text,
                source=rules.source,
                date=span or rung.date,
                title=rung.label.get(lang),
            )
        )
    return out
