"""Messages proposed from a chat/SMS screenshot's OCR lines (hand-made lines, no engine)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from ecomplaint.domain.chat_layout import (
    NOTE_BEFORE_FIRST_STAMP,
    NOTE_DAY_FROM_ADDED,
    NOTE_NO_STAMP,
    NOTE_NO_STAMP_ADDED,
    SKIP_HEADER,
    SKIP_INPUT,
    SKIP_STAMP,
    SKIP_STATUS,
    join_verbatim,
    propose_messages,
    read_chat,
)
from ecomplaint.domain.chat_times import parse_stamp
from ecomplaint.domain.ocr_text import OcrResult
from tests.helpers.chat_ocr import (
    SEEN,
    SH,
    chat_both_sides,
    ln,
    order_page,
    page,
    recorded_read,
    wreath_sms,
)


def local(p_at: datetime | None) -> str:
    assert p_at is not None
    return p_at.astimezone(SH).strftime("%Y-%m-%d %H:%M")


def test_wreath_sms_one_message_per_bubble_dated_by_its_stamp() -> None:
    reading = read_chat(wreath_sms(), captured_at=SEEN, tz=SH)
    assert reading.is_chat and reading.kind == "sms"
    got = [(p.lines, p.direction, local(p.occurred_at), p.precision) for p in reading.proposals]
    assert got == [
        ((6, 7, 8), "in", "2026-02-05 14:31", "exact"),
        ((10, 11), "in", "2026-02-05 18:02", "exact"),
        ((13,), "in", "2026-02-05 21:48", "exact"),
    ]
    first = reading.proposals[0]
    # Wrapped lines glued back: no space invented between CJK characters.
    assert (
        first.quote == "您好，我是 Lumen 服饰旗舰店客服小雨。店铺多寄给您一件大衣，"
        "请尽快寄回，否则我们只能报警处理。"
    )
    assert first.kind == "sms" and first.channel == "sms" and first.stamp_line == 5
    assert first.tz == "Asia/Shanghai" and not first.needs_review
    skipped = dict(reading.skipped)
    assert skipped[1] == skipped[2] == SKIP_STATUS
    assert skipped[3] == skipped[4] == SKIP_HEADER
    assert skipped[5] == skipped[9] == skipped[12] == SKIP_STAMP
    assert skipped[14] == SKIP_INPUT


def test_selected_lines_only_and_stamp_above_still_applies() -> None:
    got = propose_messages(wreath_sms(), captured_at=SEEN, tz=SH, lines=[10, 11, 13])
    assert [(p.lines, local(p.occurred_at)) for p in got] == [
        ((10, 11), "2026-02-05 18:02"),
        ((13,), "2026-02-05 21:48"),
    ]
    part = propose_messages(wreath_sms(), captured_at=SEEN, tz=SH, lines=[7])
    assert [(p.lines, p.quote) for p in part] == [((7,), "雨。店铺多寄给您一件大衣，请尽快寄")]
    # Chrome chosen on purpose is quoted; a chosen stamp is named as left out.
    chrome = read_chat(wreath_sms(), captured_at=SEEN, tz=SH, lines=[1, 3, 5])
    assert [p.lines for p in chrome.proposals] == [(1,), (3,)]
    assert chrome.left_out == [(5, SKIP_STAMP)]


def test_sides_bubbles_relative_stamps_and_latin_wrap() -> None:
    reading = read_chat(chat_both_sides(), captured_at=SEEN, tz=SH)
    assert reading.is_chat and reading.kind == "chat"
    got = [(p.lines, p.side, p.direction, p.quote) for p in reading.proposals]
    assert got == [
        ((4,), "left", "in", "有人在吗"),
        ((6, 7, 8), "left", "in", "亲，您的大衣需要寄回Please return the coat today"),
        ((9,), "right", "out", "我没有收到多余的大衣"),
        ((10,), "right", "out", "好"),
        ((13,), "left", "in", "退款已处理"),
    ]
    times = [(local(p.occurred_at), p.precision, p.time_note) for p in reading.proposals]
    assert times == [
        # Above the first stamp: that stamp's time, flagged as a guess.
        ("2026-02-05 14:31", "approximate", NOTE_BEFORE_FIRST_STAMP),
        ("2026-02-05 14:31", "exact", ""),  # 昨天 = the day before 2026-02-06
        ("2026-02-05 14:31", "exact", ""),
        ("2026-02-05 14:31", "exact", ""),
        ("2026-02-06 21:52", "exact", ""),  # a bare time is the day the screen was shown
    ]
    assert dict(reading.skipped)[12] == "system"
    assert reading.proposals[0].kind == "chat" and reading.proposals[0].channel == "app_chat"


def test_relative_stamp_against_added_date_is_approximate() -> None:
    reading = read_chat(chat_both_sides(), captured_at=SEEN, tz=SH, capture_known=False)
    second = reading.proposals[1]
    assert second.precision == "approximate" and second.time_note == NOTE_DAY_FROM_ADDED


def test_zone_decides_the_day() -> None:
    # 2026-02-06 01:00 in Shanghai is still 2026-02-05 in London: "昨天" differs.
    seen = datetime(2026, 2, 5, 17, 0, tzinfo=UTC)
    sh = read_chat(chat_both_sides(), captured_at=seen, tz=SH).proposals[1]
    london = ZoneInfo("Europe/London")
    uk = read_chat(chat_both_sides(), captured_at=seen, tz=london).proposals[1]
    assert local(sh.occurred_at) == "2026-02-05 14:31"
    assert uk.occurred_at is not None
    assert uk.occurred_at.astimezone(london).strftime("%m-%d %H:%M") == "02-04 14:31"
    assert uk.tz == "Europe/London"


def test_no_stamp_at_all_takes_capture_time_flagged() -> None:
    res = page(ln("您好", 44, 300, 80), ln("在的", 400, 380, 80))
    got = propose_messages(res, captured_at=SEEN, tz=SH)
    assert [(p.direction, p.occurred_at, p.precision, p.time_note) for p in got] == [
        ("in", SEEN.astimezone(SH), "approximate", NOTE_NO_STAMP),
        ("out", SEEN.astimezone(SH), "approximate", NOTE_NO_STAMP),
    ]
    unknown = propose_messages(res, captured_at=None, tz=SH)
    assert all(p.occurred_at is None and p.needs_review for p in unknown)


def test_an_order_page_is_not_a_chat_one_dated_note() -> None:
    reading = read_chat(order_page(), captured_at=SEEN, tz=SH)
    assert not reading.is_chat and reading.kind == "note"
    (only,) = reading.proposals
    assert only.direction == "none" and only.side == "none" and only.kind == "note"
    assert only.lines == tuple(range(4, 14))
    assert only.quote.splitlines()[:2] == ["等待卖家发货", "收货人 陈** 139****5678"]
    # A label and its value stay on one line, as the page shows them.
    assert "订单编号 TM-2026-0205-4471" in only.quote.splitlines()
    assert "¥268.00 x1" in only.quote.splitlines()
    assert local(only.occurred_at) == "2026-02-05 21:46" and only.stamp_line == 11
    assert only.precision == "exact"
    sel = read_chat(order_page(), captured_at=SEEN, tz=SH, lines=[8, 9]).proposals
    assert [p.lines for p in sel] == [(8, 9)] and sel[0].time_note == NOTE_NO_STAMP


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("2月5日 周四 14:31", "2026-02-05 14:31"),
        ("2月5日 21:48", "2026-02-05 21:48"),
        ("2月5日周四14：31", "2026-02-05 14:31"),  # OCR: no spaces, full-width colon
        ("昨天 14:31", "2026-02-05 14:31"),
        ("前天 09:05", "2026-02-04 09:05"),
        ("星期四 14:31", "2026-02-05 14:31"),
        ("周五 08:00", "2026-01-30 08:00"),  # the screen's own weekday: a week back
        ("21:52", "2026-02-06 21:52"),
        ("下午 2:31", "2026-02-06 14:31"),
        ("2026-02-05 21:46", "2026-02-05 21:46"),
        ("2026/2/5 21:46", "2026-02-05 21:46"),
        ("2026-02-0521:46", "2026-02-05 21:46"),  # as the engine glues them
        ("02-05 21:46", "2026-02-05 21:46"),  # JD / Taobao
        ("2026-02-05 21:46:12", "2026-02-05 21:46"),
        ("12月31日 星期三 下午 2:31", "2025-12-31 14:31"),
        ("周四 下午2:31", "2026-02-05 14:31"),
        ("晚上 9:48", "2026-02-06 21:48"),
        ("THURSDAY", "2026-02-05 12:00"),  # WhatsApp's day chip: the day only
        ("5 FEBRUARY 2026", "2026-02-05 12:00"),
        ("Tues 09:00", "2026-02-03 09:00"),
        ("上午 12:05", "2026-02-06 00:05"),
        ("2025年12月31日 23:59", "2025-12-31 23:59"),
        ("Yesterday 14:31", "2026-02-05 14:31"),
        ("Mon 14:31", "2026-02-02 14:31"),
        ("5 Feb 21:48", "2026-02-05 21:48"),
        ("Feb 5, 2026 at 9:48 PM", "2026-02-05 21:48"),
        ("12月30日 10:00", "2025-12-30 10:00"),  # no year, after the screen's day: last year
    ],
)
def test_stamps_resolve_against_the_day_shown(text: str, expect: str) -> None:
    stamp = parse_stamp(text)
    assert stamp is not None
    got = stamp.resolve(SEEN.astimezone(SH).date(), SH)
    assert got is not None and got[0].strftime("%Y-%m-%d %H:%M") == expect


@pytest.mark.parametrize(
    "text",
    [
        "您好 21:52",
        "订单编号",
        "25:00",
        "12:75",
        "2/5 21:48",
        "",
        "139****5678",
        "02-05",
        "13-40 10:00",
    ],
)
def test_not_stamps(text: str) -> None:
    assert parse_stamp(text) is None


def test_impossible_day_does_not_resolve() -> None:
    stamp = parse_stamp("2月30日 10:00")
    assert stamp is not None and stamp.resolve(SEEN.date(), SH) is None
    assert parse_stamp("2月5日").resolve(SEEN.date(), SH)[1] == "day"  # type: ignore[union-attr]


def test_join_verbatim() -> None:
    assert join_verbatim(["请尽快寄", "回，否则"]) == "请尽快寄回，否则"
    assert join_verbatim(["Please return", "the coat"]) == "Please return the coat"
    assert join_verbatim(["服饰旗舰店", "Lumen"]) == "服饰旗舰店Lumen"
    assert join_verbatim(["<b>x</b>", "\u202eevil"]) == "<b>x</b> \u202eevil"


def test_real_reading_of_the_demo_sms() -> None:
    # The engine glues "周四14:31" and drops the space in "Lumen 服饰": still three messages.
    reading = read_chat(recorded_read("wreath_sms"), captured_at=SEEN, tz=SH)
    assert reading.is_chat and reading.kind == "sms"
    got = [(p.lines, p.direction, local(p.occurred_at)) for p in reading.proposals]
    assert got == [
        ((6, 7, 8), "in", "2026-02-05 14:31"),
        ((10, 11), "in", "2026-02-05 18:02"),
        ((13,), "in", "2026-02-05 21:48"),
    ]
    assert reading.proposals[2].quote == "已为您订好一份花圈，祝您身体健康。"


def test_real_reading_of_the_demo_order_page() -> None:
    reading = read_chat(recorded_read("wreath_order"), captured_at=SEEN, tz=SH)
    assert not reading.is_chat
    (note,) = reading.proposals
    # "2026-02-0521:46": date and time glued by the engine, still the order's time.
    assert local(note.occurred_at) == "2026-02-05 21:46" and note.precision == "exact"
    assert note.quote.splitlines()[0] == "等待卖家发货"
    assert "投诉" not in note.quote  # the bottom button bar is not content


def test_odd_pages_never_raise() -> None:
    import random

    rnd = random.Random(15)
    words = [
        "21:52",
        "昨天 14:31",
        "<b>x</b>",
        "\u202e",
        "😀" * 50,
        "",
        "  ",
        "2月30日 10:00",
        "a" * 5000,
    ]
    assert read_chat(page(), captured_at=SEEN, tz=SH).proposals == []
    assert read_chat(OcrResult("00", "e", 0, 0, ()), captured_at=None, tz=SH).proposals == []
    for _ in range(200):
        lines = tuple(
            ln(
                rnd.choice(words),
                rnd.uniform(-50, 600),
                rnd.uniform(-50, 1200),
                rnd.uniform(0, 600),
                rnd.uniform(0, 80),
            )
            for _ in range(rnd.randint(0, 30))
        )
        res = OcrResult("00", "e", rnd.choice([0, 540, 1080]), rnd.choice([0, 1170, 8000]), lines)
        reading = read_chat(res, captured_at=rnd.choice([None, SEEN]), tz=SH)
        numbers = {n for p in reading.proposals for n in p.lines}
        assert numbers <= set(range(1, len(lines) + 1))
        assert not numbers & {n for n, _why in reading.skipped}


def test_whatsapp_style_own_times_and_date_chips() -> None:
    """Each bubble carries its own time at its bottom right; centred chips give the day."""
    res = page(
        ln("Yesterday", 235, 150, 70, 20),
        ln("Please send the coat back", 30, 200, 300),
        ln("14:31", 290, 232, 40, 16),  # under the text, at the bubble's right end
        ln("I never got an extra coat", 200, 290, 300),
        ln("14:35", 470, 292, 40, 16),  # beside the last line, right bubble
        ln("Today", 245, 360, 50, 20),
        ln("We will call the police", 30, 410, 260),
        ln("09:02", 250, 442, 40, 16),
        ln("no time of its own", 30, 520, 200),
    )
    reading = read_chat(res, captured_at=SEEN, tz=SH)
    got = [(p.lines, p.direction, local(p.occurred_at), p.precision) for p in reading.proposals]
    assert got == [
        ((2,), "in", "2026-02-05 14:31", "exact"),
        ((4,), "out", "2026-02-05 14:35", "exact"),
        ((7,), "in", "2026-02-06 09:02", "exact"),
        ((9,), "in", "2026-02-06 12:00", "day"),  # only the day chip: date only
    ]
    assert dict(reading.skipped)[3] == "bubble_time"
    assert "14:31" not in reading.proposals[0].quote


def test_weekday_tells_the_year_of_a_month_day_stamp() -> None:
    seen = datetime(2027, 3, 1, tzinfo=UTC).date()
    thu = parse_stamp("2月5日 周四 14:31")  # 2026-02-05 was a Thursday, 2027-02-05 a Friday
    assert thu is not None and thu.year_by_weekday
    got = thu.resolve(seen, SH)
    assert got is not None and got[0].date().isoformat() == "2026-02-05"
    plain = parse_stamp("2月5日 14:31")
    assert plain is not None and not plain.year_by_weekday
    assert plain.resolve(seen, SH)[0].date().isoformat() == "2027-02-05"  # type: ignore[index]
    # The demo's stamps carry weekdays: exact even when only the day the file was added is
    # known; "昨天" is not.
    late = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    sms = read_chat(wreath_sms(), captured_at=late, tz=SH, capture_known=False).proposals
    assert [(local(p.occurred_at), p.precision) for p in sms][0] == ("2026-02-05 14:31", "exact")


def test_right_bubble_short_last_line_and_split_row() -> None:
    """A right bubble's short last line starts at the bubble's left edge; a row the engine
    split in two ("联系电话" | "138 0013 8000，请尽") is one line of the message."""
    res = page(
        ln("21:52", 245, 150, 50, 20),
        ln("亲，麻烦提供一下订单号，我帮您", 133, 200, 320),  # right bubble, ends near the edge
        ln("查询。", 131, 232, 60),
        ln("联系电话", 86, 320, 98),
        ln("138 0013 8000，请尽", 170, 318, 236),
        ln("快回电。", 86, 352, 78),
    )
    reading = read_chat(res, captured_at=SEEN, tz=SH)
    got = [(p.lines, p.direction, p.quote) for p in reading.proposals]
    assert got == [
        ((2, 3), "out", "亲，麻烦提供一下订单号，我帮您查询。"),
        ((4, 5, 6), "in", "联系电话138 0013 8000，请尽快回电。"),
    ]
    # Selecting one fragment of the split row takes the whole row.
    part = propose_messages(res, captured_at=SEEN, tz=SH, lines=[5])
    assert [(p.lines, p.quote) for p in part] == [((4, 5), "联系电话138 0013 8000，请尽")]


def test_title_party_matching() -> None:
    from ecomplaint.domain.chat_layout import title_party

    parties = [
        (1, "小雨", "Lumen客服", "186 1234 2207"),
        (2, "Complaints desk", "Tmall", "400-800-1234"),
    ]
    assert title_party("+86 186 **** 2207", parties) == 1
    assert title_party("18612342207", parties) == 1
    assert title_party("Lumen客服", parties) == 1
    assert title_party("tmall", parties) == 2
    assert title_party("186 **** 9999", parties) is None
    assert title_party("", parties) is None
    assert title_party("Lumen", parties) is None  # part of a name is not a name


def test_whatsapp_twelve_hour_times_with_read_ticks() -> None:
    res = page(
        ln("YESTERDAY", 230, 150, 80, 20),
        ln("Where is my refund?", 200, 200, 300),
        ln("2:31 pm √√", 420, 232, 80, 16),
        ln("Processing, please wait", 30, 290, 260),
        ln("2:40 pm", 250, 322, 50, 16),
        ln("ok", 30, 400, 30),
        ln("2:45 pm", 66, 405, 50, 16),  # on the same row, right after the words
    )
    got = [
        (p.lines, p.direction, local(p.occurred_at))
        for p in read_chat(res, captured_at=SEEN, tz=SH).proposals
    ]
    assert got == [
        ((2,), "out", "2026-02-05 14:31"),
        ((4,), "in", "2026-02-05 14:40"),
        ((6,), "in", "2026-02-05 14:45"),
    ]


def test_lines_chosen_in_the_top_band_are_kept_not_dropped() -> None:
    # The user ticked the status bar and the title: what they chose is quoted.
    reading = read_chat(wreath_sms(), captured_at=SEEN, tz=SH, lines=[1, 2, 3, 4])
    quoted = sorted(n for p in reading.proposals for n in p.lines)
    assert quoted == [1, 2, 3, 4]
    assert "+86 186 **** 2207" in [p.quote for p in reading.proposals]
    assert reading.left_out == []
    # The whole page (nothing chosen) still leaves the phone's chrome out.
    whole = read_chat(wreath_sms(), captured_at=SEEN, tz=SH)
    assert not {1, 2, 3, 4} & {n for p in whole.proposals for n in p.lines}


def test_chosen_lines_left_out_are_named_with_why() -> None:
    # A stamp chosen with its message dates the message; it is said to be left out, and why.
    reading = read_chat(wreath_sms(), captured_at=SEEN, tz=SH, lines=[5, 6, 7, 8])
    assert [p.lines for p in reading.proposals] == [(6, 7, 8)]
    assert reading.left_out == [(5, "stamp")]


def test_no_stamp_and_no_capture_date_says_it_is_the_time_added() -> None:
    added = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
    bare = page(ln("您好，请尽快寄回", 44, 228, 300), ln("好的", 400, 300, 60))
    for reading in (
        read_chat(bare, captured_at=added, tz=SH, capture_known=False),
        read_chat(order_page_undated(), captured_at=added, tz=SH, capture_known=False),
    ):
        assert reading.proposals
        for p in reading.proposals:
            assert (p.occurred_at, p.precision) == (added, "approximate")
            assert p.time_note == NOTE_NO_STAMP_ADDED
    # With a capture time the note stays "time of the screenshot".
    known = read_chat(bare, captured_at=added, tz=SH)
    assert {p.time_note for p in known.proposals} == {NOTE_NO_STAMP}


def order_page_undated() -> OcrResult:
    return page(*(x for x in order_page().lines if "2026" not in x.text))
