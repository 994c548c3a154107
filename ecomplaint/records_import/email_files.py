"""E-mail: single .eml files and .mbox mailboxes, through the standard library (policy default).

Encoded subjects and names are decoded by the policy; Date: becomes an aware time; the body
(plain text, else HTML reduced to text) with its quoted history trimmed is the entry's text;
attachments are spilled for the exhibits. The source file itself (the .eml, or the whole mbox)
is stored as an exhibit by the service, so every header stays provable.
"""

from __future__ import annotations

import mailbox
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from email import errors, policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

from ecomplaint.i18n import t
from ecomplaint.records_import.model import ImportFailed, ParseReport, SourceItem
from ecomplaint.records_import.spill import Spill

# A part that stops before its closing boundary is a cut-off file, not a quirk.
_TRUNCATION = (errors.CloseBoundaryNotFoundDefect, errors.StartBoundaryNotFoundDefect)
_QUOTE_START = re.compile(
    r"^(On .{3,200} wrote:|在 .{3,200}写道[:：]"
    r"|-{2,} ?(Original Message|原始邮件|Forwarded message) ?-{2,}"
    r"|From: .+|发件人[:：].+|_{10,})\s*$",
    re.IGNORECASE,
)


_MBOXRD = re.compile(rb"(?m)^>(>*From )")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag == "blockquote":
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def html_to_text(html: str) -> str:
    p = _Text()
    p.feed(html)
    p.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(p.out)).strip()


def trim_quoted(body: str) -> str:
    """The new text of a reply: stop at the quoted history ("On … wrote:", "> …")."""
    kept: list[str] = []
    for line in body.replace("\r\n", "\n").split("\n"):
        if _QUOTE_START.match(line.strip()) and kept:
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    text = "\n".join(kept).strip()
    return text or body.strip()


def _decoded(part: EmailMessage, report: ParseReport | None, where: str) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        # An unknown charset: read as UTF-8 with replacement and say so; the stored
        # original keeps the exact bytes.
        charset = part.get_content_charset() or "?"
        if report is not None:
            report.assumptions.append(f"{where}: {charset} → UTF-8 (replacement)")
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def _first_address(msg: EmailMessage, header: str) -> Address | None:
    try:
        value = msg[header]
    except (errors.HeaderParseError, IndexError, ValueError):
        return None
    addresses = getattr(value, "addresses", ()) if value is not None else ()
    return addresses[0] if addresses else None


def _date(msg: EmailMessage, path: Path, where: str, zone: str) -> datetime:
    raw = msg.get("Date", failobj=None)
    when: datetime | None = None
    if raw is not None:
        when = getattr(raw, "datetime", None)
        if when is None:
            try:
                when = parsedate_to_datetime(str(raw))
            except (TypeError, ValueError, IndexError):
                when = None
    if when is None:
        raise ImportFailed(
            "import.mime_malformed", path=path, where=where, detail=f"Date: {str(raw or '')!r}"
        )
    if when.tzinfo is None:  # "-0000": the sender's zone is unknown; use the chosen one
        when = when.replace(tzinfo=ZoneInfo(zone))
    return when


def parse_message(
    msg: EmailMessage,
    *,
    path: Path,
    where: str,
    locator: str,
    me: set[str],
    zone: str,
    keep: Callable[[SourceItem], bool],
    spill: Spill | None,
    report: ParseReport | None,
) -> SourceItem | None:
    defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
    if any(isinstance(d, _TRUNCATION) for d in defects):
        raise ImportFailed("import.mime_truncated", path=path, where=where)
    if msg.get("From") is None and msg.get("Date") is None:
        raise ImportFailed(
            "import.mime_malformed", path=path, where=where, detail="no From: or Date: header"
        )
    sender = _first_address(msg, "From")
    recipient = _first_address(msg, "To")
    sender_addr = (sender.addr_spec if sender else "").lower()
    outgoing = bool(sender_addr) and sender_addr in me
    other = recipient if outgoing else sender
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if isinstance(body_part, EmailMessage):
        body = _decoded(body_part, report, where)
        if body_part.get_content_subtype() == "html":
            body = html_to_text(body)
    item = SourceItem(
        kind="email",
        occurred_at=_date(msg, path, where, zone),
        direction="out" if outgoing else "in",
        address=(other.addr_spec if other else "") or "",
        contact=(other.display_name if other else "") or "",
        subject=str(msg.get("Subject", "") or ""),
        text=trim_quoted(body),
        locator=locator,
    )
    if not keep(item):
        return None
    if spill is None:
        return item
    attachments = []
    for n, part in enumerate(msg.iter_attachments(), start=1):
        if not isinstance(part, EmailMessage):
            continue
        try:
            data = part.get_payload(decode=True)
        except (LookupError, ValueError):
            data = None
        if isinstance(data, bytes) and data:
            name = part.get_filename() or f"attachment-{n}"
            attachments.append(spill.add(name, data, part.get_content_type()))
    from dataclasses import replace

    return replace(item, attachments=tuple(attachments))


def parse_eml(
    path: Path,
    *,
    me: set[str] = frozenset(),  # type: ignore[assignment]
    zone: str = "Asia/Shanghai",
    keep: Callable[[SourceItem], bool] = lambda _i: True,
    spill: Spill | None = None,
    report: ParseReport | None = None,
) -> Iterator[SourceItem]:
    if report is not None:
        report.file_kind = "eml"
    try:
        with open(path, "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
    except OSError as exc:
        raise ImportFailed("import.unreadable", path=path, detail=exc.strerror or exc) from None
    assert isinstance(msg, EmailMessage)
    where = t("import.message_no", n=1)
    mid = str(msg.get("Message-ID", "") or "").strip()
    item = parse_message(
        msg,
        path=path,
        where=where,
        locator=f"message 1 {mid}".strip(),
        me={m.lower() for m in me},
        zone=zone,
        keep=keep,
        spill=spill,
        report=report,
    )
    if item is not None:
        yield item


def looks_like_mbox(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(5) == b"From "


def parse_mbox(
    path: Path,
    *,
    me: set[str] = frozenset(),  # type: ignore[assignment]
    zone: str = "Asia/Shanghai",
    keep: Callable[[SourceItem], bool] = lambda _i: True,
    spill: Spill | None = None,
    report: ParseReport | None = None,
) -> Iterator[SourceItem]:
    """Each message of the mailbox in order; the locator is its number and Message-ID."""
    if report is not None:
        report.file_kind = "mbox"
    if not looks_like_mbox(path):
        raise ImportFailed("import.not_mbox", path=path)
    box = mailbox.mbox(path, create=False)
    parser = BytesParser(policy=policy.default)
    lowered = {m.lower() for m in me}
    try:
        for n, key in enumerate(box.iterkeys(), start=1):
            # mboxrd: a body line "From …" was stored as ">From …"; give it back as written.
            raw = _MBOXRD.sub(rb"\1", box.get_bytes(key))
            msg = parser.parsebytes(raw)
            assert isinstance(msg, EmailMessage)
            mid = str(msg.get("Message-ID", "") or "").strip()
            item = parse_message(
                msg,
                path=path,
                where=t("import.message_no", n=n),
                locator=f"message {n} {mid}".strip(),
                me=lowered,
                zone=zone,
                keep=keep,
                spill=spill,
                report=report,
            )
            if item is not None:
                yield item
    except OSError as exc:
        raise ImportFailed("import.unreadable", path=path, detail=exc.strerror or exc) from None
    finally:
        box.close()
