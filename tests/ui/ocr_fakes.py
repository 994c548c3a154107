"""A stand-in for the core's reading (ecomplaint.ocr + services.ocr) in window tests: the
window's pipeline (runner → compute lane → runner) is what is tested, not the engine."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ecomplaint.domain.ocr_text import OcrLine, OcrResult
from ecomplaint.progress import Cancelled
from ecomplaint.store.engine import Store
from ecomplaint.ui.evidence.reading import OcrBackend, Picture


def line(text: str, x: float, y: float, w: float, h: float) -> OcrLine:
    return OcrLine(text, ((x, y), (x + w, y), (x + w, y + h), (x, y + h)), 0.99)


class FakeBackend(OcrBackend):
    """Reads every picture as `lines` (or `errors[name]`); saves in memory; records threads."""

    def __init__(self, lines: tuple[OcrLine, ...] = (), errors: dict[str, str] | None = None):
        self.lines = lines
        self.errors = errors or {}
        self.saved: dict[str, OcrResult] = {}
        self.read_threads: set[int] = set()
        self.save_threads: set[int] = set()
        self.gate: threading.Event | None = None  # set: reads wait for it
        self.reading = threading.Event()
        self.read_names: list[str] = []

    def unread(self, store: Store, case_id: int) -> list[str]:
        from ecomplaint.store import queries

        return [
            e.uid for e in queries.case_detail(store, case_id).evidence if e.uid not in self.saved
        ]

    def read(
        self, picture: Picture, progress: Callable[[int, int], None], cancel: Callable[[], bool]
    ) -> OcrResult:
        self.read_threads.add(threading.get_ident())
        self.reading.set()
        for step in range(4):
            if self.gate is not None:
                while not self.gate.wait(0.01):
                    if cancel():
                        raise Cancelled()
            if cancel():
                raise Cancelled()
            progress(step + 1, 4)
        self.read_names.append(picture.name)
        if picture.name in self.errors:
            return OcrResult(picture.sha256, engine="fake", error=self.errors[picture.name])
        return OcrResult(picture.sha256, "fake 1", 400, 300, self.lines)

    def save(self, store: Store, picture: Picture, result: OcrResult, now: datetime) -> Any:
        self.save_threads.add(threading.get_ident())
        self.saved[picture.uid] = result
        return None

    def stored(self, store: Store, uid: str) -> OcrResult | None:
        return self.saved.get(uid)
