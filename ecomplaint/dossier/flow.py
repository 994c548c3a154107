"""Layout pieces: styles, safe paragraphs, headings that bookmark, fitted pictures, the canvas.

Everything here takes plain strings and escapes them (text.markup); nothing parses user text.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus import paragraph as _rl_paragraph

from ecomplaint.dossier import fonts, text

# reportlab's list of characters that may not start a line lacks full-width Chinese
# punctuation, so a lone ， or ！ could open a line. (Its CJK wrapping applies the list only
# to characters from U+3000 up, which is why Chinese quotes use 「」 rather than “”.)
_rl_paragraph.ALL_CANNOT_START += "\uff0c\uff01\uff1f\uff1a\uff1b\u300b\u3009"

# Binary image streams: ASCII85 makes every picture a quarter bigger and costs time.
rl_config.useA85 = 0

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#b0b0b0")
SHADE = colors.HexColor("#eef1f5")
ALERT = colors.HexColor("#b00020")


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle(
        "body", fontName=fonts.LATIN, fontSize=9.5, leading=14, textColor=INK, spaceAfter=2
    )
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=12, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontSize=8.5, leading=12),
        "quote": ParagraphStyle(
            "quote", parent=base, leftIndent=14, textColor=colors.HexColor("#333366")
        ),
        "entry": ParagraphStyle("entry", parent=base, leftIndent=14),
        "entryhead": ParagraphStyle(
            "entryhead", parent=base, spaceBefore=6, spaceAfter=1, keepWithNext=1
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontSize=15,
            leading=20,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=11.5, leading=16, spaceBefore=6, keepWithNext=1
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=12, leading=18, alignment=TA_CENTER, textColor=GREY
        ),
        "hash": ParagraphStyle("hash", parent=base, fontSize=8, leading=11),
        "sha": ParagraphStyle("sha", parent=base, fontSize=6.8, leading=9, textColor=GREY),
        "alert": ParagraphStyle("alert", parent=base, textColor=ALERT, fontSize=9),
        "toc0": ParagraphStyle("toc0", parent=base, fontSize=10.5, leading=17),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=8.5, leading=12, leftIndent=16),
    }
    return s


_cjk_styles: dict[str, ParagraphStyle] = {}


def _for_text(style: ParagraphStyle, line: str) -> ParagraphStyle:
    """Chinese text wraps between any two characters; Latin text wraps at spaces and still
    splits a word longer than the line (splitLongWords)."""
    if not text.has_cjk(line):
        return style
    key = style.name  # styles() always builds the same styles under the same names
    cjk = _cjk_styles.get(key)
    if cjk is None:
        cjk = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
        _cjk_styles[key] = cjk
    return cjk


class DataParagraph(Paragraph):
    """A Paragraph whose markup holds user text with stand-ins for `<`, `>` and `&`
    (text.markup(stand_ins=True)): parsed as one run, then given its characters back."""

    def _setup(  # noqa: PLR0913 - reportlab's signature
        self, markup: Any, style: Any, bullet: Any, frags: Any, cleaner: Any
    ) -> None:
        super()._setup(markup, style, bullet, frags, cleaner)
        if frags is not None:  # a split's second half: its fragments are restored already
            return
        for frag in self.frags:
            if isinstance(getattr(frag, "text", None), str):
                frag.text = text.restore(frag.text)
        parsed: Any = getattr(self, "text", None)  # reportlab keeps the source markup here
        if isinstance(parsed, str):
            self.text = text.restore(parsed)


def p(value: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """One paragraph of data (line breaks become spaces)."""
    line = text.clean(value)
    return DataParagraph(text.markup(line, bold, stand_ins=True), _for_text(style, line))


CHUNK = 600


def chunks(line: str, size: int = CHUNK) -> list[str]:
    """Very long lines in pieces, cut at a space where there is one near the end.

    reportlab's line breaking grows worse than linearly with the length of one paragraph
    (a 20,000-character quote took seconds); pieces of a few hundred characters keep it fast
    and still flow and split across pages like one text."""
    out = []
    while len(line) > size:
        cut = line.rfind(" ", size // 2, size)
        cut = cut + 1 if cut > 0 else size
        out.append(line[:cut])
        line = line[cut:]
    if line:
        out.append(line)
    return out


def paras(value: str, style: ParagraphStyle, bold: bool = False) -> list[Paragraph]:
    """One paragraph per line of data: a 20,000-character quote splits across pages."""
    out = []
    for line in text.lines(value):
        pieces = chunks(line)
        for n, piece in enumerate(pieces):
            last = n == len(pieces) - 1
            out.append(p(piece, style if last else _tight(style), bold))
    return out


def _tight(style: ParagraphStyle) -> ParagraphStyle:
    """The same style without space after: a line cut in pieces reads as one paragraph."""
    key = style.name + "-tight"
    tight = _tight_styles.get(key)
    if tight is None:
        tight = ParagraphStyle(key, parent=style, spaceAfter=0, keepWithNext=0)
        _tight_styles[key] = tight
    return tight


_tight_styles: dict[str, ParagraphStyle] = {}


def short(value: str, limit: int = 160) -> str:
    """A title for a heading, bookmark or metadata: one line, at most `limit` characters."""
    line = " ".join(text.clean(value).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def cell(value: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return p(value, style, bold)


def table(
    rows: list[list[Any]], widths: list[float], header: bool = True, zebra: bool = False
) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.LATIN),  # else the cell default, Helvetica, is used
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY)]
    t.setStyle(TableStyle(cmds))
    return t


class Heading(DataParagraph):
    """A heading that becomes a bookmark and, at `toc_level` >= 0, a contents line."""

    def __init__(
        self,
        title: str,
        style: ParagraphStyle,
        key: str,
        level: int,
        toc_level: int = 0,
        outline: str | None = None,
        bold: bool = True,
    ) -> None:
        line = short(title)
        super().__init__(text.markup(line, bold=bold, stand_ins=True), _for_text(style, line))
        # What the bookmark says, when it differs from what the page shows.
        self.title_text = "".join(text.glyph(c) for c in short(outline or title))
        self.toc_markup = text.markup(line, stand_ins=True)
        self.key = key
        self.level = level
        self.toc_level = toc_level


def page_form(key: str) -> str:
    """The name of the form XObject that holds the page number of heading `key`."""
    return "pg_" + "".join(c if c.isalnum() else "_" for c in key)


def define_page_form(canv: Canvas, key: str, page: int, size: float) -> None:
    """Draw `page` right-aligned at (0, 0) into a form that the contents already show."""
    canv.beginForm(page_form(key), lowerx=-80, lowery=-4, upperx=0, uppery=size + 4)
    canv.setFont(fonts.LATIN, size)
    canv.setFillColor(INK)
    canv.drawRightString(0, 0, str(page))
    canv.endForm()


class Contents(Flowable):
    """The contents in one layout pass: each line's page number is a PDF form drawn now and
    defined when its heading is placed (see _Doc.afterFlowable), so no second pass is needed.

    rows: (level, title, key) for every heading that will be in the document."""

    NUMBER_W = 36.0

    def __init__(self, rows: list[tuple[int, str, str]], level_styles: list[ParagraphStyle]):
        super().__init__()
        self.rows = rows
        self.level_styles = level_styles
        self._laid: list[tuple[int, Paragraph, str, float]] = []

    def _para(self, level: int, title: str, key: str) -> Paragraph:
        style = self.level_styles[min(level, len(self.level_styles) - 1)]
        line = short(title, 120)
        markup = text.markup(line, stand_ins=True)
        return DataParagraph(f'<a href="#{key}">{markup}</a>', _for_text(style, line))

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._laid = []
        total = 0.0
        for level, title, key in self.rows:
            para = self._para(level, title, key)
            _, h = para.wrap(aw - self.NUMBER_W, ah)
            self._laid.append((level, para, key, h))
            total += h
        self.width = aw
        return aw, total

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        used, n = 0.0, 0
        for _, _, _, h in self._laid:
            if used + h > ah:
                break
            used += h
            n += 1
        if n == 0 or n == len(self.rows):
            return []
        return [
            Contents(self.rows[:n], self.level_styles),
            Contents(self.rows[n:], self.level_styles),
        ]

    def draw(self) -> None:
        canv = self.canv
        y = sum(h for *_, h in self._laid)
        for _level, para, key, h in self._laid:
            y -= h
            para.drawOn(canv, 0, y)
            style = para.style
            baseline = y + (h - style.leading) + (style.leading - style.fontSize) / 2 + 1
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setDash(1, 3)
            canv.setLineWidth(0.6)
            canv.line(_last_line_end(para) + 6, baseline, self.width - self.NUMBER_W + 4, baseline)
            canv.translate(self.width, baseline)
            canv.doForm(page_form(key))
            canv.restoreState()


def _last_line_end(para: Paragraph) -> float:
    """x where the paragraph's last line ends (for the dotted leader)."""
    lines = getattr(para, "blPara", None)
    if lines is None or not lines.lines:
        return 0.0
    last = lines.lines[-1]
    extra = getattr(last, "extraSpace", None)
    if extra is None and isinstance(last, tuple):
        extra = last[0]
    width = getattr(para, "width", 0.0)
    return max(width - float(extra or 0.0), 0.0) + para.style.leftIndent


