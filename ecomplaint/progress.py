"""Progress and cancelling for long work (export, import, backup, restore, attach, verify, the
dossier): one Cancelled, one cancel flag, one byte ticker, shared by every layer below ui/."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

# progress(done, total): bytes so far and in all; total 0 while unknown
Progress = Callable[[int, int], None]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class Cancelled(Exception):
    """The user cancelled; whatever was half-written has been removed."""


class Ticker:
    """Calls `progress` as bytes go by and raises Cancelled when the flag is set."""

    def __init__(self, total: int, progress: Progress | None, cancel: CancelFlag | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancel = cancel

    def add(self, n: int) -> None:
        self.done += n
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)
