"""User text made safe for a terminal: every control character shown, none obeyed.

A quote holding ESC [ 2 J would clear a volunteer's terminal, CR would overwrite what was
printed before it, U+202E would show a file name backwards. Human output passes every piece
of user text through `visible()`; `--json` keeps the exact string.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, line and paragraph
# separators, BOM, and lone surrogates (undecodable bytes from argv or a file name).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\x1b", "\\": "\\\\"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def visible(value: object, *, multiline: bool = False) -> str:
    """`value` as text with control characters escaped (`\\x1b`, `\\u202e`, `\\r`).

    One-line fields get newlines and tabs escaped too; with `multiline` a LF stays a line
    break (and a TAB a tab), for quotes and notes printed on lines of their own.
    A backslash is doubled only when something was escaped, so ordinary Windows paths and
    text read as typed while an escaped value cannot be confused with a typed one.
    """
    s = "" if value is None else str(value)
    keep = "\n\t" if multiline else ""
    if not any(ch not in keep for ch in _UNSAFE.findall(s)):
        return s
    return "".join(
        _escape(ch) if (ch == "\\" or _UNSAFE.match(ch)) and ch not in keep else ch for ch in s
    )


def visible_lines(value: object, indent: str) -> str:
    """A multi-line value for a terminal: escaped, each line after the first indented."""
    return visible(value, multiline=True).replace("\n", "\n" + indent)