class _JpegReader(ImageReader):
    """A JPEG held in memory, embedded as it is (DCT passthrough).

    reportlab names an ImageReader's image by hashing getRGBData(), a full decode of every
    picture on every build; the SHA-256 of the JPEG bytes names it just as uniquely. The
    embedding itself reads jpeg_fh(), never the RGB data."""

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))
        self._name = hashlib.sha256(jpeg).hexdigest().encode()
        self._dataA = None

    def getRGBData(self) -> bytes:  # noqa: N802 - reportlab's name
        return self._name


class FitImage(Flowable):
    """A picture scaled to the space left on the page (or the next page if too little is left).

    `min_fraction`: below this share of a full frame, start on a fresh page instead.
    """

    def __init__(
        self,
        jpeg: bytes | str,  # the JPEG, or a path to one (reportlab reads it as it is)
        px_w: int,
        px_h: int,
        frame_h: float,
        min_fraction: float = 0.45,
    ) -> None:
        super().__init__()
        self.jpeg = jpeg
        self.px_w, self.px_h = px_w, px_h
        self.frame_h = frame_h
        self.min_h = frame_h * min_fraction
        self.draw_w = self.draw_h = 0.0

    def _fit(self, aw: float, ah: float) -> tuple[float, float]:
        scale = min(aw / self.px_w, ah / self.px_h)
        return self.px_w * scale, self.px_h * scale

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        w, h = self._fit(aw, ah)
        full_w, full_h = self._fit(aw, self.frame_h)
        if h < min(self.min_h, full_h) - 0.5:
            # Too little room: ask for a whole frame so platypus moves us to a new page.
            self.draw_w, self.draw_h = full_w, full_h
            return full_w, max(full_h, ah + 1)
        self.draw_w, self.draw_h = w, h
        return w, h

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        source = self.jpeg if isinstance(self.jpeg, str) else _JpegReader(self.jpeg)
        self.canv.drawImage(
            source,
            0,
            0,
            self.draw_w,
            self.draw_h,
            preserveAspectRatio=True,
        )
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.draw_w, self.draw_h)


