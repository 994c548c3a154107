"""Messages proposed from the text read off a chat or SMS screenshot: one per bubble.

Works on the OCR lines alone (no pixels), as a phone lays a conversation out:
- the phone's status bar (top strip: "21:55  5G 87%"), the app's title bar (a back arrow,
  the contact's name or number centred) and the input bar at the bottom are not messages;
- a line centred on the screen is a time stamp ("2月5日 周四 14:31") or a system line
  ("以下为新消息"); a stamp dates the bubbles below it until the next stamp;
- other lines are messages: lines close together and starting at the same x are one bubble,
  at the left (them: direction "in") or the right (me: "out") by the bubble's whole box (a
  right bubble's short last line starts at its left edge); a row the engine split in two is
  one line; a page laid out in columns is not a chat (below);
- a bare time tucked under or beside a bubble (WhatsApp, some SMS apps) is that message's
  own time, on the day of the date chip above it ("Yesterday", "2月5日");
- a bubble's lines are joined verbatim: a space only between two Latin words, never
  invented between CJK characters.

Lines the user CHOSE are kept even where a whole page would leave them out: a status bar,
title or input bar line they tick is quoted like a message (they know what they picked); a
chosen line that still ends up in no proposal (a stamp that dates the message under it, an
empty line) is listed in `ChatReading.left_out` with why, so the preview can say so.

A page that is not a conversation (an order page: label and value side by side on many
rows) is said to be one (`ChatReading.is_chat` False) and gets ONE proposal quoting its lines
(one per line, in order) with no direction: the user says what it is.

Times: a bubble under a stamp takes its time (precision of the stamp). A bubble above the
first stamp takes the first stamp's time as "approximate"; with no stamp at all, the capture
time as "approximate" (the capture time unknown: the time the file was ADDED, and the note
says so, never "the time of the screenshot"); all carry a `time_note` so the preview flags
them. A stamp that names a day relative to the screen ("昨天", "星期四", "21:52", "2月5日"
without a year) resolved against the day the file was ADDED (the capture time unknown) is
"approximate" too, unless its weekday fixes the year ("2月5日 周四").
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from ecomplaint.domain.chat_times import Stamp, parse_stamp
from ecomplaint.domain.enums import Channel, Direction, EntryKind, Precision
from ecomplaint.domain.ocr_text import OcrLine, OcrResult

# Why a line is not part of any message (ChatReading.skipped).
SKIP_STATUS = "status_bar"
SKIP_HEADER = "header"
SKIP_INPUT = "input_bar"
SKIP_STAMP = "stamp"
SKIP_SYSTEM = "system"
SKIP_EMPTY = "empty"
SKIP_BUBBLE_TIME = "bubble_time"  # a message's own time beside or under it (WhatsApp, Huawei)

# Why a proposal's time needs the user's eye (MessageProposal.time_note).
NOTE_BEFORE_FIRST_STAMP = "before_first_stamp"
NOTE_NO_STAMP = "no_stamp"
NOTE_NO_STAMP_ADDED = "no_stamp_added"  # no stamp, no capture time: the time it was added
NOTE_DAY_FROM_ADDED = "day_from_added"
NOTE_NO_TIME = "no_time"

SIDE_LEFT, SIDE_RIGHT, SIDE_NONE = "left", "right", "none"
SIDE_DIRECTION = {SIDE_LEFT: Direction.INBOUND, SIDE_RIGHT: Direction.OUTBOUND}

_BACK = ("‹", "<", "〈", "＜", "«", "く")
_INPUT_WORDS = (
    "短信",
    "信息",
    "彩信",
    "发消息",
    "发送",
    "输入",
    "按住说话",
    "说点什么",
    "imessage",
    "text message",
    "message",
    "type a message",
)
_SMS_WORDS = ("短信", "信息", "彩信", "imessage", "text message", "sms", "messages")
_PHONE = re.compile(r"^\+?[\d*\s\-()]{7,}$")
# A time of day alone ("14:31", "2:31 pm"), maybe with WhatsApp's read ticks after it.
_BARE_TIME = re.compile(
    r"^\s*\d{1,2}\s*[:：]\s*\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[✓✔√/\\]*\s*$", re.IGNORECASE
)
_TICKS = re.compile(r"[\s✓✔√/\\]+$")


@dataclass(frozen=True)
class MessageProposal:
    """One entry the screenshot suggests; the user corrects and confirms it."""

    lines: tuple[int, ...]  # the OCR lines quoted, numbered from 1
    quote: str
    side: str  # SIDE_LEFT, SIDE_RIGHT or SIDE_NONE
    direction: str  # Direction value
    occurred_at: datetime | None
    precision: str  # Precision value
    tz: str
    kind: str = EntryKind.CHAT
    channel: str = Channel.APP_CHAT
    stamp_line: int | None = None  # the line the time was read from
    time_note: str = ""  # NOTE_*: the time is a guess the user should check
    party_id: int | None = None
    summary: str = ""
    include: bool = True

    @property
    def needs_review(self) -> bool:
        return bool(self.time_note)


@dataclass(frozen=True)
class ChatReading:
    is_chat: bool
    kind: str  # EntryKind value the messages are: "sms", "chat" (or "note" for a page)
    proposals: list[MessageProposal]
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, SKIP_*)
    title: str = ""  # the title bar's centred name or number (who the chat is with)
    # chosen lines (`lines=`) quoted by no proposal, with why (SKIP_*, or "" when none)
    left_out: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Line:
    """One line as laid out: an OCR line, or fragments of one row the engine split."""

    no: int  # the first OCR line's number
    line: OcrLine
    text: str
    side: str = SIDE_NONE
    stamp: Stamp | None = None
    own_time: Stamp | None = None  # a bare time printed beside or under a bubble
    nos: tuple[int, ...] = ()
    content: bool = False  # words of a message (not a stamp or a time)

    def __post_init__(self) -> None:
        self.nos = self.nos or (self.no,)


@dataclass
class _Bubble:
    side: str
    members: list[_Line]
    own_time: _Line | None = None

    @property
    def left(self) -> float:
        return self.members[0].line.left

    def place(self, width: float) -> str:
        """Left or right by the bubble's whole box: a right bubble's short last line starts
        at the bubble's left edge, so one line alone can mislead."""
        left = min(m.line.left for m in self.members)
        right = max(m.line.right for m in self.members)
        return SIDE_LEFT if left <= width - right else SIDE_RIGHT


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x3000 <= code <= 0x303F
        or 0x20000 <= code <= 0x2FFFF
    )


