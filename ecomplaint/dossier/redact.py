"""The privacy-redacted variant: mask names, phone numbers, ID numbers, e-mail addresses and
addresses in every string the dossier prints or stores (text, metadata, bookmarks, attachment
names).

Matching runs on a normalised view of the text (NFKC: full-width digits and letters become
ASCII) and tolerates spaces and dashes inside numbers, so １３８００１３８０００ and
"1101 0519 4912 3112 3X" are found; the replacement is made in the original text, so Chinese
punctuation is printed as it was typed. Each detector says what it masked; `counts` feeds the
redaction report at the end of the dossier (kinds and numbers only, never a masked value).

What is masked, and why this way:
- ID numbers only when the GB 11643 check digit and the birth date are right, so an 18-digit
  order number survives.
- Phone numbers: mainland mobiles (with +86/0086 and any spacing) and whatever
  `phonenumbers` finds with strict grouping for China and the UK (landlines with area codes,
  international forms), which leaves dates and amounts alone.
- The complainant's address: every fragment below the city (district, street and number,
  estate, building, unit, room), wherever it appears and however it is spaced; province and
  city stay. Well-formed street addresses, and a district with a road ("西湖区文三路", as an
  order page shows the consignee's), are masked even when no address field was typed.
- The complainant's name, spaced or not, and the variants the user lists; a name shorter
  than two characters only where a whole field is that name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import phonenumbers

from ecomplaint.domain.records import CaseRecord
from ecomplaint.dossier.labels import Lang, label

KINDS = ("name", "phone", "id", "email", "address", "listed")

_SEP = r"[ \t\-.\u00a0]?"  # one optional separator between digits
_MOBILE = re.compile(
    r"(?<![\dA-Za-z])(?:(?:\+|00)\s?86[\s-]?)?1[3-9]\d(?:" + _SEP + r"\d){8}(?!\d)"
)
_ID_NO = re.compile(r"(?<![0-9A-Za-z])\d(?:" + _SEP + r"\d){16}" + _SEP + r"[\dXx](?![0-9A-Za-z])")
# Bounded, and starting where a local part can start: an unbounded `[…]+@` tried from every
# position of a 40,000-digit run took seconds (quadratic).
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@"
    r"[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])"
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
}  # fmt: skip

# A street address: a road name, its number, then building / unit / floor / room.
_HAN_NAME = r"[^\W\d_省市区县镇乡村在住于到的是了和与及从向往址为我你他她家]"
_NUM = r"(?:\d+|[一二三四五六七八九十百零〇]+)"
_CN_STREET = re.compile(
    rf"{_HAN_NAME}{{1,8}}(?:路|街|大道|大街|巷|弄|胡同|道)\s*{_NUM}\s*(?:号|號|弄)"
    rf"(?:\s*(?:{_NUM}\s*(?:号楼|號樓|栋|幢|座|单元|號|号|楼|層|层|室|户)|-\d+))*"
)
_CN_ESTATE = re.compile(
    rf"{_HAN_NAME}{{2,8}}(?:小区|花园|公寓|大厦|家园|新村|苑|园)"
    rf"(?:\s*{_NUM}\s*(?:号楼|栋|幢|座|单元|号|楼|层|室|户))+"
)
_EN_STREET = re.compile(
    r"\b(?:(?:Flat|Apt\.?|Apartment|Unit|Room|Building|Block|Floor)\s+\d+[A-Za-z]?,?\s+)*"
    r"\d{1,5}[A-Za-z]?,?\s+"
    r"(?:[A-Z][A-Za-z'\-]+\s+){1,4}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Crescent|"
    r"Terrace|Gardens|Square|Sq|Grove|Boulevard|Blvd|Row|Mews|Walk|Hill)\b\.?"
)
# A district and a road with no house number, or with it starred as platforms print it
# ("西湖区文三路 ******"): a picture's redaction boxes hide it (domain/pii_boxes.py), so the
# quote of that picture in the chronology must hide it too.
_CN_DISTRICT_ROAD = re.compile(
    rf"{_HAN_NAME}{{1,6}}(?:区|县){_HAN_NAME}{{1,10}}(?:大道|大街|路|街|巷|弄|胡同)"
    r"(?:\s*[\d*＊\-]+\s*(?:号|號|弄|栋|幢|单元|室)?)*"
)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# Where an address field is cut into fragments: after each administrative or street suffix.
_CN_PART = re.compile(
    r".+?(?:特别行政区|自治区|自治州|省|市|区|县|旗|镇|乡|街道|大道|大街|路|街|巷|弄|胡同|村|"
    r"小区|花园|公寓|大厦|家园|新村|苑|园|号楼|栋|幢|座|单元|号|號|楼|层|室|户|$)"
)
_KEEP_SUFFIX = ("特别行政区", "自治区", "省")


def valid_id_number(candidate: str) -> bool:
    """A mainland resident ID: province code, a real birth date, the GB 11643 check digit."""
    s = re.sub(r"[^0-9Xx]", "", candidate).upper()
    if len(s) != 18 or not s[:17].isdigit() or int(s[:2]) not in _PROVINCES:
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if born.year < 1900:
        return False
    check = "10X98765432"[sum(int(d) * w for d, w in zip(s, _WEIGHTS, strict=False)) % 11]
    return s[17] == check


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


_COUNTRY = re.compile(r"^\s*(?:\+|00)\s?(86|44|852|853|886|1)(?=[\s\-(]|\d)")


def mask_digits(found: str) -> str:
    """The country code, then the first three and last four digits of the number (the way
    Chinese platforms show a phone): +86 010****9988 keeps 7 of 13 digits."""
    prefix = ""
    cc = _COUNTRY.match(found)
    if cc:
        prefix = f"+{cc.group(1)} "
        found = found[cc.end() :]
    d = _digits(found)
    if len(d) <= 7:
        return prefix + "*" * len(d)
    return prefix + d[:3] + "****" + d[-4:]


def _spaced(value: str) -> re.Pattern[str]:
    """`value` (normalised, spaces removed) with any whitespace between its characters."""
    chars = [re.escape(c) for c in value if not c.isspace()]
    return re.compile(r"\s*".join(chars), re.IGNORECASE)


def normalise(text: str) -> tuple[str, list[int]]:
    """NFKC per character, with where each normalised character came from in `text`."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
        out.append(n)
        where.extend([i] * len(n))
    return "".join(out), where