def draw_text(
    canv: Canvas, x: float, y: float, value: str, size: float, right: bool = False
) -> None:
    """drawString with a font per run, so a footer with Chinese or Arabic in it renders."""
    pieces = text.runs(text.visual(text.clean(value).replace("\n", " ")))
    total = sum(canv.stringWidth(chunk, name, size) for name, chunk in pieces)
    if right:
        x -= total
    for name, chunk in pieces:
        canv.setFont(name, size)
        canv.drawString(x, y, chunk)
        x += canv.stringWidth(chunk, name, size)


def text_width(value: str, size: float) -> float:
    """How wide draw_text would draw `value`."""
    pieces = text.runs(text.visual(text.clean(value).replace("\n", " ")))
    return float(sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in pieces))


def fit_text(value: str, size: float, width: float) -> str:
    """`value` on one line, cut with an ellipsis so that draw_text keeps it within `width`."""
    line = " ".join(text.clean(value).split())
    if text_width(line, size) <= width:
        return line
    lo, hi = 0, len(line)  # the longest prefix that fits with the ellipsis: binary search
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(line[:mid] + "…", size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return line[:lo].rstrip() + "…"


class _FixedStamp:
    """Stands in for reportlab's TimeStamp so CreationDate/ModDate come from the data."""

    def __init__(self, when: datetime) -> None:
        when = when.astimezone(UTC)
        self.t = when.timestamp()
        self.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


def canvas_class(
    created: datetime,
    footer: Callable[[int, int], tuple[str, str]],
    metadata: dict[str, str],
) -> type[Canvas]:
    """A canvas that numbers pages "X of Y" (pages are held until save) and is reproducible:
    invariant mode, creation date from the data, every font embedded (no standard-14 font)."""

    class DossierCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            kwargs["initialFontName"] = fonts.LATIN
            kwargs["pageCompression"] = 1
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _FixedStamp(created)
            self._saved: list[dict[str, Any]] = []
            self.setTitle(metadata.get("title", ""))
            self.setAuthor(metadata.get("author", ""))
            self.setSubject(metadata.get("subject", ""))
            self.setCreator("eComplaint")
            self.setKeywords(metadata.get("keywords", ""))

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                left, right = footer(self._pageNumber, total)
                width = self._pagesize[0]
                self.saveState()
                self.setFillColor(GREY)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.4)
                self.line(50, 40, width - 50, 40)
                # A 500-digit order number in the footer is cut with an ellipsis, so it
                # never runs into the page number or past the margin.
                room = width - 100 - text_width(right, 7.5) - 12
                draw_text(self, 50, 28, fit_text(left, 7.5, room), 7.5)
                draw_text(self, width - 50, 28, right, 7.5, right=True)
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return DossierCanvas
