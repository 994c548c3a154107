"""User text is data: helpers that make Qt show it literally, never as markup.

QLabel, QMessageBox, QProgressDialog and tooltips guess "rich text" from the text itself
(Qt.mightBeRichText); a case title holding `<img src=/etc/passwd>` would make Qt read a
local file and `<font size=200>` would blow the layout. Every widget that may show user
data is made here, or passes its text through here.
"""

from __future__ import annotations

import html
import re
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    # imported where used: the window's first paint shows no message box, and creating
    # QMessageBox's type costs ~3 ms (bench/README.md: start-up)
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

PLAIN = Qt.TextFormat.PlainText


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` exactly as typed, whatever it holds."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setText(text)
    return label


def html_text(text: str) -> str:
    """`text` escaped for HTML built on purpose; line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


def tooltip(text: str | None) -> str | None:
    """A tooltip that shows `text` literally. Tooltips have no plain-text switch, so the text
    is escaped and wrapped in a known tag that makes Qt take it as (harmless) rich text."""
    if not text:
        return None
    return '<p style="white-space:pre-wrap">' + html_text(text) + "</p>"


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,  # None: Ok
    parent: QWidget | None = None,
) -> QMessageBox:
    """A QMessageBox whose text (often a message quoting user data) is shown as plain text."""
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(PLAIN)
    box.setText(text)
    return box


def plain_progress_label(dialog: QProgressDialog) -> None:
    """Progress labels name files and cases: give the dialog a plain-text label."""
    dialog.setLabel(plain_label(dialog.labelText(), dialog))


def notification_body(text: str) -> str:
    """A tray notification's text. On Linux it travels to the desktop's notification server,
    which reads the body as markup (<b>, <a>, <img src=...>): escape it there."""
    return html.escape(text, quote=False) if sys.platform.startswith("linux") else text


_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def isolate(text: str) -> str:
    """A user field inside a line composed of several: a U+202E (right-to-left override) in
    a merchant's name would otherwise print the order number after it backwards. Such text
    is wrapped in an isolate (FSI … PDI), which Qt honours; other text is left alone."""
    return "\u2068" + text + "\u2069" if _BIDI_CONTROL.search(text) else text
