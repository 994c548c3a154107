"""The shared OCR line records survive the store's JSON and cite lines as entries store them."""

from datetime import UTC, datetime

import pytest

from ecomplaint.domain.image_redaction import Box, RedactionRecord
from ecomplaint.domain.ocr_text import (
    OcrLine,
    OcrResult,
    cite_lines,
    lines_from_json,
    lines_to_json,
    parse_cited_lines,
)


def test_lines_round_trip_through_json_with_hostile_text() -> None:
    lines = (
        OcrLine("您好 <b>x</b>\u202e", ((1, 2), (30, 2), (30, 12), (1, 12)), 0.91),
        OcrLine("21:48", ((5.25, 20), (40, 20), (40, 31), (5.25, 31)), 0.5),
    )
    back = lines_from_json(lines_to_json(lines))
    assert [ln.text for ln in back] == [ln.text for ln in lines]
    assert back[1].rect() == (5, 20, 36, 12)
    assert OcrResult("a" * 64, lines=back).text == "您好 <b>x</b>\u202e\n21:48"
    assert OcrResult("a" * 64, lines=back).line_range(2, 2) == (back[1],)


def test_a_box_without_four_corners_is_refused() -> None:
    with pytest.raises(ValueError):
        lines_from_json('[{"text": "x", "box": [[0, 0], [1, 1]]}]')


@pytest.mark.parametrize(
    ("numbers", "locator", "span"),
    [([4, 6, 5], "ocr:4-6", (4, 6)), ([3], "ocr:3", (3, 3))],
)
def test_cited_lines(numbers: list[int], locator: str, span: tuple[int, int]) -> None:
    assert cite_lines(numbers) == locator
    assert parse_cited_lines(locator) == span


@pytest.mark.parametrize("locator", ["", "line 3", "ocr:", "ocr:6-4", "ocr:0", "ocr:a-b"])
def test_other_locators_are_not_line_citations(locator: str) -> None:
    assert parse_cited_lines(locator) is None


def test_a_redaction_record_round_trips_and_clips_boxes() -> None:
    rec = RedactionRecord(
        "u1", "f" * 64, (Box(10, 10, 50, 20, "phone"),), "小雨", datetime(2026, 2, 5, tzinfo=UTC)
    )
    assert RedactionRecord.from_json(rec.to_json()) == rec
    assert RedactionRecord.from_json("") is None
    assert Box(-5, 90, 20, 30).clipped(100, 100) == Box(0, 90, 15, 10)
    assert Box(200, 0, 5, 5).clipped(100, 100) is None