def join_verbatim(parts: Sequence[str]) -> str:
    """Lines of one bubble as the sender typed them: wrapped lines glued back, a space only
    where two Latin words met at the wrap (CJK text has none to restore)."""
    out = ""
    for raw in parts:
        piece = raw.strip()
        if not piece:
            continue
        if out and not _is_cjk(out[-1]) and not _is_cjk(piece[0]) and not out.endswith("-"):
            out += " "
        out += piece
    return out


def _page_size(result: OcrResult) -> tuple[float, float]:
    w = float(result.width) or max((ln.right for ln in result.lines), default=1.0)
    h = float(result.height) or max((ln.bottom for ln in result.lines), default=1.0)
    return max(w, 1.0), max(h, 1.0)


def _margins(line: OcrLine, width: float) -> tuple[float, float]:
    return line.left / width, (width - line.right) / width


def _centred(line: OcrLine, width: float, *, stamp: bool) -> bool:
    left, right = _margins(line, width)
    if stamp:  # stamps are short and clearly away from both edges
        return left > 0.15 and right > 0.15 and abs(left - right) < 0.08
    return (
        left > 0.15
        and right > 0.15
        and abs(left - right) < 0.05
        and line.right - line.left < 0.55 * width
    )


def _tucked(x: _Line, above: _Line, line_h: float) -> bool:
    """`x` sits on `above`'s row or just under it, within its width."""
    a, b = above.line, x.line
    gap = b.top - a.bottom
    inside = b.left < a.right + line_h and b.right > a.left
    return (_same_row(a, b) or -line_h < gap < 0.5 * line_h) and inside


def _same_row(a: OcrLine, b: OcrLine) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _looks_sms(texts: Sequence[str]) -> bool:
    for text in texts:
        low = text.strip().lower().lstrip("".join(_BACK)).strip()
        if any(low == w or low.startswith(w) for w in _SMS_WORDS) or _PHONE.match(low):
            return True
    return False


