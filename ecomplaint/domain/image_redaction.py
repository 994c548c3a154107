"""What an image redaction did: which original, which boxes, by whom, when (plain data).

Stored as JSON in the redacted exhibit's `redaction_json`; the redacted file itself is a
new exhibit (`derived_from_uid` names the original), never a change to the original.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Box:
    """A rectangle in the original image's pixels; `reason` says what it hides ("phone",
    "id", "address", "name", "email", "manual")."""

    x: int
    y: int
    w: int
    h: int
    reason: str = "manual"

    def clipped(self, width: int, height: int) -> Box | None:
        x0, y0 = max(0, self.x), max(0, self.y)
        x1, y1 = min(width, self.x + self.w), min(height, self.y + self.h)
        if x1 <= x0 or y1 <= y0:
            return None
        return Box(x0, y0, x1 - x0, y1 - y0, self.reason)


@dataclass(frozen=True)
class RedactionRecord:
    original_uid: str
    original_sha256: str
    boxes: tuple[Box, ...]
    by: str
    at: datetime  # aware UTC
    verified: bool = False  # uniform regions, clean file end, OCR finds none of the values

    def to_json(self) -> str:
        return json.dumps(
            {
                "original_uid": self.original_uid,
                "original_sha256": self.original_sha256,
                "boxes": [[b.x, b.y, b.w, b.h, b.reason] for b in self.boxes],
                "by": self.by,
                "at": self.at.isoformat(),
                "verified": self.verified,
            },
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(data: str) -> RedactionRecord | None:
        if not data:
            return None
        d = json.loads(data)
        return RedactionRecord(
            original_uid=str(d["original_uid"]),
            original_sha256=str(d["original_sha256"]),
            boxes=tuple(
                Box(int(b[0]), int(b[1]), int(b[2]), int(b[3]), str(b[4])) for b in d["boxes"]
            ),
            by=str(d.get("by", "")),
            at=datetime.fromisoformat(str(d["at"])),
            verified=bool(d.get("verified", False)),
        )
