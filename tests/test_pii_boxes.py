"""Boxes proposed over the personal data in a screenshot's text lines (domain/pii_boxes.py).

Geometry is checked against real ink: lines are drawn with the bundled fonts and each planted
value's drawn characters must lie inside its box, whatever Chinese or Latin text surrounds it.
"""

from __future__ import annotations

import dataclasses
import random

from PIL import ImageDraw

from ecomplaint.domain.image_redaction import Box
from ecomplaint.domain.ocr_text import OcrLine
from ecomplaint.domain.pii_boxes import char_width, masked_spans, propose, span_box
from ecomplaint.dossier.redact import Redactor
from tests.dossier_support import make_detail
from tests.helpers.drawn_text import Drawn, screenshot

ADDRESS = "浙江省杭州市西湖区建设路 18 号 3 幢 502 室"
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(rng: random.Random) -> str:
    body = f"{rng.choice([11, 31, 33, 44, 51])}0105{rng.randint(1950, 2005)}"
    body += f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, _W, strict=True)) % 11]


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}"


def finder(**fields: str) -> Redactor:
    detail = make_detail(complainant="陈静", phone="13912345678", language="zh")
    values = {"complainant_address": ADDRESS, "complainant_id_no": "", **fields}
    case = dataclasses.replace(detail.case, **values)  # type: ignore[arg-type]
    return Redactor.for_case(case, "zh", True)


