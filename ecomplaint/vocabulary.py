"""One vocabulary: every word the core shows for a stored value, and every duration, for the
window, the CLI and the dossier alike (HOUSE.md habit 8; Picard's i18n gives core and UI one `_`).

The English words below are the gettext message ids (with the vocabulary's name as context, so
"Other" can differ by kind); translations live in resources/locale/<lang>/LC_MESSAGES/
ecomplaint.po, compiled to .mo with Babel (`python -m ecomplaint.vocabulary --compile`; a test
checks the shipped .mo is current). A third language is a new .po file, no code change.
"""

from __future__ import annotations

import gettext
import sys
from datetime import timedelta
from functools import cache
from pathlib import Path

from ecomplaint.i18n import Lang, current_language
from ecomplaint.resources_path import resource_path

DOMAIN = "ecomplaint"

# kind -> stored value -> the English word (the message id)
WORDS: dict[str, dict[str, str]] = {
    "platform": {
        "jd": "JD.com",
        "tmall": "Tmall/Taobao",
        "pinduoduo": "Pinduoduo",
        "meituan": "Meituan",
        "amazon": "Amazon",
        "other": "Other",
    },
    "status": {
        "open": "Open",
        "waiting": "Waiting on me",
        "escalated": "Escalated",
        "resolved": "Resolved",
        "closed": "Closed",
    },
    "role": {
        "complainant": "Complainant",
        "customer_service": "Customer service",
        "supervisor": "Supervisor",
        "installer": "Installer",
        "merchant": "Merchant",
        "platform": "Platform",
        "courier": "Courier",
        "brand": "Brand",
        "regulator": "Regulator",
        "other": "Other",
    },
    "kind": {
        "order": "Order",
        "payment": "Payment",
        "delivery": "Delivery",
        "visit": "Visit",
        "call_in": "Incoming call",
        "call_out": "Outgoing call",
        "call_missed": "Missed call",
        "chat": "Chat",
        "sms": "SMS",
        "email": "E-mail",
        "complaint": "Complaint filed",
        "reply": "Reply",
        "offer": "Offer",
        "refund": "Refund",
        "harassment": "Harassment",
        "note": "Note",
    },
    "channel": {
        "phone": "phone",
        "app_chat": "app chat",
        "sms": "SMS",
        "email": "e-mail",
        "in_person": "in person",
        "platform": "platform",
        "web": "web",
        "post": "post",
        "other": "other",
    },
    "what": {
        "reply": "Reply",
        "callback": "Call back",
        "refund": "Refund",
        "visit": "Visit",
        "replacement": "Replacement",
        "other": "Other",
    },
    "pstatus": {
        "pending": "Not yet due",
        "due": "Due now",
        "overdue": "Overdue",
        "kept": "Kept",
        "kept_late": "Kept late",
        "broken": "Broken",
        "superseded": "Superseded",
        "paused": "Paused",
    },
    "reason": {  # why a case waits on the user
        "paused": "paused",
        "final_offer": "final offer",
        "refusal": "refused",
        "final_response": "final response",
    },
    "stance": {  # what an entry says about the other side's position ("none" shows nothing)
        "reply": "Reply",
        "final_response": "Final response",
        "final_offer": "Offer",
        "refusal": "Refusal",
        "acceptance": "Acceptance",
    },
}

# durations, largest unit first (context "duration")
DURATIONS = {"dh": "{d} d {h} h", "hm": "{h} h {m} min", "h": "{h} h", "m": "{m} min"}


def locale_dir() -> Path:
    return resource_path("locale")


@cache
def _catalog(lang: Lang) -> gettext.NullTranslations:
    # English is the message ids themselves; any other language reads its compiled catalogue.
    return gettext.translation(DOMAIN, locale_dir(), languages=[lang], fallback=True)


def _(context: str, message: str, lang: Lang | None = None) -> str:
    return _catalog(lang or current_language()).pgettext(context, message)


def word(kind: str, value: str, lang: Lang | None = None) -> str:
    """A stored value in words; an unknown value (newer data, a custom rung) shows as is."""
    english = WORDS.get(kind, {}).get(value)
    return value if english is None else _(kind, english, lang)


def duration(delta: timedelta, lang: Lang | None = None) -> str:
    """The one way a span of time is written: "2 d 14 h", "3 h 20 min", "30 min"."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        key, args = "dh", {"d": days, "h": hours}
    elif hours:
        key, args = ("hm", {"h": hours, "m": mins}) if mins else ("h", {"h": hours})
    else:
        key, args = "m", {"m": mins}
    return _("duration", DURATIONS[key], lang).format(**args)


def messages() -> list[tuple[str, str]]:
    """Every (context, message id) of the catalogue, for the .po template and the tests."""
    out = [(kind, english) for kind, words in WORDS.items() for english in words.values()]
    return out + [("duration", text) for text in DURATIONS.values()]


def compile_catalogues() -> list[Path]:
    """Compile every resources/locale/*/LC_MESSAGES/ecomplaint.po to its .mo (needs Babel)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po.open("rb") as f:
            catalog = read_po(f)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as f:
            write_mo(f, catalog)
        written.append(mo)
    return written


if __name__ == "__main__" and "--compile" in sys.argv:
    for path in compile_catalogues():
        print(path)
