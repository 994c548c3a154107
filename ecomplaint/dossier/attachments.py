"""Originals embedded in the PDF as file attachments (pypdf), named E1_name.jpg and so on."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pypdf import PdfReader, PdfWriter

from ecomplaint.dossier import text
from ecomplaint.dossier.exhibit_check import ExhibitChanged, read_checked
from ecomplaint.store.blobs import blob_path

if TYPE_CHECKING:
    from ecomplaint.dossier.context import Ctx

_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def safe_name(name: str) -> str:
    """A file name without folders, control characters or characters Windows refuses."""
    name = _UNSAFE.sub("_", text.clean(name).replace("\n", " ")).strip(" .")
    return name[:120] or "file"


def names(ctx: Ctx) -> dict[int, str]:
    """evidence id → attachment name (redacted when the dossier is); a redacted copy
    (dossier/redacted_exhibits.py) goes beside its original under the same number."""
    out: dict[int, str] = {}
    for x in ctx.exhibits:
        out[x.id] = f"{ctx.exhibit_no(x)}_{safe_name(ctx.u(x.original_name) or x.sha256[:12])}"
        copy = ctx.copies.get(x.id)
        if copy is not None:
            name = safe_name(ctx.u(copy.original_name) or copy.sha256[:12])
            out[copy.id] = f"{ctx.exhibit_no(x)}_{name}"
    return out


def embed(pdf: Path, ctx: Ctx, store_folder: Path, check: Callable[[], None]) -> int:
    """Rewrite `pdf` in place with the originals attached; returns how many were attached."""
    reader = PdfReader(str(pdf))
    writer = PdfWriter(clone_from=reader)
    count = 0
    for x in ctx.exhibits:
        copy = ctx.copies.get(x.id)
        for record in (x, copy) if copy is not None else (x,):
            check()
            data, actual = read_checked(blob_path(store_folder, record.sha256))
            printed = ctx.checks.get(record.sha256.lower())
            # Embed only the bytes whose fingerprint the pages show (checked at the start).
            if printed is None or actual != printed.actual:
                raise ExhibitChanged(ctx.exhibit_no(x))
            if data is None:
                continue  # missing, and printed as missing: the user chose to export anyway
            writer.add_attachment(ctx.attached_names[record.id], data)
            count += 1
    tmp = pdf.with_name(pdf.name + ".att")
    try:
        with open(tmp, "wb") as fh:
            writer.write(fh)
        os.replace(tmp, pdf)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count