def address_fragments(address: str) -> list[str]:
    """The parts of an address below the city, alone and joined with what follows them."""
    flat = "".join(unicodedata.normalize("NFKC", address).split())
    if not flat:
        return []
    if re.search(r"[\u4e00-\u9fff]", flat):
        parts = [m.group(0) for m in _CN_PART.finditer(flat) if m.group(0)]
        seen_city = False
        below: list[str] = []
        for part in parts:
            if part.endswith(_KEEP_SUFFIX):
                continue
            if part.endswith("市") and not seen_city:
                seen_city = True
                continue
            below.append(part)
        frags = set()
        for i, part in enumerate(below):
            named = re.sub(r"[\d号號栋幢座单元楼层室户\-]", "", part)
            if len(named) >= 2:  # a name (西湖区, 建设路, 阳光小区): alone it is enough
                frags.add(part if not re.search(r"\d", part) else named)
            tail = "".join(below[i:])
            if len(tail) >= 3:
                frags.add(tail)
        return sorted(frags, key=len, reverse=True)
    # Latin script: comma-separated parts; a single word with no digit is a town or county.
    frags = set()
    for part in re.split(r"[,;\n]+", unicodedata.normalize("NFKC", address)):
        part = " ".join(part.split())
        if not part or (" " not in part and not re.search(r"\d", part)):
            continue
        frags.add(part)
        street = re.sub(r"^\d+[A-Za-z]?\s+", "", part)
        if street != part and len(street) >= 4:
            frags.add(street)
    return sorted(frags, key=len, reverse=True)


