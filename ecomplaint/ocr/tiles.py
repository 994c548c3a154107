"""Long screenshots in overlapping tiles, and the lines put back in reading order.

Each tile owns the band from the middle of its upper overlap to the middle of its lower one.
A line shorter than the overlap lies wholly inside the tile that owns its centre, so keeping
only the lines a tile owns reads every line once and never a line cut by a tile's edge. A
duplicate that slips through anyway (same text, boxes mostly overlapping) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ecomplaint.domain.ocr_text import OcrLine

TILE_HEIGHT = 2000  # at most; tiles are spread evenly, so a 2,400-px screen is two of 1,320
OVERLAP = 240  # taller than any chat line at phone resolution (about 40–90 px)


@dataclass(frozen=True)
class Tile:
    top: int  # first row of the picture in this tile
    bottom: int  # one past the last row
    own_top: float  # the band whose line centres this tile keeps
    own_bottom: float


def plan_tiles(height: int, tile: int = TILE_HEIGHT, overlap: int = OVERLAP) -> list[Tile]:
    if height <= tile:
        return [Tile(0, height, float("-inf"), float("inf"))]
    count = -(-(height - overlap) // (tile - overlap))  # ceil: fewest tiles of at most `tile`
    tile = -(-(height + (count - 1) * overlap) // count)  # then as short as they can be
    tops = [min(i * (tile - overlap), height - tile) for i in range(count)]
    tiles = []
    for i, top in enumerate(tops):
        own_top = float("-inf") if i == 0 else (top + tops[i - 1] + tile) / 2
        own_bottom = float("inf") if i == len(tops) - 1 else (tops[i + 1] + top + tile) / 2
        tiles.append(Tile(top, top + tile, own_top, own_bottom))
    return tiles


def owned(tile: Tile, lines: list[OcrLine]) -> list[OcrLine]:
    """Lines (already in picture coordinates) whose centre lies in the tile's own band."""
    return [ln for ln in lines if tile.own_top <= (ln.top + ln.bottom) / 2 < tile.own_bottom]


def _overlap_ratio(a: OcrLine, b: OcrLine) -> float:
    w = min(a.right, b.right) - max(a.left, b.left)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a.right - a.left) * (a.bottom - a.top), (b.right - b.left) * (b.bottom - b.top))
    return (w * h) / smaller if smaller > 0 else 0.0


def drop_duplicates(lines: list[OcrLine]) -> list[OcrLine]:
    kept: list[OcrLine] = []
    for line in sorted(lines, key=lambda ln: -ln.score):
        if any(k.text == line.text and _overlap_ratio(k, line) > 0.5 for k in kept):
            continue
        kept.append(line)
    return kept


def reading_order(lines: list[OcrLine]) -> tuple[OcrLine, ...]:
    """Top to bottom; lines side by side (their vertical middles inside the row's first
    line) left to right. Line numbers in citations follow this order."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.left)):
        middle = (line.top + line.bottom) / 2
        if rows and rows[-1][0].top <= middle <= rows[-1][0].bottom:
            rows[-1].append(line)
        else:
            rows.append([line])
    return tuple(ln for row in rows for ln in sorted(row, key=lambda ln: ln.left))
