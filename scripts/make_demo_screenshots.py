"""Draw the demo wreath case's two phone screenshots (committed in resources/demo/).

Run once when the pictures need to change: `.venv/bin/python scripts/make_demo_screenshots.py`.
The files are committed so the demo's fingerprints never depend on a Pillow version.
Text is in our own words; Chinese renders through the bundled Droid Sans Fallback font.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"  # CJK only
LATIN = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"  # digits, Latin, ¥ and arrows
OUT = ROOT / "resources" / "demo"
W, H = 540, 1170
INK, GREY, LIGHT = (34, 34, 34), (130, 130, 130), (242, 242, 242)
ORANGE, RED = (255, 80, 0), (214, 48, 49)


class Font:
    """A size of the CJK font plus DejaVu for what Droid Sans Fallback lacks (Latin, digits)."""

    def __init__(self, size: int) -> None:
        self.cjk = ImageFont.truetype(str(FONT), size)
        self.latin = ImageFont.truetype(str(LATIN), size)

    def runs(self, text: str) -> list[tuple[str, ImageFont.FreeTypeFont]]:
        out: list[tuple[str, ImageFont.FreeTypeFont]] = []
        for ch in text:
            f = self.latin if ord(ch) < 0x2E80 else self.cjk
            if out and out[-1][1] is f:
                out[-1] = (out[-1][0] + ch, f)
            else:
                out.append((ch, f))
        return out

    def length(self, d: ImageDraw.ImageDraw, text: str) -> float:
        return sum(d.textlength(t, font=f) for t, f in self.runs(text))


def font(size: int) -> Font:
    return Font(size)


class Draw:
    """ImageDraw whose text() mixes the two fonts."""

    def __init__(self, img: Image.Image) -> None:
        self.d = ImageDraw.Draw(img)

    def __getattr__(self, name: str) -> object:
        return getattr(self.d, name)

    def text(self, xy: tuple[float, float], text: str, font: Font, fill: object) -> None:
        x, y = xy
        for t, f in font.runs(text):
            # Align baselines: DejaVu sits lower than Droid at the same size.
            dy = 0 if f is font.cjk else -font.cjk.size * 0.06
            self.d.text((x, y + dy), t, font=f, fill=fill)
            x += self.d.textlength(t, font=f)

    def textlength(self, text: str, font: Font) -> float:
        return font.length(self.d, text)


def status_bar(d: Draw, time: str) -> None:
    d.rectangle((0, 0, W, 44), fill=(255, 255, 255))
    d.text((24, 10), time, font=font(22), fill=INK)
    d.text((W - 120, 10), "5G  87%", font=font(20), fill=INK)


def wrap(d: Draw, text: str, f: Font, width: int) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if d.textlength(line + ch, font=f) > width:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line] if line else lines


def order_screenshot() -> Image.Image:
    img = Image.new("RGB", (W, H), LIGHT)
    d = Draw(img)
    status_bar(d, "21:52")
    d.rectangle((0, 44, W, 110), fill=(255, 255, 255))
    d.text((24, 60), "‹", font=font(34), fill=INK)
    d.text((W // 2 - 48, 64), "订单详情", font=font(26), fill=INK)
    # status banner
    d.rectangle((0, 110, W, 230), fill=ORANGE)
    d.text((30, 130), "等待卖家发货", font=font(32), fill=(255, 255, 255))
    d.text((30, 180), "这是亲友为您下的礼品订单", font=font(20), fill=(255, 235, 220))
    # address card
    d.rounded_rectangle((16, 246, W - 16, 360), 14, fill=(255, 255, 255))
    d.text((36, 262), "收货人  陈**   139****5678", font=font(22), fill=INK)
    d.text((36, 300), "浙江省杭州市西湖区文三路 ******", font=font(20), fill=GREY)
    # item card
    d.rounded_rectangle((16, 376, W - 16, 640), 14, fill=(255, 255, 255))
    d.text((36, 392), "Lumen 服饰旗舰店  ›", font=font(22), fill=INK)
    d.rectangle((36, 436, 156, 556), fill=(225, 225, 225))
    # a simple wreath: rings of leaves and a white centre
    cx, cy = 96, 496
    for r, colour in ((52, (46, 110, 60)), (44, (255, 255, 255)), (36, (60, 130, 70))):
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    d.ellipse((cx - 24, cy - 24, cx + 24, cy + 24), fill=(225, 225, 225))
    d.text((cx - 10, cy - 14), "奠", font=font(24), fill=INK)
    y = 440
    for line in wrap(d, "花圈 殡仪悼念花篮 同城配送（挽联可定制）", font(21), W - 220):
        d.text((176, y), line, font=font(21), fill=INK)
        y += 30
    d.text((176, y + 6), "挽联：祝您身体健康", font=font(19), fill=GREY)
    d.text((176, 584), "¥ 268.00", font=font(24), fill=RED)
    d.text((W - 90, 588), "x1", font=font(20), fill=GREY)
    # order info
    d.rounded_rectangle((16, 656, W - 16, 930), 14, fill=(255, 255, 255))
    rows = [
        ("订单编号", "TM-2026-0205-4471"),
        ("下单时间", "2026-02-05 21:46"),
        ("付款方式", "他人代付"),
        ("订单类型", "礼品订单（代下单）"),
        ("备注", "无"),
    ]
    y = 676
    for k, val in rows:
        d.text((36, y), k, font=font(20), fill=GREY)
        d.text((170, y), val, font=font(20), fill=INK)
        y += 48
    # bottom bar
    d.rectangle((0, H - 96, W, H), fill=(255, 255, 255))
    for i, label in enumerate(("联系卖家", "申请退款", "投诉")):
        x = W - 150 - i * 140
        d.rounded_rectangle((x, H - 76, x + 124, H - 30), 23, outline=GREY, width=2)
        d.text((x + (124 - d.textlength(label, font(20))) / 2, H - 67), label, font(20), INK)
    return img


def bubble(d: Draw, y: int, text: str, when: str) -> int:
    f = font(22)
    lines = wrap(d, text, f, W - 150)
    height = 24 + 32 * len(lines)
    d.text((W // 2 - 60, y), when, font=font(17), fill=GREY)
    y += 34
    d.rounded_rectangle((24, y, W - 90, y + height), 20, fill=(233, 233, 235))
    for i, line in enumerate(lines):
        d.text((44, y + 12 + 32 * i), line, font=f, fill=INK)
    return y + height + 28


def sms_screenshot() -> Image.Image:
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = Draw(img)
    status_bar(d, "21:55")
    d.rectangle((0, 44, W, 150), fill=(248, 248, 248))
    d.text((24, 70), "‹ 信息", font=font(24), fill=(0, 122, 255))
    d.ellipse((W // 2 - 26, 54, W // 2 + 26, 106), fill=(190, 190, 196))
    d.text((W // 2 - 84, 112), "+86 186 **** 2207", font=font(20), fill=INK)
    y = 180
    y = bubble(
        d,
        y,
        "您好，我是 Lumen 服饰旗舰店客服小雨。店铺多寄给您一件大衣，请尽快寄回，"
        "否则我们只能报警处理。",
        "2月5日 周四 14:31",
    )
    y = bubble(d, y, "您在本店的订单请及时确认收货，有问题随时联系。", "2月5日 周四 18:02")
    y = bubble(d, y, "已为您订好一份花圈，祝您身体健康。", "2月5日 周四 21:48")
    d.rectangle((0, H - 80, W, H), fill=(248, 248, 248))
    d.rounded_rectangle((20, H - 64, W - 20, H - 20), 22, outline=(200, 200, 200), width=2)
    d.text((40, H - 56), "短信", font=font(20), fill=GREY)
    return img


def save(img: Image.Image, name: str) -> None:
    # A 64-colour palette keeps each picture small without visible loss on flat UI colours.
    img.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(OUT / name, optimize=True)
    print(name, (OUT / name).stat().st_size, "bytes")


if __name__ == "__main__":
    save(order_screenshot(), "wreath_order.png")
    save(sms_screenshot(), "wreath_sms.png")