def read_chat(
    result: OcrResult,
    *,
    captured_at: datetime | None,
    tz: ZoneInfo,
    lines: Sequence[int] | None = None,
    capture_known: bool = True,
) -> ChatReading:
    """Propose messages from `result`. `captured_at` is when the screen was shown (the file's
    capture time; else when it was added, with `capture_known` False); `lines` limits the
    proposals to the user's selection (whole page read for layout and stamps)."""
    width, height = _page_size(result)
    numbered = [_Line(n, ln, ln.text.strip()) for n, ln in enumerate(result.lines, start=1)]
    skipped: dict[int, str] = {}
    for x in numbered:
        if not x.text:
            skipped[x.no] = SKIP_EMPTY
    status_h = min(0.1 * width, 0.06 * height)
    for x in numbered:
        if x.no not in skipped and x.line.bottom <= status_h:
            skipped[x.no] = SKIP_STATUS
    _mark_header(numbered, skipped, width, height, status_h)
    _mark_input_bar(numbered, skipped, width, height)
    chrome = [x.text for x in numbered if skipped.get(x.no) in (SKIP_HEADER, SKIP_INPUT)]
    title = next(
        (
            x.text
            for x in numbered
            if skipped.get(x.no) == SKIP_HEADER
            and not x.text.startswith(_BACK)
            and _centred(x.line, width, stamp=True)
        ),
        "",
    )
    wanted = set(lines) if lines is not None else None
    # Chrome the user chose on purpose is theirs to quote: not dropped as chrome, not read
    # as a stamp or a bubble's time (a status bar's "21:55" is not the message's time).
    forced = {n for n in (wanted or ()) if skipped.get(n) in (SKIP_STATUS, SKIP_HEADER, SKIP_INPUT)}
    for n in forced:
        del skipped[n]
    content = [x for x in numbered if x.no not in skipped]
    kind = EntryKind.SMS if _looks_sms(chrome) else EntryKind.CHAT
    channel = Channel.SMS if kind == EntryKind.SMS else Channel.APP_CHAT
    seen_on = captured_at.astimezone(tz) if captured_at is not None else None

    heights = [x.line.bottom - x.line.top for x in content] or [1.0]
    line_h = max(statistics.median(heights), 1.0)
    if not _is_chat(content, line_h):
        chosen = [x for x in content if wanted is None or x.no in wanted]
        out = [_page(chosen, seen_on, tz, capture_known)] if chosen else []
        return ChatReading(
            False,
            EntryKind.NOTE,
            out,
            sorted(skipped.items()),
            title,
            _left_out(wanted, out, skipped),
        )

    content = _merge_fragments(content, line_h)
    prev: _Line | None = None
    for x in content:
        if forced & set(x.nos):
            x.content = True
            prev = x
            continue
        bare = _BARE_TIME.match(x.text) is not None
        stamp = parse_stamp(_TICKS.sub("", x.text) if bare else x.text)
        bare = bare and stamp is not None
        if bare and prev is not None and prev.content and _tucked(x, prev, line_h):
            # Right under a message's last line (or beside it), inside its bubble: that
            # message's own time, even when it happens to sit mid-screen.
            x.own_time = stamp
        elif stamp is not None and _centred(x.line, width, stamp=True):
            x.stamp = stamp
        elif bare:
            # Not centred: the time of the bubble it sits in or under, not a message.
            x.own_time = stamp
        else:
            x.content = True
        for n in x.nos:
            if x.stamp is not None:
                skipped[n] = SKIP_STAMP
            elif x.own_time is not None:
                skipped[n] = SKIP_BUBBLE_TIME
        prev = x

    proposals: list[MessageProposal] = []
    current: tuple[datetime, str, int, Stamp] | None = None
    waiting: list[int] = []  # proposals above the first stamp
    for item in _bubbles_and_stamps(content, skipped, width, line_h, wanted or set()):
        if isinstance(item, _Line):  # a stamp
            assert item.stamp is not None
            resolved = item.stamp.resolve(seen_on.date() if seen_on else None, tz)
            if resolved is not None:
                current = (resolved[0], resolved[1], item.no, item.stamp)
                for i in waiting:
                    proposals[i] = replace(
                        proposals[i],
                        occurred_at=resolved[0],
                        precision=Precision.APPROXIMATE,
                        stamp_line=item.no,
                        time_note=NOTE_BEFORE_FIRST_STAMP,
                    )
                waiting = []
            continue
        members = [m for m in item.members if wanted is None or set(m.nos) & wanted]
        if not members:
            continue
        quote = join_verbatim([m.text for m in members])
        base = MessageProposal(
            lines=tuple(n for m in members for n in m.nos),
            quote=quote,
            side=item.side,
            direction=SIDE_DIRECTION[item.side],
            occurred_at=None,
            precision=Precision.APPROXIMATE,
            tz=tz.key,
            kind=kind,
            channel=channel,
        )
        if item.own_time is not None and (current is not None or seen_on is not None):
            proposals.append(_own_time(base, item.own_time, current, seen_on, capture_known))
        elif current is not None:
            at, precision, stamp_no, stamp = current
            note = ""
            if not capture_known and not (stamp.absolute or stamp.year_by_weekday):
                precision, note = Precision.APPROXIMATE, NOTE_DAY_FROM_ADDED
            proposals.append(
                replace(
                    base, occurred_at=at, precision=precision, stamp_line=stamp_no, time_note=note
                )
            )
        else:
            waiting.append(len(proposals))
            if seen_on is not None:
                note = NOTE_NO_STAMP if capture_known else NOTE_NO_STAMP_ADDED
                base = replace(base, occurred_at=seen_on, time_note=note)
            else:
                base = replace(base, time_note=NOTE_NO_TIME)
            proposals.append(base)
    return ChatReading(
        True, kind, proposals, sorted(skipped.items()), title, _left_out(wanted, proposals, skipped)
    )


