"""A case's jurisdiction: which ladder it climbs, the zone its times are read in, the working-
day calendar its clocks count on, its country and currency.

Chosen from the ladder (its pack says country, zone, calendar and currency), any of which the
user may override; a case without a ladder gets its platform's or its currency's, as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ecomplaint import juris_messages  # noqa: F401  (registers juris.* messages)
from ecomplaint.domain.ladder import Ladder, RuleBook
from ecomplaint.domain.workdays import calendar_choices, default_calendar_for, is_known_calendar
from ecomplaint.i18n import UserError

FIELDS = ("country", "ladder", "tz", "calendar")


def check_tz(value: object) -> str:
    name = str(value or "").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError("juris.bad_tz", field="@:f.tz", value=value) from None
    return name


def check_calendar(value: object) -> str:
    cal = str(value or "").strip().upper()
    if not is_known_calendar(cal):
        shown = ", ".join(calendar_choices()[:12]) + ", …"
        raise UserError("juris.bad_calendar", field="@:f.work_calendar", value=value, choices=shown)
    return cal


def check_country(value: object) -> str:
    code = str(value or "").strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise UserError("field.bad_choice", field="@:f.country", value=value, choices="ISO 3166")
    return code


def check_ladder(value: object, book: RuleBook) -> Ladder:
    ladder = book.ladder(str(value or "").strip())
    if ladder is None:
        raise UserError(
            "juris.bad_ladder", field="@:f.ladder", value=value, choices=", ".join(book.ladders)
        )
    return ladder


def ladder_calendar(ladder: Ladder) -> str:
    return ladder.calendar or default_calendar_for(ladder.country)


def resolve(
    book: RuleBook,
    *,
    platform: str,
    currency: str | None,
    given: Mapping[str, Any],
) -> dict[str, Any]:
    """country/ladder/tz/calendar/currency for a new case: what was given, the rest from the
    ladder (the one given, else the platform's or the currency's default)."""
    if given.get("ladder"):
        ladder: Ladder | None = check_ladder(given["ladder"], book)
    else:
        ladder = book.ladder_for(platform, currency or "CNY")
    out: dict[str, Any] = {"ladder": ladder.id if ladder else ""}
    country = given.get("country") or (ladder.country if ladder else "") or "CN"
    out["country"] = check_country(country)
    out["tz"] = check_tz(given.get("tz") or (ladder.tz if ladder else "Asia/Shanghai"))
    cal = given.get("calendar") or (
        ladder_calendar(ladder) if ladder else default_calendar_for(out["country"])
    )
    out["calendar"] = check_calendar(cal)
    out["language"] = ladder.languages[0] if ladder is not None and ladder.languages else "zh"
    if currency:
        out["currency"] = currency
    elif ladder is not None and ladder.currencies:
        out["currency"] = ladder.currencies[0]
    else:
        out["currency"] = "CNY"
    return out
