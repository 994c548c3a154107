"""Synthetic phone chat screenshots drawn with the bundled fonts, with the text they hold.

Used by the OCR accuracy tests and bench/bench_ocr.py (and free for the chat-layout and
redaction tests): a status bar, the shop's name, then messages, theirs on the left in grey
bubbles, mine on the right in green ones, some under a centred time stamp. Chinese is drawn
with Droid Sans Fallback (which has no Latin glyphs), digits and Latin with DejaVu Sans, as a
phone renders mixed text. The same seed always draws the same picture.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
CJK_FONT = FONTS / "DroidSansFallbackFull.ttf"
LATIN_FONT = FONTS / "DejaVuSans.ttf"

INK, GREY, PAGE = (25, 25, 25), (150, 150, 150), (237, 237, 237)
THEIRS, MINE = (255, 255, 255), (149, 236, 105)

# Things shops and buyers say in a dispute, with the numbers such chats carry.
PHRASES = (
    "您好，请问有什么可以帮您？",
    "我收到的大衣和图片不一样，颜色差很多。",
    "亲，麻烦提供一下订单号，我帮您查询。",
    "订单号 TM-2026-0205-4471，付款 ¥268.00。",
    "我们会在48小时内给您答复，请耐心等待。",
    "已经三天了还没有人处理，我要申请退款。",
    "退货地址：浙江省杭州市西湖区文三路 88 号。",
    "联系电话 138 0013 8000，请尽快回电。",
    "快递单号 SF1234567890 已签收，请确认收货。",
    "如果今天不处理，我会向12315投诉。",
    "抱歉给您带来不便，我们申请补偿 20 元优惠券。",
    "不接受优惠券，只要全额退款。",
    "The parcel arrived damaged, please refund.",
    "好的，已为您登记售后，工单号 A-30219。",
    "客服小雨：您的退款将在3-5个工作日到账。",
    "身份证号 110101199003071234 已核验。",
    "昨天说好的今天回复，为什么没有消息？",
    "我们是正规店铺，请不要恶意差评。",
)
STAMPS = ("2月5日 21:48", "昨天 14:31", "21:52", "2月6日 09:05", "星期四 18:02")


@dataclass
class ChatShot:
    image: Image.Image
    lines: list[str] = field(default_factory=list)  # the text drawn, line by line, in order

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class _Fonts:
    def __init__(self, size: int) -> None:
        self.cjk = ImageFont.truetype(str(CJK_FONT), size)
        self.latin = ImageFont.truetype(str(LATIN_FONT), size)
        self.size = size

    def runs(self, text: str) -> list[tuple[str, ImageFont.FreeTypeFont]]:
        out: list[tuple[str, ImageFont.FreeTypeFont]] = []
        for ch in text:
            f = self.latin if ord(ch) < 0x2E80 or ch == "¥" else self.cjk
            if out and out[-1][1] is f:
                out[-1] = (out[-1][0] + ch, f)
            else:
                out.append((ch, f))
        return out

    def length(self, d: ImageDraw.ImageDraw, text: str) -> float:
        return sum(d.textlength(t, font=f) for t, f in self.runs(text))

    def draw(
        self, d: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, fill: object
    ) -> None:
        x, y = xy
        for t, f in self.runs(text):
            dy = 0 if f is self.cjk else -self.size * 0.06  # DejaVu sits lower than Droid
            d.text((x, y + dy), t, font=f, fill=fill)
            x += d.textlength(t, font=f)


def _wrap(d: ImageDraw.ImageDraw, text: str, f: _Fonts, width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if line and f.length(d, line + ch) > width:
            lines.append(line.strip())
            line = ch
        else:
            line += ch
    return [ln for ln in [*lines, line.strip()] if ln]


def chat_screenshot(width: int = 1080, height: int = 2400, *, seed: int = 1) -> ChatShot:
    """A chat of as many messages as fit `height`; lines listed in reading order."""
    rng = random.Random(seed)
    scale = width / 1080
    body, small = _Fonts(round(42 * scale)), _Fonts(round(32 * scale))
    img = Image.new("RGB", (width, height), PAGE)
    d = ImageDraw.Draw(img)
    shot = ChatShot(img)

    def put(f: _Fonts, x: float, y: float, text: str, fill: object = INK) -> None:
        f.draw(d, (x, y), text, fill)
        shot.lines.append(text)

    d.rectangle((0, 0, width, int(200 * scale)), fill=(247, 247, 247))
    put(small, 50 * scale, 30 * scale, "21:55")
    put(small, width - 190 * scale, 30 * scale, "5G 87%")
    title = "Lumen服饰旗舰店"
    put(body, (width - body.length(d, title)) / 2, 110 * scale, title)
    y = 260 * scale
    pad, line_h = 28 * scale, body.size * 1.45
    max_text = width * 0.6
    bottom = height - 60 * scale
    while True:
        stamp = rng.random() < 0.35
        text = rng.choice(PHRASES)
        lines = _wrap(d, text, body, max_text)
        need = (70 * scale if stamp else 0) + len(lines) * line_h + 2 * pad + 36 * scale
        if y + need > bottom:
            break
        if stamp:
            when = rng.choice(STAMPS)
            put(small, (width - small.length(d, when)) / 2, y, when, GREY)
            y += 70 * scale
        text_w = max(body.length(d, ln) for ln in lines)
        mine = rng.random() < 0.45
        x0 = width - 150 * scale - text_w - 2 * pad if mine else 150 * scale
        avatar_x = width - 130 * scale if mine else 30 * scale
        d.rectangle((avatar_x, y, avatar_x + 100 * scale, y + 100 * scale), fill=(120, 160, 200))
        box = (x0, y, x0 + text_w + 2 * pad, y + len(lines) * line_h + 2 * pad)
        d.rounded_rectangle(box, round(16 * scale), fill=MINE if mine else THEIRS)
        for i, ln in enumerate(lines):
            put(body, x0 + pad, y + pad + i * line_h + (line_h - body.size) / 2, ln)
        y = box[3] + 36 * scale
    return shot


def comparable(text: str) -> str:
    """What counts as the same characters: NFKC (full- and half-width forms alike), no
    whitespace (a space between a Chinese and a Latin run is the font's, not the text's)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def char_accuracy(expected: str, read: str) -> float:
    """1 − edit distance / characters expected, on comparable text (can go below 0)."""
    e, r = comparable(expected), comparable(read)
    return 1 - edit_distance(e, r) / max(1, len(e))
