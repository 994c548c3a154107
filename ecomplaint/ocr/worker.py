"""The OCR engine in a child process, for the window: its side of the pipe.

Importing onnxruntime, OpenCV and numpy and building the model sessions holds the interpreter
lock for hundreds of milliseconds: in the window's process that freezes the UI on the first
read (bench/README.md). So the window reads through `ecomplaint.ocr.client`, which starts this
module as a child (`python -m ecomplaint.ocr.worker`; in the bundle the program itself with
`--ocr-worker`) and talks to it over stdin/stdout.

Frames, both ways: 4 bytes big-endian length + a JSON object. A read request
{"op": "read", "id": n, "sha256": s, "size": k} is followed by one frame of the picture's k
bytes; {"op": "cancel", "id": n} stops read n between tiles. Answers: {"id", "progress":
[done, total]}, {"id", "result": {...}} (lines as domain.ocr_text.lines_to_json), or
{"id", "cancelled": true}. End of stdin (the window closed or was killed) ends the child.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import struct
import sys
import threading
from typing import Any, BinaryIO

from ecomplaint.domain.ocr_text import OcrResult, lines_from_json, lines_to_json

FLAG = "--ocr-worker"
_HEADER = struct.Struct(">I")
NICE = 5  # POSIX niceness of the child (Windows: BELOW_NORMAL_PRIORITY_CLASS, client.py)
MAX_FRAME = 1 << 30  # a picture's bytes; anything larger is a broken stream


def read_frame(stream: BinaryIO) -> bytes | None:
    """One frame's payload, or None at the end of the stream."""
    head = _read_exact(stream, _HEADER.size)
    if head is None:
        return None
    (size,) = _HEADER.unpack(head)
    if size > MAX_FRAME:
        raise ValueError("frame too large")
    return _read_exact(stream, size)


def _read_exact(stream: BinaryIO, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def send(stream: BinaryIO, message: dict[str, Any]) -> None:
    write_frame(stream, json.dumps(message, ensure_ascii=False).encode("utf-8"))


def result_to_json(result: OcrResult) -> dict[str, Any]:
    return {
        "sha256": result.sha256,
        "engine": result.engine,
        "width": result.width,
        "height": result.height,
        "lines": lines_to_json(result.lines),
        "error": result.error,
    }


def result_from_json(data: dict[str, Any]) -> OcrResult:
    return OcrResult(
        str(data["sha256"]),
        str(data.get("engine", "")),
        int(data.get("width", 0)),
        int(data.get("height", 0)),
        lines_from_json(str(data.get("lines", "[]"))),
        str(data.get("error", "")),
    )


def _listen(
    stdin: BinaryIO, requests: queue.Queue[tuple[int, str, bytes]], cancelled: set[int]
) -> None:
    """Reader thread: queue read requests, note cancels; the parent gone ends the process."""
    try:
        while True:
            frame = read_frame(stdin)
            if frame is None:
                break
            message = json.loads(frame)
            if message.get("op") == "cancel":
                cancelled.add(int(message["id"]))
            elif message.get("op") == "read":
                data = read_frame(stdin)
                if data is None:
                    break
                requests.put((int(message["id"]), str(message["sha256"]), data))
    except (OSError, ValueError):
        pass
    # stdin closed: the window quit or died. Leave at once, mid-read or not: no orphan.
    os._exit(0)


def main() -> int:
    """Serve reads until stdin ends. stdout carries only frames: anything else printed (a
    library's warning) is sent to stderr instead."""
    if hasattr(os, "nice"):  # below the window: on two cores its painting comes first
        with contextlib.suppress(OSError):
            os.nice(NICE)
    # By descriptor, not sys.stdout/sys.stdin: a windowed bundle (Windows) sets those to None
    # even when the parent handed pipes over.
    proto = os.fdopen(os.dup(1), "wb")
    err = sys.stderr.fileno() if sys.stderr is not None else os.open(os.devnull, os.O_WRONLY)
    os.dup2(err, 1)
    stdin = os.fdopen(0, "rb")
    requests: queue.Queue[tuple[int, str, bytes]] = queue.Queue()
    cancelled: set[int] = set()
    threading.Thread(target=_listen, args=(stdin, requests, cancelled), daemon=True).start()

    from ecomplaint.ocr import engine
    from ecomplaint.progress import Cancelled

    while True:
        rid, sha, data = requests.get()

        def progress(done: int, total: int, rid: int = rid) -> None:
            send(proto, {"id": rid, "progress": [done, total]})

        def cancel(rid: int = rid) -> bool:
            return rid in cancelled

        try:
            result = engine.read_image(data, sha256=sha, progress=progress, cancel=cancel)
        except Cancelled:
            send(proto, {"id": rid, "cancelled": True})
            continue
        except Exception:  # noqa: BLE001 - one bad read must not end the child
            import logging

            logging.getLogger(__name__).exception("OCR read failed")
            result = OcrResult(sha, error="ocr.failed")
        send(proto, {"id": rid, "result": result_to_json(result)})


if __name__ == "__main__":
    raise SystemExit(main())