def _left_out(
    wanted: set[int] | None, proposals: Sequence[MessageProposal], skipped: dict[int, str]
) -> list[tuple[int, str]]:
    """The chosen lines no proposal quotes, with why (the preview names them)."""
    if wanted is None:
        return []
    quoted = {n for p in proposals for n in p.lines}
    return [(n, skipped.get(n, "")) for n in sorted(wanted - quoted)]


def _own_time(
    base: MessageProposal,
    own: _Line,
    current: tuple[datetime, str, int, Stamp] | None,
    seen_on: datetime | None,
    capture_known: bool,
) -> MessageProposal:
    """A bubble's own time of day on the day of the stamp above it (a date chip such as
    "Yesterday" or "2月5日"), else on the day the screen was shown."""
    assert own.own_time is not None and own.own_time.clock is not None
    if current is not None:
        day, stamp = current[0].date(), current[3]
        zone = current[0].tzinfo
        guessed = not capture_known and not (stamp.absolute or stamp.year_by_weekday)
    else:
        assert seen_on is not None
        day, zone, guessed = seen_on.date(), seen_on.tzinfo, not capture_known
    at = datetime.combine(day, own.own_time.clock, zone)
    return replace(
        base,
        occurred_at=at,
        precision=Precision.APPROXIMATE if guessed else Precision.EXACT,
        stamp_line=own.no,
        time_note=NOTE_DAY_FROM_ADDED if guessed else "",
    )


def propose_messages(
    result: OcrResult,
    *,
    captured_at: datetime | None,
    tz: ZoneInfo,
    lines: Sequence[int] | None = None,
    capture_known: bool = True,
) -> list[MessageProposal]:
    """The proposals of `read_chat` (one per bubble; one for a page that is not a chat)."""
    return read_chat(
        result, captured_at=captured_at, tz=tz, lines=lines, capture_known=capture_known
    ).proposals


def _mark_header(
    numbered: list[_Line], skipped: dict[int, str], width: float, height: float, status_h: float
) -> None:
    """The app's title bar: in the top band, down to the lowest line that looks like it (a
    back arrow, or a centred name/number that is not a time stamp)."""
    band = min(0.3 * width, 0.25 * height)
    marks = [
        x
        for x in numbered
        if x.no not in skipped
        and x.line.top < band
        and (
            x.text.startswith(_BACK)
            or (_centred(x.line, width, stamp=True) and parse_stamp(x.text) is None)
        )
    ]
    if not marks:
        return
    end = max(x.line.bottom for x in marks)
    first_stamp = min(
        (
            x.line.top
            for x in numbered
            if x.no not in skipped and x.line.top < band and parse_stamp(x.text) is not None
        ),
        default=None,
    )
    for x in numbered:
        if x.no in skipped or x.line.top >= end:
            continue
        if first_stamp is not None and x.line.top >= first_stamp:
            continue
        skipped[x.no] = SKIP_HEADER


