"""Hand-made OCR lines laid out like phone screenshots (no engine needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ecomplaint.domain.ocr_text import OcrLine, OcrResult, lines_from_json, lines_to_json
from ecomplaint.services.cases import create_case
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Evidence, OcrRead
from tests.helpers.evidence import add_evidence

SH = ZoneInfo("Asia/Shanghai")
W, H = 540, 1170
# The screen was shown on 2026-02-06 at 21:55 Shanghai time.
SEEN = datetime(2026, 2, 6, 13, 55, tzinfo=UTC)


def ln(text: str, x: float, y: float, w: float, h: float = 26) -> OcrLine:
    return OcrLine(text, ((x, y), (x + w, y), (x + w, y + h), (x, y + h)), 0.99)


def page(*lines: OcrLine, width: int = W, height: int = H) -> OcrResult:
    return OcrResult("ab" * 32, "test", width, height, tuple(lines))


def wreath_sms() -> OcrResult:
    """The demo's SMS screenshot as OCR reads it (resources/demo/wreath_sms.png)."""
    return page(
        ln("21:55", 24, 10, 60, 24),
        ln("5G 87%", 420, 10, 85, 24),
        ln("‹信息", 24, 72, 66),
        ln("+86 186 **** 2207", 186, 112, 190, 24),
        ln("2月5日 周四 14:31", 210, 180, 150, 20),
        ln("您好，我是 Lumen 服饰旗舰店客服小", 44, 228, 375),
        ln("雨。店铺多寄给您一件大衣，请尽快寄", 44, 260, 374),
        ln("回，否则我们只能报警处理。", 44, 292, 276),
        ln("2月5日 周四 18:02", 210, 362, 150, 20),
        ln("您在本店的订单请及时确认收货，有问", 44, 410, 374),
        ln("题随时联系。", 44, 442, 120),
        ln("2月5日 周四 21:48", 210, 512, 150, 20),
        ln("已为您订好一份花圈，祝您身体健康。", 44, 560, 364),
        ln("短信", 40, 1114, 42, 24),
    )


def chat_both_sides() -> OcrResult:
    """A shop chat (app, not SMS): them on the left behind an avatar, me on the right."""
    return page(
        ln("14:02", 30, 12, 60, 24),
        ln("<", 20, 70, 20),
        ln("Lumen客服", 220, 70, 100),
        ln("有人在吗", 100, 170, 100),  # above any stamp
        ln("昨天 14:31", 230, 240, 80, 20),
        ln("亲，您的大衣需要寄回", 100, 290, 230),
        ln("Please return the", 100, 322, 200),
        ln("coat today", 100, 354, 120),
        ln("我没有收到多余的大衣", 190, 430, 250),  # right: ends near the right edge
        ln("好", 410, 500, 30),  # a second right bubble, after a gap
        ln("21:52", 245, 580, 50, 20),
        ln("以下为新消息", 210, 630, 120, 20),  # centred system line
        ln("退款已处理", 100, 680, 120),
    )


def order_page() -> OcrResult:
    return page(
        ln("21:52", 24, 10, 60, 24),
        ln("‹", 24, 64, 14),
        ln("订单详情", 222, 64, 104),
        ln("等待卖家发货", 30, 130, 192, 32),
        ln("收货人 陈** 139****5678", 36, 262, 300, 22),
        ln("¥268.00", 176, 584, 100),
        ln("x1", 450, 588, 24),
        ln("订单编号", 36, 676, 80, 20),
        ln("TM-2026-0205-4471", 170, 676, 200, 20),
        ln("下单时间", 36, 724, 80, 20),
        ln("2026-02-05 21:46", 170, 724, 170, 20),
        ln("付款方式", 36, 772, 80, 20),
        ln("他人代付", 170, 772, 80, 20),
    )


def screenshot_with_text(
    store: Store, result: OcrResult, *, captured: datetime | None = SEEN, tz: str | None = None
) -> str:
    """A new case (in zone `tz`) with one picture whose text `result` was read; its uid."""
    case_id = create_case(store, title="花圈", tz=tz).created_id
    assert case_id is not None
    ev_id = add_evidence(store, case_id, b"png of " + result.sha256.encode(), name="sms.png")
    with store.write() as s:
        ev = s.get(Evidence, ev_id)
        assert ev is not None
        ev.captured_at = captured
        s.add(ev)
        s.add(
            OcrRead(
                sha256=ev.sha256,
                engine="test",
                read_at=store.clock.now(),
                width=result.width,
                height=result.height,
                lines_json=lines_to_json(result.lines),
                text=result.text,
            )
        )
        return ev.uid


def recorded_read(name: str, sha256: str = "ab" * 32) -> OcrResult:
    """What the real engine read from a demo screenshot (tests/fixtures/ocr/NAME.json,
    recorded from rapidocr): the engine's quirks without its seconds."""
    path = Path(__file__).resolve().parents[1] / "fixtures" / "ocr" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    lines = lines_from_json(json.dumps(data["lines"]))
    return OcrResult(sha256, "rapidocr (recorded)", data["w"], data["h"], lines)
