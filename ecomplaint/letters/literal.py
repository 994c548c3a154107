"""User text in a plain-text letter: shown as written, never acted on.

A letter is plain text, so markup (`<b>`), `{{ }}` and `{% %}` are just characters: Jinja never
evaluates a value twice, and the PDF writer escapes every line it draws. What plain text cannot
carry safely are control characters (a terminal obeys ESC sequences; a form drops NULs) and the
bidirectional overrides that reorder what the reader sees: those are written out visibly, as
\\x1b or \\u202e, so the reader can tell something was there.
"""

from __future__ import annotations

from typing import Any

from ecomplaint.domain.visible import visible


def lit(value: Any) -> str:
    """Any value as literal plain text (None prints as a dash, not "None").

    The same escaping as the terminal's (`visible`), keeping line breaks and tabs; CR and CRLF
    become LF first, as a letter has lines, not carriage movements.
    """
    if value is None:
        return "—"
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return visible(text, multiline=True)
