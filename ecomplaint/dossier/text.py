"""User text is data, never markup: clean it, escape it, and give each run a font that has it.

Every string that reaches a Paragraph goes through `markup()`: control and format characters
are dropped, `<`, `>` and `&` are escaped, and the text is cut into runs so Latin letters use
DejaVu Sans and Chinese uses Droid Sans Fallback. Arabic and Hebrew (also in DejaVu Sans) are
shaped and put in visual order before layout (see `visual`).

Nothing prints as U+FFFD or an empty box: an emoji, with everything joined to it (ZWJ
sequences, skin tones, flags, keycaps), becomes one visible "[emoji]", and any other character
no bundled font has becomes "[U+XXXX]", so a reader knows something was there and what.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from bidi import get_display

from ecomplaint.dossier import fonts, shaping

_KEEP_CONTROLS = {"\n", "\t"}
EMOJI = "[emoji]"
_ZWJ = "\u200d"


def _is_emoji(ch: str) -> bool:
    """A pictograph outside the BMP (reportlab embeds only BMP glyphs) or a flag letter."""
    o = ord(ch)
    return o >= 0x1F000 and o <= 0x1FAFF or 0x1F1E6 <= o <= 0x1F1FF


def _joins_emoji(ch: str) -> bool:
    """Characters that belong to the emoji before them: selectors, skin tones, keycap, tags."""
    o = ord(ch)
    return (
        0xFE00 <= o <= 0xFE0F or 0x1F3FB <= o <= 0x1F3FF or o == 0x20E3 or 0xE0020 <= o <= 0xE007F
    )


def _is_flag_letter(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _drawable(ch: str) -> bool:
    cov = fonts.register()
    o = ord(ch)
    return o <= 0xFFFF and (o in cov.latin or o in cov.cjk)


def clean(text: str) -> str:
    """Drop control, format and surrogate characters; tabs become spaces; CRLF becomes LF.
    Emoji sequences become one "[emoji]"; characters no bundled font draws, "[U+XXXX]"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        i += 1
        if ch in _KEEP_CONTROLS:
            out.append(" " if ch == "\t" else ch)
            continue
        if _is_emoji(ch):
            if _is_flag_letter(ch) and i < n and _is_flag_letter(text[i]):
                i += 1  # a flag is two letters
            # Swallow the rest of the sequence: modifiers, and ZWJ + the next pictograph.
            while i < n:
                if _joins_emoji(text[i]):
                    i += 1
                elif text[i] == _ZWJ and i + 1 < n and not text[i + 1].isspace():
                    i += 2
                else:
                    break
            out.append(EMOJI)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\ufffe\uffff":
            continue
        if 0xFE00 <= ord(ch) <= 0xFE0F:  # variation selectors: nothing to draw
            continue
        if ch != " " and not _drawable(ch):
            out.append(EMOJI if cat == "So" else f"[U+{ord(ch):04X}]")
            continue
        out.append(ch)
    return "".join(out)


def is_rtl_char(ch: str) -> bool:
    """Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms."""
    o = ord(ch)
    return 0x0590 <= o <= 0x08FF or 0xFB1D <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def has_rtl(text: str) -> bool:
    return any(is_rtl_char(ch) for ch in text)


def visual(line: str) -> str:
    """One line of cleaned text as it is drawn left to right: Arabic letters joined
    (HarfBuzz picks each letter's joining form from DejaVu Sans, written back as the
    Unicode presentation forms the font maps, so copy and pdftotext still give the
    letters) and right-to-left runs reversed (the Unicode bidi algorithm, python-bidi).

    The dossier's own language is left-to-right, so the line's base direction is too.
    Limitation: the order is fixed before the line is wrapped; a right-to-left run longer
    than one printed line shows its lines top to bottom in reading order but each line
    holds the other end of the run."""
    if not has_rtl(line):
        return line
    return str(get_display(shaping.join_arabic(line), base_dir="L"))


def clean_record(record: Any) -> Any:
    """A copy of a record (or CaseDetail) with every string field cleaned, recursively, so no
    control character or lone surrogate reaches metadata, bookmarks or file names."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            if isinstance(value, str):
                changes[f.name] = clean(value)
            elif isinstance(value, list):
                changes[f.name] = [clean_record(v) for v in value]
            elif dataclasses.is_dataclass(value):
                changes[f.name] = clean_record(value)
        return dataclasses.replace(record, **changes)
    return record


def is_cjk_char(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7AF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x2FFFF
    )


def has_cjk(text: str) -> bool:
    return any(is_cjk_char(ch) for ch in text)


def font_for(ch: str, bold: bool = False) -> str:
    """The font that will draw `ch` (after `glyph()` substitution)."""
    cov = fonts.register()
    o = ord(ch)
    latin, latin_name = (cov.latin_bold, fonts.LATIN_BOLD) if bold else (cov.latin, fonts.LATIN)
    if is_cjk_char(ch) and o in cov.cjk:
        return fonts.CJK
    if o in latin:
        return latin_name
    if o in cov.latin:
        return fonts.LATIN
    if o in cov.cjk:
        return fonts.CJK
    return latin_name


def glyph(ch: str, bold: bool = False) -> str:
    """`ch` if a bundled font draws it, else its visible marker (text that skipped clean())."""
    if ch == " " or _drawable(ch):
        return ch
    return clean(ch) or " "


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """[(font name, text)] for one line of already-cleaned text."""
    names: list[str] = []
    parts: list[list[str]] = []  # pieces joined once at the end: linear in the length
    for ch in text:
        drawn = glyph(ch, bold)
        if len(drawn) != 1:  # a marker such as [emoji]: plain ASCII
            name = fonts.LATIN_BOLD if bold else fonts.LATIN
        # A space is in both fonts: keep it in the current run (fewer fragments to lay out).
        elif drawn == " " and names:
            name = names[-1]
        else:
            name = font_for(drawn, bold)
        if names and names[-1] == name:
            parts[-1].append(drawn)
        else:
            names.append(name)
            parts.append([drawn])
    return [(name, "".join(piece)) for name, piece in zip(names, parts, strict=True)]


# `<`, `>` and `&` as private-use stand-ins (clean() drops private-use characters, so user
# text cannot hold them): reportlab's parser makes one fragment per entity, so 100,000
# escaped `&` became 200,000 fragments to lay out. flow.DataParagraph puts them back.
_STAND_IN = str.maketrans({"&": "\ue000", "<": "\ue001", ">": "\ue002"})
_BACK = str.maketrans({"\ue000": "&", "\ue001": "<", "\ue002": ">"})


def restore(s: str) -> str:
    """The user's `<`, `>` and `&` back from their stand-ins."""
    return s.translate(_BACK)


def markup(text: str, bold: bool = False, stand_ins: bool = False) -> str:
    """Paragraph markup for one line of user text: escaped (or, with `stand_ins`, with the
    markup characters replaced by stand-ins for flow.DataParagraph), one <font> per run."""
    parts = []
    for name, chunk in runs(visual(clean(text).replace("\n", " ")), bold):
        safe = chunk.translate(_STAND_IN) if stand_ins else escape(chunk)
        parts.append(f'<font name="{name}">{safe}</font>')
    return "".join(parts)


def lines(text: str) -> list[str]:
    """Cleaned, non-empty lines: each becomes its own Paragraph."""
    return [ln.strip() for ln in clean(text).split("\n") if ln.strip()]
