"""Checks on what the user typed; each failure is a UserError in the user's language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from ecomplaint.i18n import UserError

MAX_SHORT = 500
MAX_LONG = 200_000  # a pasted chat export can be long; beyond this it belongs in evidence
_CURRENCY = re.compile(r"^[A-Z]{3}$")


# One rule for every stored text (decided for issue #11): NUL and the other C0 controls
# except TAB, LF and CR, DEL and the C1 controls are refused with a message naming the
# field and the character, never dropped silently. They are invisible, cannot be typed on
# purpose, and act on terminals (ESC sequences) and parsers (NUL) that later show the text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
FUTURE_TOLERANCE = timedelta(days=1)  # clocks differ and zones confuse; a day is surely wrong


def from_terminal(s: str, field: str) -> str:
    """Text whose undecodable bytes arrived as lone surrogates (Python's argv and file names
    use surrogateescape): decode the bytes as UTF-8, then GB18030 (an old Chinese terminal
    or file name), else refuse with a message; such text cannot be stored or printed."""
    if not _SURROGATE.search(s):
        return s
    try:
        raw = s.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that never was a byte (e.g. from JSON)
        raw = b""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding) if raw else _refuse_bytes(s, field)
        except UnicodeDecodeError:
            continue
    return _refuse_bytes(s, field)


def file_name(name: str) -> str:
    """A file's name as text to store: undecodable bytes decoded as from_terminal does, or
    kept visibly as \\xNN (the file is still evidence; its name is only a label). Control
    characters and U+202E stay: the name is the file's, and every display escapes them."""
    try:
        return from_terminal(name, "file_name")
    except UserError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _refuse_bytes(s: str, field: str) -> str:
    from ecomplaint.domain.visible import visible

    raise UserError("field.bad_encoding", field=f"@:f.{field}", value=visible(s))


def check_controls(s: str, field: str) -> str:
    """`s` unchanged, or a UserError naming the first control character and where it is."""
    bad = _CONTROL.search(s)
    if bad is not None:
        raise UserError(
            "field.control_char",
            field=f"@:f.{field}",
            char=f"U+{ord(bad.group()):04X}",
            position=bad.start() + 1,
        )
    return s


def check_storable(s: str, field: str) -> str:
    """Lone surrogates (possible in JSON's \\udXXX escapes) cannot be stored: refused."""
    bad = _SURROGATE.search(s)
    if bad is not None:
        raise UserError(
            "field.control_char",
            field=f"@:f.{field}",
            char=f"U+{ord(bad.group()):04X}",
            position=bad.start() + 1,
        )
    return s


def check_imported(s: str, field: str) -> str:
    """Text read from a file (a hand-off .ecase): the services' control rule, and storable."""
    return check_controls(check_storable(s, field), field)


def text(value: object, field: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
    s = "" if value is None else str(value)
    s = check_controls(from_terminal(s, field), field)
    if required and not s.strip():
        raise UserError("field.required", field=f"@:f.{field}")
    if len(s) > limit:
        raise UserError("field.too_long", field=f"@:f.{field}", length=len(s), limit=limit)
    return s.strip() if limit == MAX_SHORT else s


def choice(value: object, enum: type[StrEnum], field: str) -> str:
    try:
        return enum(str(value)).value
    except ValueError:
        choices = ", ".join(m.value for m in enum)
        raise UserError(
            "field.bad_choice", field=f"@:f.{field}", value=value, choices=choices
        ) from None


def amount(value: object, field: str = "amount") -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    raw = str(value).strip().replace(",", "").replace("¥", "").replace("￥", "")
    try:
        result = Decimal(raw)
    except InvalidOperation:
        raise UserError("field.bad_amount", field=f"@:f.{field}", value=value) from None
    if not result.is_finite() or abs(result) >= Decimal("1e12"):
        raise UserError("field.bad_amount", field=f"@:f.{field}", value=value)
    if result < 0:
        raise UserError("field.negative_amount", field=f"@:f.{field}")
    return result.quantize(Decimal("0.01"))


def currency(value: object) -> str:
    s = str(value or "CNY").strip().upper()
    if not _CURRENCY.match(s):
        raise UserError("field.bad_currency", field="@:f.currency", value=value)
    return s


def a_date(value: object, field: str, *, today: date | None = None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip())
        except ValueError:
            raise UserError("field.bad_date", field=f"@:f.{field}", value=value) from None
    if not (1990 <= value.year <= 2200):
        raise UserError("field.implausible_date", field=f"@:f.{field}", value=value.isoformat())
    if today is not None and value > today + FUTURE_TOLERANCE:
        raise UserError(
            "field.in_future", field=f"@:f.{field}", value=value.isoformat(), now=today.isoformat()
        )
    return value


def aware(value: datetime, field: str, *, now: datetime | None = None) -> datetime:
    """A time with a zone. With `now` (the injected clock) it is something that happened:
    more than FUTURE_TOLERANCE ahead is refused, as one wrong year would skew every summary."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise UserError("field.naive_time", field=f"@:f.{field}")
    if not (1990 <= value.year <= 2200):
        raise UserError("field.implausible_date", field=f"@:f.{field}", value=value.isoformat())
    if now is not None and value > now + FUTURE_TOLERANCE:
        raise UserError(
            "field.in_future",
            field=f"@:f.{field}",
            value=value.isoformat(timespec="minutes"),
            now=now.isoformat(timespec="minutes"),
        )
    return value


def tags(value: object) -> str:
    """Tags as '|a|b|' (one LIKE '%|a|%' finds one); accepts a list or 'a, b'."""
    items: Iterable[str]
    if value is None:
        items = []
    elif isinstance(value, str):
        items = re.split(r"[,，|;；]", value)
    else:
        items = (str(v) for v in value)  # type: ignore[attr-defined]
    clean = []
    for item in items:
        tag = check_controls(from_terminal(item, "tags"), "tags").strip()
        if tag and tag not in clean:
            clean.append(tag)
    return "|" + "|".join(clean) + "|" if clean else ""
