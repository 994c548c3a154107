"""Files the user asks us to write (-o FILE, a save dialog): checked before any work starts."""

from __future__ import annotations

from pathlib import Path

from ecomplaint.i18n import UserError


def require_folder(out: Path) -> None:
    """The folder of `out` must exist: a mistyped path must not quietly create folders. An
    existing `out` must be an ordinary file: our writes replace the target by renaming a
    finished temporary file over it, which would swap a device such as /dev/null (or a pipe)
    for a plain file."""
    if not out.parent.is_dir():
        raise UserError("output.no_folder", path=str(out.parent))
    if (out.exists() or out.is_symlink()) and not out.is_file():
        raise UserError("output.not_a_file", path=str(out))
