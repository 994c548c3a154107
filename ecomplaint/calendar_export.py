"""Deadlines as an iCalendar (.ics) file, per case or for all cases, via `icalendar`.

UIDs are stable (derived from the promise's uid, or the case uid + rung for a what-next
deadline), so importing a newer export updates events instead of duplicating them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from ecomplaint import __version__, due_messages  # noqa: F401
from ecomplaint.domain.next_step import NextStep
from ecomplaint.i18n import Lang, UserError, current_language
from ecomplaint.store.due import DueItem

PRODID = f"-//eComplaint//eComplaint {__version__}//EN"
UID_DOMAIN = "ecomplaint.invalid"  # reserved TLD: never collides with a real host

_WORDS = {
    "zh": {"due": "截止", "escalate": "升级期限", "promised": "承诺方"},
    "en": {"due": "deadline", "escalate": "escalate by", "promised": "promised by"},
}


def promise_uid(item: DueItem) -> str:
    return f"promise-{item.promise_uid}@{UID_DOMAIN}"


def step_uid(case_uid: str, step: NextStep) -> str:
    return f"next-{case_uid}-{step.ladder}-{step.rung}@{UID_DOMAIN}"


def _event(uid: str, summary: str, description: str, at: datetime, stamp: datetime) -> Event:
    ev = Event()
    ev.add("uid", uid)
    ev.add("dtstamp", stamp)
    ev.add("dtstart", at)
    ev.add("dtend", at + timedelta(minutes=15))
    ev.add("summary", summary)
    ev.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(hours=-2))
    ev.add_component(alarm)
    return ev


def build_calendar(
    items: Iterable[DueItem],
    steps: Iterable[tuple[str, str, NextStep]] = (),
    *,
    now: datetime,
    lang: Lang | None = None,
) -> Calendar:
    """One event per open promise at its deadline (due_by), plus the consumer's own time
    limits for a next rung (e.g. 6 months to reach the ombudsman). A suggested response time
    counted from "now" is not a date to put in a calendar, so it is left out.

    `steps` holds (case_uid, case_title, NextStep) for cases with a suggested next rung.
    """
    lang = lang or current_language()
    w = _WORDS[lang]
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "eComplaint")
    for item in items:
        what = item.description or item.what
        summary = f"{item.case_title}: {what} ({w['due']})"
        lines = [f"{w['promised']}: {item.party}" if item.party else "", item.case_title]
        cal.add_component(
            _event(promise_uid(item), summary, "\n".join(x for x in lines if x), item.due_by, now)
        )
    for case_uid, title, step in steps:
        if step.escalate_by is None:
            continue
        label = step.label(lang)
        summary = f"{title}: {label} ({w['escalate']})"
        desc = f"{label}\n{step.source} ({step.date})"
        cal.add_component(_event(step_uid(case_uid, step), summary, desc, step.escalate_by, now))
    return cal


def write_ics(path: Path, cal: Calendar) -> None:
    """Write atomically: a temporary file in the same folder, then rename over the target."""
    data = cal.to_ical()
    folder = path.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".ics-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError("due.ics_write_failed", path=str(path), detail=exc.strerror or exc) from exc
