"""WhatsApp "Export chat" text (_chat.txt): Android and iOS layouts, 12/24-hour clocks.

The file carries no time zone: the user's choice is applied and recorded as an assumption.
The day/month order is decided from the file (a day above 12) or given by the user; when
neither decides it, the import asks (ImportFailed) rather than guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ecomplaint.i18n import t
from ecomplaint.records_import.model import Attachment, ImportFailed, ParseReport, SourceItem
from ecomplaint.records_import.text_lines import read_lines

_TIME = (
    r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
    r"(?:[\s\u202f\u00a0]?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
)
_DATE = r"(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{2,4})"
ANDROID = re.compile(r"^\u200e?" + _DATE + r",?\s" + _TIME + r"\s[-–]\s(?P<rest>.*)$")
IOS = re.compile(r"^\u200e?\[" + _DATE + r",?\s" + _TIME + r"\]\s(?P<rest>.*)$")
_ATTACHED = re.compile(r"^\u200e?<attached:\s*(?P<name>[^>]+)>\s*$")
_FILE_ATTACHED = re.compile(r"^\u200e?(?P<name>\S.*?)\s\(file attached\)\s*$")
_OMITTED = ("<Media omitted>", "<媒体文件已省略>", "<附件：图片>")


@dataclass(frozen=True)
class _Head:
    line: int
    a: int
    b: int
    c: int
    year_first: bool
    raw: str


def _head(n: int, line: str) -> tuple[re.Match[str], _Head] | None:
    m = IOS.match(line) or ANDROID.match(line)
    if m is None:
        return None
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    return m, _Head(n, a, b, c, len(m["a"]) == 4, line[: m.start("rest")].strip("[]\u200e -–"))


def decide_order(path: Path, encoding: str, day_first: bool | None) -> tuple[bool, str]:
    """True for day first. Returns the order and how it was decided (for the record)."""
    evidence_day: _Head | None = None
    evidence_month: _Head | None = None
    example = ""
    first_line = ""
    for n, line in read_lines(path, encoding):
        first_line = first_line or line
        found = _head(n, line)
        if found is None:
            continue
        h = found[1]
        example = example or h.raw
        if h.year_first:
            continue
        if h.a > 12 and evidence_day is None:
            evidence_day = h
        if h.b > 12 and evidence_month is None:
            evidence_month = h
    if not example:
        raise ImportFailed("import.chat_no_messages", path=path, line=first_line[:80])
    if evidence_day and evidence_month:
        raise ImportFailed(
            "import.chat_day_month_conflict",
            path=path,
            line=evidence_month.line,
            example=evidence_month.raw,
            order="DD/MM",
        )
    found_order = True if evidence_day else False if evidence_month else None
    if day_first is not None:
        if found_order is not None and found_order != day_first:
            seen = evidence_day or evidence_month
            assert seen is not None
            raise ImportFailed(
                "import.chat_day_month_conflict",
                path=path,
                line=seen.line,
                example=seen.raw,
                order="DD/MM" if day_first else "MM/DD",
            )
        return day_first, t("import.assume_day_first" if day_first else "import.assume_month_first")
    if found_order is None:
        raise ImportFailed("import.chat_day_month", path=path, example=example)
    decided = evidence_day or evidence_month
    assert decided is not None
    key = "import.found_day_first" if found_order else "import.found_month_first"
    return found_order, t(key, line=decided.line, example=decided.raw)


def _when(m: re.Match[str], day_first: bool, tz: ZoneInfo, path: Path, n: int) -> datetime:
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    if len(m["a"]) == 4:
        year, month, day = a, b, c
    else:
        year = c + 2000 if c < 100 else c
        day, month = (a, b) if day_first else (b, a)
    hour = int(m["h"])
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            raise ImportFailed("import.bad_time", path=path, line=n, value=m.group(0)[:40])
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        return datetime(year, month, day, hour, int(m["mi"]), int(m["s"] or 0), tzinfo=tz)
    except ValueError:
        raise ImportFailed("import.bad_time", path=path, line=n, value=m.group(0)[:40]) from None


def _attachment(folder: Path, text: str) -> tuple[str, Attachment | None]:
    """A media line: the text to keep and, if the export came with the file, the file."""
    m = _ATTACHED.match(text) or _FILE_ATTACHED.match(text)
    if m is None:
        return text, None
    name = Path(m["name"].strip()).name  # never a path out of the export's folder
    candidate = folder / name
    if name and candidate.is_file() and candidate.resolve().parent == folder.resolve():
        return text.lstrip("\u200e"), Attachment(name=name, path=candidate)
    return text.lstrip("\u200e"), None


def parse_whatsapp(
    path: Path,
    *,
    zone: str,
    day_first: bool | None = None,
    me: set[str] = frozenset(),  # type: ignore[assignment]
    encoding: str = "utf-8",
    keep: Callable[[SourceItem], bool] = lambda _i: True,
    report: ParseReport | None = None,
) -> Iterator[SourceItem]:
    tz = ZoneInfo(zone)
    order, how = decide_order(path, encoding, day_first)
    if report is not None:
        report.file_kind = "whatsapp"
        report.assumptions += [t("import.assume_zone", zone=zone), how]
    mine = {x.casefold() for x in me}
    folder = path.parent
    pending: dict[str, object] | None = None

    def finish(p: dict[str, object]) -> SourceItem | None:
        text = "\n".join(p["lines"])  # type: ignore[arg-type]
        attachments: tuple[Attachment, ...] = ()
        text, att = _attachment(folder, text)
        if att is not None:
            attachments = (att,)
        sender = str(p["sender"])
        item = SourceItem(
            kind="chat",
            occurred_at=p["at"],  # type: ignore[arg-type]
            direction="out" if sender.casefold() in mine else "in",
            address=sender,
            contact=sender,
            text=text,
            locator=f"line {p['line']}",
            attachments=attachments,
        )
        return item if keep(item) else None

    for n, line in read_lines(path, encoding):
        found = _head(n, line)
        if found is None:
            if pending is not None:
                pending["lines"].append(line)  # type: ignore[attr-defined]
            continue
        m, _h = found
        if pending is not None and (item := finish(pending)) is not None:
            yield item
        pending = None
        rest = m["rest"]
        sender, sep, text = rest.partition(": ")
        if not sep:  # "Messages are end-to-end encrypted", "X added Y": no sender
            if report is not None:
                report.skipped += 1
            continue
        pending = {
            "at": _when(m, order, tz, path, n),
            "sender": sender.strip("\u200e\u202a\u202c ~\u00a0"),
            "line": n,
            "lines": [text],
        }
    if pending is not None and (item := finish(pending)) is not None:
        yield item


def looks_like_whatsapp(path: Path, encoding: str = "utf-8") -> bool:
    try:
        for n, line in read_lines(path, encoding):
            if _head(n, line) is not None:
                return True
            if n > 20:
                return False
    except ImportFailed:
        return False
    return False


OMITTED_MEDIA = _OMITTED
