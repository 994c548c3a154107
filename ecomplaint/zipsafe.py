"""Reading zip files we did not write: names, sizes and ratios are checked before and while reading.

A zip's central directory is the attacker's text: a name may climb out of the folder
(`../../x`, `/etc/x`, `C:\\x`), an entry may be a symlink, two entries may share a name, and the
declared sizes may lie. So the headers are checked first (cheap refusals), and every read counts
the bytes it really gets and stops at the limits whatever the headers said.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO, Protocol

from ecomplaint.i18n import UserError

CHUNK = 1 << 20


class Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class Limits:
    max_entries: int = 100_000
    max_total: int = 8 << 30  # bytes, all entries uncompressed
    max_entry: int = 4 << 30  # bytes, one entry uncompressed
    max_ratio: int = 200  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1 << 20  # small entries may compress well (JSON does, ~10x)


class _Budget:
    """Bytes really read across the whole archive; refuses once past the limit."""

    def __init__(self, limits: Limits, source: Path) -> None:
        self.limits = limits
        self.source = source
        self.total = 0

    def take(self, n: int, name: str, entry_so_far: int, compressed: int) -> None:
        self.total += n
        lim = self.limits
        if self.total > lim.max_total or entry_so_far > lim.max_entry:
            raise UserError("handoff.zip_bomb", file=self.source, detail=name)
        if entry_so_far > lim.ratio_floor and entry_so_far > lim.max_ratio * max(compressed, 1):
            raise UserError("handoff.zip_bomb", file=self.source, detail=name)


def unsafe_name(name: str) -> bool:
    """True for names that could land outside the folder they are extracted into."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return True
    if len(name) > 1 and name[1] == ":":  # C:evil, C:/evil
        return True
    parts = PurePosixPath(name).parts
    return any(p in ("..", ".", "") for p in parts) or name != "/".join(parts)


def _not_regular(info: zipfile.ZipInfo) -> bool:
    """A link, device, pipe or socket by the Unix mode the zip declares (Windows zips have
    none). Extraction only ever writes regular files, but such an entry is refused outright:
    whoever made it meant something other than a file."""
    mode = info.external_attr >> 16
    return info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG)


class SafeZip:
    """A zip opened for reading with its directory already checked (see the module doc)."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = path
        self.limits = limits or Limits()
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise UserError("handoff.bad_zip", file=path, detail=str(exc)) from exc
        try:
            self.infos = self._check_directory()
        except BaseException:
            self._zip.close()
            raise
        self._budget = _Budget(self.limits, path)

    def _check_directory(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        lim = self.limits
        if len(infos) > lim.max_entries:
            raise UserError("handoff.zip_bomb", file=self.path, detail=f"{len(infos)} entries")
        out: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if unsafe_name(name) or _not_regular(info) or info.is_dir():
                raise UserError("handoff.unsafe_path", file=self.path, name=name)
            if name in out:
                raise UserError("handoff.duplicate_name", file=self.path, name=name)
            if info.flag_bits & 0x1:
                raise UserError("handoff.bad_zip", file=self.path, detail=f"{name}: encrypted")
            total += info.file_size
            big = info.file_size > lim.ratio_floor
            if (
                info.file_size > lim.max_entry
                or total > lim.max_total
                or (big and info.file_size > lim.max_ratio * max(info.compress_size, 1))
            ):
                raise UserError("handoff.zip_bomb", file=self.path, detail=name)
            out[name] = info
        return out

    def names(self) -> set[str]:
        return set(self.infos)

    def stream(self, name: str) -> Iterator[bytes]:
        """The entry's bytes in chunks, counted against the limits as they come."""
        info = self.infos[name]
        got = 0
        try:
            with self._zip.open(info) as fh:
                while True:
                    chunk = fh.read(CHUNK)
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > info.file_size:  # the header lied: stop at once, not at the end
                        raise UserError("handoff.zip_bomb", file=self.path, detail=name)
                    self._budget.take(len(chunk), name, got, info.compress_size)
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            # CRC mismatches, bad deflate data and truncated files: not a sound archive
            raise UserError("handoff.bad_zip", file=self.path, detail=f"{name}: {exc}") from exc
        if got != info.file_size:
            raise UserError("handoff.bad_zip", file=self.path, detail=f"{name}: size differs")

    def read_small(self, name: str, limit: int) -> bytes:
        """A whole (metadata) entry, refused if larger than `limit`."""
        if self.infos[name].file_size > limit:
            raise UserError("handoff.zip_bomb", file=self.path, detail=name)
        parts: list[bytes] = []
        size = 0
        for chunk in self.stream(name):
            size += len(chunk)
            if size > limit:
                raise UserError("handoff.zip_bomb", file=self.path, detail=name)
            parts.append(chunk)
        return b"".join(parts)

    def copy_to(self, name: str, out: Writable) -> tuple[str, int]:
        """Write the entry to `out`; return its SHA-256 and size as really read."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self.stream(name):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        return digest.hexdigest(), size

    def hash_entry(self, name: str) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        for chunk in self.stream(name):
            digest.update(chunk)
            size += len(chunk)
        return digest.hexdigest(), size

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def copy_hashing(src: BinaryIO, out: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := src.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        out.write(chunk)
    return digest.hexdigest(), size
