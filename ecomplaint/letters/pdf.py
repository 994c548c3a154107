"""A letter as an A4 PDF: every line is data, escaped by the dossier's paragraph helpers.

The draft is plain text, so nothing in it (a quote, a user template) can turn into markup:
`paras` escapes <, > and & and picks a font per run for Chinese and Latin text.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from ecomplaint.dossier.flow import paras, styles


def letter_flowables(text: str) -> list[Flowable]:
    s = styles()
    indented = ParagraphStyle("letter-indent", parent=s["body"], leftIndent=14)
    out: list[Flowable] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(Spacer(1, 3 * mm))
            continue
        out += paras(line, indented if line.startswith(" ") else s["body"])
    return out


def write_letter_pdf(text: str, out: Path, *, title: str) -> Path:
    """Written to a temporary file beside `out`, then moved over it: never half a PDF."""
    fd, tmp = tempfile.mkstemp(prefix=".letter-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        doc = SimpleDocTemplate(
            tmp,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=title,
            invariant=1,
        )
        doc.build(letter_flowables(text))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
