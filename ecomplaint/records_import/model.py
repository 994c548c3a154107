"""What every parser yields: plain items with a pointer back into the source file."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ecomplaint.i18n import UserError
from ecomplaint.records_import import messages  # noqa: F401  (registers import.* messages)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file carried inside the source (MMS image, e-mail attachment), spilled to a temp file."""

    name: str
    path: Path
    mime: str = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class SourceItem:
    kind: str  # an EntryKind value: sms, email, chat, call_in, call_out, call_missed
    occurred_at: datetime  # aware
    direction: str  # a Direction value: in, out, none
    address: str  # phone number, e-mail address or chat name, as the file has it
    contact: str  # the display name the file gives, if any
    text: str  # the message itself (body, chat line); empty for calls
    locator: str  # where in the source: "line 12 <sms> #3", "message 4", ...
    subject: str = ""
    duration_s: int | None = None
    call_type: str = ""  # for calls: incoming, outgoing, missed, voicemail, rejected, refused
    attachments: tuple[Attachment, ...] = ()

    @property
    def party_key(self) -> str:
        return normalise_address(self.address) or self.contact.strip()


@dataclass
class ParseReport:
    """What a parser noticed besides the items: assumptions made and lines skipped."""

    file_kind: str = ""
    assumptions: list[str] = field(default_factory=list)
    skipped: int = 0


class ImportFailed(UserError):
    """The source cannot be read; the message names the line or element. Nothing is stored."""


_PHONE_JUNK = re.compile(r"[\s\-().\u00a0\u202f]")
_PHONE = re.compile(r"^\+?\d{3,}$")


def normalise_address(address: str) -> str:
    """One key per number or mailbox: '+86 138-1234-5678' and '8613812345678' differ only by
    the country code, which is dropped for mainland numbers so both forms meet."""
    a = unicodedata.normalize("NFKC", address or "").strip()
    if "@" in a:
        return a.lower()
    digits = _PHONE_JUNK.sub("", a)
    if not _PHONE.match(digits):  # a chat name, not a number: compare it case-folded
        return " ".join(a.split()).casefold()
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits


def normalise_text(text: str) -> str:
    """Text as compared for duplicates: same words, whatever the spacing or line ends."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


# Stored text refuses control characters (domain.validation, issue #11). A phone's SMS or a
# mail may hold them; an import must not fail on one, so each becomes U+FFFD, visibly, and
# the exact original stays in the source file kept as an exhibit.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def storable(text: str) -> str:
    return _UNSTORABLE.sub("\ufffd", text or "")
