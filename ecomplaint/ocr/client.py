"""The window's way to read text: the OCR engine in a child process (ecomplaint.ocr.worker),
so loading it never holds the window's interpreter lock.

    from ecomplaint.ocr import client
    result = client.read_image(data, sha256=sha, progress=..., cancel=...)  # as engine.read_image

- Started on the first read, kept and reused; one read at a time (others wait, still
  answering cancel).
- Cancel sends a cancel message (the child stops between tiles); a child that does not answer
  within CANCEL_GRACE seconds is killed, and the next read starts a new one.
- A child that dies or is killed mid-read gives OcrResult(error="ocr.interrupted") (not stored:
  the picture is read again later); the next read restarts it.
- It ends when the window's process ends (atexit closes its stdin; if the window is killed, the
  child sees its stdin end and leaves by itself).
The CLI reads in its own process (ecomplaint.ocr.engine): there is no window to freeze.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.ocr.worker import FLAG, read_frame, result_from_json, send, write_frame
from ecomplaint.progress import Cancelled

# Seconds for the child to stop at the end of its tile before it is killed: a tile takes
# ~1-2.5 s on a busy machine, and killing costs the next read the model load (~1.3 s CPU).
CANCEL_GRACE = 5.0
INTERRUPTED = "ocr.interrupted"


def worker_command() -> list[str]:
    """The child's command line: the bundle's own program with the worker flag, or this
    interpreter running the worker module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-m", "ecomplaint.ocr.worker"]


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):  # the package importable from wherever we run
        root = str(Path(__file__).resolve().parent.parent.parent)
        old = env.get("PYTHONPATH", "")
        env["PYTHONPATH"] = root + (os.pathsep + old if old else "")
    return env


class OcrWorker:
    """One child process serving reads, started when first needed."""

    def __init__(
        self, command: list[str] | None = None, cancel_grace: float = CANCEL_GRACE
    ) -> None:
        self.command = command
        self.cancel_grace = cancel_grace
        self._lock = threading.Lock()  # one read at a time
        self._proc: subprocess.Popen[bytes] | None = None
        self._answers: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._ids = itertools.count(1)
        self.starts = 0  # children started (tests, bench)

    # -- the child -----------------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def _start(self) -> subprocess.Popen[bytes]:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            return proc
        self._answers = queue.Queue()
        # Windows: no console flashing up, and the child below the window as with nice
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(
            subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0
        )
        proc = subprocess.Popen(
            self.command or worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None if sys.stderr is not None else subprocess.DEVNULL,
            env=_worker_env(),
            creationflags=flags,
        )
        self.starts += 1
        threading.Thread(
            target=self._listen, args=(proc, self._answers), daemon=True, name="ocr-worker-pipe"
        ).start()
        self._proc = proc
        return proc

    @staticmethod
    def _listen(proc: subprocess.Popen[bytes], answers: queue.Queue[dict[str, Any] | None]) -> None:
        assert proc.stdout is not None
        try:
            while True:
                frame = read_frame(proc.stdout)  # type: ignore[arg-type]
                if frame is None:
                    break
                answers.put(json.loads(frame))
        except (OSError, ValueError):
            pass
        answers.put(None)  # the child's end

    def kill(self) -> None:
        """End the child now (a cancel it did not answer, a test's crash); the next read
        starts another."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def close(self, timeout: float = 2.0) -> None:
        """The app quits: close the child's stdin (it leaves), kill it if it lingers."""
        proc = self._proc
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()

    # -- reading -------------------------------------------------------------------------------
    def read_image(
        self,
        path: Path | bytes,
        *,
        sha256: str,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> OcrResult:
        """As ecomplaint.ocr.engine.read_image, in the child. Raises Cancelled."""
        from ecomplaint.ocr import engine  # cheap: nothing heavy is imported by it

        reason = engine.unavailable()
        if reason:
            return OcrResult(sha256, error=reason)
        while not self._lock.acquire(timeout=0.1):
            if cancel is not None and cancel():
                raise Cancelled()
        try:
            if cancel is not None and cancel():
                raise Cancelled()
            try:
                data = path if isinstance(path, bytes) else Path(path).read_bytes()
            except OSError:
                return OcrResult(sha256, error="ocr.missing_file")
            return self._read(data, sha256, progress, cancel)
        finally:
            self._lock.release()

    def _read(
        self,
        data: bytes,
        sha256: str,
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> OcrResult:
        rid = next(self._ids)
        try:
            proc = self._start()
            assert proc.stdin is not None
            send(proc.stdin, {"op": "read", "id": rid, "sha256": sha256})  # type: ignore[arg-type]
            write_frame(proc.stdin, data)  # type: ignore[arg-type]
        except OSError:
            self.kill()
            return OcrResult(sha256, error=INTERRUPTED)
        answers = self._answers
        deadline: float | None = None
        while True:
            try:
                answer = answers.get(timeout=0.1)
            except queue.Empty:
                if cancel is not None and deadline is None and cancel():
                    deadline = time.monotonic() + self.cancel_grace
                    with contextlib.suppress(OSError):  # a dead child shows up below
                        send(proc.stdin, {"op": "cancel", "id": rid})  # type: ignore[arg-type]
                if deadline is not None and time.monotonic() > deadline:
                    self.kill()
                    raise Cancelled() from None
                continue
            if answer is None:  # the child died (crashed, killed, out of memory)
                self.kill()
                if deadline is not None:
                    raise Cancelled()
                return OcrResult(sha256, error=INTERRUPTED)
            if answer.get("id") != rid:
                continue  # a late answer to an abandoned read
            if "progress" in answer:
                if progress is not None and deadline is None:
                    done, total = answer["progress"]
                    progress(int(done), int(total))
            elif answer.get("cancelled"):
                raise Cancelled()
            elif "result" in answer:
                return result_from_json(answer["result"])


_default: OcrWorker | None = None
_default_lock = threading.Lock()


def shared() -> OcrWorker:
    """The process's worker (one child for the whole window)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = OcrWorker()
            atexit.register(_default.close)
        return _default


def read_image(
    path: Path | bytes,
    *,
    sha256: str,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> OcrResult:
    """engine.read_image's signature, read by the shared child process."""
    return shared().read_image(path, sha256=sha256, progress=progress, cancel=cancel)


def shutdown() -> None:
    """End the shared child (the app quits); a later read would start another."""
    if _default is not None:
        _default.close()
