"""Files the user asks us to write (-o FILE, a save dialog): checked before any work starts."""

from __future__ import annotations

from pathlib import Path

from ecomplaint.i18n import UserError


def require_folder(out: Path) -> None:
    """The folder of `out` must exist: a mistyped path must not quietly create folders."""
    if not out.parent.is_dir():
        raise UserError("output.no_folder", path=str(out.parent))
