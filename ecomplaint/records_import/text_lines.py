"""Reading a text export line by line, with a clear message when its encoding is wrong."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from ecomplaint.records_import.model import ImportFailed


def check_encoding(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ImportFailed("import.unknown_encoding", encoding=encoding) from None


def read_lines(path: Path, encoding: str = "utf-8") -> Iterator[tuple[int, str]]:
    """(line number, text without the line end); a UTF-8/UTF-16 byte-order mark is honoured."""
    name = check_encoding(encoding)
    with open(path, "rb") as raw:
        head = raw.read(4)
    if head.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = "utf-16"
    n = 0
    try:
        if name == "utf-16":  # not ASCII-compatible: lines cannot be split as bytes
            with open(path, encoding=name, errors="strict") as f:
                for n, line in enumerate(f, start=1):  # noqa: B007 - n is reported on failure
                    yield n, line.rstrip("\r\n")
            return
        # Bytes split at LF and decoded line by line, so a bad byte is reported at its line.
        with open(path, "rb") as fb:
            for n, raw_line in enumerate(fb, start=1):  # noqa: B007
                data = bytes(raw_line)
                if n == 1 and name == "utf-8-sig":
                    data = data.removeprefix(codecs.BOM_UTF8)
                yield n, data.decode(name, "strict").rstrip("\r\n")
    except UnicodeDecodeError:
        raise ImportFailed("import.encoding", path=path, line=max(n, 1), encoding=name) from None
    except OSError as exc:
        raise ImportFailed("import.unreadable", path=path, detail=exc.strerror or exc) from None
