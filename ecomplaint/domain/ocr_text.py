"""Text read from a picture: lines with their boxes, as plain data shared by every layer.

Boxes are in the image's own pixels (origin top left), as the four corners the engine gave,
clockwise from top left. Lines are numbered from 1 in reading order: an entry made from a
screenshot cites "E3, lines 4–6" by these numbers, so the order is part of the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

Point = tuple[float, float]


@dataclass(frozen=True)
class OcrLine:
    text: str
    box: tuple[Point, Point, Point, Point]
    score: float = 1.0

    @property
    def left(self) -> float:
        return min(p[0] for p in self.box)

    @property
    def right(self) -> float:
        return max(p[0] for p in self.box)

    @property
    def top(self) -> float:
        return min(p[1] for p in self.box)

    @property
    def bottom(self) -> float:
        return max(p[1] for p in self.box)

    def rect(self) -> tuple[int, int, int, int]:
        """x, y, w, h: the smallest whole-pixel rectangle holding the line."""
        x0, y0 = int(self.left), int(self.top)
        return x0, y0, int(round(self.right)) - x0 + 1, int(round(self.bottom)) - y0 + 1


@dataclass(frozen=True)
class OcrResult:
    sha256: str
    engine: str = ""
    width: int = 0
    height: int = 0
    lines: tuple[OcrLine, ...] = field(default_factory=tuple)
    error: str = ""  # why the picture could not be read; no lines then

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def line_range(self, first: int, last: int) -> tuple[OcrLine, ...]:
        """Lines `first`..`last`, numbered from 1 as cited."""
        return self.lines[first - 1 : last]


def lines_to_json(lines: tuple[OcrLine, ...] | list[OcrLine]) -> str:
    return json.dumps(
        [
            {
                "text": ln.text,
                "box": [[round(x, 1), round(y, 1)] for x, y in ln.box],
                "score": round(ln.score, 4),
            }
            for ln in lines
        ],
        ensure_ascii=False,
    )


def lines_from_json(data: str) -> tuple[OcrLine, ...]:
    out = []
    for item in json.loads(data or "[]"):
        box = tuple((float(p[0]), float(p[1])) for p in item["box"])
        if len(box) != 4:
            raise ValueError("an OCR line's box has four corners")
        out.append(OcrLine(str(item["text"]), box, float(item.get("score", 1.0))))  # type: ignore[arg-type]
    return tuple(out)


def cite_lines(numbers: list[int] | tuple[int, ...]) -> str:
    """The locator stored on an entry made from lines of a screenshot: "ocr:4-6" or "ocr:4"."""
    if not numbers:
        raise ValueError("no lines to cite")
    lo, hi = min(numbers), max(numbers)
    return f"ocr:{lo}" if lo == hi else f"ocr:{lo}-{hi}"


def parse_cited_lines(locator: str) -> tuple[int, int] | None:
    """(first, last) from an entry's `source_locator` written by `cite_lines`, else None."""
    if not locator.startswith("ocr:"):
        return None
    part = locator[4:]
    try:
        lo, _, hi = part.partition("-")
        first, last = int(lo), int(hi or lo)
    except ValueError:
        return None
    return (first, last) if 1 <= first <= last else None
