"""The privacy-redacted variant: mask the complainant's name, phones, ID numbers and address.

One `Redactor` is applied to every string the dossier prints or stores (text, metadata,
bookmarks, attachment names). Mobile numbers and ID numbers are masked wherever they appear,
not only the complainant's, because a dossier handed to a merchant must not leak them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ecomplaint.domain.records import CaseRecord
from ecomplaint.dossier.labels import Lang, label

# A Chinese mobile number, also written 138 1234 5678 or 138-1234-5678 or +86 138…
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)")
# A mainland resident ID number (18 characters, the last may be X).
_ID_NO = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def mask_mobile(m: re.Match[str]) -> str:
    return f"{m.group(1)}****{m.group(3)}"


def mask_name(name: str) -> str:
    """王丽 → 王*; Chen Jing → C*** J***."""
    name = name.strip()
    if not name:
        return name
    if " " not in name and any(ord(c) > 0x2E80 for c in name):
        return name[0] + "*" * max(len(name) - 1, 1)
    return " ".join(w[0] + "***" for w in name.split() if w)


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


@dataclass
class Redactor:
    lang: Lang
    enabled: bool
    replacements: list[tuple[str, str]] = field(default_factory=list)
    phone_digits: list[str] = field(default_factory=list)

    @classmethod
    def for_case(cls, case: CaseRecord, lang: Lang, enabled: bool) -> Redactor:
        r = cls(lang=lang, enabled=enabled)
        if not enabled:
            return r
        pairs: list[tuple[str, str]] = []
        if case.complainant_address.strip():
            pairs.append((case.complainant_address.strip(), label("masked.address", lang)))
        if case.complainant_id_no.strip():
            pairs.append((case.complainant_id_no.strip(), label("masked.id", lang)))
        for phone in re.split(r"[,;，；/\n]+", case.complainant_phone):
            phone = phone.strip()
            digits = _digits(phone)
            if len(digits) >= 7:
                masked = digits[:3] + "****" + digits[-4:]
                pairs.append((phone, masked))
                if digits != phone:
                    pairs.append((digits, masked))
                r.phone_digits.append(digits)
        name = case.complainant_name.strip()
        if name:
            pairs.append((name, mask_name(name)))
        # Longest first, so a name inside an address does not break the address match.
        r.replacements = sorted(pairs, key=lambda p: -len(p[0]))
        return r

    def __call__(self, text: str) -> str:
        if not self.enabled or not text:
            return text
        for old, new in self.replacements:
            text = text.replace(old, new)
        text = _MOBILE.sub(mask_mobile, text)
        text = _ID_NO.sub(label("masked.id", self.lang), text)
        for digits in self.phone_digits:  # a landline or a number written with odd separators
            text = _mask_spread_digits(text, digits)
        return text


def _mask_spread_digits(text: str, digits: str) -> str:
    """Mask `digits` even when written with spaces, dashes or dots between them."""
    sep = r"[\s\-.()]*"
    pattern = re.compile(r"(?<!\d)" + sep.join(re.escape(d) for d in digits) + r"(?!\d)")
    return pattern.sub(digits[:3] + "****" + digits[-4:], text)
