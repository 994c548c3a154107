"""Getting bytes onto the disk without waiting for it twice.

An fsync costs what the disk costs (here ~170 MB/s); hashing and unzipping cost CPU. Doing the
fsyncs on a helper thread while the next file is read and hashed makes the total about the
larger of the two instead of their sum. Nothing is treated as durable before finish() returns.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor


class BackgroundSync:
    """fsync() files, or a growing file every `step` bytes, on one helper thread."""

    def __init__(self, step: int = 64 << 20) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fsync")
        self._pending: list[Future[None]] = []
        self._step = step
        self._since = 0

    def sync_fd(self, fd: int) -> None:
        """fsync `fd` soon (the caller keeps it open until finish())."""
        self._pending.append(self._pool.submit(os.fsync, fd))

    def sync_and_close(self, fd: int) -> None:
        def work() -> None:
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

        self._pending.append(self._pool.submit(work))

    def wrote(self, fd: int, n: int) -> None:
        """A growing file: flush what is written so far every `step` bytes, without waiting."""
        self._since += n
        if self._since >= self._step and all(f.done() for f in self._pending):
            self._since = 0
            self._pending = [f for f in self._pending if not f.done() or f.exception()]
            self.sync_fd(fd)

    def finish(self) -> None:
        """Wait for every fsync; raise the first failure."""
        try:
            for f in self._pending:
                f.result()
        finally:
            self._pending = []
            self._pool.shutdown(wait=True)

    def abandon(self) -> None:
        """After a failure (or finish): wait quietly so no fd is closed under a running fsync."""
        for f in self._pending:
            f.exception()
        self._pending = []
        self._pool.shutdown(wait=True)