def _mark_input_bar(
    numbered: list[_Line], skipped: dict[int, str], width: float, height: float
) -> None:
    strip = height - min(0.17 * width, 0.1 * height)
    rest = [x for x in numbered if x.no not in skipped]
    for i, x in enumerate(rest):
        if x.line.top < strip:
            continue
        low = x.text.lower()
        above = [y.line.bottom for y in rest[:i] if y.line.bottom <= x.line.top]
        gap = x.line.top - max(above) if above else 0.0
        tall = x.line.bottom - x.line.top
        if any(low == w for w in _INPUT_WORDS) or gap > 4 * tall:
            skipped[x.no] = SKIP_INPUT


def _is_chat(content: Sequence[_Line], line_h: float) -> bool:
    """False for a page laid out in columns (label and value side by side, well apart, on
    many rows). A bare time beside a line (a message's own time) is not a column, nor is a
    row the engine split at a space."""
    if not content:
        return True
    rows: list[list[_Line]] = []
    for x in sorted(content, key=lambda y: y.line.top):
        if rows and _same_row(rows[-1][0].line, x.line):
            rows[-1].append(x)
        else:
            rows.append([x])

    def columns(row: list[_Line]) -> bool:
        words = sorted(
            (x.line for x in row if not _BARE_TIME.match(x.text)), key=lambda ln: ln.left
        )
        return any(b.left - a.right > 1.2 * line_h for a, b in zip(words, words[1:], strict=False))

    many = sum(1 for r in rows if columns(r))
    return not (many >= 2 and many >= 0.2 * len(rows))


def _bubbles_and_stamps(
    content: Sequence[_Line],
    skipped: dict[int, str],
    width: float,
    line_h: float,
    chosen: set[int],
) -> list[_Bubble | _Line]:
    """Stamps (as _Line) and bubbles in reading order. Lines close together starting at the
    same x are one bubble; its side comes from its whole box. A lone line truly centred is a
    system line ("以下为新消息"), not a message, unless the user chose it."""
    out: list[_Bubble | _Line] = []
    bubble: _Bubble | None = None
    last: _Line | None = None
    for x in content:
        if x.stamp is not None:
            out.append(x)
            bubble = None
            continue
        if x.own_time is not None:
            host = bubble or next((b for b in reversed(out) if isinstance(b, _Bubble)), None)
            near = host is not None and x.line.top - host.members[-1].line.bottom < 2 * line_h
            if host is not None and near and host.own_time is None:
                host.own_time = x
            continue  # the bubble goes on (the time may sit between two of its lines)
        joins = (
            bubble is not None
            and last is not None
            and x.line.top - last.line.bottom < 0.75 * line_h
            and abs(x.line.left - bubble.left) < 0.05 * width
        )
        if joins and bubble is not None:
            bubble.members.append(x)
        else:
            bubble = _Bubble(SIDE_NONE, [x])
            out.append(bubble)
        last = x
    kept: list[_Bubble | _Line] = []
    for item in out:
        if isinstance(item, _Bubble):
            lone = item.members[0]
            if (
                len(item.members) == 1
                and _centred(lone.line, width, stamp=False)
                and not chosen & set(lone.nos)
            ):
                for n in item.members[0].nos:
                    skipped[n] = SKIP_SYSTEM
                continue
            item.side = item.place(width)
        kept.append(item)
    return kept


