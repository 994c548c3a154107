"""What an imported item says as a timeline entry: summary and quote, in the case's language."""

from __future__ import annotations

from ecomplaint.domain import validation as v
from ecomplaint.i18n import Lang, t
from ecomplaint.records_import.model import SourceItem, storable

SUMMARY_CHARS = 120


def duration_words(seconds: int, lang: Lang) -> str:
    h, rest = divmod(max(0, seconds), 3600)
    m, s = divmod(rest, 60)
    if lang == "zh":
        parts = [
            f"{h} 小时" if h else "",
            f"{m} 分" if m else "",
            f"{s} 秒" if s or not (h or m) else "",
        ]
    else:
        parts = [
            f"{h} h" if h else "",
            f"{m} min" if m else "",
            f"{s} s" if s or not (h or m) else "",
        ]
    return " ".join(p for p in parts if p)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= SUMMARY_CHARS else line[: SUMMARY_CHARS - 1] + "…"
    return ""


def _cut(text: str, limit: int) -> str:
    text = storable(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def entry_text(item: SourceItem, lang: Lang) -> tuple[str, str]:
    """(summary, quote). Calls: what happened and how long; messages: the words themselves."""
    if item.kind.startswith("call_"):
        what = t(f"call.{item.call_type or 'incoming'}", lang)
        if item.duration_s:
            what = t(
                "call.lasting", lang, what=what, duration=duration_words(item.duration_s, lang)
            )
        return what, ""
    quote = _cut(item.text.strip(), v.MAX_LONG)
    names = ", ".join(a.name for a in item.attachments)
    summary = _first_line(storable(item.subject)) or _first_line(quote)
    if not summary and names:
        summary = t("import.attached", lang, name=names)
    if not summary:
        summary = t("import.empty_message", lang)
    if summary == quote:  # a one-line message: the words are the quote; no repeat
        summary = ""
    return _cut(summary, v.MAX_SHORT), quote


def content_key(item_text: str) -> str:
    return " ".join(item_text.split()).casefold()
