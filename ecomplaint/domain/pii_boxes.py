"""Boxes over the personal data in a picture's text lines, proposed for redaction.

The OCR engine gives a box per line, not per character, so the box over a value inside a
line is estimated: the line's width is shared out over its characters in proportion to how
wide they print (a CJK character about twice a Latin one), and the estimate is widened by a
margin on each side, because a box a little too wide only hides a neighbouring character
while one a little too narrow leaves a digit readable. The result is checked afterwards by
reading the redacted picture again (services/image_redaction.py).

What counts as personal data is decided by a `find` function (the dossier's text redactor,
dossier/redact.py: the complainant's name, phones, ID number and address, any mainland
mobile, numbers in phonenumbers' strict sense, valid ID numbers, e-mail addresses, street
addresses), plus the masked forms a platform prints ("139****5678", "+86 186 **** 2207",
"110101********123X"): half a number still points at a person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from ecomplaint.domain.image_redaction import Box
from ecomplaint.domain.ocr_text import OcrLine

# text -> [(start, end, kind)] in the text's own indices
Finder = Callable[[str], list[tuple[int, int, str]]]

REASONS = {"phone", "id", "address", "name", "email"}
_KIND_TO_REASON = {"listed": "name"}

_STAR = r"[*＊•·●xX×]"
_SEP = r"[ \-]?"
# "139****5678", "+86 186 **** 2207", "186-****-2207"
_MASKED_PHONE = re.compile(
    r"(?<![\dA-Za-z])(?:(?:\+|00)\s?86[\s-]?)?1[3-9]\d"
    + _SEP
    + _STAR
    + r"{3,5}"
    + _SEP
    + r"\d{3,4}(?!\d)"
)
# "110101********123X", "1101**********3X", "4****************2"
_MASKED_ID = re.compile(r"(?<![\dA-Za-z])\d{1,6}" + _STAR + r"{8,16}\d{0,4}[\dXx]?(?![\dA-Za-z])")
# "西湖区文三路 ******", "新华区建设路18号": a district and a road, and the house number or
# the stars a platform prints for it; the province and city before it stay readable (as in
# the dossier's text). The dossier's street patterns need a house number; a picture often
# shows the road with its number starred.
_HAN = r"[^\W\d_省市区县路街在住于到的是了和与及从向往址为我你他她家]"
_CN_ROAD = re.compile(
    rf"{_HAN}{{1,6}}(?:区|县){_HAN}{{1,10}}(?:大道|大街|路|街|巷|弄|胡同)"
    r"(?:\s*[\d*＊\-]+\s*(?:号|號|弄|栋|幢|单元|室)?)*"
)
# "陈**", "王*丽": a surname with the rest starred, as a platform shows a consignee
_MASKED_NAME = re.compile(r"[\u4e00-\u9fff][*＊]{1,3}[\u4e00-\u9fff]?(?![*＊])")

# Margins: a share of one Latin character and a few pixels on each side, plus a share of
# the distance to the nearer end of the line (the estimate is exact at the line's ends and
# drifts most in its middle, where fonts' real proportions add up); and of the line height.
SIDE_MARGIN = 0.8
EDGE_PX = 3
DRIFT = 0.07
TOP_MARGIN = 0.12
# Widths in Latin-digit units. Phone UI fonts print a CJK character at ~1.6-1.8 digit
# widths (PingFang, Noto Sans CJK, Droid Sans Fallback beside DejaVu: 1.57) and a space at
# about half a digit.
CJK_WIDTH = 1.75
SPACE_WIDTH = 0.5


def masked_spans(text: str) -> list[tuple[int, int, str]]:
    """Partially masked phone numbers, ID numbers and names, and district-and-road addresses
    in `text` (start, end, kind)."""
    out: list[tuple[int, int, str]] = []
    for m in _MASKED_PHONE.finditer(text):
        out.append((m.start(), m.end(), "phone"))
    for m in _MASKED_ID.finditer(text):
        out.append((m.start(), m.end(), "id"))
    for m in _MASKED_NAME.finditer(text):
        out.append((m.start(), m.end(), "name"))
    for m in _CN_ROAD.finditer(text):
        out.append((m.start(), m.end(), "address"))
    return out


def char_width(ch: str) -> float:
    """How wide `ch` prints, in Latin-character units."""
    if unicodedata.combining(ch):
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return CJK_WIDTH
    if ch.isspace():
        return SPACE_WIDTH
    return 1.0


def span_box(line: OcrLine, start: int, end: int, reason: str) -> Box:
    """The box over characters start..end of `line`, estimated from the line's box."""
    widths = [char_width(c) for c in line.text]
    total = sum(widths) or 1.0
    left, right = line.left, line.right
    unit = (right - left) / total  # one Latin character, in pixels
    x0 = left + sum(widths[:start]) * unit
    x1 = left + sum(widths[:end]) * unit
    pad = SIDE_MARGIN * unit + EDGE_PX
    height = line.bottom - line.top
    vpad = TOP_MARGIN * height + 1
    bx0 = max(left - EDGE_PX, x0 - pad - DRIFT * min(x0 - left, right - x0))
    bx1 = min(right + EDGE_PX, x1 + pad + DRIFT * min(x1 - left, right - x1))
    by0 = line.top - vpad
    by1 = line.bottom + vpad
    x, y = int(bx0), int(by0)
    return Box(x, y, int(round(bx1)) - x + 1, int(round(by1)) - y + 1, reason)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for a, b, kind in spans:
        if kept and a <= kept[-1][1]:
            if b > kept[-1][1]:
                kept[-1] = (kept[-1][0], b, kept[-1][2])
            continue
        kept.append((a, b, kind))
    return kept


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Without the spaces at either end (a box over them only hides more of the line)."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def propose(
    lines: Sequence[OcrLine],
    find: Finder | None = None,
    *,
    width: int = 0,
    height: int = 0,
) -> list[Box]:
    """One box per personal value found in each line (clipped to the picture when its size
    is given), in reading order."""
    boxes: list[Box] = []
    for line in lines:
        if not line.text.strip():
            continue
        spans = masked_spans(line.text)
        if find is not None:
            spans += find(line.text)
        for a, b, kind in _merge(spans):
            a, b = _trim(line.text, a, b)
            if b <= a:
                continue
            reason = _KIND_TO_REASON.get(kind, kind)
            box = span_box(line, a, b, reason if reason in REASONS else "manual")
            if width and height:
                clipped = box.clipped(width, height)
                if clipped is None:
                    continue
                box = clipped
            boxes.append(box)
    return boxes