def line(text: str, x0: float = 100, x1: float = 700, y0: float = 200, y1: float = 240) -> OcrLine:
    return OcrLine(text, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def covers(box: Box, drawn: Drawn, start: int, end: int) -> bool:
    ink = [drawn.char_x[i] for i in range(start, end) if drawn.char_x[i][1] > drawn.char_x[i][0]]
    lo, hi = min(a for a, _ in ink), max(b for _, b in ink)
    return (
        box.x <= lo
        and hi <= box.x + box.w
        and box.y <= drawn.line.top
        and drawn.line.bottom <= box.y + box.h
    )


def test_cjk_characters_count_twice_as_wide_as_latin() -> None:
    assert char_width("陈") == char_width("１") and 1.5 <= char_width("陈") <= 2
    assert char_width("5") == 1 == char_width("a")
    # "电话" (3.5 units) + "13912345678" (11 units) over 145 px: the number starts at 35 px.
    box = span_box(line("电话13912345678", 0, 145), 2, 13, "phone")
    assert 20 <= box.x <= 35 and 145 <= box.x + box.w <= 150
    assert box.y < 200 and box.y + box.h > 240 and box.reason == "phone"


def test_only_the_value_is_boxed_not_the_whole_line() -> None:
    r = finder()
    boxes = propose([line("联系电话：13912345678 请尽快回电", 0, 600)], r.find)
    assert len(boxes) == 1
    (b,) = boxes
    # 5 CJK (8.75 units) + 11 digits + space (0.5) + 5 CJK (8.75 units) over 600 px: the
    # digits print from ~180 to ~409 px; the box adds a margin, about one character.
    assert b.reason == "phone" and 140 < b.x < 180 and 409 < b.x + b.w < 450


def test_masked_numbers_still_identify_a_person_and_are_proposed() -> None:
    texts = [
        "收货人 陈**   139****5678",
        "+86 186 **** 2207",
        "手机 186-****-2207 已验证",
        "身份证 110101********123X",
        "尾号 139＊＊＊＊5678",
    ]
    for text in texts:
        spans = masked_spans(text)
        assert spans, text
        boxes = propose([line(text)], None)
        assert any(b.reason in ("phone", "id") for b in boxes), text
    assert masked_spans("订单金额 268.00，共 1 件") == []
    assert masked_spans("****") == []
    assert [k for _, _, k in masked_spans("收货人 陈**   139****5678")] == ["phone", "name"]
    assert masked_spans("王*丽 好评")[0][:2] == (0, 3)
    text = "浙江省杭州市西湖区文三路 ******"
    ((a, b, kind),) = masked_spans(text)
    assert kind == "address" and text[a:b] == "西湖区文三路 ******"  # province, city stay
    assert masked_spans("我住在新华区建设路18号3单元")[0][2] == "address"


def test_ids_need_a_valid_check_digit_order_numbers_survive() -> None:
    r = finder()
    good, bad = "11010519491231002X", "110105194912310021"
    boxes = propose([line(f"身份证号 {good}"), line(f"订单号 {bad}")], r.find)
    assert [b.reason for b in boxes] == ["id"]
    assert boxes[0].y < 240


def test_case_facts_address_name_email_and_landlines() -> None:
    r = finder(complainant_id_no="11010519491231002X")
    lines = [
        line("收货地址：杭州市西湖区建设路18号3幢502室"),
        line("收货人：陈静"),
        line("mail chen.jing@example.com now"),
        line("固话 010-6552 9988"),
        line("+44 20 7946 0958"),
        line("下单时间 2026-02-05 21:48 实付 ¥268.00"),
    ]
    boxes = propose(lines, r.find)
    reasons = [b.reason for b in boxes]
    assert reasons.count("address") >= 1 and "name" in reasons and "email" in reasons
    assert reasons.count("phone") == 2
    assert all(b.y < 240 for b in boxes)
    assert propose([lines[-1]], r.find) == []  # dates and amounts are not phones


def test_boxes_are_clipped_to_the_picture() -> None:
    boxes = propose([line("13912345678", 0, 120, 0, 30)], finder().find, width=100, height=25)
    (b,) = boxes
    assert b.x >= 0 and b.y >= 0 and b.x + b.w <= 100 and b.y + b.h <= 25


def test_hostile_text_is_harmless() -> None:
    r = finder()
    texts = ["", "   ", "\u202e13912345678\u202c", "😀" * 500 + "13912345678", "<b>&</b>" * 50]
    boxes = propose([line(t) for t in texts], r.find)
    assert len(boxes) == 2 and all(b.w > 0 and b.h > 0 for b in boxes)


def test_every_planted_phone_and_id_number_is_covered_on_drawn_lines() -> None:
    """100 % of the planted numbers: each box holds the ink of every digit of its value."""
    rng = random.Random(15)
    templates = [
        "手机：{v}",
        "联系电话 {v} 转人工客服",
        "Call me on {v} today",
        "收货人 陈静 {v}",
        "身份证号：{v}（已核验）",
        "我的号码是{v}，请别再打了",
        "{v}",
        "客服工号3021 回拨 {v} 无人接听",
    ]
    planted, texts = [], []
    for i in range(48):
        value = id_number(rng) if i % 3 == 0 else mobile(rng)
        text = templates[i % len(templates)].format(v=value)
        planted.append((len(texts), text.index(value), value))
        texts.append(text)
    r = finder(complainant_phone="")
    for size in (28, 40):
        _, drawn = screenshot(texts, size=size)
        boxes = propose([d.line for d in drawn], r.find)
        for n, start, value in planted:
            d = drawn[n]
            hits = [b for b in boxes if b.y <= d.line.top and d.line.bottom <= b.y + b.h]
            assert any(covers(b, d, start, start + len(value)) for b in hits), (size, d.text)


def test_box_drawn_over_a_line_leaves_its_neighbours_readable() -> None:
    """The box stays on its own line: the lines above and below keep their ink."""
    img, drawn = screenshot(["订单号 8812", "手机 13912345678", "物流 已签收"], size=40)
    (b,) = [b for b in propose([d.line for d in drawn], finder().find) if b.reason == "phone"]
    assert b.y > drawn[0].line.bottom and b.y + b.h < drawn[2].line.top
    ImageDraw.Draw(img).rectangle((b.x, b.y, b.x + b.w - 1, b.y + b.h - 1), fill=(0, 0, 0))
    assert img.getpixel((int(drawn[1].char_x[0][0]) + 3, int(drawn[1].line.top) + 5)) != (0, 0, 0)
