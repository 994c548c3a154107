"""Checks on what the user typed; each failure is a UserError in the user's language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from ecomplaint.i18n import UserError

MAX_SHORT = 500
MAX_LONG = 200_000  # a pasted chat export can be long; beyond this it belongs in evidence
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def text(value: object, field: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
    s = "" if value is None else str(value)
    s = s.replace("\x00", "")  # NUL cannot be stored faithfully everywhere
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


def a_date(value: object, field: str) -> date | None:
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
    return value


def aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise UserError("field.naive_time", field=f"@:f.{field}")
    if not (1990 <= value.year <= 2200):
        raise UserError("field.implausible_date", field=f"@:f.{field}", value=value.isoformat())
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
        tag = item.strip()
        if tag and tag not in clean:
            clean.append(tag)
    return "|" + "|".join(clean) + "|" if clean else ""