def _merge_fragments(content: Sequence[_Line], line_h: float) -> list[_Line]:
    """Pieces of one row the engine read apart ("联系电话" | "138 0013 8000，请尽") as one
    line, left to right; pieces far apart (columns) stay apart."""
    out: list[_Line] = []
    for x in content:
        mate = next(
            (
                y
                for y in reversed(out[-3:])
                if _same_row(y.line, x.line)
                and -line_h < x.line.left - y.line.right < 0.6 * line_h
                and not _BARE_TIME.match(x.text)  # a message's own time beside its words
                and not _BARE_TIME.match(y.text)
            ),
            None,
        )
        if mate is None:
            out.append(_Line(x.no, x.line, x.text, nos=x.nos))
            continue
        a, b = mate.line, x.line
        box = (
            (min(a.left, b.left), min(a.top, b.top)),
            (max(a.right, b.right), min(a.top, b.top)),
            (max(a.right, b.right), max(a.bottom, b.bottom)),
            (min(a.left, b.left), max(a.bottom, b.bottom)),
        )
        mate.line = OcrLine(mate.text, box, min(a.score, b.score))
        mate.text = join_verbatim([mate.text, x.text])
        mate.nos = (*mate.nos, *x.nos)
    return out


def _page(
    chosen: Sequence[_Line], seen_on: datetime | None, tz: ZoneInfo, capture_known: bool
) -> MessageProposal:
    """A page that is not a chat: one note quoting its lines, dated by the first full date
    and time printed on it (an order's "下单时间 2026-02-05 21:46"), else the capture time."""
    at: datetime | None = None
    precision: str = Precision.APPROXIMATE
    stamp_line: int | None = None
    for x in chosen:
        for text in (x.text, x.text.partition(" ")[2], _after_label(x.text)):
            stamp = parse_stamp(text) if text else None
            if stamp is not None and stamp.absolute:
                got = stamp.resolve(None, tz)
                if got is not None:
                    at, precision, stamp_line = got[0], got[1], x.no
                    break
        if at is not None:
            break
    note = ""
    if at is None:
        at = seen_on
        if seen_on is None:
            note = NOTE_NO_TIME
        else:
            note = NOTE_NO_STAMP if capture_known else NOTE_NO_STAMP_ADDED
    return MessageProposal(
        lines=tuple(x.no for x in chosen),
        quote="\n".join(_rows_text(chosen)),
        side=SIDE_NONE,
        direction=Direction.NONE,
        occurred_at=at,
        precision=precision,
        tz=tz.key,
        kind=EntryKind.NOTE,
        channel=Channel.OTHER,
        stamp_line=stamp_line,
        time_note=note,
    )


def _rows_text(chosen: Sequence[_Line]) -> list[str]:
    """A page's lines as its rows: a label and its value side by side stay on one line
    ("订单编号 TM-2026-0205-4471"), left to right, one space between."""
    rows: list[list[_Line]] = []
    for x in chosen:
        row = next((r for r in rows[-2:] if _same_row(r[0].line, x.line)), None)
        if row is None:
            rows.append([x])
        else:
            row.append(x)
    return [" ".join(y.text for y in sorted(r, key=lambda y: y.line.left)) for r in rows]


def _after_label(text: str) -> str:
    """ "下单时间2026-02-05 21:46" (OCR dropped the space): the text from the first digit."""
    m = re.search(r"\d", text)
    return text[m.start() :] if m and m.start() > 0 else ""


def _digits_match(shown: str, number: str) -> bool:
    """A number as a screen shows it, perhaps masked ("+86 186 **** 2207"), against a
    stored one ("186 1234 2207"): the digits shown agree, from either end."""
    mask = re.sub(r"[^\d*]", "", shown)
    digits = re.sub(r"\D", "", number)
    if mask.startswith("86") and len(mask) == 13:
        mask = mask[2:]
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if sum(c.isdigit() for c in mask) < 7 or len(mask) != len(digits):
        return False
    return all(m == "*" or m == d for m, d in zip(mask, digits, strict=True))


def title_party(title: str, parties: Sequence[tuple[int, str, str, str]]) -> int | None:
    """The one party the title bar names: (id, name, organisation, contact) each; a number
    matched digit by digit (masks allowed), a name or organisation by its whole text."""
    wanted = " ".join(title.split()).casefold().lstrip("".join(_BACK)).strip()
    if not wanted:
        return None
    found = set()
    for pid, name, organisation, contact in parties:
        numbers = re.split(r"[,;/，；]", contact)
        if any(n.strip() and _digits_match(title, n) for n in numbers) or wanted in (
            " ".join(name.split()).casefold(),
            " ".join(organisation.split()).casefold(),
        ):
            found.add(pid)
    return found.pop() if len(found) == 1 else None
