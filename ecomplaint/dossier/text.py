"""User text is data, never markup: clean it, escape it, and give each run a font that has it.

Every string that reaches a Paragraph goes through `markup()`: control and format characters
are dropped, `<`, `>` and `&` are escaped, and the text is cut into runs so Latin letters use
DejaVu Sans and Chinese uses Droid Sans Fallback. A character neither font has (most emoji)
becomes U+FFFD rather than an empty box.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from ecomplaint.dossier import fonts

_KEEP_CONTROLS = {"\n", "\t"}


def clean(text: str) -> str:
    """Drop control, format and surrogate characters; tabs become spaces; CRLF becomes LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for ch in text:
        if ch in _KEEP_CONTROLS:
            out.append(" " if ch == "\t" else ch)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\ufffe\uffff":
            continue
        out.append(ch)
    return "".join(out)


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
    cov = fonts.register()
    o = ord(ch)
    if o > 0xFFFF:  # reportlab's subsetter maps only the BMP correctly (emoji, ext. B)
        return fonts.REPLACEMENT
    if ch == " " or o in cov.latin or o in cov.cjk or (bold and o in cov.latin_bold):
        return ch
    return fonts.REPLACEMENT


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """[(font name, text)] for one line of already-cleaned text."""
    out: list[tuple[str, str]] = []
    for ch in text:
        ch = glyph(ch, bold)
        # A space is in both fonts: keep it in the current run (fewer fragments to lay out).
        name = out[-1][0] if ch == " " and out else font_for(ch, bold)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for one line of user text: escaped, one <font> per run."""
    parts = []
    for name, chunk in runs(clean(text).replace("\n", " "), bold):
        parts.append(f'<font name="{name}">{escape(chunk)}</font>')
    return "".join(parts)


def lines(text: str) -> list[str]:
    """Cleaned, non-empty lines: each becomes its own Paragraph."""
    return [ln.strip() for ln in clean(text).split("\n") if ln.strip()]