@dataclass
class Redactor:
    lang: Lang
    enabled: bool
    regions: tuple[str, ...] = ("CN",)
    patterns: list[tuple[str, re.Pattern[str], str]] = field(default_factory=list)
    # casefolded field → (kind, replacement): names too short to look for inside text
    whole_fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    @classmethod
    def for_case(
        cls, case: CaseRecord, lang: Lang, enabled: bool, also_mask: tuple[str, ...] = ()
    ) -> Redactor:
        """`also_mask`: other ways of writing the complainant's name (pinyin, a nickname)
        or anything else the user wants hidden, listed when exporting."""
        regions = ("CN", "GB") if lang == "en" or case.language == "en" else ("CN",)
        r = cls(lang=lang, enabled=enabled, regions=regions)
        if not enabled:
            return r
        name = " ".join(case.complainant_name.split())
        masked_name = mask_name(name)
        if len(name.replace(" ", "")) >= 2:
            r.patterns.append(("name", _spaced(unicodedata.normalize("NFKC", name)), masked_name))
        elif name:
            r.whole_fields[name.casefold()] = ("name", masked_name)
        for variant in also_mask:
            variant = " ".join(unicodedata.normalize("NFKC", variant).split())
            if len(variant.replace(" ", "")) >= 2:
                r.patterns.append(("listed", _spaced(variant), mask_name(variant)))
            elif variant:
                r.whole_fields[variant.casefold()] = ("listed", mask_name(variant))
        withheld = label("masked.address", lang)
        for frag in address_fragments(case.complainant_address):
            r.patterns.append(("address", _spaced(frag), withheld))
        if case.complainant_id_no.strip():
            r.patterns.append(("id", _spaced(case.complainant_id_no), label("masked.id", lang)))
        for phone in re.split(r"[,;，；/\n]+", case.complainant_phone):
            digits = _digits(phone)
            if len(digits) >= 7:  # the complainant's own number, however it is written
                spread = r"[\s\-.()]*".join(re.escape(d) for d in digits)
                r.patterns.append(("phone", re.compile(rf"(?<!\d){spread}(?!\d)"), ""))
        return r

    def __call__(self, text: str) -> str:
        if not self.enabled or not text:
            return text
        whole = self.whole_fields.get(" ".join(text.split()).casefold())
        if whole is not None:
            self.counts[whole[0]] += 1
            return whole[1]
        norm, where = normalise(text)
        spans = self._spans(norm)
        if not spans:
            return text
        return self._apply(text, where, len(norm), spans)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Where the detectors find personal data in `text`: (start, end, kind) in `text`'s
        own indices, overlaps merged, left to right; nothing is counted. Pictures use this
        (domain/pii_boxes.py) to place boxes over the same values the text hides."""
        if not self.enabled or not text:
            return []
        whole = self.whole_fields.get(" ".join(text.split()).casefold())
        if whole is not None:
            return [(0, len(text), whole[0])]
        norm, where = normalise(text)
        out = []
        for start, end, kind, _ in self._merged(self._spans(norm)):
            out.append((where[start], where[min(end, len(norm)) - 1] + 1, kind))
        return out

    def _spans(self, norm: str) -> list[tuple[int, int, str, str]]:
        spans: list[tuple[int, int, str, str]] = []  # start, end (in norm), kind, replacement
        for kind, pattern, replacement in self.patterns:
            for m in pattern.finditer(norm):
                if m.end() > m.start():
                    spans.append((m.start(), m.end(), kind, replacement or mask_digits(m[0])))
        for m in _EMAIL.finditer(norm) if "@" in norm else ():
            spans.append((m.start(), m.end(), "email", label("masked.email", self.lang)))
        for m in _ID_NO.finditer(norm):
            if valid_id_number(m[0]):
                spans.append((m.start(), m.end(), "id", label("masked.id", self.lang)))
        for m in _MOBILE.finditer(norm):
            spans.append((m.start(), m.end(), "phone", mask_digits(m[0])))
        spans += self._phone_numbers(norm)
        withheld = label("masked.address", self.lang)
        for pattern in (_CN_STREET, _CN_ESTATE, _CN_DISTRICT_ROAD, _EN_STREET, _UK_POSTCODE):
            for m in pattern.finditer(norm):
                spans.append((m.start(), m.end(), "address", withheld))
        return spans

    def _phone_numbers(self, norm: str) -> list[tuple[int, int, str, str]]:
        if not any(c.isdigit() for c in norm):
            return []
        out = []
        for region in self.regions:
            matcher = phonenumbers.PhoneNumberMatcher(
                norm, region, leniency=phonenumbers.Leniency.STRICT_GROUPING
            )
            for m in matcher:
                out.append((m.start, m.end, "phone", mask_digits(m.raw_string)))
        return out

    def _apply(
        self, text: str, where: list[int], norm_len: int, spans: list[tuple[int, int, str, str]]
    ) -> str:
        out: list[str] = []
        pos = 0
        for start, end, kind, replacement in self._merged(spans):
            a = where[start]
            b = where[min(end, norm_len) - 1] + 1
            out.append(text[pos:a])
            out.append(replacement)
            pos = b
            self.counts[kind] += 1
        out.append(text[pos:])
        return "".join(out)

    @staticmethod
    def _merged(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        # Longest first among overlapping matches; then left to right.
        spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int, str, str]] = []
        for span in spans:
            if kept and span[0] < kept[-1][1]:
                if span[1] > kept[-1][1]:  # overlapping: hide the union
                    kept[-1] = (kept[-1][0], span[1], kept[-1][2], kept[-1][3])
                continue
            kept.append(span)
        return kept

    def report(self) -> list[tuple[str, int]]:
        """(kind, how many places) for each kind masked, in a fixed order."""
        return [(k, self.counts[k]) for k in KINDS if self.counts[k]]
