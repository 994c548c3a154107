"""User text in a plain-text letter: shown as written, never acted on.

A letter is plain text, so markup (`<b>`), `{{ }}` and `{% %}` are just characters: Jinja never
evaluates a value twice, and the PDF writer escapes every line it draws. What plain text cannot
carry safely are control characters (a terminal obeys ESC sequences; a form drops NULs) and the
bidirectional overrides that reorder what the reader sees: those are written out visibly, as
\\x1b or \\u202e, so the reader can tell something was there. Idempotent.
"""

from __future__ import annotations

import re
from typing import Any

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029" + _BIDI + "]")


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def lit(value: Any) -> str:
    """Any value as literal plain text (None prints as a dash, not "None")."""
    if value is None:
        return "—"
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub(_visible, text)
