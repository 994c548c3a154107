"""Android "SMS Backup & Restore" XML: <smses> (sms, mms) and <calls>.

Streamed through defusedxml's parser (no entity expansion, no external entities, no DTD)
with a target that receives each start tag as it is read: no element tree is built at all,
so memory stays flat on a file of hundreds of MB, and the line of every element is exact.
MMS pictures are spilled to temp files only for items the filter keeps.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ecomplaint.records_import.model import ImportFailed, ParseReport, SourceItem
from ecomplaint.records_import.spill import Spill

FEED = 1024 * 1024

# The backup app's own codes (its published format).
SMS_DIRECTION = {"1": "in", "2": "out", "4": "out", "5": "out", "6": "out"}  # 3 = draft
MMS_DIRECTION = {"1": "in", "2": "out", "4": "out"}
CALL_TYPES = {
    "1": ("call_in", "in", "incoming"),
    "2": ("call_out", "out", "outgoing"),
    "3": ("call_missed", "in", "missed"),
    "4": ("call_missed", "in", "voicemail"),
    "5": ("call_missed", "in", "rejected"),
    "6": ("call_missed", "in", "refused"),
}
MMS_FROM, MMS_TO = "137", "151"

# Old versions of the app wrote an emoji as two character references, one per UTF-16
# surrogate ("&#55357;&#56832;"), which no XML parser accepts. They are joined into one
# reference before parsing; a lone surrogate becomes U+FFFD.
_SURROGATES = re.compile(rb"&#(5[5-7]\d{3});(?:&#(5[5-7]\d{3});)?")
_CARRY = 32  # two surrogate references are 16 bytes; never split one across feeds
# The app also writes control characters an SMS may hold (ESC, BEL…) as references that
# XML 1.0 forbids; they become U+FFFD instead of failing the whole file.
_CONTROL = re.compile(rb"&#(?:x0*([0-9A-Fa-f]{1,2})|0*(\d{1,2}));")
_ALLOWED = {0x9, 0xA, 0xD}


def _control(m: re.Match[bytes]) -> bytes:
    value = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return m.group(0) if value >= 0x20 or value in _ALLOWED else b"&#65533;"


def _join_surrogates(m: re.Match[bytes]) -> bytes:
    hi = int(m.group(1))
    lo = int(m.group(2)) if m.group(2) else None
    if not 0xD800 <= hi <= 0xDFFF:
        return m.group(0)
    if 0xD800 <= hi <= 0xDBFF and lo is not None and 0xDC00 <= lo <= 0xDFFF:
        return b"&#%d;" % (0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
    tail = b"" if lo is None else (b"&#%d;" % lo if not 0xD800 <= lo <= 0xDFFF else b"&#65533;")
    return b"&#65533;" + tail


def _null(value: str | None) -> str:
    return "" if value in (None, "null") else str(value)


class _Target:
    """Receives parser events; turns each <sms>, <mms> and <call> into a SourceItem."""

    def __init__(self, path: Path, keep: Callable[[SourceItem], bool], spill: Spill | None):
        self.path = path
        self.keep = keep
        self.spill = spill
        self.parser: Any = None
        self.ready: list[SourceItem] = []
        self.root = ""
        self.counts: dict[str, int] = {}
        self.mms: dict[str, Any] | None = None
        self.skipped = 0

    def _line(self) -> int:
        return int(self.parser.parser.CurrentLineNumber)

    def _where(self, tag: str) -> tuple[str, int]:
        n = self.counts[tag] = self.counts.get(tag, 0) + 1
        line = self._line()
        return f"line {line} <{tag}> #{n}", line

    def _when(self, attrib: dict[str, str], tag: str, line: int) -> datetime:
        raw = attrib.get("date", "")
        try:
            return datetime.fromtimestamp(int(raw) / 1000, UTC)
        except (ValueError, OverflowError, OSError):
            raise ImportFailed(
                "import.bad_attr", path=self.path, line=line, element=tag, attr="date", value=raw
            ) from None

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if not self.root:
            self.root = tag
            if tag not in ("smses", "calls"):
                raise ImportFailed("import.xml_not_backup", path=self.path, root=tag[:40])
            return
        if tag == "sms":
            self._sms(attrib)
        elif tag == "call":
            self._call(attrib)
        elif tag == "mms":
            where, line = self._where("mms")
            self.mms = {"a": attrib, "where": where, "line": line, "parts": [], "addrs": []}
        elif tag == "part" and self.mms is not None:
            self.mms["parts"].append(attrib)
        elif tag == "addr" and self.mms is not None:
            self.mms["addrs"].append(attrib)

    def end(self, tag: str) -> None:
        if tag == "mms" and self.mms is not None:
            self._finish_mms(self.mms)
            self.mms = None

    def data(self, _text: str) -> None:
        pass

    def close(self) -> None:
        pass

    def _offer(self, item: SourceItem) -> bool:
        if self.keep(item):
            self.ready.append(item)
            return True
        return False

    def _sms(self, a: dict[str, str]) -> None:
        where, line = self._where("sms")
        direction = SMS_DIRECTION.get(a.get("type", "1"))
        if direction is None:  # a draft was never sent
            self.skipped += 1
            return
        self._offer(
            SourceItem(
                kind="sms",
                occurred_at=self._when(a, "sms", line),
                direction=direction,
                address=_null(a.get("address")),
                contact=_contact(a),
                text=_null(a.get("body")),
                subject=_null(a.get("subject")),
                locator=where,
            )
        )

    def _call(self, a: dict[str, str]) -> None:
        where, line = self._where("call")
        kind, direction, call_type = CALL_TYPES.get(a.get("type", ""), ("", "", ""))
        if not kind:
            raise ImportFailed(
                "import.bad_attr",
                path=self.path,
                line=line,
                element="call",
                attr="type",
                value=a.get("type", ""),
            )
        try:
            duration = max(0, int(a.get("duration") or 0))
        except ValueError:
            raise ImportFailed(
                "import.bad_attr",
                path=self.path,
                line=line,
                element="call",
                attr="duration",
                value=a.get("duration", ""),
            ) from None
        self._offer(
            SourceItem(
                kind=kind,
                occurred_at=self._when(a, "call", line),
                direction=direction,
                address=_null(a.get("number")),
                contact=_contact(a),
                text="",
                duration_s=duration,
                call_type=call_type,
                locator=where,
            )
        )

    def _finish_mms(self, m: dict[str, Any]) -> None:
        a = m["a"]
        direction = MMS_DIRECTION.get(a.get("msg_box", "1"), "in")
        wanted = MMS_FROM if direction == "in" else MMS_TO
        addrs = [_null(x.get("address")) for x in m["addrs"] if x.get("type") == wanted]
        address = addrs[0] if addrs else _null(a.get("address")).split("~")[0]
        texts = [
            _null(p.get("text"))
            for p in m["parts"]
            if p.get("ct", "").startswith("text/plain") and _null(p.get("text"))
        ]
        item = SourceItem(
            kind="sms",
            occurred_at=self._when(a, "mms", m["line"]),
            direction=direction,
            address=address,
            contact=_contact(a),
            text="\n".join(texts),
            subject=_null(a.get("sub")),
            locator=m["where"],
        )
        if not self.keep(item):
            return
        attachments = []
        for n, part in enumerate(m["parts"], start=1):
            ct = part.get("ct", "")
            if ct.startswith(("text/plain", "application/smil")) or not part.get("data"):
                continue
            try:
                data = base64.b64decode(part["data"], validate=False)
            except (binascii.Error, ValueError):
                raise ImportFailed(
                    "import.bad_attr",
                    path=self.path,
                    line=m["line"],
                    element="part",
                    attr="data",
                    value=part["data"][:20] + "…",
                ) from None
            if self.spill is not None and data:
                name = _null(part.get("name")) or _null(part.get("cl")) or f"mms-part-{n}"
                attachments.append(self.spill.add(name, data, ct))
        self.ready.append(_with_attachments(item, tuple(attachments)))


def _with_attachments(item: SourceItem, attachments: tuple[Any, ...]) -> SourceItem:
    from dataclasses import replace

    return replace(item, attachments=attachments)


def _contact(a: dict[str, str]) -> str:
    name = _null(a.get("contact_name"))
    return "" if name == "(Unknown)" else name


def parse_sms_backup(
    path: Path,
    *,
    keep: Callable[[SourceItem], bool] = lambda _i: True,
    spill: Spill | None = None,
    report: ParseReport | None = None,
) -> Iterator[SourceItem]:
    """Yield every message and call the filter keeps, in file order."""
    target = _Target(path, keep, spill)
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    target.parser = parser
    if report is not None:
        report.file_kind = "sms_backup"
    carry = b""
    try:
        with open(path, "rb") as f:
            while True:
                chunk = f.read(FEED)
                data = carry + chunk
                if chunk:
                    cut = data.find(b"&", max(0, len(data) - _CARRY))
                    carry, data = (data[cut:], data[:cut]) if cut >= 0 else (b"", data)
                else:
                    carry = b""
                parser.feed(_CONTROL.sub(_control, _SURROGATES.sub(_join_surrogates, data)))
                yield from target.ready
                target.ready.clear()
                if not chunk:
                    break
            parser.close()
            yield from target.ready
            target.ready.clear()
    except ParseError as exc:
        raise _parse_failure(path, exc, target) from None
    except DefusedXmlException as exc:
        name = getattr(exc, "name", "") or ""
        where = f"line {target._line()}: {type(exc).__name__.removesuffix('Forbidden')} {name}"
        raise ImportFailed("import.xml_entities", path=path, where=where.strip()) from None
    except (LookupError, ValueError) as exc:  # the declared encoding has no decoder expat can use
        raise ImportFailed("import.xml_encoding", path=path, detail=str(exc)) from None
    except OSError as exc:
        raise ImportFailed("import.unreadable", path=path, detail=exc.strerror or exc) from None
    finally:
        if report is not None:
            report.skipped += target.skipped


def _parse_failure(path: Path, exc: ParseError, target: _Target) -> ImportFailed:
    line, column = getattr(exc, "position", (0, 0))
    code = getattr(exc, "code", 0)
    detail = str(exc).split(":")[0]
    # 3 = no element found, 5 = unclosed token: the file stops in the middle of the document.
    if code in (3, 5) or (target.root and "unclosed" in detail):
        return ImportFailed("import.truncated", path=path, line=line)
    if code == 18 or "encoding" in detail:  # unknown encoding
        return ImportFailed("import.xml_encoding", path=path, detail=detail)
    return ImportFailed("import.xml_malformed", path=path, line=line, column=column, detail=detail)
